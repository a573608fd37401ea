/** The authorized body's decision on a questionnaire, told to its officials in their language. */
import { DEFAULT_LOCALE } from "../domain/vocabulary.js";
import { translator } from "../i18n/index.js";
import type { NotificationDeps } from "./deps.js";

export type ReviewOutcome = { kind: "accepted" } | { kind: "returned"; comment: string };

export async function reviewOutcome(
  deps: NotificationDeps,
  responseId: number,
  outcome: ReviewOutcome,
): Promise<void> {
  const detail = await deps.repos.campaigns.responseDetail(responseId);
  if (!detail) return;
  const vars: Record<string, string> =
    outcome.kind === "returned" ? { comment: outcome.comment } : {};
  for (const o of await deps.repos.campaigns.responseOfficials(responseId)) {
    const locale = o.locale ?? DEFAULT_LOCALE;
    const name = locale === "kk" ? detail.service.nameKk : detail.service.nameRu;
    const text = translator(deps.i18n, locale)(`admin-notify-${outcome.kind}`, {
      ...vars,
      service: `${detail.service.registryCode} ${name}`,
    });
    await deps.notifier.send(o.telegramId, { text });
  }
}

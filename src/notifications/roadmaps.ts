/**
 * Roadmap messages to the agency's officials, each with the button that opens the roadmap in the
 * bot (where they fill it in): "opened" when the Commission recommends the service (000 p.13),
 * and the reminders of its approval date and of each activity's deadline (000 p.13–15).
 */
import type { RoadmapView } from "../db/repositories/roadmaps.js";
import type { LocalDate } from "../domain/time.js";
import type { Locale } from "../domain/vocabulary.js";
import { formatDate } from "../i18n/format.js";
import { translator } from "../i18n/index.js";
import { rmCb } from "../telegram/callbacks/roadmap.js";
import { escapeHtml } from "../telegram/html.js";
import type { NotificationDeps } from "./deps.js";
import type { Message } from "./notifier.js";

/** A roadmap message: `key` with `service` and the given vars, plus the "open" button. */
export function roadmapMessage(
  deps: Pick<NotificationDeps, "i18n">,
  r: Pick<RoadmapView, "id" | "serviceNameKk" | "serviceNameRu">,
  locale: Locale,
  key: string,
  vars: Record<string, string>,
): Message {
  const t = translator(deps.i18n, locale);
  const service = locale === "kk" ? r.serviceNameKk : r.serviceNameRu;
  return {
    text: t(key, { service: escapeHtml(service), ...vars }),
    parseMode: "HTML",
    replyMarkup: { inline_keyboard: [[{ text: t("rmbot-open"), callback_data: rmCb.open(r.id) }]] },
  };
}

/** Tells the agency's officials (through the bot) that the roadmap is due by its date. */
export async function roadmapOpened(deps: NotificationDeps, roadmapId: number): Promise<number> {
  const r = await deps.repos.roadmaps.byId(roadmapId);
  if (!r) return 0;
  let sent = 0;
  for (const p of await deps.repos.roadmaps.recipients(r.assignmentId, r.agencyId)) {
    const message = roadmapMessage(deps, r, p.locale, "roadmap-notify", {
      date: formatDate(r.dueOn as LocalDate, p.locale),
    });
    if ((await deps.notifier.send(p.telegramId, message)) === "sent") sent++;
  }
  return sent;
}

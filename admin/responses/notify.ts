/** Tells a response's officials (each in their language) that it was accepted or returned. */
import type { Locale } from "../../src/domain/vocabulary.js";
import { translator } from "../../src/i18n/index.js";
import type { Ctx } from "../context.js";
import { nameOf } from "../lib.js";

export async function notifyOfficials(
  c: Ctx,
  responseId: number,
  key: "admin-notify-accepted" | "admin-notify-returned",
  vars: Record<string, string>,
): Promise<void> {
  const a = c.get("a");
  const repo = a.deps.repos.campaigns;
  const detail = await repo.responseDetail(responseId);
  if (!detail) return;
  const officials = await repo.responseOfficials(responseId);
  for (const o of officials) {
    const loc: Locale = o.locale ?? "ru";
    const text = translator(a.deps.i18n, loc)(key, {
      ...vars,
      service: `${detail.service.registryCode} ${nameOf(detail.service, loc)}`,
    });
    const res = await a.outbox.send({ chatId: o.telegramId, text });
    if (!res.ok)
      c.get("log").warn(
        { officialId: o.id, reason: res.reason },
        "admin: notification not delivered",
      );
  }
}

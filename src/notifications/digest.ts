/**
 * The overdue digest for the authorized body's secretaries: the questionnaires still not
 * submitted, grouped by agency, with how many of their officials blocked the bot; one message,
 * cut to Telegram's limit with "and N more".
 */
import type { DigestLine } from "../db/repositories/reminders.js";
import type { LocalDate } from "../domain/time.js";
import type { Locale } from "../domain/vocabulary.js";
import { formatDate } from "../i18n/format.js";
import type { Translations } from "../i18n/index.js";
import { escapeHtml } from "../telegram/html.js";

/** The overdue digest for the authorized body (one message, cut to Telegram's limit). */
export function digestText(
  i18n: Translations,
  locale: Locale,
  dueOn: LocalDate,
  lines: DigestLine[],
): string {
  const byAgency = new Map<string, DigestLine[]>();
  for (const l of lines) {
    const list = byAgency.get(l.agencyCode) ?? [];
    list.push(l);
    byAgency.set(l.agencyCode, list);
  }
  const head = i18n.t(locale, "digest-title", {
    due: formatDate(dueOn, locale),
    services: lines.length,
    agencies: byAgency.size,
  });
  const blocks: string[] = [];
  for (const [, list] of byAgency) {
    const first = list[0] as DigestLine;
    const name = escapeHtml(locale === "kk" ? first.agencyNameKk : first.agencyNameRu);
    const items = list.map((l) => {
      const svc = escapeHtml(locale === "kk" ? l.serviceNameKk : l.serviceNameRu);
      const unreachable =
        l.unreachable > 0 ? ` ${i18n.t(locale, "digest-unreachable", { n: l.unreachable })}` : "";
      return `• ${escapeHtml(l.registryCode)} ${svc}${unreachable}`;
    });
    blocks.push(`<b>${name}</b>\n${items.join("\n")}`);
  }
  let text = head;
  for (const [i, b] of blocks.entries()) {
    const more = i18n.t(locale, "digest-more", { n: blocks.length - i });
    if (text.length + b.length + more.length + 4 > 3900) {
      text += `\n\n${more}`;
      break;
    }
    text += `\n\n${b}`;
  }
  return text;
}

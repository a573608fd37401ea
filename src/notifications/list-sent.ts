/**
 * "The list was sent" (Rules p.7): each official linked to a campaign's questionnaires is told
 * how many they have to fill in and by when. At most once per official, campaign and day (the
 * ledger key): a double click or a second instance sends nothing twice.
 */
import type { LocalDate } from "../domain/time.js";
import { DEFAULT_LOCALE, type Locale } from "../domain/vocabulary.js";
import { formatDate } from "../i18n/format.js";
import { translator } from "../i18n/index.js";
import type { NotificationDeps } from "./deps.js";

export interface ListSentResult {
  officials: number;
  sent: number;
  failed: number;
  /** unreachable, or already told today */
  skipped: number;
}

export interface ListRecipient {
  telegramId: number;
  locale: Locale | null;
  reachable: boolean;
  /** questionnaires this official now has in the campaign */
  count: number;
}

export async function listSent(
  deps: NotificationDeps,
  campaign: { id: number; year: number; dueOn: string },
  recipients: ListRecipient[],
  today: LocalDate,
): Promise<ListSentResult> {
  const result: ListSentResult = { officials: recipients.length, sent: 0, failed: 0, skipped: 0 };
  for (const o of recipients) {
    if (!o.reachable) {
      result.skipped++;
      continue;
    }
    const locale = o.locale ?? DEFAULT_LOCALE;
    const text = translator(deps.i18n, locale)("admin-notify-list", {
      year: String(campaign.year),
      count: o.count,
      due: formatDate(campaign.dueOn as LocalDate, locale),
    });
    const d = await deps.notifier.send(
      o.telegramId,
      { text },
      { subject: `campaign:${campaign.id}`, kind: "list-sent", scheduledFor: today },
    );
    if (d === "sent") result.sent++;
    else if (d === "taken") result.skipped++;
    else result.failed++;
  }
  return result;
}

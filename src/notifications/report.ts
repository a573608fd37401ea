/** "The annual report draft is ready" (003 p.9), with the button that sends it in Telegram. */
import type { LocalDate } from "../domain/time.js";
import type { Locale } from "../domain/vocabulary.js";
import { formatDate } from "../i18n/format.js";
import { type Translations, translator } from "../i18n/index.js";
import { reportCb } from "../telegram/callbacks/report.js";
import type { Message } from "./notifier.js";

export function reportReadyMessage(
  i18n: Translations,
  locale: Locale,
  year: number,
  deadline: LocalDate,
): Message {
  const t = translator(i18n, locale);
  return {
    text: t("report-remind", { year: String(year), date: formatDate(deadline, locale) }),
    parseMode: "HTML",
    replyMarkup: {
      inline_keyboard: [[{ text: t("btn-report-draft"), callback_data: reportCb.get(year) }]],
    },
  };
}

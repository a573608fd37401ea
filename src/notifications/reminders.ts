/**
 * The questionnaire reminder to an official: before the due date, on it, overdue, and after a
 * return for revision, with their progress and the button that opens the questionnaire.
 */
import type { ReminderCandidate } from "../db/repositories/reminders.js";
import type { WorkingCalendar } from "../domain/calendar.js";
import { QUESTION_COUNT } from "../domain/questions.js";
import type { ScheduledReminder } from "../domain/reminders.js";
import type { LocalDate } from "../domain/time.js";
import { DEFAULT_LOCALE } from "../domain/vocabulary.js";
import { formatDate } from "../i18n/format.js";
import { type Translations, translator } from "../i18n/index.js";
import { cb } from "../telegram/callbacks/questionnaire.js";
import { escapeHtml } from "../telegram/html.js";
import type { Message } from "./notifier.js";

/** The ledger kind of a scheduled reminder: `before-3`, `due`, `overdue-2`, `returned-1`… */
export function ledgerKind(r: ScheduledReminder): string {
  return r.kind === "due" ? "due" : `${r.kind}-${r.n}`;
}

export function questionnaireReminder(
  i18n: Translations,
  calendar: WorkingCalendar,
  v: { dueOn: LocalDate; today: LocalDate; reminder: ScheduledReminder; row: ReminderCandidate },
): Message {
  const { dueOn, today, reminder: r, row } = v;
  const locale = row.locale ?? DEFAULT_LOCALE;
  const t = translator(i18n, locale);
  const text = t(`remind-${r.kind}`, {
    service: escapeHtml(locale === "kk" ? row.serviceNameKk : row.serviceNameRu),
    due: formatDate(dueOn, locale),
    days:
      r.kind === "overdue"
        ? Math.max(1, calendar.workingDaysBetween(dueOn, today))
        : Math.max(0, calendar.workingDaysBetween(today, dueOn)),
    answered: row.answered,
    total: QUESTION_COUNT,
  });
  return {
    text,
    parseMode: "HTML",
    replyMarkup: {
      inline_keyboard: [[{ text: t("remind-open"), callback_data: cb.open(row.assignmentId) }]],
    },
  };
}

/**
 * Deadlines of the annual review cycle and of Commission meetings (pure).
 *
 * Sources: Rules of optimization and automation of public services (000, order No. 133, wording
 * of 2020) points 7, 8, 13; Government resolution No. 845 of 2013 (001) points 25 and 30.
 *
 * Rules decided here:
 * 1. Terms "within one month" (000 p.8: materials "не позднее месяца со дня получения перечня";
 *    000 p.13: roadmap "не позднее месяца после принятия решения") follow the general civil-law
 *    rule for terms counted in months: the term ends on the same-numbered day of the next month
 *    (list received 30 March → 30 April); if that month has no such day, on its last day
 *    (31 January → 28/29 February); if the end falls on a day off (weekend, holiday, transferred
 *    day off, "off" override), it moves to the NEXT working day. The due date is inclusive: work
 *    submitted any time on that local date is on time.
 * 2. The list of services is sent "не позднее 30 марта" (000 p.7): `listSendingDeadline(year)` is
 *    30 March of that year as written (no working-day shift — it is the authorized body's own
 *    "no later than" limit; sending earlier is always allowed).
 * 3. Commission meetings are held on the third Monday of the month (001 p.25); the chair may set
 *    other dates. `thirdMonday` is the pure calendar rule; `defaultMeetingDate` suggests the
 *    third Monday or, if it is a day off (e.g. 16 March 2026, transferred Constitution Day),
 *    the next working day — the admin can always pick another date.
 * 4. Materials go to members "не позднее 3 рабочих дней до начала заседания" (001 p.30):
 *    `materialsDeadline(meeting)` = the 3rd working day before the meeting day
 *    (= calendar.addWorkingDays(meeting, −3)); e.g. meeting Monday → materials by Wednesday of
 *    the previous week (Wed, Thu, Fri are the three working days before). Sending on any date
 *    after that (including a weekend right after it) is late.
 */
import type { WorkingCalendar } from "./calendar.js";
import { addDays, addMonths, dayOfWeek, type LocalDate, makeLocalDate } from "./time.js";

/** 000 p.7: the list is sent no later than 30 March. */
export const LIST_SENDING_DEADLINE = { month: 3, day: 30 } as const;
/** 001 p.30: materials to Commission members no later than 3 working days before the meeting. */
export const MATERIALS_LEAD_WORKING_DAYS = 3;

/**
 * End of a term of `months` months counted from `start` (start day excluded): the same-numbered
 * day `months` later (clamped to the month's end), moved to the next working day if needed.
 */
export function monthTermEnd(start: LocalDate, calendar: WorkingCalendar, months = 1): LocalDate {
  return calendar.nextWorkingDay(addMonths(start, months));
}

/** 000 p.8: materials are due one month after the list was received. */
export function campaignDueDate(listSentOn: LocalDate, calendar: WorkingCalendar): LocalDate {
  return monthTermEnd(listSentOn, calendar, 1);
}

/** 000 p.7: the list of services is sent no later than 30 March of the year. */
export function listSendingDeadline(year: number): LocalDate {
  return makeLocalDate(year, LIST_SENDING_DEADLINE.month, LIST_SENDING_DEADLINE.day);
}

/** True if the list was sent after 30 March of its year (000 p.7). */
export function isListSentLate(sentOn: LocalDate): boolean {
  return sentOn > listSendingDeadline(Number(sentOn.slice(0, 4)));
}

/** 000 p.13: the roadmap is approved no later than one month after the Commission's decision. */
export function roadmapDueDate(decisionDate: LocalDate, calendar: WorkingCalendar): LocalDate {
  return monthTermEnd(decisionDate, calendar, 1);
}

/** 001 p.25: the third Monday of `month` (1–12) of `year`. */
export function thirdMonday(year: number, month: number): LocalDate {
  const first = makeLocalDate(year, month, 1);
  const toMonday = (8 - dayOfWeek(first)) % 7; // 0 if the 1st is a Monday
  return addDays(first, toMonday + 14);
}

/** Suggested meeting date: the third Monday, or the next working day if it is a day off. */
export function defaultMeetingDate(
  year: number,
  month: number,
  calendar: WorkingCalendar,
): LocalDate {
  return calendar.nextWorkingDay(thirdMonday(year, month));
}

/** The first suggested meeting date on or after `date` (looks at this and following months). */
export function nextDefaultMeetingDate(date: LocalDate, calendar: WorkingCalendar): LocalDate {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  for (;;) {
    const m = defaultMeetingDate(year, month, calendar);
    if (m >= date) return m;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

/** 001 p.30: the last date on which materials may go to members (3rd working day before). */
export function materialsDeadline(meetingDate: LocalDate, calendar: WorkingCalendar): LocalDate {
  return calendar.addWorkingDays(meetingDate, -MATERIALS_LEAD_WORKING_DAYS);
}

/** True if materials sent on `sentOn` miss the 3-working-day rule for the meeting. */
export function isLateForMaterials(
  sentOn: LocalDate,
  meetingDate: LocalDate,
  calendar: WorkingCalendar,
): boolean {
  return sentOn > materialsDeadline(meetingDate, calendar);
}

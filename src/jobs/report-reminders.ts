/**
 * The annual report reminder (003 p.9): in April, REPORT_REMIND_WORKING_DAYS_BEFORE working days
 * before the 30 April deadline, every reachable official of a state body whose draft has figures
 * is told the draft is ready, with the button that sends it (the bot, in their language).
 *
 * Inside the default reminder policy's sending window only (working days, office hours in `tz`);
 * a missed day is caught up until the deadline. Exactly once: the ledger row (chat,
 * `annual-report:<year>`, `report-ready`, the scheduled day) is claimed before sending through
 * src/notifications, like every other reminder.
 */

import { ledgerKeyOf } from "../db/repositories/ledger.js";
import {
  annualReport,
  annualReportDeadline,
  dueReportReminder,
  hasFigures,
} from "../domain/annual-report.js";
import type { WorkingCalendar } from "../domain/calendar.js";
import { DEFAULT_REMINDER_POLICY, isInSendingWindow } from "../domain/reminders.js";
import { localDate } from "../domain/time.js";
import { DEFAULT_LOCALE } from "../domain/vocabulary.js";
import { fanOut, type Outgoing } from "../notifications/fanout.js";
import { reportReadyMessage } from "../notifications/report.js";
import { reportRows } from "../services/annual-report.js";
import type { JobDeps } from "./deps.js";
import { runClock, runNotifier } from "./run-clock.js";

export const REPORT_LEDGER_KIND = "report-ready";

export interface ReportReminderReport {
  year: number | null;
  due: number;
  alreadyDone: number;
  sent: number;
  blocked: number;
  failed: number;
  afterWindow: number;
}

export async function runReportReminders(
  deps: JobDeps & { calendar?: WorkingCalendar },
  now: Date,
): Promise<ReportReminderReport> {
  const report: ReportReminderReport = {
    year: null,
    due: 0,
    alreadyDone: 0,
    sent: 0,
    blocked: 0,
    failed: 0,
    afterWindow: 0,
  };
  const { repos } = deps;
  const calendar = deps.calendar ?? (await repos.calendar.load());
  const today = localDate(now, deps.tz);
  const due = dueReportReminder(today, calendar);
  if (!due || !isInSendingWindow(now, calendar, DEFAULT_REMINDER_POLICY, deps.tz)) return report;
  report.year = due.year;
  const ledger = {
    subject: `annual-report:${due.year}`,
    kind: REPORT_LEDGER_KIND,
    scheduledFor: due.scheduledFor,
  };
  // the figures are computed only while someone is still to be told
  const settled = await repos.ledger.settledKeys([due.scheduledFor], now);
  const officials = await repos.annualReport.officials();
  // the exact figures are computed only for state bodies that may have some
  const candidates = await repos.annualReport.agenciesWithRows(due.year);
  const unsettled = officials.filter(
    (o) => !settled.has(ledgerKeyOf({ chatId: o.telegramId, ...ledger })),
  );
  report.alreadyDone = officials.length - unsettled.length;
  const waiting = unsettled.filter((o) => candidates.has(o.agencyId));
  if (!waiting.length) return report;
  const rows = await reportRows(deps, due.year);
  const withFigures = new Map<number, boolean>();
  const ready = (agencyId: number) => {
    let v = withFigures.get(agencyId);
    if (v === undefined) {
      v = hasFigures(annualReport({ ...rows, year: due.year, agencyId, today }));
      withFigures.set(agencyId, v);
    }
    return v;
  };
  const clock = runClock(deps, now);
  const stillDue = () => isInSendingWindow(clock(), calendar, DEFAULT_REMINDER_POLICY, deps.tz);
  const deadline = annualReportDeadline(due.year);
  const items: Outgoing[] = waiting
    .filter((o) => ready(o.agencyId))
    .map((o) => ({
      chatId: o.telegramId,
      ledger,
      message: () => reportReadyMessage(deps.i18n, o.locale ?? DEFAULT_LOCALE, due.year, deadline),
      stillDue,
    }));
  report.due = items.length;
  const { alreadyDone } = await fanOut(
    { repos, notifier: runNotifier(deps, now) },
    items,
    { now },
    (_, d) => {
      if (d === "taken") report.alreadyDone++;
      else if (d === "late") report.afterWindow++;
      else report[d]++;
    },
  );
  report.alreadyDone += alreadyDone;
  return report;
}

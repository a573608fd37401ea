/**
 * Roadmap reminders (000 p.13–15): the agency's officials are reminded that the roadmap must be
 * approved by its due date, and that each activity's deadline is near, today or past.
 *
 * What is due at `now` (local date `today`), per roadmap still in draft (subject `roadmap:<id>`)
 * and per activity not done with a deadline (subject `activity:<id>`), is at most ONE kind:
 *   - `before`  scheduled for the 3rd working day before the date, while today < date;
 *   - `due`     on the date itself;
 *   - `overdue` scheduled for the first working day after the date (sent once, also late).
 * They go out only inside the default reminder policy's sending window (working days, local
 * office hours in `tz`), never at the midnight tick of the day they are due.
 * Exactly once: the messages go through src/notifications like every other reminder; the ledger
 * row (chat, subject, kind, scheduled day) is claimed BEFORE sending and only the run that
 * claimed it sends. The outcome (sent / failed) is written back; a failed send is claimable again
 * after the lease. Blocked chats are marked unreachable by the notifier.
 */

import type { RoadmapView } from "../db/repositories/roadmaps.js";
import { type ActivityNo, ROADMAP_ACTIVITY_KEYS } from "../domain/agenda.js";
import type { WorkingCalendar } from "../domain/calendar.js";
import { DEFAULT_REMINDER_POLICY, isInSendingWindow } from "../domain/reminders.js";
import { addDays, type LocalDate, localDate } from "../domain/time.js";
import type { Locale } from "../domain/vocabulary.js";
import { formatDate } from "../i18n/format.js";
import { fanOut, type Outgoing } from "../notifications/fanout.js";
import { roadmapMessage } from "../notifications/roadmaps.js";
import type { JobDeps } from "./deps.js";
import { runClock, runNotifier } from "./run-clock.js";

export const ROADMAP_REMIND_BEFORE_WORKING_DAYS = 3;

export interface RoadmapReminderDeps extends JobDeps {
  calendar?: WorkingCalendar;
}

export interface RoadmapReminderReport {
  due: number;
  alreadyDone: number;
  sent: number;
  blocked: number;
  failed: number;
  /** the office hours ended before their turn: left for the next working day */
  afterWindow: number;
}

export type ReminderKind = "before" | "due" | "overdue";

/** Which reminder (if any) is due `today` for a date, and the day it is scheduled for. */
export function dueKind(
  date: LocalDate,
  today: LocalDate,
  calendar: WorkingCalendar,
): { kind: ReminderKind; scheduledFor: LocalDate } | null {
  if (today === date) return { kind: "due", scheduledFor: date };
  if (today > date) {
    const at = calendar.nextWorkingDay(addDays(date, 1));
    return today >= at ? { kind: "overdue", scheduledFor: at } : null;
  }
  const before = calendar.addWorkingDays(date, -ROADMAP_REMIND_BEFORE_WORKING_DAYS);
  return today >= before ? { kind: "before", scheduledFor: before } : null;
}

export async function runRoadmapReminders(
  deps: RoadmapReminderDeps,
  now: Date,
): Promise<RoadmapReminderReport> {
  const { repos } = deps;
  const calendar = deps.calendar ?? (await repos.calendar.load());
  const today = localDate(now, deps.tz);
  const report: RoadmapReminderReport = {
    due: 0,
    alreadyDone: 0,
    sent: 0,
    blocked: 0,
    failed: 0,
    afterWindow: 0,
  };
  if (!isInSendingWindow(now, calendar, DEFAULT_REMINDER_POLICY, deps.tz)) return report;
  const clock = runClock(deps, now);
  const stillDue = () => isInSendingWindow(clock(), calendar, DEFAULT_REMINDER_POLICY, deps.tz);

  interface Job {
    subject: string;
    kind: string;
    scheduledFor: LocalDate;
    key: string;
    vars: (locale: Locale) => Record<string, string>;
    roadmapId: number;
  }
  const jobs: Job[] = [];
  for (const r of await repos.roadmaps.drafts()) {
    const k = dueKind(r.dueOn as LocalDate, today, calendar);
    if (!k) continue;
    jobs.push({
      subject: `roadmap:${r.id}`,
      kind: `roadmap-${k.kind}`,
      scheduledFor: k.scheduledFor,
      key: `roadmap-remind-${k.kind}`,
      vars: (l) => ({ date: formatDate(r.dueOn as LocalDate, l) }),
      roadmapId: r.id,
    });
  }
  for (const a of await repos.roadmaps.openActivities()) {
    const k = dueKind(a.deadline as LocalDate, today, calendar);
    if (!k) continue;
    jobs.push({
      subject: `activity:${a.id}`,
      kind: `activity-${k.kind}`,
      scheduledFor: k.scheduledFor,
      key: `roadmap-activity-remind-${k.kind}`,
      vars: (l) => ({
        date: formatDate(a.deadline as LocalDate, l),
        activity: deps.i18n.t(l, ROADMAP_ACTIVITY_KEYS[a.no as ActivityNo] ?? "roadmap-activity-1"),
      }),
      roadmapId: a.roadmapId,
    });
  }

  const due: Outgoing[] = [];
  const views = new Map<number, RoadmapView | undefined>();
  for (const job of jobs) {
    if (!views.has(job.roadmapId))
      views.set(job.roadmapId, await repos.roadmaps.byId(job.roadmapId));
    const r = views.get(job.roadmapId);
    if (!r) continue;
    for (const p of await repos.roadmaps.recipients(r.assignmentId, r.agencyId)) {
      due.push({
        chatId: p.telegramId,
        ledger: { subject: job.subject, kind: job.kind, scheduledFor: job.scheduledFor },
        message: () => roadmapMessage(deps, r, p.locale, job.key, job.vars(p.locale)),
        stillDue,
      });
    }
  }
  report.due = due.length;
  const { alreadyDone } = await fanOut(
    { repos, notifier: runNotifier(deps, now) },
    due,
    { now, concurrency: 1 },
    (_, d) => {
      if (d === "taken") report.alreadyDone++;
      else if (d === "late") report.afterWindow++;
      else report[d]++;
    },
  );
  report.alreadyDone += alreadyDone;
  return report;
}

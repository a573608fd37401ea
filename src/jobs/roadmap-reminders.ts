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
 * Exactly once: the ledger row (chat, subject, kind, scheduled day) is claimed with reminders.ts's
 * `claim` BEFORE sending; only the run that claimed it sends. The outcome (sent / failed) is
 * written back; a failed send is claimable again after the lease. Blocked chats are marked
 * unreachable by the outbox.
 */

import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { calendarRepo } from "../db/repositories/calendar.js";
import { roadmapsRepo } from "../db/repositories/roadmaps.js";
import { roadmapActivities, roadmaps } from "../db/schema.js";
import { type ActivityNo, ROADMAP_ACTIVITY_KEYS } from "../domain/agenda.js";
import type { WorkingCalendar } from "../domain/calendar.js";
import { DEFAULT_REMINDER_POLICY, isInSendingWindow } from "../domain/reminders.js";
import { addDays, type LocalDate, localDate } from "../domain/time.js";
import { formatDate } from "../i18n/format.js";
import type { Translations } from "../i18n/index.js";
import { rmCb } from "../telegram/callbacks/roadmap.js";
import { escapeHtml } from "../telegram/html.js";
import type { Outbox } from "../telegram/outbox.js";
import { claim, settle } from "./reminders.js";

export const ROADMAP_REMIND_BEFORE_WORKING_DAYS = 3;

export interface RoadmapReminderDeps {
  db: Db;
  outbox: Outbox;
  i18n: Translations;
  now: () => Date;
  tz: string;
  calendar?: WorkingCalendar;
}

export interface RoadmapReminderReport {
  due: number;
  alreadyDone: number;
  sent: number;
  blocked: number;
  failed: number;
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
  const { db } = deps;
  const calendar = deps.calendar ?? (await calendarRepo(db).load());
  const today = localDate(now, deps.tz);
  const repo = roadmapsRepo(db);
  const report: RoadmapReminderReport = { due: 0, alreadyDone: 0, sent: 0, blocked: 0, failed: 0 };
  if (!isInSendingWindow(now, calendar, DEFAULT_REMINDER_POLICY, deps.tz)) return report;

  interface Job {
    subject: string;
    kind: string;
    scheduledFor: LocalDate;
    key: string;
    vars: (locale: "kk" | "ru") => Record<string, string>;
    roadmapId: number;
  }
  const jobs: Job[] = [];

  const drafts = await db
    .select({ id: roadmaps.id, dueOn: roadmaps.dueOn })
    .from(roadmaps)
    .where(eq(roadmaps.status, "draft"));
  for (const r of drafts) {
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
  const acts = await db
    .select({
      id: roadmapActivities.id,
      roadmapId: roadmapActivities.roadmapId,
      no: roadmapActivities.no,
      deadline: roadmapActivities.deadline,
    })
    .from(roadmapActivities)
    .where(and(isNull(roadmapActivities.doneAt), isNotNull(roadmapActivities.deadline)));
  for (const a of acts) {
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

  const views = new Map<number, Awaited<ReturnType<typeof repo.byId>>>();
  for (const job of jobs) {
    if (!views.has(job.roadmapId)) views.set(job.roadmapId, await repo.byId(job.roadmapId));
    const r = views.get(job.roadmapId);
    if (!r) continue;
    const recipients = await repo.recipients(r.assignmentId, r.agencyId);
    for (const p of recipients) {
      report.due++;
      const claimed = await claim(
        db,
        {
          chatId: p.telegramId,
          subject: job.subject,
          kind: job.kind,
          scheduledFor: job.scheduledFor,
        },
        now,
      );
      if (claimed === null) {
        report.alreadyDone++;
        continue;
      }
      const service = p.locale === "kk" ? r.serviceNameKk : r.serviceNameRu;
      const text = deps.i18n.t(p.locale, job.key, {
        service: escapeHtml(service),
        ...job.vars(p.locale),
      });
      const res = await deps.outbox.send({
        chatId: p.telegramId,
        text,
        parseMode: "HTML",
        // one button: the roadmap in the bot, where the official fills it in
        replyMarkup: {
          inline_keyboard: [
            [{ text: deps.i18n.t(p.locale, "rmbot-open"), callback_data: rmCb.open(r.id) }],
          ],
        },
      });
      if (res.ok) report.sent++;
      else if (res.reason === "blocked") report.blocked++;
      else report.failed++;
      await settle(db, claimed, res, now);
    }
  }
  return report;
}

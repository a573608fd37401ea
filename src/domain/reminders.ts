/**
 * Reminder planning for officials filling the questionnaire (pure: `now` is always passed in).
 *
 * Context: state bodies prepare the questionnaire within one month of receiving the list
 * (000 p.8; due date from `campaignDueDate`), and the authorized body monitors timeliness
 * (000 p.15). Deadlines are counted in working days (see calendar.ts).
 *
 * Rules decided here:
 * 1. Every reminder is SCHEDULED for a working day at `policy.sendAt` local time (tz, default
 *    Asia/Almaty). Kinds and their days:
 *    - "before"  n: calendar.addWorkingDays(dueDate, −n) for each n in `beforeWorkingDays`
 *                   (default 7, 3, 1 working days before the due date);
 *    - "due":       the due date if it is a working day, otherwise the last working day before
 *                   it (if `onDueDate`);
 *    - "overdue" n: addWorkingDays(dueDate, n·overdueEveryWorkingDays), n = 1, 2, … for as long as
 *                   the questionnaire is unsubmitted (the caller filters submitted ones);
 *                   `overdueEveryWorkingDays = 0` disables overdue reminders;
 *    - "returned" n (questionnaire returned for revision on `returnedOn`):
 *                   addWorkingDays(returnedOn, 1 + (n−1)·returnedEveryWorkingDays) — the next
 *                   working day after the return, then every 2 working days by default. The
 *                   return itself is notified by whoever returns it, not here. When `returnedOn`
 *                   is given, ONLY "returned" reminders are planned (they replace the normal
 *                   stream until the caller stops passing `returnedOn`, i.e. after resubmission).
 *    At most one reminder per day: if two fall on the same day (only "due" and "before-1" can,
 *    when the due date is a day off) the more urgent wins: returned > overdue > due > before
 *    (smaller n first). Reminders scheduled on or before `startedOn` (the day the official got
 *    the list/invite) are dropped.
 * 2. Sending window: working days only, local time in [quietTo ?? sendAt, quietFrom ?? 18:00).
 *    Never at night, on weekends or holidays. A reminder becomes due at its scheduled instant;
 *    if that moment was missed (downtime), it goes out at the next moment inside a window.
 * 3. Catch-up: `dueReminder` returns only the LATEST scheduled reminder whose instant is ≤ now
 *    (never a burst of stale ones). It is stateless: it keeps returning that reminder until a
 *    later one becomes due, so the caller MUST record `key` in a ledger with a unique constraint
 *    on (campaign, official, key) and skip keys already present — that gives exactly-once.
 * 4. Keys: `before-<n>:<day>`, `due:<day>`, `overdue-<n>:<day>`, `returned-<n>:<day>`, where
 *    <day> is the scheduled LocalDate. They depend only on (policy, dueDate/returnedOn,
 *    calendar, scheduled day), so they are stable across restarts and distinct within a
 *    campaign; they do not identify the campaign or official (the ledger row does).
 * 5. `nextSendWindow(now)` = the next instant strictly after `now` at which new work can appear:
 *    a working day's window opening or its `sendAt`. A scheduler runs one tick at start-up
 *    (catch-up), then sleeps until `nextSendWindow(now)`, ticks, and repeats.
 */
import { z } from "zod";
import type { WorkingCalendar } from "./calendar.js";
import {
  addDays,
  atLocalTime,
  DEFAULT_TZ,
  hhmmToMinutes,
  isHhmm,
  type LocalDate,
  localDate,
} from "./time.js";

export const REMINDER_KINDS = ["before", "due", "overdue", "returned"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** End of the sending window when `quietFrom` is not set. */
export const DEFAULT_QUIET_FROM = "18:00";

const hhmm = z.string().refine((s) => isHhmm(s), { message: "Expected time HH:MM (00:00–23:59)" });

export const ReminderPolicySchema = z
  .object({
    beforeWorkingDays: z
      .array(z.number().int().min(1).max(60))
      .max(20)
      .default(() => [7, 3, 1]),
    onDueDate: z.boolean().default(true),
    overdueEveryWorkingDays: z.number().int().min(0).max(60).default(2),
    returnedEveryWorkingDays: z.number().int().min(1).max(60).default(2),
    sendAt: hhmm.default("10:00"),
    /** Quiet hours start (end of the sending window), default 18:00. */
    quietFrom: hhmm.optional(),
    /** Quiet hours end (start of the window for catch-up sends), default = sendAt. */
    quietTo: hhmm.optional(),
  })
  .refine(
    (p) => {
      // Field errors are reported by the fields themselves (zod 4 still runs this refinement).
      if (![p.sendAt, p.quietFrom, p.quietTo].every((x) => x === undefined || isHhmm(x))) {
        return true;
      }
      const from = hhmmToMinutes(p.quietTo ?? p.sendAt);
      const at = hhmmToMinutes(p.sendAt);
      const to = hhmmToMinutes(p.quietFrom ?? DEFAULT_QUIET_FROM);
      return from <= at && at < to;
    },
    { message: "Require quietTo ≤ sendAt < quietFrom (default quietFrom 18:00)" },
  );

/** A parsed policy (all defaults filled in). Stored as jsonb on a campaign. */
export type ReminderPolicy = z.output<typeof ReminderPolicySchema>;

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = ReminderPolicySchema.parse({});

/** Parses a stored policy (e.g. jsonb `{}` → defaults); throws ZodError on invalid input. */
export function parseReminderPolicy(value: unknown): ReminderPolicy {
  return ReminderPolicySchema.parse(value ?? {});
}

export interface ScheduledReminder {
  kind: ReminderKind;
  /** before: working days before due; overdue/returned: 1-based index; due: 0. */
  n: number;
  scheduledFor: LocalDate;
  key: string;
}

export interface ScheduleOptions {
  /** Date the questionnaire was returned for revision (switches to "returned" reminders). */
  returnedOn?: LocalDate;
  /** Date the official received the list/invite; reminders on or before it are dropped. */
  startedOn?: LocalDate;
}

export interface DueReminderInput extends ScheduleOptions {
  policy: ReminderPolicy;
  calendar: WorkingCalendar;
  dueDate: LocalDate;
  now: Date;
  tz?: string;
}

/** The local sending window of a policy ("HH:MM" bounds, end exclusive). */
export function sendingWindow(policy: ReminderPolicy): { from: string; to: string } {
  return { from: policy.quietTo ?? policy.sendAt, to: policy.quietFrom ?? DEFAULT_QUIET_FROM };
}

/** Ledger key of a scheduled reminder. */
export function reminderKey(kind: ReminderKind, n: number, scheduledFor: LocalDate): string {
  return kind === "due" ? `due:${scheduledFor}` : `${kind}-${n}:${scheduledFor}`;
}

function entry(kind: ReminderKind, n: number, scheduledFor: LocalDate): ScheduledReminder {
  return { kind, n, scheduledFor, key: reminderKey(kind, n, scheduledFor) };
}

const PRIORITY: Record<ReminderKind, number> = { before: 0, due: 1, overdue: 2, returned: 3 };

function moreUrgent(a: ScheduledReminder, b: ScheduledReminder): ScheduledReminder {
  if (PRIORITY[a.kind] !== PRIORITY[b.kind]) return PRIORITY[a.kind] > PRIORITY[b.kind] ? a : b;
  return a.n <= b.n ? a : b;
}

/** before + due entries (finite part of the normal stream), sorted by date, one per day. */
function finiteEntries(
  policy: ReminderPolicy,
  calendar: WorkingCalendar,
  dueDate: LocalDate,
): ScheduledReminder[] {
  const byDay = new Map<string, ScheduledReminder>();
  const add = (r: ScheduledReminder) => {
    const prev = byDay.get(r.scheduledFor);
    byDay.set(r.scheduledFor, prev ? moreUrgent(prev, r) : r);
  };
  for (const n of new Set(policy.beforeWorkingDays)) {
    add(entry("before", n, calendar.addWorkingDays(dueDate, -n)));
  }
  if (policy.onDueDate) add(entry("due", 0, calendar.previousWorkingDay(dueDate)));
  return [...byDay.values()].sort((a, b) => (a.scheduledFor < b.scheduledFor ? -1 : 1));
}

/**
 * Every reminder scheduled for a questionnaire up to and including `until`, in date order
 * (for the admin panel and tests). Overdue/returned streams are cut at `until`.
 */
export function reminderSchedule(
  policy: ReminderPolicy,
  calendar: WorkingCalendar,
  dueDate: LocalDate,
  until: LocalDate,
  options: ScheduleOptions = {},
): ScheduledReminder[] {
  const keep = (r: ScheduledReminder) =>
    r.scheduledFor <= until && (!options.startedOn || r.scheduledFor > options.startedOn);
  const out: ScheduledReminder[] = [];
  if (options.returnedOn) {
    const every = policy.returnedEveryWorkingDays;
    for (let n = 1; ; n++) {
      const r = entry(
        "returned",
        n,
        calendar.addWorkingDays(options.returnedOn, 1 + (n - 1) * every),
      );
      if (r.scheduledFor > until) break;
      if (keep(r)) out.push(r);
    }
    return out;
  }
  for (const r of finiteEntries(policy, calendar, dueDate)) if (keep(r)) out.push(r);
  const every = policy.overdueEveryWorkingDays;
  if (every > 0) {
    for (let n = 1; ; n++) {
      const r = entry("overdue", n, calendar.addWorkingDays(dueDate, n * every));
      if (r.scheduledFor > until) break;
      if (keep(r)) out.push(r);
    }
  }
  return out;
}

/** The latest scheduled reminder with scheduledFor ≤ day (computed directly, no full list). */
export function latestScheduledOnOrBefore(
  policy: ReminderPolicy,
  calendar: WorkingCalendar,
  dueDate: LocalDate,
  day: LocalDate,
  options: ScheduleOptions = {},
): ScheduledReminder | null {
  let found: ScheduledReminder | null = null;
  if (options.returnedOn) {
    const every = policy.returnedEveryWorkingDays;
    const w = calendar.workingDaysBetween(options.returnedOn, day);
    if (w >= 1) {
      const n = Math.floor((w - 1) / every) + 1;
      found = entry(
        "returned",
        n,
        calendar.addWorkingDays(options.returnedOn, 1 + (n - 1) * every),
      );
    }
  } else {
    const every = policy.overdueEveryWorkingDays;
    if (every > 0) {
      const w = calendar.workingDaysBetween(dueDate, day);
      if (w >= every) {
        const n = Math.floor(w / every);
        found = entry("overdue", n, calendar.addWorkingDays(dueDate, n * every));
      }
    }
    if (!found) {
      const finite = finiteEntries(policy, calendar, dueDate);
      for (let i = finite.length - 1; i >= 0; i--) {
        const r = finite[i];
        if (r && r.scheduledFor <= day) {
          found = r;
          break;
        }
      }
    }
  }
  if (found && options.startedOn && found.scheduledFor <= options.startedOn) return null;
  return found;
}

/**
 * The one reminder to send at `now`, or null: null outside the sending window (day off, before
 * the window opens, after it closes); otherwise the latest scheduled reminder whose instant
 * (scheduled day at sendAt) is ≤ now. The caller dedups by `key` in its ledger.
 */
export function dueReminder(input: DueReminderInput): ScheduledReminder | null {
  const { policy, calendar, dueDate, now } = input;
  const tz = input.tz ?? DEFAULT_TZ;
  const today = localDate(now, tz);
  if (!calendar.isWorkingDay(today)) return null;
  const window = sendingWindow(policy);
  const t = now.getTime();
  if (t < atLocalTime(today, window.from, tz).getTime()) return null;
  if (t >= atLocalTime(today, window.to, tz).getTime()) return null;
  const lastDay = t >= atLocalTime(today, policy.sendAt, tz).getTime() ? today : addDays(today, -1);
  return latestScheduledOnOrBefore(policy, calendar, dueDate, lastDay, {
    returnedOn: input.returnedOn,
    startedOn: input.startedOn,
  });
}

/** Whether `now` lies inside the policy's sending window (working day, local time in window). */
export function isInSendingWindow(
  now: Date,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
  tz: string = DEFAULT_TZ,
): boolean {
  const today = localDate(now, tz);
  if (!calendar.isWorkingDay(today)) return false;
  const w = sendingWindow(policy);
  const t = now.getTime();
  return (
    t >= atLocalTime(today, w.from, tz).getTime() && t < atLocalTime(today, w.to, tz).getTime()
  );
}

/**
 * When the scheduler should next wake: the first instant strictly after `now` that is a working
 * day's window opening (quietTo) or its sendAt — the only moments new reminders become due.
 */
export function nextSendWindow(
  now: Date,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
  tz: string = DEFAULT_TZ,
): Date {
  const w = sendingWindow(policy);
  const times = w.from === policy.sendAt ? [policy.sendAt] : [w.from, policy.sendAt];
  let day = localDate(now, tz);
  for (let i = 0; i < 800; i++, day = addDays(day, 1)) {
    if (!calendar.isWorkingDay(day)) continue;
    for (const hm of times) {
      const at = atLocalTime(day, hm, tz);
      if (at.getTime() > now.getTime()) return at;
    }
  }
  throw new Error("nextSendWindow: no working day within 800 days — check calendar overrides");
}

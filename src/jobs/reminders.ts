/**
 * The reminder planner: one run decides, from the database and the clock alone, which
 * reminders are due now and hands them to src/notifications, which claims each in the reminder
 * ledger (src/db/repositories/ledger.ts), sends it through the paced outbox and records the
 * outcome. node-cron only wakes it up.
 *
 * Exactly once:
 * - what is due is `dueReminder(...)` (domain/reminders.ts): at most one reminder per
 *   questionnaire per moment, the LATEST scheduled one (a missed day yields one catch-up, not a
 *   burst), only inside the policy's sending window on working days;
 * - ledger key = (chat, `assignment:<id>`, kind (`before-3`, `due`, `overdue-2`, `returned-1`,
 *   `digest-overdue-2`…), scheduled day). A reminder is claimed right before it is sent; only
 *   the claim that returns the row sends. Overlapping ticks, restarts and several
 *   instances on one Postgres therefore send each key at most once;
 * - a claim left by a crash (status `claimed`) or a transient failure (`failed`) becomes
 *   claimable again after CLAIM_LEASE_MS, so nothing is skipped while the reminder is still
 *   due. The one residual window: a crash after Telegram accepted a message but before `sent`
 *   was written re-sends that one message after the lease (at-least-once for that instant);
 * - 403 → the notifier marks the official unreachable; they are left out until they write again.
 *
 * Subjects use the assignment (one questionnaire per service and campaign), which exists
 * before any response row does, so the key never changes when the official starts answering.
 */

import type { ReminderCandidate } from "../db/repositories/reminders.js";
import type { WorkingCalendar } from "../domain/calendar.js";
import {
  dueReminder,
  isInSendingWindow,
  parseReminderPolicy,
  type ReminderPolicy,
  type ScheduledReminder,
} from "../domain/reminders.js";
import { type LocalDate, localDate, toLocalDate } from "../domain/time.js";
import { digestText } from "../notifications/digest.js";
import { fanOut, type Outgoing } from "../notifications/fanout.js";
import { ledgerKind, questionnaireReminder } from "../notifications/reminders.js";
import type { JobDeps } from "./deps.js";
import { runClock, runNotifier } from "./run-clock.js";

export { CLAIM_LEASE_MS } from "../db/repositories/ledger.js";
export { FANOUT_CONCURRENCY } from "../notifications/fanout.js";

export interface ReminderDeps extends JobDeps {
  concurrency?: number;
  /** checked before each claim: a stopping app stops claiming new work */
  shouldStop?: () => boolean;
}

export interface RunReport {
  at: Date;
  /** campaigns inside their sending window at `at` */
  campaigns: number;
  /** reminders due at `at` (questionnaire × official) */
  due: number;
  /** of those, already sent (or being sent) earlier */
  alreadyDone: number;
  sent: number;
  blocked: number;
  failed: number;
  /** claims another tick/instance won first */
  lostClaims: number;
  digests: number;
  /** due at the start, but the sending window closed before their turn: left for the next window */
  afterWindow: number;
}

interface Due extends Outgoing {
  digest: boolean;
}

/** One planner run at `at` (default deps.now()). */
export async function runReminders(deps: ReminderDeps, at?: Date): Promise<RunReport> {
  const { repos, logger } = deps;
  const now = at ?? deps.now();
  const report: RunReport = {
    at: now,
    campaigns: 0,
    due: 0,
    alreadyDone: 0,
    sent: 0,
    blocked: 0,
    failed: 0,
    lostClaims: 0,
    digests: 0,
    afterWindow: 0,
  };
  const calendar = await repos.calendar.load();
  const today = localDate(now, deps.tz);
  if (!calendar.isWorkingDay(today)) return report;

  // a long fan-out must not send after the window closes: checked on the run's clock before each send
  const clock = runClock(deps, now);
  const due: Due[] = [];
  for (const campaign of await repos.reminders.activeCampaigns()) {
    let policy: ReminderPolicy;
    try {
      policy = parseReminderPolicy(campaign.reminderPolicy);
    } catch (err) {
      logger.warn({ err, campaignId: campaign.id }, "invalid reminder policy: defaults used");
      policy = parseReminderPolicy({});
    }
    if (!isInSendingWindow(now, calendar, policy, deps.tz)) continue;
    const stillDue = () => isInSendingWindow(clock(), calendar, policy, deps.tz);
    report.campaigns++;
    const dueOn = toLocalDate(campaign.dueOn);
    const memo = new Map<string, ScheduledReminder | null>();
    const reminderFor = (returnedOn: LocalDate | undefined) => {
      const k = returnedOn ?? "";
      if (!memo.has(k)) {
        memo.set(
          k,
          dueReminder({ policy, calendar, dueDate: dueOn, now, tz: deps.tz, returnedOn }),
        );
      }
      return memo.get(k) ?? null;
    };
    for (const row of await repos.reminders.candidates(campaign.id)) {
      const returnedOn =
        row.status === "returned" && row.returnedAt
          ? localDate(new Date(row.returnedAt), deps.tz)
          : undefined;
      const r = reminderFor(returnedOn);
      if (r) due.push({ ...officialReminder(deps, calendar, dueOn, today, r, row), stillDue });
    }

    // the authorized body's digest rides on the campaign's overdue reminders
    const normal = reminderFor(undefined);
    if (normal?.kind === "overdue") {
      const lines = await repos.reminders.digestLines(campaign.id);
      if (lines.length > 0) {
        for (const a of await repos.admins.reachableSecretaries()) {
          due.push({
            chatId: a.telegramId,
            ledger: {
              subject: `campaign:${campaign.id}`,
              kind: `digest-${ledgerKind(normal)}`,
              scheduledFor: normal.scheduledFor,
            },
            message: () => ({
              text: digestText(deps.i18n, a.locale, dueOn, lines),
              parseMode: "HTML",
            }),
            digest: true,
            stillDue,
          });
        }
      }
    }
  }
  report.due = due.length;
  if (due.length === 0) return report;

  const { alreadyDone } = await fanOut(
    { repos, notifier: runNotifier(deps, now) },
    due,
    { now, concurrency: deps.concurrency, shouldStop: deps.shouldStop },
    (c, d) => {
      if (d === "sent") {
        if (c.digest) report.digests++;
        else report.sent++;
      } else if (d === "taken") report.lostClaims++;
      else if (d === "late") report.afterWindow++;
      else if (d === "blocked") report.blocked++;
      else report.failed++;
    },
  );
  report.alreadyDone = alreadyDone;
  if (report.sent + report.blocked + report.failed + report.digests + report.afterWindow > 0) {
    logger.info(report, "reminders sent");
  }
  return report;
}

function officialReminder(
  deps: ReminderDeps,
  calendar: WorkingCalendar,
  dueOn: LocalDate,
  today: LocalDate,
  reminder: ScheduledReminder,
  row: ReminderCandidate,
): Due {
  return {
    chatId: row.telegramId,
    ledger: {
      // the assignment exists before any response row does: the key never changes
      subject: `assignment:${row.assignmentId}`,
      kind: ledgerKind(reminder),
      scheduledFor: reminder.scheduledFor,
    },
    message: () => questionnaireReminder(deps.i18n, calendar, { dueOn, today, reminder, row }),
    digest: false,
  };
}

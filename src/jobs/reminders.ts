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
 * - a claim is renewed by its owner's heartbeat while in flight; a claim left by a crash
 *   (status `claimed`, no heartbeat) becomes claimable again CLAIM_LEASE_MS after its last
 *   renewal, and a transient failure (`failed`) at the next tick, so nothing is skipped while the
 *   reminder is still due. An outcome the database cannot take (outage) is kept in memory and
 *   written when it answers (src/notifications/claims.ts). The one residual window: a crash
 *   after Telegram accepted a message but before `sent` was written re-sends that one message
 *   after the lease (at-least-once for that instant);
 * - an ambiguous failure (5xx, answer lost) is retried at most once per key, ever: an official
 *   gets at most two copies; such failures are counted in the run report (`uncertain`);
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
  /**
   * ambiguous failures (5xx, connection lost after the request was written): the official may
   * have got that message; each is retried at most once (`uncertainRetried`)
   */
  uncertain: number;
  uncertainRetried: number;
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
    uncertain: 0,
    uncertainRetried: 0,
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
    {
      repos,
      notifier: runNotifier(deps, now, (r) => {
        const n = r.uncertain ?? 0;
        report.uncertain += n;
        // a success after an ambiguous failure, or a second ambiguous failure, was a retry
        report.uncertainRetried += r.ok ? n : Math.max(0, n - 1);
      }),
    },
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
    // `uncertain` > 0: Telegram may have delivered some of those twice (see the field)
    logger[report.uncertain > 0 ? "warn" : "info"](report, "reminders sent");
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

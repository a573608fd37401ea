/**
 * The reminder planner: one run decides, from the database and the clock alone, which
 * reminders are due now, claims each in the reminder ledger, sends it through the paced
 * outbox, and records the outcome. node-cron only wakes it up.
 *
 * Exactly once:
 * - what is due is `dueReminder(...)` (domain/reminders.ts): at most one reminder per
 *   questionnaire per moment, the LATEST scheduled one (a missed day yields one catch-up, not a
 *   burst), only inside the policy's sending window on working days;
 * - ledger key = (chat, `assignment:<id>`, kind (`before-3`, `due`, `overdue-2`, `returned-1`,
 *   `digest-overdue-2`…), scheduled day). A reminder is claimed by
 *   `insert … on conflict do update … where <stale> returning` right before it is sent; only
 *   the statement that returns the row sends. Overlapping ticks, restarts and several
 *   instances on one Postgres therefore send each key at most once;
 * - a claim left by a crash (status `claimed`) or a transient failure (`failed`) becomes
 *   claimable again after CLAIM_LEASE_MS, so nothing is skipped while the reminder is still
 *   due. The one residual window: a crash after Telegram accepted a message but before `sent`
 *   was written re-sends that one message after the lease (at-least-once for that instant);
 * - 403 → the outbox marks the official unreachable; they are left out until they write again.
 *
 * Subjects use the assignment (one questionnaire per service and campaign), which exists
 * before any response row does, so the key never changes when the official starts answering.
 */

import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { InlineKeyboard } from "grammy";
import { type Db, rowsOf } from "../db/client.js";
import { answeredCount } from "../db/repositories/answered.js";
import { calendarRepo } from "../db/repositories/calendar.js";
import {
  admins,
  agencies,
  assignmentOfficials,
  assignments,
  campaigns,
  officials,
  reminderLedger,
  responses,
  services,
} from "../db/schema.js";
import type { WorkingCalendar } from "../domain/calendar.js";
import { QUESTION_COUNT } from "../domain/questions.js";
import {
  dueReminder,
  isInSendingWindow,
  parseReminderPolicy,
  type ReminderPolicy,
  type ScheduledReminder,
} from "../domain/reminders.js";
import { type LocalDate, localDate, toLocalDate } from "../domain/time.js";
import { formatDate } from "../i18n/format.js";
import type { Translations } from "../i18n/index.js";
import type { Logger } from "../logger.js";
import { cb } from "../telegram/callbacks/questionnaire.js";
import { escapeHtml } from "../telegram/html.js";
import type { Outbox, SendResult } from "../telegram/outbox.js";

/** A claim not completed within this time (crash, failure) may be claimed again. */
export const CLAIM_LEASE_MS = 10 * 60_000;
/** Messages being claimed/sent at once; the outbox's pacer decides the actual rate. */
export const FANOUT_CONCURRENCY = 40;

export interface ReminderDeps {
  db: Db;
  outbox: Outbox;
  i18n: Translations;
  logger: Logger;
  now: () => Date;
  tz: string;
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
}

interface Candidate {
  chatId: number;
  subject: string;
  kind: string;
  scheduledFor: LocalDate;
  build: () => { text: string; replyMarkup?: InlineKeyboard };
}

interface CandidateRow {
  officialId: number;
  telegramId: number;
  locale: "kk" | "ru" | null;
  assignmentId: number;
  serviceNameKk: string;
  serviceNameRu: string;
  status: string | null;
  returnedAt: Date | string | null;
  answered: number;
}

export function ledgerKind(r: ScheduledReminder): string {
  return r.kind === "due" ? "due" : `${r.kind}-${r.n}`;
}

/** Unsubmitted questionnaires of a campaign × their reachable officials, with progress. */
async function candidateRows(db: Db, campaignId: number): Promise<CandidateRow[]> {
  const res = await db.execute(sql`
    select o.id as "officialId", o.telegram_id as "telegramId", o.locale as "locale",
      a.id as "assignmentId", s.name_kk as "serviceNameKk", s.name_ru as "serviceNameRu",
      r.status as "status", r.returned_at as "returnedAt",
      ${answeredCount(sql`r.id`)} as "answered"
    from ${assignmentOfficials} ao
    join ${assignments} a on a.id = ao.assignment_id
    join ${officials} o on o.id = ao.official_id
    join ${services} s on s.id = a.service_id
    left join ${responses} r on r.assignment_id = a.id
    where a.campaign_id = ${campaignId} and o.reachable
      and (r.status is null or r.status in ('draft', 'returned'))
    order by o.id, a.id`);
  return rowsOf<CandidateRow>(res).map((r) => ({
    ...r,
    telegramId: Number(r.telegramId),
    answered: Number(r.answered),
  }));
}

const keyOf = (chatId: number, subject: string, kind: string, day: string) =>
  `${chatId}|${subject}|${kind}|${day}`;

/** Keys of the given days that need no action now: sent, or claimed/failed within the lease. */
async function settledKeys(db: Db, days: string[], now: Date): Promise<Set<string>> {
  if (days.length === 0) return new Set();
  const stale = new Date(now.getTime() - CLAIM_LEASE_MS);
  const rows = await db
    .select({
      chatId: reminderLedger.chatId,
      subject: reminderLedger.subject,
      kind: reminderLedger.kind,
      day: reminderLedger.scheduledFor,
    })
    .from(reminderLedger)
    .where(
      and(
        sql`${reminderLedger.scheduledFor} in (${sql.join(
          days.map((d) => sql`${d}::date`),
          sql`, `,
        )})`,
        sql`(${reminderLedger.status} = 'sent' or ${reminderLedger.claimedAt} >= ${stale.toISOString()}::timestamptz)`,
      ),
    );
  return new Set(rows.map((r) => keyOf(Number(r.chatId), r.subject, r.kind, r.day)));
}

/** Claims one ledger key; its id only for the one caller that may send it, else null. */
export async function claim(
  db: Db,
  c: Pick<Candidate, "chatId" | "subject" | "kind" | "scheduledFor">,
  now: Date,
): Promise<number | null> {
  const stale = new Date(now.getTime() - CLAIM_LEASE_MS);
  const rows = await db
    .insert(reminderLedger)
    .values({
      chatId: c.chatId,
      subject: c.subject,
      kind: c.kind,
      scheduledFor: c.scheduledFor,
      status: "claimed",
      claimedAt: now,
    })
    .onConflictDoUpdate({
      target: [
        reminderLedger.chatId,
        reminderLedger.subject,
        reminderLedger.kind,
        reminderLedger.scheduledFor,
      ],
      set: { status: "claimed", claimedAt: now, error: null },
      setWhere: sql`${reminderLedger.status} <> 'sent' and ${reminderLedger.claimedAt} < ${stale.toISOString()}::timestamptz`,
    })
    .returning({ id: reminderLedger.id });
  return rows[0]?.id ?? null;
}

export async function settle(db: Db, id: number, result: SendResult, now: Date): Promise<void> {
  await db
    .update(reminderLedger)
    .set(
      result.ok
        ? { status: "sent", sentAt: now, error: null }
        : {
            status: "failed",
            error: `${result.reason}: ${result.error}`.slice(0, 500),
          },
    )
    .where(eq(reminderLedger.id, id));
}

function officialReminder(
  deps: ReminderDeps,
  calendar: WorkingCalendar,
  dueOn: LocalDate,
  today: LocalDate,
  r: ScheduledReminder,
  row: CandidateRow,
): Candidate {
  return {
    chatId: row.telegramId,
    subject: `assignment:${row.assignmentId}`,
    kind: ledgerKind(r),
    scheduledFor: r.scheduledFor,
    build: () => {
      const locale = row.locale ?? "ru";
      const vars = {
        service: escapeHtml(locale === "kk" ? row.serviceNameKk : row.serviceNameRu),
        due: formatDate(dueOn, locale),
        days:
          r.kind === "overdue"
            ? Math.max(1, calendar.workingDaysBetween(dueOn, today))
            : Math.max(0, calendar.workingDaysBetween(today, dueOn)),
        answered: row.answered,
        total: QUESTION_COUNT,
      };
      const text = deps.i18n.t(locale, `remind-${r.kind}`, vars);
      const replyMarkup = new InlineKeyboard().text(
        deps.i18n.t(locale, "remind-open"),
        cb.open(row.assignmentId),
      );
      return { text, replyMarkup };
    },
  };
}

interface DigestLine {
  agencyCode: string;
  agencyNameKk: string;
  agencyNameRu: string;
  serviceNameKk: string;
  serviceNameRu: string;
  registryCode: string;
  unreachable: number;
}

async function digestLines(db: Db, campaignId: number): Promise<DigestLine[]> {
  const res = await db.execute(sql`
    select ag.code as "agencyCode", ag.name_kk as "agencyNameKk", ag.name_ru as "agencyNameRu",
      s.name_kk as "serviceNameKk", s.name_ru as "serviceNameRu", s.registry_code as "registryCode",
      (select count(*)::int from ${assignmentOfficials} ao join ${officials} o on o.id = ao.official_id
        where ao.assignment_id = a.id and not o.reachable) as "unreachable"
    from ${assignments} a
    join ${services} s on s.id = a.service_id
    join ${agencies} ag on ag.id = a.agency_id
    left join ${responses} r on r.assignment_id = a.id
    where a.campaign_id = ${campaignId} and (r.status is null or r.status in ('draft', 'returned'))
    order by ag.code, s.registry_code`);
  return rowsOf<DigestLine>(res).map((r) => ({ ...r, unreachable: Number(r.unreachable) }));
}

/** The overdue digest for the authorized body (one message, cut to Telegram's limit). */
export function digestText(
  i18n: Translations,
  locale: "kk" | "ru",
  dueOn: LocalDate,
  lines: DigestLine[],
): string {
  const byAgency = new Map<string, DigestLine[]>();
  for (const l of lines) {
    const list = byAgency.get(l.agencyCode) ?? [];
    list.push(l);
    byAgency.set(l.agencyCode, list);
  }
  const head = i18n.t(locale, "digest-title", {
    due: formatDate(dueOn, locale),
    services: lines.length,
    agencies: byAgency.size,
  });
  const blocks: string[] = [];
  for (const [, list] of byAgency) {
    const first = list[0] as DigestLine;
    const name = escapeHtml(locale === "kk" ? first.agencyNameKk : first.agencyNameRu);
    const items = list.map((l) => {
      const svc = escapeHtml(locale === "kk" ? l.serviceNameKk : l.serviceNameRu);
      const unreachable =
        l.unreachable > 0 ? ` ${i18n.t(locale, "digest-unreachable", { n: l.unreachable })}` : "";
      return `• ${escapeHtml(l.registryCode)} ${svc}${unreachable}`;
    });
    blocks.push(`<b>${name}</b>\n${items.join("\n")}`);
  }
  let text = head;
  for (const [i, b] of blocks.entries()) {
    const more = i18n.t(locale, "digest-more", { n: blocks.length - i });
    if (text.length + b.length + more.length + 4 > 3900) {
      text += `\n\n${more}`;
      break;
    }
    text += `\n\n${b}`;
  }
  return text;
}

async function runPool<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed: unknown;
  const worker = async () => {
    while (failed === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failed !== undefined) throw failed;
}

/** One planner run at `at` (default deps.now()). */
export async function runReminders(deps: ReminderDeps, at?: Date): Promise<RunReport> {
  const { db, logger } = deps;
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
  };
  const calendar = await calendarRepo(db).load();
  const today = localDate(now, deps.tz);
  if (!calendar.isWorkingDay(today)) return report;
  const active = await db.select().from(campaigns).where(eq(campaigns.status, "sent"));

  const candidates: Candidate[] = [];
  for (const campaign of active) {
    let policy: ReminderPolicy;
    try {
      policy = parseReminderPolicy(campaign.reminderPolicy);
    } catch (err) {
      logger.warn({ err, campaignId: campaign.id }, "invalid reminder policy: defaults used");
      policy = parseReminderPolicy({});
    }
    if (!isInSendingWindow(now, calendar, policy, deps.tz)) continue;
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
    for (const row of await candidateRows(db, campaign.id)) {
      const returnedOn =
        row.status === "returned" && row.returnedAt
          ? localDate(new Date(row.returnedAt), deps.tz)
          : undefined;
      const r = reminderFor(returnedOn);
      if (r) candidates.push(officialReminder(deps, calendar, dueOn, today, r, row));
    }

    // the authorized body's digest rides on the campaign's overdue reminders
    const normal = reminderFor(undefined);
    if (normal?.kind === "overdue") {
      const lines = await digestLines(db, campaign.id);
      const recipients = await db
        .select({ telegramId: admins.telegramId, locale: admins.locale })
        .from(admins)
        .where(
          and(
            eq(admins.role, "secretary"),
            isNull(admins.archivedAt),
            isNotNull(admins.telegramId),
            eq(admins.reachable, true),
          ),
        );
      if (lines.length > 0) {
        for (const a of recipients) {
          candidates.push({
            chatId: Number(a.telegramId),
            subject: `campaign:${campaign.id}`,
            kind: `digest-${ledgerKind(normal)}`,
            scheduledFor: normal.scheduledFor,
            build: () => ({ text: digestText(deps.i18n, a.locale, dueOn, lines) }),
          });
        }
      }
    }
  }
  report.due = candidates.length;
  if (candidates.length === 0) return report;

  const days = [...new Set(candidates.map((c) => c.scheduledFor))];
  const settled = await settledKeys(db, days, now);
  const todo = candidates.filter(
    (c) => !settled.has(keyOf(c.chatId, c.subject, c.kind, c.scheduledFor)),
  );
  report.alreadyDone = candidates.length - todo.length;

  await runPool(todo, deps.concurrency ?? FANOUT_CONCURRENCY, async (c) => {
    if (deps.shouldStop?.()) return;
    const id = await claim(db, c, now);
    if (id === null) {
      report.lostClaims++;
      return;
    }
    const { text, replyMarkup } = c.build();
    const result = await deps.outbox.send({
      chatId: c.chatId,
      text,
      parseMode: "HTML",
      replyMarkup,
    });
    await settle(db, id, result, deps.now());
    if (result.ok) {
      if (c.kind.startsWith("digest-")) report.digests++;
      else report.sent++;
    } else if (result.reason === "blocked") report.blocked++;
    else report.failed++;
  });
  if (report.sent + report.blocked + report.failed + report.digests > 0) {
    logger.info(report, "reminders sent");
  }
  return report;
}

/**
 * The reminder ledger: one row per (chat, subject, kind, scheduled day) the product sends on its
 * own initiative. Every sender claims a key here before sending and settles it afterwards, so
 * overlapping ticks, restarts, double clicks and several instances send each key at most once.
 *
 * - `claim` is `insert … on conflict do update … where <claimable> returning`: only the statement
 *   that returns the row may send. A claim carries a random owner token and a short lease
 *   (CLAIM_LEASE_MS from the claim's instant); the owner renews the lease while the work is in
 *   flight (`renew`, the notifier's heartbeat), so a live owner keeps its rows however long a
 *   fan-out takes, and rows of an owner that is gone (kill -9) are claimable again within the lease.
 * - `settle` only writes a row still claimed by that token: a claim that lost its lease cannot
 *   overwrite the new owner's outcome. A failed row is claimable again from `retryAt` (the next
 *   tick for a transient failure).
 * - A row whose attempts ended ambiguously twice (`uncertain` ≥ MAX_UNCERTAIN: 5xx or a lost
 *   answer, the message may have arrived) is never claimed again: that bounds the copies an
 *   official can get to two (the Bot API has no idempotency key).
 */
import { randomUUID } from "node:crypto";
import { and, eq, gte, inArray, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { reminderLedger } from "../schema.js";

/** A claim not renewed within this time (its owner is gone) may be claimed again. */
export const CLAIM_LEASE_MS = 30_000;

/** Ambiguous failures after which a key is not tried again (one retry of an ambiguous failure). */
export const MAX_UNCERTAIN = 2;

export interface LedgerKey {
  chatId: number;
  /** what it is about, e.g. "assignment:12", "campaign:3", "activity:7" */
  subject: string;
  kind: string;
  /** the local day the message is scheduled for (YYYY-MM-DD) */
  scheduledFor: string;
}

/** Proof of ownership of one ledger row, returned by a successful claim. */
export interface LedgerClaim {
  id: number;
  /** the owner token `settle` and `renew` check */
  owner: string;
  /** ambiguous failures of earlier attempts (see MAX_UNCERTAIN) */
  uncertain: number;
}

export type LedgerOutcome =
  | { ok: true; uncertain?: number }
  | {
      ok: false;
      error: string;
      /** ambiguous failures in this attempt (the message may have arrived) */
      uncertain?: number;
      /** when the key may be tried again (default: at once, i.e. the next tick) */
      retryAt?: Date;
    };

export const ledgerKeyOf = (k: LedgerKey) => `${k.chatId}|${k.subject}|${k.kind}|${k.scheduledFor}`;

const leaseFrom = (now: Date, leaseMs: number) => new Date(now.getTime() + leaseMs);

export function ledgerRepo(db: Db) {
  return {
    /** Claims one key; the claim only for the one caller that may send it, else null. */
    async claim(key: LedgerKey, now: Date, leaseMs = CLAIM_LEASE_MS): Promise<LedgerClaim | null> {
      const owner = randomUUID();
      const leaseUntil = leaseFrom(now, leaseMs);
      const rows = await db
        .insert(reminderLedger)
        .values({ ...key, status: "claimed", claimedAt: now, owner, leaseUntil })
        .onConflictDoUpdate({
          target: [
            reminderLedger.chatId,
            reminderLedger.subject,
            reminderLedger.kind,
            reminderLedger.scheduledFor,
          ],
          set: { status: "claimed", claimedAt: now, owner, leaseUntil, error: null },
          setWhere: and(
            ne(reminderLedger.status, "sent"),
            lt(reminderLedger.leaseUntil, now),
            lt(reminderLedger.uncertain, MAX_UNCERTAIN),
          ),
        })
        .returning({ id: reminderLedger.id, uncertain: reminderLedger.uncertain });
      const row = rows[0];
      return row ? { id: row.id, owner, uncertain: row.uncertain } : null;
    },

    /** Extends the lease of claims still owned and in flight; returns how many were renewed. */
    async renew(claims: LedgerClaim[], now: Date, leaseMs = CLAIM_LEASE_MS): Promise<number> {
      if (claims.length === 0) return 0;
      const rows = await db
        .update(reminderLedger)
        .set({ leaseUntil: leaseFrom(now, leaseMs) })
        .where(
          and(
            inArray(
              reminderLedger.id,
              claims.map((c) => c.id),
            ),
            inArray(
              reminderLedger.owner,
              claims.map((c) => c.owner),
            ),
            eq(reminderLedger.status, "claimed"),
          ),
        )
        .returning({ id: reminderLedger.id });
      return rows.length;
    },

    /** Records the outcome of an owned claim; false when the claim is no longer the owner. */
    async settle(claim: LedgerClaim, outcome: LedgerOutcome, now: Date): Promise<boolean> {
      const uncertain = sql`${reminderLedger.uncertain} + ${outcome.uncertain ?? 0}`;
      const rows = await db
        .update(reminderLedger)
        .set(
          outcome.ok
            ? { status: "sent", sentAt: now, error: null, uncertain }
            : {
                status: "failed",
                error: outcome.error.slice(0, 500),
                leaseUntil: outcome.retryAt ?? now,
                uncertain,
              },
        )
        .where(
          and(
            eq(reminderLedger.id, claim.id),
            // the same outcome written again is no change: a retried settle whose first try
            // was committed before the connection broke still counts as written
            inArray(reminderLedger.status, ["claimed", outcome.ok ? "sent" : "failed"]),
            eq(reminderLedger.owner, claim.owner),
          ),
        )
        .returning({ id: reminderLedger.id });
      return rows.length > 0;
    },

    /**
     * Keys (see `ledgerKeyOf`) of the given days that need no action at `now`: sent, claimed
     * within its lease, failed and not yet due for a retry, or given up as uncertain. Lets a
     * planner skip them without a claim round trip.
     */
    async settledKeys(days: string[], now: Date): Promise<Set<string>> {
      if (days.length === 0) return new Set();
      const rows = await db
        .select({
          chatId: reminderLedger.chatId,
          subject: reminderLedger.subject,
          kind: reminderLedger.kind,
          scheduledFor: reminderLedger.scheduledFor,
        })
        .from(reminderLedger)
        .where(
          and(
            inArray(reminderLedger.scheduledFor, days),
            or(
              eq(reminderLedger.status, "sent"),
              gte(reminderLedger.leaseUntil, now),
              gte(reminderLedger.uncertain, MAX_UNCERTAIN),
            ),
          ),
        );
      return new Set(rows.map((r) => ledgerKeyOf({ ...r, chatId: Number(r.chatId) })));
    },
  };
}

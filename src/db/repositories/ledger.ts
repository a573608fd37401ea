/**
 * The reminder ledger: one row per (chat, subject, kind, scheduled day) the product sends on its
 * own initiative. Every sender claims a key here before sending and settles it afterwards, so
 * overlapping ticks, restarts, double clicks and several instances send each key at most once.
 *
 * - `claim` is `insert … on conflict do update … where <stale> returning`: only the statement
 *   that returns the row may send. A row left `claimed` by a crash or `failed` by a transient
 *   error becomes claimable again once its lease has run out; a `sent` row never does.
 * - The lease starts when the row is claimed (the database's clock of the claim, passed in as
 *   `now` by the caller right before the claim), not when the run started: a long fan-out does
 *   not make its own late claims look stale to another instance.
 * - The claim returns an owner token (the claim's instant); `settle` only writes a row still
 *   claimed by that token, so a claim that lost its lease cannot overwrite the new owner's outcome.
 */
import { and, eq, gte, inArray, lt, ne, or } from "drizzle-orm";
import type { Db } from "../client.js";
import { reminderLedger } from "../schema.js";

/** A claim not completed within this time (crash, failure) may be claimed again. */
export const CLAIM_LEASE_MS = 10 * 60_000;

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
  /** the claim's instant: the owner token `settle` checks */
  claimedAt: Date;
}

export type LedgerOutcome = { ok: true } | { ok: false; error: string };

export const ledgerKeyOf = (k: LedgerKey) => `${k.chatId}|${k.subject}|${k.kind}|${k.scheduledFor}`;

export function ledgerRepo(db: Db) {
  return {
    /** Claims one key; the claim only for the one caller that may send it, else null. */
    async claim(key: LedgerKey, now: Date): Promise<LedgerClaim | null> {
      const stale = new Date(now.getTime() - CLAIM_LEASE_MS);
      const rows = await db
        .insert(reminderLedger)
        .values({ ...key, status: "claimed", claimedAt: now })
        .onConflictDoUpdate({
          target: [
            reminderLedger.chatId,
            reminderLedger.subject,
            reminderLedger.kind,
            reminderLedger.scheduledFor,
          ],
          set: { status: "claimed", claimedAt: now, error: null },
          setWhere: and(ne(reminderLedger.status, "sent"), lt(reminderLedger.claimedAt, stale)),
        })
        .returning({ id: reminderLedger.id, claimedAt: reminderLedger.claimedAt });
      const row = rows[0];
      return row ? { id: row.id, claimedAt: row.claimedAt } : null;
    },

    /** Records the outcome of an owned claim; false when the claim is no longer the owner. */
    async settle(claim: LedgerClaim, outcome: LedgerOutcome, now: Date): Promise<boolean> {
      const rows = await db
        .update(reminderLedger)
        .set(
          outcome.ok
            ? { status: "sent", sentAt: now, error: null }
            : { status: "failed", error: outcome.error.slice(0, 500) },
        )
        .where(
          and(
            eq(reminderLedger.id, claim.id),
            eq(reminderLedger.status, "claimed"),
            eq(reminderLedger.claimedAt, claim.claimedAt),
          ),
        )
        .returning({ id: reminderLedger.id });
      return rows.length > 0;
    },

    /**
     * Keys (see `ledgerKeyOf`) of the given days that need no action at `now`: sent, or
     * claimed/failed within the lease. Lets a planner skip them without a claim round trip.
     */
    async settledKeys(days: string[], now: Date): Promise<Set<string>> {
      if (days.length === 0) return new Set();
      const stale = new Date(now.getTime() - CLAIM_LEASE_MS);
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
            or(eq(reminderLedger.status, "sent"), gte(reminderLedger.claimedAt, stale)),
          ),
        );
      return new Set(rows.map((r) => ledgerKeyOf({ ...r, chatId: Number(r.chatId) })));
    },
  };
}

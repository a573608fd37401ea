/**
 * Login attempts and their one-time codes (hashes only): the requester's "wait a minute",
 * attempts per code and single use. An attempt is found by its token's hash and the requester
 * who opened it, never by the admin, so nobody but the requester can spend its attempts.
 */
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { LOGIN_CODE_MAX_ATTEMPTS } from "../../domain/codes.js";
import type { Db } from "../client.js";
import { loginCodes } from "../schema.js";

export type LoginCodeRow = typeof loginCodes.$inferSelect;

export function loginCodesRepo(db: Db) {
  return {
    /**
     * Stores a new attempt unless this requester opened one for the same login name since
     * `since` (then null: "wait a minute"). The requester's earlier attempts for that name are
     * retired (only the newest code works). Check, retire and insert run under a lock on
     * (requester, name): a double click must not send two codes.
     */
    async open(v: {
      tokenHash: string;
      adminId: number | null;
      codeHash: string | null;
      requester: string;
      loginKey: string;
      expiresAt: Date;
      now: Date;
      since: Date;
    }): Promise<number | null> {
      return db.transaction(async (tx) => {
        await tx.execute(
          sql`select pg_advisory_xact_lock(hashtext(${`login:${v.requester}:${v.loginKey}`}))`,
        );
        const mine = and(
          eq(loginCodes.requester, v.requester),
          eq(loginCodes.loginKey, v.loginKey),
        );
        const [recent] = await tx
          .select({ id: loginCodes.id })
          .from(loginCodes)
          .where(and(mine, gt(loginCodes.createdAt, v.since)))
          .limit(1);
        if (recent) return null;
        await tx
          .update(loginCodes)
          .set({ expiresAt: v.now })
          .where(and(mine, isNull(loginCodes.usedAt), gt(loginCodes.expiresAt, v.now)));
        const [row] = await tx
          .insert(loginCodes)
          .values({
            tokenHash: v.tokenHash,
            adminId: v.adminId,
            codeHash: v.codeHash,
            requester: v.requester,
            loginKey: v.loginKey,
            expiresAt: v.expiresAt,
            createdAt: v.now,
          })
          .returning({ id: loginCodes.id });
        if (!row) throw new Error("login code insert returned nothing");
        return row.id;
      });
    },
    /** A code that could not be delivered: the attempt stays (same answer), every code is wrong. */
    async forgetCode(id: number): Promise<void> {
      await db.update(loginCodes).set({ codeHash: null }).where(eq(loginCodes.id, id));
    },
    /** The attempt named by the token, if this requester opened it. */
    async byToken(tokenHash: string, requester: string): Promise<LoginCodeRow | undefined> {
      const [row] = await db
        .select()
        .from(loginCodes)
        .where(and(eq(loginCodes.tokenHash, tokenHash), eq(loginCodes.requester, requester)));
      return row;
    },
    /** Marks the code used; false when another request used it first or attempts ran out. */
    async consume(id: number, now: Date): Promise<boolean> {
      // single use even when two requests race: only one update matches usedAt is null
      const won = await db
        .update(loginCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(loginCodes.id, id),
            isNull(loginCodes.usedAt),
            lt(loginCodes.attempts, LOGIN_CODE_MAX_ATTEMPTS),
          ),
        )
        .returning({ id: loginCodes.id });
      return won.length > 0;
    },
    /** Counts a wrong attempt; false when the attempts had already run out. */
    async countWrongAttempt(id: number): Promise<boolean> {
      const bumped = await db
        .update(loginCodes)
        .set({ attempts: sql`${loginCodes.attempts} + 1` })
        .where(and(eq(loginCodes.id, id), lt(loginCodes.attempts, LOGIN_CODE_MAX_ATTEMPTS)))
        .returning({ attempts: loginCodes.attempts });
      return bumped.length > 0;
    },
    /** Attempts expired before `before` are of no use to anyone. */
    async purgeExpired(before: Date): Promise<void> {
      await db.delete(loginCodes).where(lt(loginCodes.expiresAt, before));
    },
  };
}

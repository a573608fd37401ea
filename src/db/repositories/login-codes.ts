/** Admins' one-time login codes (hashes only), their rate limit, attempts and single use. */
import { and, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { LOGIN_CODE_MAX_ATTEMPTS } from "../../domain/codes.js";
import type { Db } from "../client.js";
import { admins, loginCodes } from "../schema.js";

export type LoginCodeRow = typeof loginCodes.$inferSelect;

export function loginCodesRepo(db: Db) {
  return {
    /**
     * Stores a new code unless one was issued since `since` (then null); the admin's unused
     * codes are retired (only the newest works). Check, retire and insert run under a lock on
     * the admin's row: two requests at once (a double click, two instances) must not both pass
     * the rate limit and send two codes.
     */
    async issue(
      adminId: number,
      v: { codeHash: string; expiresAt: Date; now: Date; since: Date },
    ): Promise<number | null> {
      return db.transaction(async (tx) => {
        await tx.select({ id: admins.id }).from(admins).where(eq(admins.id, adminId)).for("update");
        const [recent] = await tx
          .select({ id: loginCodes.id })
          .from(loginCodes)
          .where(and(eq(loginCodes.adminId, adminId), gt(loginCodes.createdAt, v.since)))
          .limit(1);
        if (recent) return null;
        await tx
          .update(loginCodes)
          .set({ expiresAt: v.now })
          .where(
            and(
              eq(loginCodes.adminId, adminId),
              isNull(loginCodes.usedAt),
              gt(loginCodes.expiresAt, v.now),
            ),
          );
        const [row] = await tx
          .insert(loginCodes)
          .values({ adminId, codeHash: v.codeHash, expiresAt: v.expiresAt, createdAt: v.now })
          .returning({ id: loginCodes.id });
        if (!row) throw new Error("login code insert returned nothing");
        return row.id;
      });
    },
    /** A code that could not be delivered is deleted. */
    async delete(id: number): Promise<void> {
      await db.delete(loginCodes).where(eq(loginCodes.id, id));
    },
    async latest(adminId: number): Promise<LoginCodeRow | undefined> {
      const [row] = await db
        .select()
        .from(loginCodes)
        .where(eq(loginCodes.adminId, adminId))
        .orderBy(desc(loginCodes.id))
        .limit(1);
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
  };
}

/**
 * Fixed-window request counters in PostgreSQL, so every instance on the database counts the
 * same client once (an in-memory counter would give each instance its own budget).
 */
import { lt, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { rateLimits } from "../schema.js";

export function rateLimitsRepo(db: Db) {
  return {
    /**
     * Counts one hit for `key` and returns the hits in its current window (a window older
     * than `windowMs` starts again at 1). One statement: concurrent hits never get lost.
     */
    async hit(key: string, now: Date, windowMs: number): Promise<number> {
      const expired = sql`${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`;
      const start = sql`${now.toISOString()}::timestamptz`;
      const [row] = await db
        .insert(rateLimits)
        .values({ key, windowStart: now, hits: 1 })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            hits: sql`case when ${rateLimits.windowStart} <= ${expired} then 1 else ${rateLimits.hits} + 1 end`,
            windowStart: sql`case when ${rateLimits.windowStart} <= ${expired} then ${start} else ${rateLimits.windowStart} end`,
          },
        })
        .returning({ hits: rateLimits.hits });
      return row?.hits ?? 1;
    },
    /** Counters whose window ended before `before`. */
    async purge(before: Date): Promise<void> {
      await db.delete(rateLimits).where(lt(rateLimits.windowStart, before));
    },
  };
}

/**
 * Reads that visit every assignment of a campaign (the dashboard's progress, the reminder
 * planner's candidates and digest) run with PostgreSQL's JIT off. Their cost estimate grows with
 * the campaign (a correlated count per row), and past `jit_above_cost` the server spends
 * 0.3–0.5 s compiling a query that itself runs in tens of milliseconds: at 20,000 officials that
 * was 490 of the reminder planner's 511 ms, a step no index removes, only moves. `set local`
 * lasts for this one transaction; PGlite has no JIT and accepts the setting.
 */
import { sql } from "drizzle-orm";
import type { Db, Tx } from "../client.js";

export function bulkRead<T>(db: Db, read: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return read(tx);
  });
}

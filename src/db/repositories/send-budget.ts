/**
 * The send budget every instance shares (src/telegram/budget.ts): one GCRA row per budget.
 * `next_at` is the first instant not yet promised to any sender; a reservation of `n` sends
 * moves it `n` intervals past max(next_at, now) in one statement, on the database's clock (the
 * one clock every instance shares), so instances never promise the same instant twice.
 */
import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../client.js";

export interface Reservation {
  /** milliseconds from the database's "now" to the first reserved instant (≥ 0) */
  firstInMs: number;
}

export function sendBudgetRepo(db: Db) {
  return {
    async reserve(name: string, n: number, intervalMs: number): Promise<Reservation> {
      const span = n * intervalMs;
      const result = await db.execute(sql`
        insert into send_budget (name, next_at)
        values (${name}, clock_timestamp() + ${span} * interval '1 millisecond')
        on conflict (name) do update
          set next_at = greatest(send_budget.next_at, clock_timestamp())
                        + ${span} * interval '1 millisecond'
        returning extract(epoch from (next_at - clock_timestamp())) * 1000 - ${span} as first_in_ms`);
      const row = rowsOf<{ first_in_ms: number | string }>(result)[0];
      return { firstInMs: Math.max(0, Number(row?.first_in_ms ?? 0)) };
    },
  };
}

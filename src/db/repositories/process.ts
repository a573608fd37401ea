/**
 * Appendix 1 (the business process and the proposals): one row per filled item, written the
 * moment it is given, with its history. Like the questionnaire's answers, a write is refused
 * once the response is no longer editable (submitted / accepted).
 */
import { desc, eq, inArray, sql } from "drizzle-orm";
import type { Cursor } from "../../domain/vocabulary.js";
import { type Db, rowsOf } from "../client.js";
import { officials, processAnswers, processHistory, responses } from "../schema.js";
import { cursorMove } from "./cursor-move.js";

export function processRepo(db: Db) {
  return {
    /** The stored items of a response: item number → value (unvalidated JSON). */
    async values(responseId: number): Promise<Map<number, unknown>> {
      const rows = await db
        .select({ no: processAnswers.itemNo, value: processAnswers.value })
        .from(processAnswers)
        .where(eq(processAnswers.responseId, responseId));
      return new Map(rows.map((r) => [r.no, r.value]));
    },

    /**
     * Writes one item and, when it changed, its history row (one statement: the CTEs share one
     * snapshot, so `old` is the value before this write). False when not editable.
     */
    async save(a: {
      responseId: number;
      itemNo: number;
      value: unknown;
      officialId: number | null;
      now: Date;
      /** also moves the official's cursor (same statement), when the write is allowed */
      cursor?: Cursor | null;
    }): Promise<boolean> {
      const { responseId: r, itemNo: n, officialId: o } = a;
      const at = a.now.toISOString();
      const result = await db.execute<{ editable: number }>(sql`
        with resp as (
          select id from ${responses} where id = ${r} and status in ('draft', 'returned')
        ), old as (
          select value from ${processAnswers} where response_id = ${r} and item_no = ${n}
        ), new_v as (select ${JSON.stringify(a.value)}::jsonb as v), up as (
          insert into ${processAnswers} (response_id, item_no, value, answered_by, updated_at)
          select ${r}, ${n}, (select v from new_v), ${o}, ${at}::timestamptz from resp
          on conflict (response_id, item_no) do update
            set value = excluded.value, answered_by = excluded.answered_by, updated_at = excluded.updated_at
            where ${processAnswers}.value is distinct from excluded.value
          returning 1
        ), hist as (
          insert into ${processHistory} (response_id, item_no, official_id, old_value, new_value, created_at)
          select ${r}, ${n}, ${o}, (select value from old), new_v.v, ${at}::timestamptz from up, new_v
        ), touch as (
          update ${responses} set updated_at = ${at}::timestamptz
          where id = ${r} and exists (select 1 from up)
        )${cursorMove(o, a.cursor)}
        select (select count(*) from resp)::int as editable`);
      return rowsOf<{ editable: number }>(result)[0]?.editable === 1;
    },

    /** Changes of Appendix 1 items, newest first (the admin's page). */
    async history(responseId: number) {
      return db
        .select({
          id: processHistory.id,
          itemNo: processHistory.itemNo,
          oldValue: processHistory.oldValue,
          newValue: processHistory.newValue,
          at: processHistory.at,
          officialName: officials.fullName,
        })
        .from(processHistory)
        .leftJoin(officials, eq(officials.id, processHistory.officialId))
        .where(eq(processHistory.responseId, responseId))
        .orderBy(desc(processHistory.at), desc(processHistory.id))
        .limit(500);
    },

    /** The stored items of some responses (a page of the campaign's sheet): responseId → item → value. */
    async valuesOf(responseIds: number[]): Promise<Map<number, Map<number, unknown>>> {
      const out = new Map<number, Map<number, unknown>>();
      if (responseIds.length === 0) return out;
      const rows = await db
        .select({
          responseId: processAnswers.responseId,
          no: processAnswers.itemNo,
          value: processAnswers.value,
        })
        .from(processAnswers)
        .where(inArray(processAnswers.responseId, responseIds));
      for (const r of rows) {
        const m = out.get(r.responseId) ?? new Map<number, unknown>();
        m.set(r.no, r.value);
        out.set(r.responseId, m);
      }
      return out;
    },
  };
}

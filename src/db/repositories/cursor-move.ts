/**
 * The official's cursor moved in the same statement as the answer that moves it (one round trip
 * per answer): a CTE for the answer statements of responses.ts and process.ts, which applies only
 * when the questionnaire accepted the write (their `resp` CTE names it).
 */
import { type SQL, sql } from "drizzle-orm";
import type { Cursor } from "../../domain/vocabulary.js";
import { officials } from "../schema.js";

/** `, cur as (…)` when there is a cursor to store (null clears it), else nothing. */
export function cursorMove(officialId: number | null, cursor: Cursor | null | undefined): SQL {
  if (cursor === undefined || officialId === null) return sql``;
  return sql`, cur as (
          update ${officials} set cursor = ${cursor === null ? null : JSON.stringify(cursor)}::jsonb
          where id = ${officialId} and exists (select 1 from resp)
        )`;
}

/**
 * "Answered" in SQL: the domain's `isComplete` (src/domain/questionnaire.ts) — a value and a
 * non-empty justification — counted per response. Every query that shows or uses progress
 * (the bot's list, the dashboard, the exports, the reminders) counts with this expression.
 */
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { answers } from "../schema.js";

/**
 * The number of answered questions of the response whose id is `responseId` (a column such as
 * `responses.id`, or `sql\`r.id\`` inside hand-written SQL); 0 when there is no response.
 */
export function answeredCount(responseId: SQLWrapper): SQL<number> {
  return sql<number>`coalesce((select count(*)::int from ${answers} answered_x
    where answered_x.response_id = ${responseId} and answered_x.value is not null
      and answered_x.justification is not null and answered_x.justification <> ''), 0)::int`;
}

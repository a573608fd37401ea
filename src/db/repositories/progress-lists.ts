/**
 * A campaign's services with their questionnaires' progress, one page at a time: the responses
 * list and the campaign page. Filtering, sorting and counting happen in SQL, so a page costs the
 * same at 20 services and at 20,000.
 */
import { type SQL, sql } from "drizzle-orm";
import type { ProgressState } from "../../domain/progress.js";
import { type Db, rowsOf } from "../client.js";
import { agencies, assignments, responses, services } from "../schema.js";
import { answeredCount } from "./answered.js";
import type { ProgressRow } from "./campaigns.js";
import { containsPattern, type Page, type Paging } from "./paging.js";

export type ProgressSort = "code" | "service" | "agency" | "state" | "answered" | "submitted";

export interface ProgressFilter {
  q?: string;
  agencyId?: number;
  state?: ProgressState;
  sort?: ProgressSort;
  dir?: "asc" | "desc";
  /** name columns sorted in this language */
  locale: "kk" | "ru";
  /** the campaign's due date and today (YYYY-MM-DD), for the overdue state */
  dueOn: string;
  today: string;
}

/**
 * The SQL form of the domain's `progressState` (src/domain/progress.ts), over the column
 * `r.status` of the query below and its answered count; `overdue` is decided by the dates.
 */
function stateSql(overdue: boolean, answered: SQL): SQL {
  return sql`case when r.status in ('submitted', 'accepted') then r.status
    when ${sql.raw(overdue ? "true" : "false")} then 'overdue'
    when r.status = 'returned' then 'returned'
    when ${answered} > 0 then 'in-progress' else 'not-started' end`;
}

const ORDER: ProgressState[] = [
  "not-started",
  "in-progress",
  "submitted",
  "returned",
  "accepted",
  "overdue",
];

export function progressListsRepo(db: Db) {
  return {
    async page(
      campaignId: number,
      f: ProgressFilter,
      paging: Paging,
    ): Promise<Page<ProgressRow & { state: ProgressState }>> {
      // the answered count costs a lookup per row: for every row (a lateral join) only when the
      // filter or the order needs it; otherwise in the select list, i.e. for this page's rows only
      const perRow = f.state !== undefined || f.sort === "state" || f.sort === "answered";
      const answered = perRow ? sql`x.answered` : answeredCount(sql`r.id`);
      const lateral = sql`cross join lateral (select ${answeredCount(sql`r.id`)} as answered) x`;
      const state = stateSql(f.today > f.dueOn, answered);
      const conds: SQL[] = [sql`true`];
      if (f.agencyId) conds.push(sql`a.agency_id = ${f.agencyId}`);
      if (f.q) {
        const p = containsPattern(f.q);
        conds.push(sql`(s.registry_code ilike ${p} or s.name_kk ilike ${p} or s.name_ru ilike ${p}
          or ag.name_kk ilike ${p} or ag.name_ru ilike ${p} or ag.code ilike ${p})`);
      }
      if (f.state) conds.push(sql`${state} = ${f.state}`);
      const where = sql.join(conds, sql` and `);
      const kk = f.locale === "kk";
      const key: Record<ProgressSort, SQL> = {
        code: sql`s.registry_code`,
        service: kk ? sql`s.name_kk` : sql`s.name_ru`,
        agency: kk ? sql`ag.name_kk` : sql`ag.name_ru`,
        state: sql`array_position(array[${sql.join(
          ORDER.map((s) => sql`${s}`),
          sql`, `,
        )}]::text[], ${state})`,
        answered,
        submitted: sql`r.submitted_at`,
      };
      const dir = f.dir === "desc" ? sql`desc nulls last` : sql`asc nulls first`;
      const from = (o: { names: boolean; responses: boolean; answered: boolean }) => sql`
        from ${assignments} a
        ${o.names ? sql`join ${services} s on s.id = a.service_id join ${agencies} ag on ag.id = a.agency_id` : sql``}
        ${o.responses ? sql`left join ${responses} r on r.assignment_id = a.id` : sql``}
        ${o.answered ? lateral : sql``}
        where a.campaign_id = ${campaignId} and ${where}`;
      const [rows, total] = await Promise.all([
        db.execute(sql`
          select a.id as "assignmentId", s.id as "serviceId", s.registry_code as "registryCode",
            s.name_kk as "serviceNameKk", s.name_ru as "serviceNameRu",
            ag.id as "agencyId", ag.code as "agencyCode", ag.name_kk as "agencyNameKk",
            ag.name_ru as "agencyNameRu", r.id as "responseId", r.status as "status",
            ${answered} as "answered", r.submitted_at as "submittedAt", r.updated_at as "updatedAt",
            ${state} as "state"
          ${from({ names: true, responses: true, answered: perRow })}
          order by ${key[f.sort ?? "code"]} ${dir}, s.registry_code
          limit ${paging.limit} offset ${paging.offset}`),
        // the count joins only what the filter reads
        db.execute(
          sql`select count(*)::int as n ${from({
            names: f.q !== undefined,
            responses: f.state !== undefined,
            answered: f.state !== undefined,
          })}`,
        ),
      ]);
      return {
        rows: rowsOf<ProgressRow & { state: ProgressState }>(rows).map((r) => ({
          ...r,
          submittedAt: r.submittedAt ? new Date(r.submittedAt) : null,
          updatedAt: r.updatedAt ? new Date(r.updatedAt) : null,
        })),
        total: rowsOf<{ n: number }>(total)[0]?.n ?? 0,
      };
    },
  };
}

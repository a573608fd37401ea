/**
 * Campaigns (the yearly list of services), their assignments, the working-day
 * calendar overrides, and the read models of the admin panel's dashboard.
 */
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { CampaignStatus } from "../../domain/agenda.js";
import type { ResponseStatus } from "../../domain/vocabulary.js";
import { type Db, rowsOf } from "../client.js";
import {
  agencies,
  answerHistory,
  answers,
  assignmentOfficials,
  assignments,
  campaigns,
  materials,
  officials,
  processAnswers,
  reminderLedger,
  responses,
  services,
} from "../schema.js";
import { answeredCount } from "./answered.js";
import { bulkRead } from "./bulk-read.js";

/** A material's description, without the file's bytes. */
export interface MaterialInfo {
  id: number;
  kind: "note" | "proposals" | "diagram";
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  sha256: string | null;
  text: string | null;
}

import { officialLocale } from "./officials.js";

export type CampaignRow = typeof campaigns.$inferSelect;

/** One assignment with everything the dashboard and the lists show. */
export interface ProgressRow {
  assignmentId: number;
  serviceId: number;
  registryCode: string;
  serviceNameKk: string;
  serviceNameRu: string;
  agencyId: number;
  agencyCode: string;
  agencyNameKk: string;
  agencyNameRu: string;
  responseId: number | null;
  status: ResponseStatus | null;
  answered: number;
  submittedAt: Date | null;
  updatedAt: Date | null;
}

/**
 * Where a page of `progressPage` ended: the next page starts after this registry code (unique,
 * so one key is enough; a key over two tables would not be an index condition and every page
 * would scan the campaign from its start).
 */
export type ProgressPageKey = string;

/** A campaign's assignments with their service, agency, response status and answered count. */
const progressRows = sql`select a.id as "assignmentId", s.id as "serviceId", s.registry_code as "registryCode",
          s.name_kk as "serviceNameKk", s.name_ru as "serviceNameRu",
          ag.id as "agencyId", ag.code as "agencyCode", ag.name_kk as "agencyNameKk",
          ag.name_ru as "agencyNameRu", r.id as "responseId", r.status as "status",
          ${answeredCount(sql`r.id`)} as "answered", r.submitted_at as "submittedAt",
          r.updated_at as "updatedAt"
        from ${assignments} a
        join ${services} s on s.id = a.service_id
        join ${agencies} ag on ag.id = a.agency_id
        left join ${responses} r on r.assignment_id = a.id`;

export function campaignsRepo(db: Db) {
  return {
    /**
     * The campaigns pickers, the dashboard and the officials' page offer (not cancelled ones,
     * not the playground's).
     */
    async list(): Promise<CampaignRow[]> {
      return db
        .select()
        .from(campaigns)
        .where(and(ne(campaigns.status, "cancelled"), eq(campaigns.isTest, false)))
        .orderBy(desc(campaigns.year), desc(campaigns.id));
    },
    /** Every campaign, cancelled ones too (the campaigns page), but the playground's. */
    async listAll(): Promise<CampaignRow[]> {
      return db
        .select()
        .from(campaigns)
        .where(eq(campaigns.isTest, false))
        .orderBy(desc(campaigns.year), desc(campaigns.id));
    },
    async byId(id: number): Promise<CampaignRow | undefined> {
      const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
      return row;
    },
    /** The campaign the dashboard shows: the newest sent one, else the newest. */
    async current(): Promise<CampaignRow | undefined> {
      const [sent] = await db
        .select()
        .from(campaigns)
        .where(and(eq(campaigns.status, "sent"), eq(campaigns.isTest, false)))
        .orderBy(desc(campaigns.year), desc(campaigns.id))
        .limit(1);
      if (sent) return sent;
      const [any] = await db
        .select()
        .from(campaigns)
        .where(and(ne(campaigns.status, "cancelled"), eq(campaigns.isTest, false)))
        .orderBy(desc(campaigns.year), desc(campaigns.id))
        .limit(1);
      return any;
    },
    async create(v: {
      year: number;
      title: string;
      listSentOn: string | null;
      dueOn: string;
      reminderPolicy: unknown;
      isTest?: boolean;
    }): Promise<CampaignRow> {
      const [row] = await db.insert(campaigns).values(v).returning();
      if (!row) throw new Error("campaign insert returned nothing");
      return row;
    },
    async update(
      id: number,
      v: Partial<
        Pick<CampaignRow, "title" | "listSentOn" | "dueOn" | "reminderPolicy" | "processOptional">
      >,
    ): Promise<void> {
      await db.update(campaigns).set(v).where(eq(campaigns.id, id));
    },
    /**
     * Sets the status decided by `transition` (and the list's sending day) if the campaign is
     * still `from`; false if it moved.
     */
    async setStatus(
      id: number,
      from: CampaignStatus,
      to: CampaignStatus,
      extra: { listSentOn?: string } = {},
    ): Promise<boolean> {
      const rows = await db
        .update(campaigns)
        .set({ status: to, ...extra })
        .where(and(eq(campaigns.id, id), eq(campaigns.status, from)))
        .returning({ id: campaigns.id });
      return rows.length > 0;
    },

    /** Adds services (each with its responsible agency) to a campaign; existing ones are kept. */
    async addServices(campaignId: number, serviceIds: number[]): Promise<number> {
      if (serviceIds.length === 0) return 0;
      const rows = await db
        .select({ id: services.id, agencyId: services.agencyId })
        .from(services)
        .where(inArray(services.id, serviceIds));
      let added = 0;
      for (let i = 0; i < rows.length; i += 500) {
        const res = await db
          .insert(assignments)
          .values(
            rows
              .slice(i, i + 500)
              .map((r) => ({ campaignId, serviceId: r.id, agencyId: r.agencyId })),
          )
          .onConflictDoNothing()
          .returning({ id: assignments.id });
        added += res.length;
      }
      return added;
    },
    async removeService(campaignId: number, serviceId: number): Promise<void> {
      await db
        .delete(assignments)
        .where(and(eq(assignments.campaignId, campaignId), eq(assignments.serviceId, serviceId)));
    },

    /**
     * Links every official of each assignment's agency to it (idempotent) and
     * returns the distinct officials with how many questionnaires each now has.
     */
    async linkAgencyOfficials(campaignId: number): Promise<
      {
        officialId: number;
        telegramId: number;
        locale: "kk" | "ru" | null;
        reachable: boolean;
        count: number;
      }[]
    > {
      await db.execute(sql`insert into ${assignmentOfficials} (assignment_id, official_id)
        select a.id, o.id from ${assignments} a join ${officials} o on o.agency_id = a.agency_id
        where a.campaign_id = ${campaignId}
        on conflict do nothing`);
      const rows = await db
        .select({
          officialId: officials.id,
          telegramId: officials.telegramId,
          locale: officialLocale,
          reachable: officials.reachable,
          count: sql<number>`count(*)::int`,
        })
        .from(assignmentOfficials)
        .innerJoin(assignments, eq(assignments.id, assignmentOfficials.assignmentId))
        .innerJoin(officials, eq(officials.id, assignmentOfficials.officialId))
        .where(eq(assignments.campaignId, campaignId))
        .groupBy(
          officials.id,
          officials.telegramId,
          officials.locale,
          officials.telegramLocale,
          officials.reachable,
        );
      return rows;
    },

    /** Every assignment of a campaign with its response's status and answered count. */
    async progress(campaignId: number): Promise<ProgressRow[]> {
      const res = await bulkRead(db, (tx) =>
        tx.execute(sql`
        ${progressRows}
        where a.campaign_id = ${campaignId}
        order by s.registry_code`),
      );
      return rowsOf<ProgressRow>(res).map((r) => ({
        ...r,
        submittedAt: r.submittedAt ? new Date(r.submittedAt) : null,
        updatedAt: r.updatedAt ? new Date(r.updatedAt) : null,
      }));
    },

    /** A cheap fingerprint of a campaign's progress: changes whenever a response or assignment does. */
    async progressVersion(campaignId: number): Promise<string> {
      const res = await db.execute(sql`
        select count(a.id)::int as n, coalesce(max(a.id), 0)::int as m, count(r.id)::int as rn,
          coalesce(max(r.updated_at)::text, '') as u
        from ${assignments} a left join ${responses} r on r.assignment_id = a.id
        where a.campaign_id = ${campaignId}`);
      const row = rowsOf<{ n: number; m: number; rn: number; u: string }>(res)[0];
      return row ? `${row.n}:${row.m}:${row.rn}:${row.u}` : "";
    },

    /** Reminder ledger figures for a campaign's officials, and unreachable officials. */
    async reminderStats(campaignId: number): Promise<{
      sent: number;
      failed: number;
      unreachable: { id: number; fullName: string | null; telegramId: number; agency: string }[];
    }> {
      const res = await db.execute(sql`
        select l.status, count(*)::int as n from ${reminderLedger} l
        where l.subject = ${`campaign:${campaignId}`}
          or l.subject in (select 'assignment:' || a.id from ${assignments} a
                           where a.campaign_id = ${campaignId})
        group by l.status`);
      const by = new Map(rowsOf<{ status: string; n: number }>(res).map((r) => [r.status, r.n]));
      const unreachable = await db
        .selectDistinct({
          id: officials.id,
          fullName: officials.fullName,
          telegramId: officials.telegramId,
          agency: agencies.code,
        })
        .from(officials)
        .innerJoin(agencies, eq(agencies.id, officials.agencyId))
        .innerJoin(assignments, eq(assignments.agencyId, officials.agencyId))
        .where(and(eq(assignments.campaignId, campaignId), eq(officials.reachable, false)))
        .orderBy(asc(officials.id));
      return { sent: by.get("sent") ?? 0, failed: by.get("failed") ?? 0, unreachable };
    },

    /** A response with its service, agency and campaign (the response page's header). */
    async responseDetail(responseId: number) {
      const [row] = await db
        .select({
          response: responses,
          assignmentId: assignments.id,
          campaign: campaigns,
          service: services,
          agency: agencies,
        })
        .from(responses)
        .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
        .innerJoin(campaigns, eq(campaigns.id, assignments.campaignId))
        .innerJoin(services, eq(services.id, assignments.serviceId))
        .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
        .where(eq(responses.id, responseId));
      return row;
    },
    /**
     * Everything a questionnaire shows (the response, its service, agency and campaign, its
     * answers, materials and Appendix 1 items) in one statement: the bot loads it on most taps,
     * and on the embedded database every statement waits its turn. `mine`: whether `officialId`
     * answers for it (linked, and still in its agency), the same rule as `responses.forOfficial`.
     */
    async questionnaireRow(responseId: number, officialId?: number) {
      const [row] = await db
        .select({
          response: responses,
          assignmentId: assignments.id,
          campaign: campaigns,
          service: services,
          agency: agencies,
          answers: sql<{ no: number; value: unknown; justification: string | null }[]>`coalesce((
            select json_agg(json_build_object('no', a.question_no, 'value', a.value, 'justification', a.justification))
            from ${answers} a where a.response_id = ${responses.id}), '[]'::json)`,
          materials: sql<MaterialInfo[]>`coalesce((
            select json_agg(json_build_object('id', m.id, 'kind', m.kind, 'fileName', m.file_name,
              'mimeType', m.mime_type, 'size', m.size, 'sha256', m.sha256, 'text', m.text) order by m.id)
            from ${materials} m where m.response_id = ${responses.id}), '[]'::json)`,
          process: sql<{ no: number; value: unknown }[]>`coalesce((
            select json_agg(json_build_object('no', p.item_no, 'value', p.value))
            from ${processAnswers} p where p.response_id = ${responses.id}), '[]'::json)`,
          mine:
            officialId === undefined
              ? sql<boolean>`true`
              : sql<boolean>`exists (
                  select 1 from ${assignmentOfficials} ao
                  join ${officials} o on o.id = ao.official_id and o.agency_id = ${assignments.agencyId}
                  where ao.assignment_id = ${assignments.id} and ao.official_id = ${officialId})`,
        })
        .from(responses)
        .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
        .innerJoin(campaigns, eq(campaigns.id, assignments.campaignId))
        .innerJoin(services, eq(services.id, assignments.serviceId))
        .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
        .where(eq(responses.id, responseId));
      return row;
    },
    async responseHistory(responseId: number) {
      return db
        .select({
          id: answerHistory.id,
          questionNo: answerHistory.questionNo,
          field: answerHistory.field,
          oldValue: answerHistory.oldValue,
          newValue: answerHistory.newValue,
          at: answerHistory.at,
          officialName: officials.fullName,
        })
        .from(answerHistory)
        .leftJoin(officials, eq(officials.id, answerHistory.officialId))
        .where(eq(answerHistory.responseId, responseId))
        .orderBy(desc(answerHistory.at), desc(answerHistory.id))
        .limit(500);
    },
    /** The officials who answer for a response (to notify them). */
    async responseOfficials(responseId: number) {
      return db
        .select({ id: officials.id, telegramId: officials.telegramId, locale: officialLocale })
        .from(responses)
        .innerJoin(
          assignmentOfficials,
          eq(assignmentOfficials.assignmentId, responses.assignmentId),
        )
        .innerJoin(officials, eq(officials.id, assignmentOfficials.officialId))
        .where(eq(responses.id, responseId));
    },
    /**
     * One page of a campaign's assignments in registry-code order (the sheet's rows), after the
     * `after` key of the previous page: keyset paging, so page 40 costs what page 1 does.
     * `submittedOnly`: submitted and accepted questionnaires only.
     */
    async progressPage(
      campaignId: number,
      o: { after?: ProgressPageKey; limit: number; submittedOnly: boolean },
    ): Promise<ProgressRow[]> {
      const res = await db.execute(sql`
        ${progressRows}
        where a.campaign_id = ${campaignId}
          ${o.submittedOnly ? sql`and r.status in ('submitted', 'accepted')` : sql``}
          ${o.after !== undefined ? sql`and s.registry_code > ${o.after}` : sql``}
        order by s.registry_code
        limit ${o.limit}`);
      return rowsOf<ProgressRow>(res).map((r) => ({
        ...r,
        submittedAt: r.submittedAt ? new Date(r.submittedAt) : null,
        updatedAt: r.updatedAt ? new Date(r.updatedAt) : null,
      }));
    },

    /** The answers of some responses (a page of the campaign's sheet): responseId → questionNo → answer. */
    async answersOf(
      responseIds: number[],
    ): Promise<Map<number, Map<number, { value: unknown; justification: string | null }>>> {
      const out = new Map<number, Map<number, { value: unknown; justification: string | null }>>();
      if (responseIds.length === 0) return out;
      const rows = await db
        .select({
          responseId: answers.responseId,
          no: answers.questionNo,
          value: answers.value,
          justification: answers.justification,
        })
        .from(answers)
        .where(inArray(answers.responseId, responseIds));
      for (const r of rows) {
        let m = out.get(r.responseId);
        if (!m) {
          m = new Map();
          out.set(r.responseId, m);
        }
        m.set(r.no, { value: r.value, justification: r.justification });
      }
      return out;
    },
  };
}

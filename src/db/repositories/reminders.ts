/**
 * What the reminder planner (src/jobs/reminders.ts) reads: the campaigns whose list was sent,
 * their unsubmitted questionnaires × reachable officials with progress, and the lines of the
 * authorized body's overdue digest. Progress counts with the one "answered" expression.
 */
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import {
  agencies,
  assignmentOfficials,
  assignments,
  campaigns,
  officials,
  responses,
  services,
} from "../schema.js";
import { answeredCount } from "./answered.js";
import { assignedNow } from "./assigned.js";
import { bulkRead } from "./bulk-read.js";
import { officialLocale } from "./officials.js";

export interface ReminderCandidate {
  officialId: number;
  telegramId: number;
  locale: "kk" | "ru" | null;
  assignmentId: number;
  serviceNameKk: string;
  serviceNameRu: string;
  /** null: not started (no response row yet) */
  status: string | null;
  returnedAt: Date | null;
  answered: number;
}

export interface DigestLine {
  agencyCode: string;
  agencyNameKk: string;
  agencyNameRu: string;
  serviceNameKk: string;
  serviceNameRu: string;
  registryCode: string;
  /** officials of the questionnaire who blocked the bot */
  unreachable: number;
}

/** Not submitted: no response yet, a draft, or returned for revision. */
const unsubmitted = or(isNull(responses.status), inArray(responses.status, ["draft", "returned"]));

export function remindersRepo(db: Db) {
  return {
    /** Campaigns whose list was sent: the ones reminders are about. */
    async activeCampaigns() {
      return db.select().from(campaigns).where(eq(campaigns.status, "sent"));
    },

    /** Unsubmitted questionnaires of a campaign × their reachable officials, with progress. */
    async candidates(campaignId: number): Promise<ReminderCandidate[]> {
      const rows = await bulkRead(db, (tx) =>
        tx
          .select({
            officialId: officials.id,
            telegramId: officials.telegramId,
            locale: officialLocale,
            assignmentId: assignments.id,
            serviceNameKk: services.nameKk,
            serviceNameRu: services.nameRu,
            status: responses.status,
            returnedAt: responses.returnedAt,
            answered: answeredCount(responses.id),
          })
          .from(assignmentOfficials)
          .innerJoin(assignments, eq(assignments.id, assignmentOfficials.assignmentId))
          .innerJoin(officials, assignedNow)
          .innerJoin(services, eq(services.id, assignments.serviceId))
          .leftJoin(responses, eq(responses.assignmentId, assignments.id))
          .where(
            and(eq(assignments.campaignId, campaignId), eq(officials.reachable, true), unsubmitted),
          )
          .orderBy(asc(officials.id), asc(assignments.id)),
      );
      return rows.map((r) => ({
        ...r,
        telegramId: Number(r.telegramId),
        answered: Number(r.answered),
      }));
    },

    /** The overdue questionnaires of a campaign by agency, for the authorized body's digest. */
    async digestLines(campaignId: number): Promise<DigestLine[]> {
      const rows = await bulkRead(db, (tx) =>
        tx
          .select({
            agencyCode: agencies.code,
            agencyNameKk: agencies.nameKk,
            agencyNameRu: agencies.nameRu,
            serviceNameKk: services.nameKk,
            serviceNameRu: services.nameRu,
            registryCode: services.registryCode,
            unreachable: sql<number>`(select count(*)::int from ${assignmentOfficials} ao
            join ${officials} o on o.id = ao.official_id
            where ao.assignment_id = ${assignments.id} and not o.reachable)`,
          })
          .from(assignments)
          .innerJoin(services, eq(services.id, assignments.serviceId))
          .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
          .leftJoin(responses, eq(responses.assignmentId, assignments.id))
          .where(and(eq(assignments.campaignId, campaignId), unsubmitted))
          .orderBy(asc(agencies.code), asc(services.registryCode)),
      );
      return rows.map((r) => ({ ...r, unreachable: Number(r.unreachable) }));
    },
  };
}

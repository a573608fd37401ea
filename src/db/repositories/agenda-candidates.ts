/**
 * The agenda compiler's candidates: submitted/accepted questionnaires not yet on a meeting's
 * agenda, filtered by agency, status and text, each with the digest of its answers.
 */
import { and, asc, eq, ilike, inArray, notInArray, or, sql } from "drizzle-orm";
import { type AnswerDigest, answerDigest, FLAG_QUESTIONS } from "../../domain/agenda-digest.js";
import type { AnswerValue } from "../../domain/answers/values.js";
import type { ResponseStatus } from "../../domain/vocabulary.js";
import type { Db } from "../client.js";
import {
  agencies,
  agendaItems,
  answers,
  assignments,
  campaigns,
  responses,
  services,
} from "../schema.js";
import { type ServiceAndAgency, serviceAndAgencyColumns } from "./service-and-agency.js";

export interface CandidateRow extends ServiceAndAgency {
  responseId: number;
  status: ResponseStatus;
  submittedAt: Date | null;
  campaignYear: number;
  digest: AnswerDigest;
}

export interface CandidateFilter {
  agencyId?: number;
  status?: "submitted" | "accepted";
  q?: string;
  limit?: number;
}

const DIGEST_QUESTIONS = [1, ...Object.values(FLAG_QUESTIONS)];

/** Submitted/accepted questionnaires not yet on this meeting's agenda, with their digest. */
export async function agendaCandidates(
  db: Db,
  meetingId: number,
  f: CandidateFilter = {},
): Promise<{ rows: CandidateRow[]; total: number }> {
  const onAgenda = db
    .select({ id: agendaItems.responseId })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId));
  const conds = [
    inArray(
      responses.status,
      f.status ? [f.status] : (["submitted", "accepted"] as ResponseStatus[]),
    ),
    notInArray(responses.id, onAgenda),
    // the playground's questionnaires never reach the Commission
    eq(campaigns.isTest, false),
  ];
  if (f.agencyId) conds.push(eq(assignments.agencyId, f.agencyId));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    conds.push(
      or(
        ilike(services.nameRu, like),
        ilike(services.nameKk, like),
        ilike(services.registryCode, like),
      )!,
    );
  }
  const where = and(...conds);
  // one query: the page of rows and (window function) the total count
  const rows = await db
    .select({
      responseId: responses.id,
      status: responses.status,
      submittedAt: responses.submittedAt,
      ...serviceAndAgencyColumns,
      campaignYear: campaigns.year,
      total: sql<number>`count(*) over ()`,
    })
    .from(responses)
    .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
    .innerJoin(services, eq(services.id, assignments.serviceId))
    .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
    .innerJoin(campaigns, eq(campaigns.id, assignments.campaignId))
    .where(where)
    .orderBy(asc(responses.submittedAt), asc(responses.id))
    .limit(f.limit ?? 100);
  const ids = rows.map((r) => r.responseId);
  const values = new Map<number, Map<number, AnswerValue | null>>();
  if (ids.length) {
    const ans = await db
      .select({ responseId: answers.responseId, no: answers.questionNo, value: answers.value })
      .from(answers)
      .where(and(inArray(answers.responseId, ids), inArray(answers.questionNo, DIGEST_QUESTIONS)));
    for (const a of ans) {
      let m = values.get(a.responseId);
      if (!m) {
        m = new Map();
        values.set(a.responseId, m);
      }
      m.set(a.no, a.value as AnswerValue | null);
    }
  }
  return {
    rows: rows.map(({ total: _t, ...r }) => ({
      ...r,
      digest: answerDigest(values.get(r.responseId) ?? new Map()),
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}

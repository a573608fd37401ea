/**
 * The rows the annual report is drafted from (src/domain/annual-report.ts computes the figures):
 * Q1 answers of submitted/accepted questionnaires that can hold the year's counts, the agenda
 * items of held meetings around the year with the proposals their questionnaires answered, and
 * the roadmaps decided in the year with their activities. Instants come back as instants: the
 * service turns them into local dates. Each takes the state body (null: every one).
 */
import { and, asc, between, eq, gte, inArray, isNull, lt } from "drizzle-orm";
import type { Decision } from "../../domain/agenda.js";
import { REPORT_PROCESS_ITEMS, REPORT_PROPOSAL_QUESTIONS } from "../../domain/annual-report.js";
import type { AnswerValue } from "../../domain/answers/values.js";
import type { Db } from "../client.js";
import {
  agencies,
  agendaItems,
  answers,
  assignments,
  campaigns,
  meetings,
  officials,
  processAnswers,
  responses,
  roadmapActivities,
  roadmaps,
  services,
} from "../schema.js";
import { serviceAndAgencyColumns } from "./service-and-agency.js";

const columns = { serviceId: services.id, ...serviceAndAgencyColumns };
const DAY_MS = 86_400_000;

export function annualReportRepo(db: Db) {
  return {
    /** Q1 answers of campaigns that ask for `year`'s counts (Q1 holds up to 4 past years). */
    async demand(year: number, agencyId: number | null = null) {
      const rows = await db
        .select({
          ...columns,
          responseId: responses.id,
          campaignYear: campaigns.year,
          value: answers.value,
        })
        .from(answers)
        .innerJoin(responses, eq(responses.id, answers.responseId))
        .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
        .innerJoin(campaigns, eq(campaigns.id, assignments.campaignId))
        .innerJoin(services, eq(services.id, assignments.serviceId))
        .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
        .where(
          and(
            eq(answers.questionNo, 1),
            inArray(responses.status, ["submitted", "accepted"]),
            between(campaigns.year, year + 1, year + 4),
            eq(campaigns.isTest, false),
            agencyId === null ? undefined : eq(assignments.agencyId, agencyId),
          ),
        );
      return rows.flatMap(({ value, ...r }) => {
        const v = value as AnswerValue | null;
        return v?.type === "demand" ? [{ ...r, years: v.years }] : [];
      });
    },

    /**
     * Agenda items of held meetings starting within a day of `year` (the caller keeps those whose
     * local date is in the year), with their answers to REPORT_PROPOSAL_QUESTIONS.
     */
    async considered(year: number, agencyId: number | null = null) {
      const from = new Date(Date.UTC(year, 0, 1) - DAY_MS);
      const to = new Date(Date.UTC(year + 1, 0, 1) + DAY_MS);
      const rows = await db
        .select({
          ...columns,
          responseId: agendaItems.responseId,
          meetingId: meetings.id,
          startsAt: meetings.startsAt,
          decision: agendaItems.decision,
        })
        .from(agendaItems)
        .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
        .innerJoin(responses, eq(responses.id, agendaItems.responseId))
        .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
        .innerJoin(services, eq(services.id, assignments.serviceId))
        .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
        .where(
          and(
            eq(meetings.status, "held"),
            gte(meetings.startsAt, from),
            lt(meetings.startsAt, to),
            eq(agencies.isTest, false),
            agencyId === null ? undefined : eq(assignments.agencyId, agencyId),
          ),
        )
        .orderBy(asc(meetings.startsAt), asc(agendaItems.position));
      const ids = [...new Set(rows.map((r) => r.responseId))];
      const given = ids.length
        ? await db
            .select({
              responseId: answers.responseId,
              no: answers.questionNo,
              value: answers.value,
            })
            .from(answers)
            .where(
              and(
                inArray(answers.responseId, ids),
                inArray(answers.questionNo, [...REPORT_PROPOSAL_QUESTIONS]),
              ),
            )
        : [];
      const byResponse = new Map<number, Partial<Record<number, AnswerValue>>>();
      for (const a of given) {
        if (a.value == null) continue;
        const m = byResponse.get(a.responseId) ?? {};
        m[a.no] = a.value as AnswerValue;
        byResponse.set(a.responseId, m);
      }
      // Appendix 1's confirmed proposals (they win over the questionnaire's where given)
      const items = ids.length
        ? await db
            .select({
              responseId: processAnswers.responseId,
              no: processAnswers.itemNo,
              value: processAnswers.value,
            })
            .from(processAnswers)
            .where(
              and(
                inArray(processAnswers.responseId, ids),
                inArray(processAnswers.itemNo, [...REPORT_PROCESS_ITEMS]),
              ),
            )
        : [];
      const processOf = new Map<number, Partial<Record<number, AnswerValue>>>();
      for (const a of items) {
        const m = processOf.get(a.responseId) ?? {};
        m[a.no] = a.value as AnswerValue;
        processOf.set(a.responseId, m);
      }
      return rows.map((r) => ({
        ...r,
        decision: r.decision as Decision | null,
        answers: byResponse.get(r.responseId) ?? {},
        process: processOf.get(r.responseId) ?? {},
      }));
    },

    /** Roadmaps decided in `year`, with their activities. */
    async roadmaps(year: number, agencyId: number | null = null) {
      const rows = await db
        .select({ r: roadmaps, ...columns })
        .from(roadmaps)
        .innerJoin(responses, eq(responses.id, roadmaps.responseId))
        .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
        .innerJoin(services, eq(services.id, assignments.serviceId))
        .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
        .where(
          and(
            between(roadmaps.decidedOn, `${year}-01-01`, `${year}-12-31`),
            eq(agencies.isTest, false),
            agencyId === null ? undefined : eq(assignments.agencyId, agencyId),
          ),
        )
        .orderBy(asc(roadmaps.id));
      const ids = rows.map((x) => x.r.id);
      const acts = ids.length
        ? await db
            .select()
            .from(roadmapActivities)
            .where(inArray(roadmapActivities.roadmapId, ids))
            .orderBy(asc(roadmapActivities.no))
        : [];
      return rows.map(({ r, ...service }) => ({
        ...service,
        roadmap: r,
        activities: acts.filter((a) => a.roadmapId === r.id),
      }));
    },

    /** Reachable officials of active state bodies (the April reminder's recipients). */
    async officials() {
      return db
        .select({
          telegramId: officials.telegramId,
          locale: officials.locale,
          agencyId: officials.agencyId,
        })
        .from(officials)
        .innerJoin(agencies, eq(agencies.id, officials.agencyId))
        .where(
          and(
            eq(officials.reachable, true),
            isNull(agencies.archivedAt),
            eq(agencies.isTest, false),
          ),
        )
        .orderBy(asc(officials.agencyId), asc(officials.id));
    },

    /**
     * State bodies that may have figures for `year` (a cheap superset: any submitted Q1 of the
     * campaigns that ask for the year, any agenda item of a held meeting within a day of it, any
     * roadmap decided in it). The reminder computes the exact figures only for these.
     */
    async agenciesWithRows(year: number): Promise<Set<number>> {
      const from = new Date(Date.UTC(year, 0, 1) - DAY_MS);
      const to = new Date(Date.UTC(year + 1, 0, 1) + DAY_MS);
      const demand = db
        .selectDistinct({ id: assignments.agencyId })
        .from(responses)
        .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
        .innerJoin(campaigns, eq(campaigns.id, assignments.campaignId))
        .where(
          and(
            inArray(responses.status, ["submitted", "accepted"]),
            between(campaigns.year, year + 1, year + 4),
          ),
        );
      const considered = db
        .selectDistinct({ id: assignments.agencyId })
        .from(agendaItems)
        .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
        .innerJoin(responses, eq(responses.id, agendaItems.responseId))
        .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
        .where(
          and(eq(meetings.status, "held"), gte(meetings.startsAt, from), lt(meetings.startsAt, to)),
        );
      const opened = db
        .selectDistinct({ id: assignments.agencyId })
        .from(roadmaps)
        .innerJoin(responses, eq(responses.id, roadmaps.responseId))
        .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
        .where(between(roadmaps.decidedOn, `${year}-01-01`, `${year}-12-31`));
      const rows = [...(await demand), ...(await considered), ...(await opened)];
      return new Set(rows.map((r) => r.id));
    },
  };
}

export type AnnualReportRepo = ReturnType<typeof annualReportRepo>;

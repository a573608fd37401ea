/**
 * Questionnaires (responses) and their answers. Every answer is written the
 * moment it is given, with its history; this table, not the conversation's
 * replay log, is the source of truth for progress.
 */
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Cursor, ResponseStatus } from "../../domain/vocabulary.js";
import { type Db, rowsOf } from "../client.js";
import {
  agencies,
  answerHistory,
  answers,
  assignmentOfficials,
  assignments,
  auditLog,
  campaigns,
  materials,
  officials,
  responses,
  services,
} from "../schema.js";
import { answeredCount } from "./answered.js";
import { assignedNow } from "./assigned.js";
import { audit } from "./audit.js";
import { cursorMove } from "./cursor-move.js";

export type ResponseRow = typeof responses.$inferSelect;
export type MaterialRow = typeof materials.$inferSelect;

export interface AssignedQuestionnaire {
  assignmentId: number;
  responseId: number | null;
  status: ResponseStatus | null;
  serviceId: number;
  registryCode: string;
  serviceNameKk: string;
  serviceNameRu: string;
  agencyNameKk: string;
  agencyNameRu: string;
  campaignId: number;
  campaignYear: number;
  dueOn: string;
  /** questions with both a parameter and a justification */
  answered: number;
  returnComment: string | null;
}

export interface StoredAnswer {
  value: unknown;
  justification: string | null;
}

export function responsesRepo(db: Db) {
  const assigned = (where: SQL | undefined) =>
    db
      .select({
        assignmentId: assignments.id,
        responseId: responses.id,
        status: responses.status,
        serviceId: services.id,
        registryCode: services.registryCode,
        serviceNameKk: services.nameKk,
        serviceNameRu: services.nameRu,
        agencyNameKk: agencies.nameKk,
        agencyNameRu: agencies.nameRu,
        campaignId: campaigns.id,
        campaignYear: campaigns.year,
        dueOn: campaigns.dueOn,
        answered: answeredCount(responses.id),
        returnComment: responses.returnComment,
      })
      .from(assignmentOfficials)
      .innerJoin(assignments, eq(assignments.id, assignmentOfficials.assignmentId))
      .innerJoin(officials, assignedNow)
      .innerJoin(services, eq(services.id, assignments.serviceId))
      .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
      .innerJoin(campaigns, eq(campaigns.id, assignments.campaignId))
      .leftJoin(responses, eq(responses.assignmentId, assignments.id))
      .where(where);

  return {
    /** The questionnaires an official answers for, newest campaign first. */
    listForOfficial(officialId: number): Promise<AssignedQuestionnaire[]> {
      return assigned(eq(assignmentOfficials.officialId, officialId)).orderBy(
        sql`${campaigns.year} desc`,
        asc(services.registryCode),
      );
    },

    /** One questionnaire of an official, by assignment or by response; undefined if not theirs. */
    async forOfficial(
      officialId: number,
      by: { assignmentId: number } | { responseId: number },
    ): Promise<AssignedQuestionnaire | undefined> {
      const [row] = await assigned(
        and(
          eq(assignmentOfficials.officialId, officialId),
          "assignmentId" in by
            ? eq(assignments.id, by.assignmentId)
            : eq(responses.id, by.responseId),
        ),
      );
      return row;
    },

    /** The response of an assignment, created on first use (one per service and campaign). */
    async ensure(assignmentId: number, now: Date): Promise<ResponseRow> {
      await db
        .insert(responses)
        .values({ assignmentId, startedAt: now, updatedAt: now })
        .onConflictDoNothing({ target: responses.assignmentId });
      const [row] = await db
        .select()
        .from(responses)
        .where(eq(responses.assignmentId, assignmentId));
      if (!row) throw new Error(`response for assignment ${assignmentId} vanished`);
      return row;
    },

    async byId(responseId: number): Promise<ResponseRow | undefined> {
      const [row] = await db.select().from(responses).where(eq(responses.id, responseId));
      return row;
    },

    async answers(responseId: number): Promise<Map<number, StoredAnswer>> {
      const rows = await db
        .select({
          no: answers.questionNo,
          value: answers.value,
          justification: answers.justification,
        })
        .from(answers)
        .where(eq(answers.responseId, responseId));
      return new Map(rows.map((r) => [r.no, { value: r.value, justification: r.justification }]));
    },

    /**
     * Writes one field of one answer and, when it changed, its history row.
     * Returns false when the questionnaire is not editable (submitted/accepted) or, for an
     * official, no longer theirs (moved to another agency).
     */
    async saveField(args: {
      responseId: number;
      questionNo: number;
      field: "value" | "justification";
      value: unknown;
      officialId: number | null;
      now: Date;
      /** also moves the official's cursor (same statement), when the write is allowed */
      cursor?: Cursor | null;
    }): Promise<boolean> {
      // One statement, one round trip: this runs on every answer. The CTEs
      // share one snapshot, so `old` is the value before this write.
      const { responseId: r, questionNo: q, officialId: o, now } = args;
      const isValue = args.field === "value";
      const col = sql.raw(isValue ? "value" : "justification");
      const newParam = isValue
        ? sql`${args.value == null ? null : JSON.stringify(args.value)}::jsonb`
        : sql`${(args.value as string | null) ?? null}::text`;
      const oldJson = isValue
        ? sql`(select value from old)`
        : sql`to_jsonb((select justification from old))`;
      const newJson = isValue ? sql`excluded_new.v` : sql`to_jsonb(excluded_new.v)`;
      const result = await db.execute<{ editable: number }>(sql`
        with resp as (
          select r.id from ${responses} r where r.id = ${r} and r.status in ('draft', 'returned')
            and (${o}::int is null or exists (
              select 1 from ${assignmentOfficials} ao
              join ${assignments} a on a.id = ao.assignment_id
              join ${officials} f on f.id = ao.official_id and f.agency_id = a.agency_id
              where ao.official_id = ${o} and a.id = r.assignment_id))
        ), old as (
          select value, justification from ${answers} where response_id = ${r} and question_no = ${q}
        ), excluded_new as (select ${newParam} as v), up as (
          insert into ${answers} (response_id, question_no, ${col}, answered_by, updated_at)
          select ${r}, ${q}, (select v from excluded_new), ${o}, ${now.toISOString()}::timestamptz from resp
          on conflict (response_id, question_no) do update
            set ${col} = excluded.${col}, answered_by = excluded.answered_by, updated_at = excluded.updated_at
            where ${answers}.${col} is distinct from excluded.${col}
          returning 1
        ), hist as (
          insert into ${answerHistory} (response_id, question_no, official_id, field, old_value, new_value, created_at)
          select ${r}, ${q}, ${o}, ${args.field}, ${oldJson}, ${newJson}, ${now.toISOString()}::timestamptz
          from up, excluded_new
        ), touch as (
          update ${responses} set updated_at = ${now.toISOString()}::timestamptz
          where id = ${r} and exists (select 1 from up)
        )${cursorMove(o, args.cursor)}
        select (select count(*) from resp)::int as editable`);
      return rowsOf<{ editable: number }>(result)[0]?.editable === 1;
    },

    /**
     * Writes a status change the domain allowed (src/domain/questionnaire.ts `transition`).
     * `from` guards against double taps and races: the update only happens while the response
     * is still in the status the decision was made on. Returns whether it moved.
     */
    async setStatus(
      responseId: number,
      move: {
        from: ResponseStatus;
        to: ResponseStatus;
        stamp: "submittedAt" | "returnedAt" | "acceptedAt";
        /** undefined: the comment is left as it is */
        comment?: string | null;
        now: Date;
        /** who moved it ("admin:3", "official:12"): the move is then logged with it (timeline) */
        actor?: string;
        event?: string;
      },
    ): Promise<boolean> {
      const { now } = move;
      return db.transaction(async (tx) => {
        const rows = await tx
          .update(responses)
          .set({
            status: move.to,
            updatedAt: now,
            [move.stamp]: now,
            ...(move.comment !== undefined ? { returnComment: move.comment } : {}),
          })
          .where(and(eq(responses.id, responseId), eq(responses.status, move.from)))
          .returning({ id: responses.id });
        if (rows.length === 0) return false;
        if (move.actor && move.event) {
          await audit(tx, {
            actor: move.actor,
            action: move.event,
            entity: "response",
            entityId: responseId,
            before: { status: move.from },
            after: { status: move.to, ...(move.comment ? { comment: move.comment } : {}) },
            at: now,
          });
        }
        return true;
      });
    },

    /** The status changes of a response, oldest first (from the audit log): its timeline. */
    async statusEvents(
      responseId: number,
    ): Promise<{ at: Date; action: string; actor: string; comment: string | null }[]> {
      const rows = await db
        .select({
          at: auditLog.at,
          action: auditLog.action,
          actor: auditLog.actor,
          comment: sql<string | null>`${auditLog.after}->>'comment'`,
        })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.entity, "response"),
            eq(auditLog.entityId, String(responseId)),
            inArray(auditLog.action, ["submit", "return", "accept"]),
          ),
        )
        .orderBy(asc(auditLog.at), asc(auditLog.id));
      return rows;
    },

    /** The materials' descriptions, without file contents. */
    async materialInfo(responseId: number) {
      return db
        .select({
          id: materials.id,
          kind: materials.kind,
          fileName: materials.fileName,
          mimeType: materials.mimeType,
          size: materials.size,
          sha256: materials.sha256,
          text: materials.text,
        })
        .from(materials)
        .where(eq(materials.responseId, responseId));
    },

    async materials(responseId: number): Promise<MaterialRow[]> {
      return db.select().from(materials).where(eq(materials.responseId, responseId));
    },

    /** Attaches (or replaces) the explanatory note or the proposals. */
    async putMaterial(m: Omit<typeof materials.$inferInsert, "id" | "createdAt"> & { now: Date }) {
      const { now, ...row } = m;
      const values = {
        text: null,
        fileName: null,
        mimeType: null,
        size: null,
        sha256: null,
        content: null,
        ...row,
        createdAt: now,
      };
      await db
        .insert(materials)
        .values(values)
        .onConflictDoUpdate({ target: [materials.responseId, materials.kind], set: values });
    },
  };
}

/**
 * Commission meetings: the agenda (items, order, speakers, minutes), its approved versions,
 * sending to members, attendance and decisions. A "recommended" decision opens the service's
 * roadmap (000 p.13) with the five standard activities of Appendix 3.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  type AgendaSnapshot,
  approveAgenda,
  type Decision,
  type MeetingStatus,
  moveItem,
  ROADMAP_ACTIVITY_NOS,
} from "../../domain/agenda.js";
import type { WorkingCalendar } from "../../domain/calendar.js";
import { roadmapDueDate } from "../../domain/deadlines.js";
import type { LocalDate } from "../../domain/time.js";
import type { ResponseStatus } from "../../domain/vocabulary.js";
import type { Db, Tx } from "../client.js";
import {
  admins,
  agencies,
  agendaItems,
  agendaVersions,
  assignments,
  meetings,
  responses,
  roadmapActivities,
  roadmaps,
  services,
} from "../schema.js";
import { agendaCandidates, type CandidateFilter } from "./agenda-candidates.js";
import { type ServiceAndAgency, serviceAndAgencyColumns } from "./service-and-agency.js";

export type MeetingRow = typeof meetings.$inferSelect;
export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type AgendaVersionRow = typeof agendaVersions.$inferSelect;
export type RoadmapRow = typeof roadmaps.$inferSelect;

export interface AgendaItemView extends AgendaItemRow, ServiceAndAgency {
  responseStatus: ResponseStatus;
  roadmapId: number | null;
}

export function meetingsRepo(db: Db) {
  const itemsOf = async (meetingId: number, q: Db | Tx = db): Promise<AgendaItemView[]> => {
    const rows = await q
      .select({
        item: agendaItems,
        ...serviceAndAgencyColumns,
        responseStatus: responses.status,
        roadmapId: roadmaps.id,
      })
      .from(agendaItems)
      .innerJoin(responses, eq(responses.id, agendaItems.responseId))
      .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
      .innerJoin(services, eq(services.id, assignments.serviceId))
      .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
      .leftJoin(roadmaps, eq(roadmaps.agendaItemId, agendaItems.id))
      .where(eq(agendaItems.meetingId, meetingId))
      .orderBy(asc(agendaItems.position), asc(agendaItems.id));
    return rows.map(({ item, ...r }) => ({ ...item, ...r }));
  };

  /** positions 1..n in the given order */
  const renumberTx = async (tx: Tx, ids: number[]) => {
    for (const [i, id] of ids.entries()) {
      await tx
        .update(agendaItems)
        .set({ position: i + 1 })
        .where(eq(agendaItems.id, id));
    }
  };

  return {
    async list(): Promise<(MeetingRow & { items: number })[]> {
      const rows = await db
        .select({
          m: meetings,
          items: sql<number>`(select count(*)::int from agenda_items ai where ai.meeting_id = ${meetings.id})`,
        })
        .from(meetings)
        .orderBy(desc(meetings.startsAt));
      return rows.map((r) => ({ ...r.m, items: Number(r.items) }));
    },

    async byId(id: number): Promise<MeetingRow | undefined> {
      const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
      return row;
    },

    async create(v: { startsAt: Date; place: string }): Promise<MeetingRow> {
      const [row] = await db.insert(meetings).values(v).returning();
      return row!;
    },

    async update(
      id: number,
      v: Partial<
        Pick<MeetingRow, "startsAt" | "place" | "status" | "sentToMembersAt" | "attendance">
      >,
    ) {
      const [row] = await db.update(meetings).set(v).where(eq(meetings.id, id)).returning();
      return row;
    },

    items: (meetingId: number) => itemsOf(meetingId),

    /** Submitted/accepted questionnaires not yet on this meeting's agenda, with their digest. */
    candidates: (meetingId: number, f: CandidateFilter = {}) => agendaCandidates(db, meetingId, f),

    /** Adds questionnaires at the end of a draft agenda; returns how many were added. */
    async addItems(meetingId: number, responseIds: number[], minutes: number): Promise<number> {
      if (!responseIds.length) return 0;
      return db.transaction(async (tx) => {
        const [max] = await tx
          .select({ p: sql<number>`coalesce(max(${agendaItems.position}), 0)::int` })
          .from(agendaItems)
          .where(eq(agendaItems.meetingId, meetingId));
        const ok = await tx
          .select({ id: responses.id, agencyNameRu: agencies.nameRu })
          .from(responses)
          .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
          .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
          .where(
            and(
              inArray(responses.id, responseIds),
              inArray(responses.status, ["submitted", "accepted"]),
            ),
          );
        const allowed = new Set(ok.map((r) => r.id));
        let pos = Number(max?.p ?? 0);
        const values = responseIds
          .filter((id) => allowed.has(id))
          .map((responseId) => ({ meetingId, responseId, position: ++pos, minutes }));
        if (!values.length) return 0;
        const inserted = await tx
          .insert(agendaItems)
          .values(values)
          .onConflictDoNothing()
          .returning({ id: agendaItems.id });
        return inserted.length;
      });
    },

    async removeItem(meetingId: number, itemId: number): Promise<AgendaItemRow | undefined> {
      return db.transaction(async (tx) => {
        const [gone] = await tx
          .delete(agendaItems)
          .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)))
          .returning();
        const rest = await tx
          .select({ id: agendaItems.id })
          .from(agendaItems)
          .where(eq(agendaItems.meetingId, meetingId))
          .orderBy(asc(agendaItems.position), asc(agendaItems.id));
        await renumberTx(
          tx,
          rest.map((r) => r.id),
        );
        return gone;
      });
    },

    async moveItem(meetingId: number, itemId: number, dir: "up" | "down"): Promise<number[]> {
      return db.transaction(async (tx) => {
        const rows = await tx
          .select({ id: agendaItems.id })
          .from(agendaItems)
          .where(eq(agendaItems.meetingId, meetingId))
          .orderBy(asc(agendaItems.position), asc(agendaItems.id));
        const order = moveItem(
          rows.map((r) => r.id),
          itemId,
          dir,
        );
        await renumberTx(tx, order);
        return order;
      });
    },

    async setItem(
      meetingId: number,
      itemId: number,
      v: { speaker: string | null; minutes: number },
    ) {
      const [row] = await db
        .update(agendaItems)
        .set(v)
        .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)))
        .returning();
      return row;
    },

    /** Freezes the agenda: status approved, version + 1, snapshot stored. */
    async approve(
      meetingId: number,
      now: Date,
    ): Promise<{ version: number; snapshot: AgendaSnapshot } | undefined> {
      return db.transaction(async (tx) => {
        const [m] = await tx
          .select()
          .from(meetings)
          .where(eq(meetings.id, meetingId))
          .for("update");
        const to = m ? approveAgenda(m.status) : null;
        if (!m || !to) return undefined;
        const items = await itemsOf(meetingId, tx);
        const snapshot: AgendaSnapshot = {
          startsAt: m.startsAt.toISOString(),
          place: m.place,
          items: items.map((i) => ({
            position: i.position,
            responseId: i.responseId,
            registryCode: i.registryCode,
            serviceNameKk: i.serviceNameKk,
            serviceNameRu: i.serviceNameRu,
            agencyNameKk: i.agencyNameKk,
            agencyNameRu: i.agencyNameRu,
            speaker: i.speaker,
            minutes: i.minutes,
          })),
        };
        const version = m.agendaVersion + 1;
        await tx.insert(agendaVersions).values({ meetingId, version, snapshot, createdAt: now });
        await tx
          .update(meetings)
          .set({ status: to, agendaVersion: version, approvedAt: now })
          .where(eq(meetings.id, meetingId));
        return { version, snapshot };
      });
    },

    /**
     * Applies a status change from domain/agenda.ts (`reopenAgenda`, `holdMeeting`…) to the
     * meeting's current status; false when the change is not allowed from it, or a concurrent
     * change moved the meeting first.
     */
    async changeStatus(
      meetingId: number,
      change: (status: MeetingStatus) => MeetingStatus | null,
    ): Promise<boolean> {
      const [m] = await db
        .select({ status: meetings.status })
        .from(meetings)
        .where(eq(meetings.id, meetingId));
      const to = m ? change(m.status) : null;
      if (!m || !to) return false;
      const rows = await db
        .update(meetings)
        .set({ status: to })
        .where(and(eq(meetings.id, meetingId), eq(meetings.status, m.status)))
        .returning({ id: meetings.id });
      return rows.length > 0;
    },

    async versions(meetingId: number): Promise<AgendaVersionRow[]> {
      return db
        .select()
        .from(agendaVersions)
        .where(eq(agendaVersions.meetingId, meetingId))
        .orderBy(desc(agendaVersions.version));
    },

    /** Commission members (not archived), the quorum base. */
    async members() {
      return db
        .select()
        .from(admins)
        .where(and(eq(admins.role, "member"), isNull(admins.archivedAt)))
        .orderBy(asc(admins.name));
    },

    /**
     * Records a decision on an item. "recommended" opens the roadmap (once per service) due one
     * month after `decidedOn` with its five standard activities. Returns the roadmap when one
     * was created.
     */
    async decide(
      meetingId: number,
      itemId: number,
      v: {
        decision: Decision;
        note: string | null;
        decidedOn: LocalDate;
        calendar: WorkingCalendar;
      },
    ): Promise<
      { item: AgendaItemRow; before: AgendaItemRow; roadmap: RoadmapRow | null } | undefined
    > {
      return db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(agendaItems)
          .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)));
        if (!before) return undefined;
        const [item] = await tx
          .update(agendaItems)
          .set({ decision: v.decision, decisionNote: v.note })
          .where(eq(agendaItems.id, itemId))
          .returning();
        let roadmap: RoadmapRow | null = null;
        if (v.decision === "recommended") {
          const [created] = await tx
            .insert(roadmaps)
            .values({
              responseId: before.responseId,
              agendaItemId: itemId,
              decidedOn: v.decidedOn,
              dueOn: roadmapDueDate(v.decidedOn, v.calendar),
            })
            .onConflictDoNothing()
            .returning();
          if (created) {
            roadmap = created;
            await tx
              .insert(roadmapActivities)
              .values(ROADMAP_ACTIVITY_NOS.map((no) => ({ roadmapId: created.id, no })));
          }
        }
        return { item: item!, before, roadmap };
      });
    },
  };
}

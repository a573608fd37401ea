/**
 * Commission meetings: the agenda (items, order, speakers, minutes), its approved versions,
 * sending to members, attendance and decisions. What a change leads to is decided by
 * domain/agenda.ts `transition`; these only apply it, each guarded by the status it was decided
 * from (a concurrent change makes them return nothing). A decision applies what follows for the
 * service's roadmap in the same transaction (open with the five activities of Appendix 3, close,
 * restore).
 */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  type AgendaSnapshot,
  type Decision,
  type MeetingStatus,
  moveItem,
  ROADMAP_ACTIVITY_NOS,
  type RoadmapFollow,
  type RoadmapStatus,
} from "../../domain/agenda.js";
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

/** A concurrent change got there first: the transaction is rolled back. */
class Conflict extends Error {}

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

    async update(id: number, v: Partial<Pick<MeetingRow, "startsAt" | "place" | "attendance">>) {
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

    /** Freezes the agenda (`from` → `to`): version + 1, snapshot stored; nothing if it moved. */
    async approve(
      meetingId: number,
      from: MeetingStatus,
      to: MeetingStatus,
      now: Date,
    ): Promise<{ version: number; snapshot: AgendaSnapshot } | undefined> {
      return db.transaction(async (tx) => {
        const [m] = await tx
          .select()
          .from(meetings)
          .where(eq(meetings.id, meetingId))
          .for("update");
        if (!m || m.status !== from) return undefined;
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

    /** Sets the status decided by `transition` if the meeting is still `from`; false if it moved. */
    async setStatus(meetingId: number, from: MeetingStatus, to: MeetingStatus): Promise<boolean> {
      const rows = await db
        .update(meetings)
        .set({ status: to })
        .where(and(eq(meetings.id, meetingId), eq(meetings.status, from)))
        .returning({ id: meetings.id });
      return rows.length > 0;
    },

    /**
     * Claims the sending of an approved version before anything is sent: true for the one
     * caller that marks it sent; false when it is no longer that approved version or another
     * press claimed it first.
     */
    async claimSend(meetingId: number, version: number, now: Date): Promise<boolean> {
      const rows = await db
        .update(meetings)
        .set({ sentVersion: version, sentToMembersAt: now })
        .where(
          and(
            eq(meetings.id, meetingId),
            eq(meetings.status, "approved"),
            eq(meetings.agendaVersion, version),
            sql`${meetings.sentVersion} is distinct from ${version}`,
          ),
        )
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

    /** One approved version, as frozen (old versions stay readable). */
    async version(meetingId: number, version: number): Promise<AgendaVersionRow | undefined> {
      const [row] = await db
        .select()
        .from(agendaVersions)
        .where(and(eq(agendaVersions.meetingId, meetingId), eq(agendaVersions.version, version)));
      return row;
    },

    /** Commission members (not archived), the quorum base. */
    async members() {
      return db
        .select()
        .from(admins)
        .where(and(eq(admins.role, "member"), isNull(admins.archivedAt)))
        .orderBy(asc(admins.name));
    },

    /** An item with the status of its service's roadmap (what a decision change acts on). */
    async itemWithRoadmap(
      meetingId: number,
      itemId: number,
    ): Promise<
      { item: AgendaItemRow; roadmap: { id: number; status: RoadmapStatus } | null } | undefined
    > {
      const [row] = await db
        .select({ item: agendaItems, roadmapId: roadmaps.id, roadmapStatus: roadmaps.status })
        .from(agendaItems)
        .leftJoin(roadmaps, eq(roadmaps.responseId, agendaItems.responseId))
        .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)));
      if (!row) return undefined;
      const roadmap =
        row.roadmapId != null && row.roadmapStatus
          ? { id: row.roadmapId, status: row.roadmapStatus }
          : null;
      return { item: row.item, roadmap };
    },

    /**
     * Records a decision and applies what follows for the roadmap (`transition`): "open" creates
     * it (due `dueOn`) with the five standard activities, "close" and "restore" change its
     * status. Nothing happens (undefined) when the item's decision or the roadmap's status is no
     * longer what the change was decided from.
     */
    async decide(
      itemId: number,
      v: {
        from: Decision | null;
        decision: Decision;
        note: string | null;
        follow: RoadmapFollow;
        roadmap: { id: number; status: RoadmapStatus } | null;
        responseId: number;
        decidedOn: LocalDate;
        dueOn: LocalDate;
        now: Date;
      },
    ): Promise<{ item: AgendaItemRow; roadmap: RoadmapRow | null } | undefined> {
      return db
        .transaction(async (tx) => {
          const [item] = await tx
            .update(agendaItems)
            .set({ decision: v.decision, decisionNote: v.note })
            .where(
              and(
                eq(agendaItems.id, itemId),
                v.from === null ? isNull(agendaItems.decision) : eq(agendaItems.decision, v.from),
              ),
            )
            .returning();
          if (!item) return undefined;
          let roadmap: RoadmapRow | null = null;
          if (v.follow === "open") {
            const [created] = await tx
              .insert(roadmaps)
              .values({
                responseId: v.responseId,
                agendaItemId: itemId,
                decidedOn: v.decidedOn,
                dueOn: v.dueOn,
              })
              .onConflictDoNothing()
              .returning();
            if (!created) throw new Conflict();
            roadmap = created;
            await tx
              .insert(roadmapActivities)
              .values(ROADMAP_ACTIVITY_NOS.map((no) => ({ roadmapId: created.id, no })));
          } else if (v.follow && v.roadmap) {
            const [changed] = await tx
              .update(roadmaps)
              .set(
                v.follow === "close"
                  ? { status: "closed", closedAt: v.now }
                  : { status: "draft", closedAt: null },
              )
              .where(and(eq(roadmaps.id, v.roadmap.id), eq(roadmaps.status, v.roadmap.status)))
              .returning();
            if (!changed) throw new Conflict();
            roadmap = changed;
          }
          return { item, roadmap };
        })
        .catch((e: unknown) => {
          if (e instanceof Conflict) return undefined;
          throw e;
        });
    },
  };
}

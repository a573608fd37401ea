/**
 * Roadmaps (Appendix 3) of recommended services: activities, approval (each approval frozen as a
 * version), re-opening, completion; who to notify. Status changes are decided by
 * domain/agenda.ts `transition` and applied here only from the status they were decided from.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne } from "drizzle-orm";
import type { RoadmapStatus } from "../../domain/agenda.js";
import type { Db } from "../client.js";
import {
  agencies,
  assignmentOfficials,
  assignments,
  officials,
  responses,
  roadmapActivities,
  roadmaps,
  roadmapVersions,
  services,
} from "../schema.js";
import { officialLocale } from "./officials.js";
import { type ServiceAndAgency, serviceAndAgencyColumns } from "./service-and-agency.js";

export type RoadmapRow = typeof roadmaps.$inferSelect;
export type ActivityRow = typeof roadmapActivities.$inferSelect;
export type RoadmapVersionRow = typeof roadmapVersions.$inferSelect;

/** What an approved version froze: the five activities as they were approved. */
export interface RoadmapSnapshot {
  dueOn: string;
  activities: {
    no: number;
    responsible: string | null;
    deadline: string | null;
    completionForm: string | null;
    doneAt: string | null;
  }[];
}

export interface RoadmapView extends RoadmapRow, ServiceAndAgency {
  assignmentId: number;
  activities: ActivityRow[];
}

export function roadmapsRepo(db: Db) {
  const base = () =>
    db
      .select({
        r: roadmaps,
        ...serviceAndAgencyColumns,
        assignmentId: assignments.id,
      })
      .from(roadmaps)
      .innerJoin(responses, eq(responses.id, roadmaps.responseId))
      .innerJoin(assignments, eq(assignments.id, responses.assignmentId))
      .innerJoin(services, eq(services.id, assignments.serviceId))
      .innerJoin(agencies, eq(agencies.id, assignments.agencyId));

  const withActivities = async (rows: Awaited<ReturnType<typeof base>>): Promise<RoadmapView[]> => {
    const ids = rows.map((r) => r.r.id);
    const acts = ids.length
      ? await db
          .select()
          .from(roadmapActivities)
          .where(inArray(roadmapActivities.roadmapId, ids))
          .orderBy(asc(roadmapActivities.no))
      : [];
    const by = new Map<number, ActivityRow[]>();
    for (const a of acts) by.set(a.roadmapId, [...(by.get(a.roadmapId) ?? []), a]);
    return rows.map(({ r, ...rest }) => ({ ...r, ...rest, activities: by.get(r.id) ?? [] }));
  };

  return {
    async list(f: { agencyId?: number } = {}): Promise<RoadmapView[]> {
      const rows = await base()
        .where(f.agencyId ? eq(assignments.agencyId, f.agencyId) : undefined)
        .orderBy(asc(roadmaps.dueOn), asc(roadmaps.id));
      return withActivities(rows);
    },

    async byId(id: number): Promise<RoadmapView | undefined> {
      const rows = await base().where(eq(roadmaps.id, id));
      return (await withActivities(rows))[0];
    },

    async saveActivity(
      roadmapId: number,
      no: number,
      v: {
        responsible: string | null;
        deadline: string | null;
        completionForm: string | null;
        doneAt: Date | null;
      },
    ): Promise<{ before: ActivityRow | undefined; after: ActivityRow | undefined }> {
      const [before] = await db
        .select()
        .from(roadmapActivities)
        .where(and(eq(roadmapActivities.roadmapId, roadmapId), eq(roadmapActivities.no, no)));
      const [after] = await db
        .insert(roadmapActivities)
        .values({ roadmapId, no, ...v })
        .onConflictDoUpdate({ target: [roadmapActivities.roadmapId, roadmapActivities.no], set: v })
        .returning();
      return { before, after };
    },

    /**
     * Approves (`from` → `to`): version + 1 with the activities frozen in roadmap_versions; the
     * first approval's date is kept (it is what "approved on time" is about). Undefined when
     * the roadmap is no longer `from`.
     */
    async approve(
      id: number,
      from: RoadmapStatus,
      to: RoadmapStatus,
      now: Date,
    ): Promise<{ version: number; snapshot: RoadmapSnapshot } | undefined> {
      return db.transaction(async (tx) => {
        const [r] = await tx.select().from(roadmaps).where(eq(roadmaps.id, id)).for("update");
        if (!r || r.status !== from) return undefined;
        const acts = await tx
          .select()
          .from(roadmapActivities)
          .where(eq(roadmapActivities.roadmapId, id))
          .orderBy(asc(roadmapActivities.no));
        const snapshot: RoadmapSnapshot = {
          dueOn: r.dueOn,
          activities: acts.map((a) => ({
            no: a.no,
            responsible: a.responsible,
            deadline: a.deadline,
            completionForm: a.completionForm,
            doneAt: a.doneAt?.toISOString() ?? null,
          })),
        };
        const version = r.version + 1;
        await tx
          .insert(roadmapVersions)
          .values({ roadmapId: id, version, snapshot, createdAt: now });
        await tx
          .update(roadmaps)
          .set({ status: to, version, approvedAt: r.approvedAt ?? now })
          .where(eq(roadmaps.id, id));
        return { version, snapshot };
      });
    },

    /** Sets the status decided by `transition` if the roadmap is still `from`; false if it moved. */
    async setStatus(id: number, from: RoadmapStatus, to: RoadmapStatus): Promise<boolean> {
      const rows = await db
        .update(roadmaps)
        .set({ status: to })
        .where(and(eq(roadmaps.id, id), eq(roadmaps.status, from)))
        .returning({ id: roadmaps.id });
      return rows.length > 0;
    },

    async versions(id: number): Promise<RoadmapVersionRow[]> {
      return db
        .select()
        .from(roadmapVersions)
        .where(eq(roadmapVersions.roadmapId, id))
        .orderBy(desc(roadmapVersions.version));
    },

    /**
     * Telegram chats of the officials answering for the service (the assignment's officials;
     * if none are linked, every reachable official of the agency).
     */
    async recipients(
      assignmentId: number,
      agencyId: number,
    ): Promise<{ telegramId: number; locale: "kk" | "ru" }[]> {
      const assigned = await db
        .select({ telegramId: officials.telegramId, locale: officialLocale })
        .from(assignmentOfficials)
        .innerJoin(officials, eq(officials.id, assignmentOfficials.officialId))
        .where(
          and(eq(assignmentOfficials.assignmentId, assignmentId), eq(officials.reachable, true)),
        );
      const rows = assigned.length
        ? assigned
        : await db
            .select({ telegramId: officials.telegramId, locale: officialLocale })
            .from(officials)
            .where(
              and(
                eq(officials.agencyId, agencyId),
                eq(officials.reachable, true),
                isNotNull(officials.telegramId),
              ),
            );
      return rows.map((r) => ({ telegramId: r.telegramId, locale: r.locale ?? "ru" }));
    },

    /** Roadmaps not yet approved, with their due date (the planner's roadmap reminders). */
    async drafts(): Promise<{ id: number; dueOn: string }[]> {
      return db
        .select({ id: roadmaps.id, dueOn: roadmaps.dueOn })
        .from(roadmaps)
        .where(eq(roadmaps.status, "draft"));
    },
    /** Activities not done that have a deadline, of roadmaps not closed (activity reminders). */
    async openActivities(): Promise<
      { id: number; roadmapId: number; no: number; deadline: string }[]
    > {
      const rows = await db
        .select({
          id: roadmapActivities.id,
          roadmapId: roadmapActivities.roadmapId,
          no: roadmapActivities.no,
          deadline: roadmapActivities.deadline,
        })
        .from(roadmapActivities)
        .innerJoin(roadmaps, eq(roadmaps.id, roadmapActivities.roadmapId))
        .where(
          and(
            isNull(roadmapActivities.doneAt),
            isNotNull(roadmapActivities.deadline),
            ne(roadmaps.status, "closed"),
          ),
        );
      return rows.map((r) => ({ ...r, deadline: r.deadline as string }));
    },
  };
}

/** Roadmaps (Appendix 3) of recommended services: activities, approval, completion; who to notify. */
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { approveRoadmap } from "../../domain/agenda.js";
import type { Db } from "../client.js";
import {
  agencies,
  assignmentOfficials,
  assignments,
  officials,
  responses,
  roadmapActivities,
  roadmaps,
  services,
} from "../schema.js";
import { type ServiceAndAgency, serviceAndAgencyColumns } from "./service-and-agency.js";

export type RoadmapRow = typeof roadmaps.$inferSelect;
export type ActivityRow = typeof roadmapActivities.$inferSelect;

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

    /** Approves a draft roadmap (domain/agenda.ts `approveRoadmap`); false when it was not a draft. */
    async approve(id: number, now: Date): Promise<boolean> {
      const [r] = await db
        .select({ status: roadmaps.status })
        .from(roadmaps)
        .where(eq(roadmaps.id, id));
      const to = r ? approveRoadmap(r.status) : null;
      if (!r || !to) return false;
      const rows = await db
        .update(roadmaps)
        .set({ status: to, approvedAt: now })
        .where(and(eq(roadmaps.id, id), eq(roadmaps.status, r.status)))
        .returning({ id: roadmaps.id });
      return rows.length > 0;
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
        .select({ telegramId: officials.telegramId, locale: officials.locale })
        .from(assignmentOfficials)
        .innerJoin(officials, eq(officials.id, assignmentOfficials.officialId))
        .where(
          and(eq(assignmentOfficials.assignmentId, assignmentId), eq(officials.reachable, true)),
        );
      const rows = assigned.length
        ? assigned
        : await db
            .select({ telegramId: officials.telegramId, locale: officials.locale })
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
    /** Activities not done that have a deadline (the planner's activity reminders). */
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
        .where(and(isNull(roadmapActivities.doneAt), isNotNull(roadmapActivities.deadline)));
      return rows.map((r) => ({ ...r, deadline: r.deadline as string }));
    },
  };
}

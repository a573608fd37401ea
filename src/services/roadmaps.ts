/**
 * Roadmaps of recommended services (000 p.13–15, Appendix 3) as the secretary keeps them: the
 * on-time/late state on the clock, saving the five activities (audited per changed activity),
 * approval (`approveRoadmap` in domain/agenda.ts).
 */
import { audit } from "../db/repositories/audit.js";
import type { ActivityRow, RoadmapView } from "../db/repositories/roadmaps.js";
import {
  type ActivityState,
  activityState,
  ROADMAP_ACTIVITY_NOS,
  type RoadmapState,
  roadmapState,
} from "../domain/agenda.js";
import { type LocalDate, localDate } from "../domain/time.js";
import type { Acting } from "./acting.js";
import type { CoreDeps } from "./deps.js";

/** The local date of an instant (done/approved stamps), or null. */
export function localDay(d: Date | null, tz: string): LocalDate | null {
  return d ? localDate(d, tz) : null;
}

export function activityStateOf(
  x: Pick<ActivityRow, "deadline" | "doneAt"> | undefined,
  today: LocalDate,
  tz: string,
): ActivityState {
  return activityState(
    {
      deadline: (x?.deadline ?? null) as LocalDate | null,
      doneOn: localDay(x?.doneAt ?? null, tz),
    },
    today,
  );
}

export function roadmapStateOf(r: RoadmapView, today: LocalDate, tz: string): RoadmapState {
  return roadmapState(
    {
      dueOn: r.dueOn as LocalDate,
      approvedOn: localDay(r.approvedAt, tz),
      activities: r.activities.map((x) => ({
        deadline: x.deadline as LocalDate | null,
        doneOn: localDay(x.doneAt, tz),
      })),
    },
    today,
  );
}

/** Every roadmap with its state today, optionally only the on-time or the late ones. */
export async function roadmapList(deps: CoreDeps, only?: RoadmapState) {
  const today = localDate(deps.now(), deps.tz);
  const all = (await deps.repos.roadmaps.list()).map((r) => ({
    r,
    state: roadmapStateOf(r, today, deps.tz),
  }));
  return {
    rows: only ? all.filter((x) => x.state === only) : all,
    total: all.length,
    late: all.filter((x) => x.state === "late").length,
  };
}

export interface ActivityInput {
  responsible: string | null;
  deadline: LocalDate | null;
  completionForm: string | null;
  doneOn: LocalDate | null;
}

/** Saves the five activities; each changed one is audited. False when there is no such roadmap. */
export async function saveRoadmapActivities(
  w: Acting,
  id: number,
  activities: ReadonlyMap<number, ActivityInput>,
): Promise<boolean> {
  const repo = w.deps.repos.roadmaps;
  if (!(await repo.byId(id))) return false;
  for (const no of ROADMAP_ACTIVITY_NOS) {
    const v = activities.get(no);
    const { before, after } = await repo.saveActivity(id, no, {
      responsible: v?.responsible ?? null,
      deadline: v?.deadline ?? null,
      completionForm: v?.completionForm ?? null,
      // a done date is a day: noon UTC keeps it on that day in any of the country's zones
      doneAt: v?.doneOn ? new Date(`${v.doneOn}T12:00:00Z`) : null,
    });
    const changed =
      !before ||
      before.responsible !== after?.responsible ||
      before.deadline !== after?.deadline ||
      before.completionForm !== after?.completionForm ||
      (before.doneAt?.getTime() ?? null) !== (after?.doneAt?.getTime() ?? null);
    if (changed) {
      await audit(w.deps.db, {
        actor: w.actor,
        action: "update",
        entity: "roadmap_activity",
        entityId: `${id}:${no}`,
        before,
        after,
      });
    }
  }
  return true;
}

/** draft → approved (`approveRoadmap`); false when it is not a draft (or unknown). */
export async function approveRoadmapById(w: Acting, id: number): Promise<boolean> {
  const ok = await w.deps.repos.roadmaps.approve(id, w.deps.now());
  if (ok)
    await audit(w.deps.db, { actor: w.actor, action: "approve", entity: "roadmap", entityId: id });
  return ok;
}

/** The roadmap page: the roadmap, its state today and each activity with its state and done date. */
export async function roadmapPage(deps: CoreDeps, id: number) {
  const r = await deps.repos.roadmaps.byId(id);
  if (!r) return undefined;
  const today = localDate(deps.now(), deps.tz);
  const byNo = new Map(r.activities.map((x) => [x.no, x]));
  return {
    r,
    state: roadmapStateOf(r, today, deps.tz),
    activities: ROADMAP_ACTIVITY_NOS.map((no) => {
      const row = byNo.get(no);
      return {
        no,
        row,
        state: activityStateOf(row, today, deps.tz),
        doneOn: localDay(row?.doneAt ?? null, deps.tz),
      };
    }),
  };
}
export type RoadmapPageData = NonNullable<Awaited<ReturnType<typeof roadmapPage>>>;

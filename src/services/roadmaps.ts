/**
 * Roadmaps of recommended services (000 p.13–15, Appendix 3) as the secretary keeps them: the
 * on-time/late state on the clock, saving the five activities while a draft (dates checked
 * against the decision, audited per changed activity), approval (frozen as a version) and
 * re-opening with a reason. Status changes are asked of `transition` (domain/agenda.ts).
 */
import { audit } from "../db/repositories/audit.js";
import type { ActivityRow, RoadmapView } from "../db/repositories/roadmaps.js";
import {
  type ActivityDateProblem,
  type ActivityState,
  activityDateProblems,
  activityState,
  ROADMAP_ACTIVITY_NOS,
  type RoadmapState,
  roadmapState,
  transition,
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

/** On time or late; a roadmap closed by a changed decision is neither. */
export function roadmapStateOf(
  r: RoadmapView,
  today: LocalDate,
  tz: string,
): RoadmapState | "closed" {
  if (r.status === "closed") return "closed";
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

/** Every roadmap with its state today, optionally only the on-time or the late ones (closed last). */
/**
 * The roadmaps list: counts over all, then the state filter, a search over the service's code and
 * names and the agency's names, and one page. A roadmap's state depends on today, so the filter
 * runs here rather than in SQL (roadmaps are one per recommended service: thousands at most).
 */
export async function roadmapList(
  deps: CoreDeps,
  filter: { state?: RoadmapState; q?: string; limit?: number; offset?: number } = {},
) {
  const today = localDate(deps.now(), deps.tz);
  const all = (await deps.repos.roadmaps.list()).map((r) => ({
    r,
    state: roadmapStateOf(r, today, deps.tz),
  }));
  const needle = filter.q?.toLocaleLowerCase("ru");
  const matches = (r: RoadmapView) =>
    [r.registryCode, r.serviceNameKk, r.serviceNameRu, r.agencyNameKk, r.agencyNameRu].some((v) =>
      v?.toLocaleLowerCase("ru").includes(needle as string),
    );
  const found = all.filter(
    (x) => (!filter.state || x.state === filter.state) && (!needle || matches(x.r)),
  );
  const offset = filter.offset ?? 0;
  return {
    rows: found.slice(offset, offset + (filter.limit ?? found.length)),
    found: found.length,
    total: all.length,
    onTime: all.filter((x) => x.state === "on-time").length,
    late: all.filter((x) => x.state === "late").length,
  };
}

export interface ActivityInput {
  responsible: string | null;
  deadline: LocalDate | null;
  completionForm: string | null;
  doneOn: LocalDate | null;
}

/** Why saving or a status change was refused. */
export type RoadmapRefusal =
  | { reason: "not-found" }
  /** approved (frozen: re-open it first) or closed */
  | { reason: "frozen" | "state" }
  /** dates against the decision (rule 8), with the decision date and today for the message */
  | { reason: "dates"; problems: ActivityDateProblem[]; decidedOn: LocalDate; today: LocalDate };
export type RoadmapOutcome = { ok: true } | { ok: false; refusal: RoadmapRefusal };

const refused = (refusal: RoadmapRefusal): RoadmapOutcome => ({ ok: false, refusal });

/**
 * Saves the five activities of a draft (an approved roadmap is frozen: re-open it first); the
 * deadlines and done dates are checked against the decision date (rule 8). Each changed
 * activity is audited.
 */
export async function saveRoadmapActivities(
  w: Acting,
  id: number,
  activities: ReadonlyMap<number, ActivityInput>,
): Promise<RoadmapOutcome> {
  const repo = w.deps.repos.roadmaps;
  const r = await repo.byId(id);
  if (!r) return refused({ reason: "not-found" });
  const t = transition({ of: "roadmap", action: "edit", status: r.status });
  if (!t.ok) return refused({ reason: t.refusal.reason === "frozen" ? "frozen" : "state" });
  const decidedOn = r.decidedOn as LocalDate;
  const today = localDate(w.deps.now(), w.deps.tz);
  const problems = activityDateProblems(
    decidedOn,
    today,
    ROADMAP_ACTIVITY_NOS.map((no) => ({
      no,
      deadline: activities.get(no)?.deadline ?? null,
      doneOn: activities.get(no)?.doneOn ?? null,
    })),
  );
  if (problems.length) return refused({ reason: "dates", problems, decidedOn, today });
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
  return { ok: true };
}

/** draft → approved: the activities are frozen as a new version. */
export async function approveRoadmapById(w: Acting, id: number): Promise<RoadmapOutcome> {
  const repo = w.deps.repos.roadmaps;
  const r = await repo.byId(id);
  if (!r) return refused({ reason: "not-found" });
  const t = transition({ of: "roadmap", action: "approve", status: r.status });
  if (!t.ok) return refused({ reason: "state" });
  const v = await repo.approve(id, r.status, t.to, w.deps.now());
  if (!v) return refused({ reason: "state" });
  await audit(w.deps.db, {
    actor: w.actor,
    action: "approve",
    entity: "roadmap",
    entityId: id,
    before: { status: r.status },
    after: { status: t.to, version: v.version },
  });
  return { ok: true };
}

/**
 * approved → draft: the approved version stays frozen in its version; the reason is audited.
 * The roadmap is then edited and approved again as the next version.
 */
export async function reopenRoadmap(
  w: Acting,
  id: number,
  reason: string,
): Promise<RoadmapOutcome> {
  const repo = w.deps.repos.roadmaps;
  const r = await repo.byId(id);
  if (!r) return refused({ reason: "not-found" });
  const t = transition({ of: "roadmap", action: "reopen", status: r.status });
  if (!t.ok || !(await repo.setStatus(id, r.status, t.to))) return refused({ reason: "state" });
  await audit(w.deps.db, {
    actor: w.actor,
    action: "reopen",
    entity: "roadmap",
    entityId: id,
    before: { status: r.status, version: r.version },
    after: { status: t.to, reason },
  });
  return { ok: true };
}

/** The roadmap page: the roadmap, its state today and each activity with its state and done date. */
export async function roadmapPage(deps: CoreDeps, id: number) {
  const r = await deps.repos.roadmaps.byId(id);
  if (!r) return undefined;
  const today = localDate(deps.now(), deps.tz);
  const byNo = new Map(r.activities.map((x) => [x.no, x]));
  return {
    r,
    versions: await deps.repos.roadmaps.versions(id),
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

/**
 * The annual report draft (003, sections 1.3 and 3.1) for a year: the repository's rows turned
 * into the domain's rows (instants → local dates in the product's zone), the figures computed by
 * domain/annual-report.ts. Called by the admin's reports area, the bot and the April reminder.
 */
import {
  type AnnualReport,
  annualReport,
  type ConsideredRow,
  type DemandRow,
  type ReportInput,
  type ReportRoadmapRow,
} from "../domain/annual-report.js";
import { type LocalDate, localDate } from "../domain/time.js";
import type { CoreDeps } from "./deps.js";
import { localDay } from "./roadmaps.js";

export type ReportRows = Pick<ReportInput, "demand" | "considered" | "roadmaps">;

/** Every row the year's report reads, of one state body or (null) of all. */
export async function reportRows(
  deps: CoreDeps,
  year: number,
  agencyId: number | null = null,
): Promise<ReportRows> {
  const repo = deps.repos.annualReport;
  const demand: DemandRow[] = await repo.demand(year, agencyId);
  const considered: ConsideredRow[] = (await repo.considered(year, agencyId)).map(
    ({ startsAt, ...r }) => ({
      ...r,
      meetingDate: localDate(startsAt, deps.tz),
    }),
  );
  const roadmaps: ReportRoadmapRow[] = (await repo.roadmaps(year, agencyId)).map(
    ({ roadmap: r, activities, ...service }) => ({
      ...service,
      roadmapId: r.id,
      decidedOn: r.decidedOn as LocalDate,
      dueOn: r.dueOn as LocalDate,
      closed: r.status === "closed",
      approvedOn: localDay(r.approvedAt, deps.tz),
      activities: activities.map((a) => ({
        no: a.no,
        deadline: a.deadline as LocalDate | null,
        doneOn: localDay(a.doneAt, deps.tz),
      })),
    }),
  );
  return { demand, considered, roadmaps };
}

/** The report of one state body (`agencyId`) or of the authorized body (null) for `year`. */
export async function loadAnnualReport(
  deps: CoreDeps,
  o: { year: number; agencyId: number | null; topN?: number; rows?: ReportRows },
): Promise<AnnualReport> {
  const rows = o.rows ?? (await reportRows(deps, o.year, o.agencyId));
  return annualReport({
    ...rows,
    year: o.year,
    agencyId: o.agencyId,
    topN: o.topN,
    today: localDate(deps.now(), deps.tz),
  });
}

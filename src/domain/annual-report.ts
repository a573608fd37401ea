/**
 * The figures of the annual report on public services (003: Rules and template of the report of
 * state bodies, order No. 193 of 2013), drafted from what the year collected. Pure: rows in,
 * figures out (the repository reads the rows, src/services/annual-report.ts passes them here).
 *
 * Two sections of the template are filled:
 * - 1.3 "the most demanded services": Q1's yearly counts for the reporting year `year`.
 *   A service's count comes from its questionnaire with the latest campaign that reports that
 *   year (the campaign of year+1 asks for the counts of `year`); ties go to the later response.
 *   Ranked by count (descending), then registry code; the first `topN` are listed.
 * - 3.1 "results of automating service processes":
 *   - services considered by the Commission: agenda items of meetings held in `year` (the
 *     caller passes only held meetings); a service considered twice counts once, with the
 *     decision of its latest meeting (null: no decision recorded);
 *   - roadmaps opened in `year` (decided in it) and not closed by a changed decision, judged as
 *     of `asOf` = the end of the year, or today while the year runs (an activity done after
 *     `asOf` is not done yet for the report): completed on time (every activity done, approval
 *     and activities on time), completed late, in progress, overdue; and per activity of
 *     Appendix 3: done on time / done late / pending / overdue / without a deadline;
 *   - the proposals of the considered services "as answered" (every considered service) and
 *     "as decided" (those the Commission recommended): term reductions from→to, documents that
 *     can be excluded, exclusively electronic format, proactive format. Appendix 1's proposals
 *     (prefilled from the questionnaire, then confirmed or corrected by the state body) win
 *     where they are given: item 10 term (else Q4, a target shorter than the current term),
 *     item 11 documents from→to (else Q5's list; Q5 names the documents either way), item 4
 *     exclusively electronic (else Q2 "yes"), item 8 proactive (else Q9 "yes").
 * For a state body the rows are its own (`agencyId`); for the authorized body (null), all.
 */
import {
  type ActivityState,
  activityState,
  type Decision,
  ROADMAP_ACTIVITY_NOS,
  roadmapState,
} from "./agenda.js";
import { type AnswerValue, type Duration, termEquals } from "./answers/values.js";
import type { WorkingCalendar } from "./calendar.js";
import type { LocalDate } from "./time.js";

export const REPORT_TOP_DEFAULT = 10;
/** The questions section 3.1 reads: exclusively electronic, term, documents, proactive. */
export const REPORT_PROPOSAL_QUESTIONS = [2, 4, 5, 9] as const;
/** The Appendix 1 items it reads: electronic only, proactive, term, documents reduction. */
export const REPORT_PROCESS_ITEMS = [4, 8, 10, 11] as const;
export const REPORT_TOP_MAX = 100;

/** A service and its agency as the report names them. */
export interface ReportService {
  serviceId: number;
  registryCode: string;
  serviceNameKk: string;
  serviceNameRu: string;
  agencyId: number;
  agencyNameKk: string;
  agencyNameRu: string;
}

/** A submitted/accepted questionnaire's Q1 answer. */
export interface DemandRow extends ReportService {
  responseId: number;
  campaignYear: number;
  years: readonly { year: number; count: number }[];
}

/** A service on the agenda of a meeting held in the year, with the proposals it answered. */
export interface ConsideredRow extends ReportService {
  responseId: number;
  meetingId: number;
  meetingDate: LocalDate;
  decision: Decision | null;
  /** the answers to Q2, Q4, Q5 and Q9 (others may be present; missing = not answered) */
  answers: Readonly<Partial<Record<number, AnswerValue>>>;
  /** Appendix 1 items 4, 8, 10, 11 where given */
  process?: Readonly<Partial<Record<number, AnswerValue>>>;
}

export interface ReportRoadmapRow extends ReportService {
  roadmapId: number;
  decidedOn: LocalDate;
  dueOn: LocalDate;
  closed: boolean;
  approvedOn: LocalDate | null;
  activities: readonly { no: number; deadline: LocalDate | null; doneOn: LocalDate | null }[];
}

export interface ReportInput {
  year: number;
  /** today (the state of roadmaps is judged as of min(today, 31 December of `year`)) */
  today: LocalDate;
  /** the state body, or null for the authorized body (every state body) */
  agencyId: number | null;
  topN?: number;
  demand: readonly DemandRow[];
  considered: readonly ConsideredRow[];
  roadmaps: readonly ReportRoadmapRow[];
}

export interface DemandLine extends ReportService {
  rank: number;
  count: number;
  /** the questionnaire the count was taken from */
  responseId: number;
  campaignYear: number;
}

export type RoadmapOutcome = "completed-on-time" | "completed-late" | "in-progress" | "overdue";
export const ROADMAP_OUTCOMES: readonly RoadmapOutcome[] = [
  "completed-on-time",
  "completed-late",
  "in-progress",
  "overdue",
];
export const ACTIVITY_STATES: readonly ActivityState[] = [
  "done-on-time",
  "done-late",
  "pending",
  "overdue",
  "unplanned",
];

export interface TermReduction extends ReportService {
  current: Duration;
  target: Duration;
  decision: Decision | null;
  recommended: boolean;
}

export interface ExcludedDocuments extends ReportService {
  /** the documents named (Q5); may be empty when only Appendix 1's count is given */
  items: readonly string[];
  /** how many documents are excluded */
  count: number;
  /** Appendix 1 item 11: required documents from → to */
  reduction: { from: number; to: number } | null;
  decision: Decision | null;
  recommended: boolean;
}

/** A proposal's figures: services (and, for documents, documents) as answered and as decided. */
export interface ProposalCount {
  answered: number;
  decided: number;
}

/** One state body's line in the authorized body's summary (section 3.1 by state body). */
export interface AgencyLine {
  agencyId: number;
  agencyNameKk: string;
  agencyNameRu: string;
  considered: number;
  recommended: number;
  roadmaps: number;
  onTime: number;
  /** completed late, or not completed with a broken deadline */
  late: number;
  termReductions: number;
  documents: number;
  electronic: number;
  proactive: number;
}

export interface AnnualReport {
  year: number;
  asOf: LocalDate;
  agencyId: number | null;
  topN: number;
  /** section 1.3: every service with a count for the year, ranked; `top` = the first topN */
  demand: { all: DemandLine[]; top: DemandLine[]; total: number };
  /** section 3.1 */
  considered: {
    services: number;
    decisions: Record<Decision | "none", number>;
    rows: (ConsideredRow & { recommended: boolean })[];
  };
  roadmaps: {
    opened: number;
    outcomes: Record<RoadmapOutcome, number>;
    /** per activity no 1..5 of Appendix 3: how many are in each state */
    activities: { no: number; states: Record<ActivityState, number> }[];
    /** each roadmap with its outcome and the state of activities 1..5 (index no − 1) */
    rows: (ReportRoadmapRow & { outcome: RoadmapOutcome; states: ActivityState[] })[];
  };
  proposals: {
    termReductions: ProposalCount;
    documentsServices: ProposalCount;
    documents: ProposalCount;
    electronic: ProposalCount;
    proactive: ProposalCount;
    terms: TermReduction[];
    excluded: ExcludedDocuments[];
  };
  /** section 3.1 per state body, by name (as answered) */
  agencies: AgencyLine[];
}

const byCode = (a: ReportService, b: ReportService) =>
  a.registryCode < b.registryCode ? -1 : a.registryCode > b.registryCode ? 1 : 0;

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Section 1.3: one count per service for `year`, ranked. */
function demandLines(rows: readonly DemandRow[], year: number): DemandLine[] {
  const best = new Map<number, { row: DemandRow; count: number }>();
  for (const row of rows) {
    const y = row.years.find((x) => x.year === year);
    if (!y) continue;
    const had = best.get(row.serviceId);
    const newer =
      !had ||
      row.campaignYear > had.row.campaignYear ||
      (row.campaignYear === had.row.campaignYear && row.responseId > had.row.responseId);
    if (newer) best.set(row.serviceId, { row, count: y.count });
  }
  return [...best.values()]
    .sort((a, b) => b.count - a.count || byCode(a.row, b.row))
    .map(({ row, count }, i) => {
      const { years: _years, ...service } = row;
      return { ...service, rank: i + 1, count };
    });
}

/** The latest consideration of each service in the year. */
function latestConsiderations(rows: readonly ConsideredRow[], year: number): ConsideredRow[] {
  const latest = new Map<number, ConsideredRow>();
  const prefix = `${year}-`;
  for (const row of rows) {
    if (!row.meetingDate.startsWith(prefix)) continue;
    const had = latest.get(row.serviceId);
    const later =
      !had ||
      row.meetingDate > had.meetingDate ||
      (row.meetingDate === had.meetingDate && row.meetingId > had.meetingId);
    if (later) latest.set(row.serviceId, row);
  }
  return [...latest.values()].sort(byCode);
}

function roadmapOutcome(r: ReportRoadmapRow, asOf: LocalDate): RoadmapOutcome {
  const activities = r.activities.map((a) => ({
    deadline: a.deadline,
    doneOn: a.doneOn && a.doneOn <= asOf ? a.doneOn : null,
  }));
  const approvedOn = r.approvedOn && r.approvedOn <= asOf ? r.approvedOn : null;
  const late = roadmapState({ dueOn: r.dueOn, approvedOn, activities }, asOf) === "late";
  const completed =
    activities.length >= ROADMAP_ACTIVITY_NOS.length && activities.every((a) => a.doneOn);
  if (completed) return late ? "completed-late" : "completed-on-time";
  return late ? "overdue" : "in-progress";
}

const count = (rows: readonly { recommended: boolean }[]): ProposalCount => ({
  answered: rows.length,
  decided: rows.filter((r) => r.recommended).length,
});

/** The report's figures for `year` (see the header for every rule). */
export function annualReport(input: ReportInput): AnnualReport {
  const { year, agencyId } = input;
  const mine = <T extends { agencyId: number }>(rows: readonly T[]) =>
    agencyId === null ? rows : rows.filter((r) => r.agencyId === agencyId);
  const yearEnd = `${year}-12-31` as LocalDate;
  const asOf = input.today < yearEnd ? input.today : yearEnd;
  const topN = Math.min(Math.max(1, input.topN ?? REPORT_TOP_DEFAULT), REPORT_TOP_MAX);

  const all = demandLines(mine(input.demand), year);

  const considered = latestConsiderations(mine(input.considered), year).map((r) => ({
    ...r,
    recommended: r.decision === "recommended",
  }));
  const decisions = zeros<Decision | "none">(["recommended", "returned", "rejected", "none"]);
  for (const r of considered) decisions[r.decision ?? "none"]++;

  const stateOf = (r: ReportRoadmapRow, no: number) => {
    const a = r.activities.find((x) => x.no === no);
    const doneOn = a?.doneOn && a.doneOn <= asOf ? a.doneOn : null;
    return activityState({ deadline: a?.deadline ?? null, doneOn }, asOf);
  };
  const opened = mine(input.roadmaps)
    .filter((r) => !r.closed && r.decidedOn.startsWith(`${year}-`) && r.decidedOn <= asOf)
    .sort(byCode)
    .map((r) => ({
      ...r,
      outcome: roadmapOutcome(r, asOf),
      states: ROADMAP_ACTIVITY_NOS.map((no) => stateOf(r, no)),
    }));
  const outcomes = zeros(ROADMAP_OUTCOMES);
  for (const r of opened) outcomes[r.outcome]++;
  const activities = ROADMAP_ACTIVITY_NOS.map((no) => {
    const states = zeros(ACTIVITY_STATES);
    for (const r of opened) states[r.states[no - 1] as ActivityState]++;
    return { no, states };
  });

  const terms: TermReduction[] = [];
  const excluded: ExcludedDocuments[] = [];
  const electronic: { recommended: boolean; agencyId: number }[] = [];
  const proactive: { recommended: boolean; agencyId: number }[] = [];
  for (const r of considered) {
    const { answers: a, recommended, decision } = r;
    const p = r.process ?? {};
    const service: ReportService = {
      serviceId: r.serviceId,
      registryCode: r.registryCode,
      serviceNameKk: r.serviceNameKk,
      serviceNameRu: r.serviceNameRu,
      agencyId: r.agencyId,
      agencyNameKk: r.agencyNameKk,
      agencyNameRu: r.agencyNameRu,
    };
    const term = p[10] ?? a[4];
    if (term?.type === "term" && term.target && !termEquals(term.target, term.current))
      terms.push({ ...service, current: term.current, target: term.target, decision, recommended });
    const names = a[5]?.type === "list" ? a[5].items : [];
    const p11 = p[11];
    const reduction = p11?.type === "range" ? { from: p11.from, to: p11.to } : null;
    const n = reduction ? reduction.from - reduction.to : p11 ? 0 : names.length;
    if (n > 0)
      excluded.push({ ...service, items: names, count: n, reduction, decision, recommended });
    const yes = (v: AnswerValue | undefined) => v?.type === "choice" && v.choice === "yes";
    if (p[4] ? yes(p[4]) : yes(a[2])) electronic.push({ recommended, agencyId: r.agencyId });
    if (p[8] ? yes(p[8]) : yes(a[9])) proactive.push({ recommended, agencyId: r.agencyId });
  }
  const docs = (only: boolean) =>
    excluded.filter((e) => !only || e.recommended).reduce((s, e) => s + e.count, 0);

  const lines = new Map<number, AgencyLine>();
  const line = (x: ReportService) => {
    let l = lines.get(x.agencyId);
    if (!l) {
      l = {
        agencyId: x.agencyId,
        agencyNameKk: x.agencyNameKk,
        agencyNameRu: x.agencyNameRu,
        considered: 0,
        recommended: 0,
        roadmaps: 0,
        onTime: 0,
        late: 0,
        termReductions: 0,
        documents: 0,
        electronic: 0,
        proactive: 0,
      };
      lines.set(x.agencyId, l);
    }
    return l;
  };
  for (const r of considered) {
    const l = line(r);
    l.considered++;
    if (r.recommended) l.recommended++;
  }
  for (const r of opened) {
    const l = line(r);
    l.roadmaps++;
    if (r.outcome === "completed-on-time") l.onTime++;
    if (r.outcome === "completed-late" || r.outcome === "overdue") l.late++;
  }
  for (const x of terms) line(x).termReductions++;
  for (const x of excluded) line(x).documents += x.count;
  for (const x of electronic) {
    const l = lines.get(x.agencyId);
    if (l) l.electronic++;
  }
  for (const x of proactive) {
    const l = lines.get(x.agencyId);
    if (l) l.proactive++;
  }

  return {
    year,
    asOf,
    agencyId,
    topN,
    demand: { all, top: all.slice(0, topN), total: all.reduce((s, l) => s + l.count, 0) },
    considered: { services: considered.length, decisions, rows: considered },
    roadmaps: { opened: opened.length, outcomes, activities, rows: opened },
    proposals: {
      termReductions: count(terms),
      documentsServices: count(excluded),
      documents: { answered: docs(false), decided: docs(true) },
      electronic: count(electronic),
      proactive: count(proactive),
      terms,
      excluded,
    },
    agencies: [...lines.values()].sort((x, y) =>
      x.agencyNameRu < y.agencyNameRu
        ? -1
        : x.agencyNameRu > y.agencyNameRu
          ? 1
          : x.agencyId - y.agencyId,
    ),
  };
}

/** The reporting year of a report drafted on `today`: the previous calendar year (003 p.9). */
export function reportingYear(today: LocalDate): number {
  return Number(today.slice(0, 4)) - 1;
}

// ───────────── the April reminder (003 p.9: published no later than 30 April) ─────────────

/** Working days between the reminder and the deadline: two working weeks to check and publish. */
export const REPORT_REMIND_WORKING_DAYS_BEFORE = 10;

/** The last day to publish the report of `reportYear`: 30 April of the next year (003 p.9). */
export function annualReportDeadline(reportYear: number): LocalDate {
  return `${reportYear + 1}-04-30` as LocalDate;
}

/** The working day the officials are told the draft is ready (in April of the next year). */
export function reportReminderDay(reportYear: number, calendar: WorkingCalendar): LocalDate {
  const last = calendar.previousWorkingDay(annualReportDeadline(reportYear));
  return calendar.addWorkingDays(last, -REPORT_REMIND_WORKING_DAYS_BEFORE);
}

/**
 * The reminder due `today`, if any: from its day up to the deadline (a missed day is caught up
 * later, still keyed by its scheduled day, so it goes out once).
 */
export function dueReportReminder(
  today: LocalDate,
  calendar: WorkingCalendar,
): { year: number; scheduledFor: LocalDate } | null {
  const year = reportingYear(today);
  const day = reportReminderDay(year, calendar);
  return today >= day && today <= annualReportDeadline(year) ? { year, scheduledFor: day } : null;
}

/** Whether a state body's draft has anything to show (no reminder for an empty one). */
export function hasFigures(r: AnnualReport): boolean {
  return r.demand.all.length > 0 || r.considered.services > 0 || r.roadmaps.opened > 0;
}

/**
 * The Commission's agenda, decisions and roadmaps: pure rules (no I/O, no clock).
 *
 * Sources: Rules of optimization and automation of public services (000) p.10–15 and
 * Appendix 3; Government resolution No. 845 of 2013 (001) p.24–30.
 *
 * Rules decided here:
 * 1. Time plan: items follow each other without breaks from the meeting's start time; each item
 *    takes its `minutes` (1..240). Times are local "HH:MM"; a plan past midnight wraps (24h clock).
 * 2. Reorder: `moveItem` swaps an item with its neighbour; moving the first item up or the last
 *    down is a no-op. Positions are always 1..n after any change (`renumber`).
 * 3. Digest of a questionnaire (to help the secretary choose): demand = the latest year of Q1;
 *    flags = the "possible" optimisations answered "yes" (Q2 electronic-only format, Q3
 *    electronic-only result, Q7 without the provider's staff, Q8 one-time password, Q9 proactive,
 *    Q10 composite — "list" counts as yes, Q12 without alternative channels); "partly" is
 *    reported separately for Q2, Q3 and Q7.
 * 4. Quorum (001 p.27): the meeting is competent when at least half of all members are present
 *    (present × 2 ≥ total, total > 0).
 * 5. Vote (001 p.28–29): a decision is taken by the majority of the members present who vote;
 *    on a tie, the side the chair voted for wins; a tie without a chair's vote is not decided.
 * 6. Roadmap (000 p.13, Appendix 3): five standard activities; approved no later than one
 *    month after the decision (deadlines.ts `roadmapDueDate`). An activity is "done" (on time if
 *    done on or before its deadline, late otherwise), "pending" (deadline not passed), "overdue"
 *    (deadline passed, not done) or "unplanned" (no deadline yet). A roadmap is late when it is
 *    not approved after its due date, or any activity is overdue or was done late.
 * 7. Status changes (000 p.10–13, 001 p.27–28): a meeting goes draft → approved (the agenda is
 *    frozen as a new version) → held; an approved agenda may be re-opened (back to draft, 000
 *    p.12). The agenda (items, date, place) changes on a draft only; it is sent to members until
 *    the meeting is held; attendance is recorded once the agenda is approved; decisions are
 *    taken, and the protocol exists, at a held meeting only. A roadmap goes draft → approved
 *    once; officials fill it in through the bot while it is a draft.
 */
import type { AnswerValue } from "./answers/values.js";
import type { LocalDate } from "./time.js";
import type { Locale } from "./vocabulary.js";

export type Decision = "recommended" | "returned" | "rejected";
export const DECISIONS: readonly Decision[] = ["recommended", "returned", "rejected"];
export type MeetingStatus = "draft" | "approved" | "held";
export type RoadmapStatus = "draft" | "approved";

export const MINUTES_MIN = 1;
export const MINUTES_MAX = 240;
export const DEFAULT_ITEM_MINUTES = 10;
export const DEFAULT_MEETING_TIME = "15:00";

// ───────────── time plan ─────────────

export interface PlannedSlot {
  start: string;
  end: string;
}

/** "HH:MM" of a number of minutes from midnight (wraps past midnight). */
export function hhmm(total: number): string {
  const m = ((total % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** Start/end "HH:MM" of each item, one after another from `startMinutes` (minutes of the day). */
export function timePlan(
  startMinutes: number,
  items: readonly { minutes: number }[],
): PlannedSlot[] {
  let at = startMinutes;
  return items.map((i) => {
    const slot = { start: hhmm(at), end: hhmm(at + i.minutes) };
    at += i.minutes;
    return slot;
  });
}

/** Total minutes of an agenda. */
export function totalMinutes(items: readonly { minutes: number }[]): number {
  return items.reduce((s, i) => s + i.minutes, 0);
}

/** What an agenda line is made of (an agenda item with its service and agency names). */
export interface AgendaLineSource {
  registryCode: string;
  serviceNameKk: string;
  serviceNameRu: string;
  agencyNameKk: string;
  agencyNameRu: string;
  speaker: string | null;
  minutes: number;
}

/** One numbered line of the agenda in a language, as the page, the DOCX and the message show it. */
export interface AgendaLine {
  no: number;
  /** "name (registry code)" */
  service: string;
  agency: string;
  /** the speaker, or the agency when none is set */
  speaker: string;
  /** "HH:MM–HH:MM" from the time plan */
  time: string;
  minutes: number;
}

/** The agenda's numbered lines in `lang`, timed from `startMinutes` (rule 1). */
export function agendaLines(
  startMinutes: number,
  items: readonly AgendaLineSource[],
  lang: Locale,
): AgendaLine[] {
  const plan = timePlan(startMinutes, items);
  return items.map((i, k) => {
    const agency = lang === "kk" ? i.agencyNameKk : i.agencyNameRu;
    const service = lang === "kk" ? i.serviceNameKk : i.serviceNameRu;
    const slot = plan[k];
    return {
      no: k + 1,
      service: `${service} (${i.registryCode})`,
      agency,
      speaker: i.speaker || agency,
      time: slot ? `${slot.start}–${slot.end}` : "",
      minutes: i.minutes,
    };
  });
}

// ───────────── ordering ─────────────

/** The ids in a new order with `id` moved one place up or down (no-op at the edges / unknown id). */
export function moveItem<T>(ids: readonly T[], id: T, dir: "up" | "down"): T[] {
  const out = [...ids];
  const i = out.indexOf(id);
  const j = dir === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j] as T, out[i] as T];
  return out;
}

/** Positions 1..n in the given order. */
export function renumber<T>(ids: readonly T[]): { id: T; position: number }[] {
  return ids.map((id, i) => ({ id, position: i + 1 }));
}

// ───────────── digest of the answers ─────────────

export const DIGEST_FLAGS = [
  "e-only",
  "e-result",
  "no-staff",
  "otp",
  "proactive",
  "composite",
  "no-alternative",
] as const;
export type DigestFlag = (typeof DIGEST_FLAGS)[number];

/** question number → the flag its "yes" raises */
export const FLAG_QUESTIONS: Readonly<Record<DigestFlag, number>> = {
  "e-only": 2,
  "e-result": 3,
  "no-staff": 7,
  otp: 8,
  proactive: 9,
  composite: 10,
  "no-alternative": 12,
};

export interface AnswerDigest {
  demand: { year: number; count: number } | null;
  yes: DigestFlag[];
  partly: DigestFlag[];
}

export type AnswerValues = ReadonlyMap<number, AnswerValue | null | undefined>;

function isYes(v: AnswerValue | null | undefined): boolean {
  if (!v) return false;
  if (v.type === "choice") return v.choice === "yes";
  return v.type === "list" && v.items.length > 0;
}

/** The one-line digest of a questionnaire (rule 3). */
export function answerDigest(values: AnswerValues): AnswerDigest {
  const q1 = values.get(1);
  let demand: AnswerDigest["demand"] = null;
  if (q1?.type === "demand" && q1.years.length) {
    const latest = [...q1.years].sort((a, b) => b.year - a.year)[0];
    if (latest) demand = { year: latest.year, count: latest.count };
  }
  const yes: DigestFlag[] = [];
  const partly: DigestFlag[] = [];
  for (const f of DIGEST_FLAGS) {
    const v = values.get(FLAG_QUESTIONS[f]);
    if (isYes(v)) yes.push(f);
    else if (v?.type === "choice" && v.choice === "partly") partly.push(f);
  }
  return { demand, yes, partly };
}

// ───────────── quorum and vote ─────────────

/** 001 p.27: at least half of all members present. */
export function hasQuorum(present: number, total: number): boolean {
  return total > 0 && present * 2 >= total;
}

/** Members needed for a quorum. */
export function quorumNeeded(total: number): number {
  return Math.ceil(total / 2);
}

export type VoteOutcome = "adopted" | "not-adopted" | "undecided";

/** 001 p.28–29: majority of votes; on a tie the chair's vote decides. */
export function voteOutcome(v: {
  for: number;
  against: number;
  chair?: "for" | "against";
}): VoteOutcome {
  if (v.for > v.against) return "adopted";
  if (v.against > v.for) return "not-adopted";
  if (v.chair === "for") return "adopted";
  if (v.chair === "against") return "not-adopted";
  return "undecided";
}

// ───────────── roadmap (Appendix 3) ─────────────

export const ROADMAP_ACTIVITY_NOS = [1, 2, 3, 4, 5] as const;
export type ActivityNo = (typeof ROADMAP_ACTIVITY_NOS)[number];
/** Fluent keys of the five standard activities of Appendix 3, in order. */
export const ROADMAP_ACTIVITY_KEYS: Readonly<Record<ActivityNo, string>> = {
  1: "roadmap-activity-1",
  2: "roadmap-activity-2",
  3: "roadmap-activity-3",
  4: "roadmap-activity-4",
  5: "roadmap-activity-5",
};

export type ActivityState = "done-on-time" | "done-late" | "pending" | "overdue" | "unplanned";

export function activityState(
  a: { deadline: LocalDate | null; doneOn: LocalDate | null },
  today: LocalDate,
): ActivityState {
  if (a.doneOn) return a.deadline && a.doneOn > a.deadline ? "done-late" : "done-on-time";
  if (!a.deadline) return "unplanned";
  return today > a.deadline ? "overdue" : "pending";
}

export type RoadmapState = "on-time" | "late";

export function roadmapState(
  r: {
    dueOn: LocalDate;
    approvedOn: LocalDate | null;
    activities: readonly { deadline: LocalDate | null; doneOn: LocalDate | null }[];
  },
  today: LocalDate,
): RoadmapState {
  const approvalLate = r.approvedOn ? r.approvedOn > r.dueOn : today > r.dueOn;
  if (approvalLate) return "late";
  const bad = r.activities.some((a) => {
    const s = activityState(a, today);
    return s === "overdue" || s === "done-late";
  });
  return bad ? "late" : "on-time";
}

// ───────────── agenda snapshot (versions) ─────────────

export interface AgendaSnapshotItem extends AgendaLineSource {
  position: number;
  responseId: number;
}

export interface AgendaSnapshot {
  startsAt: string;
  place: string;
  items: AgendaSnapshotItem[];
}

// ───────────── status changes (rule 7) ─────────────

/** The status after approving the agenda, or null when it cannot be approved (not a draft). */
export function approveAgenda(status: MeetingStatus): MeetingStatus | null {
  return status === "draft" ? "approved" : null;
}

/** The status after re-opening an approved agenda for changes, or null. */
export function reopenAgenda(status: MeetingStatus): MeetingStatus | null {
  return status === "approved" ? "draft" : null;
}

/** The status after marking the meeting held, or null (only an approved agenda is held). */
export function holdMeeting(status: MeetingStatus): MeetingStatus | null {
  return status === "approved" ? "held" : null;
}

/** The status after approving a roadmap, or null when it is already approved. */
export function approveRoadmap(status: RoadmapStatus): RoadmapStatus | null {
  return status === "draft" ? "approved" : null;
}

/** The agenda, date and place change on a draft only. */
export function canEditAgenda(status: MeetingStatus): boolean {
  return status === "draft";
}

/** The agenda goes to members until the meeting is held. */
export function canSendAgenda(status: MeetingStatus): boolean {
  return status !== "held";
}

/** Attendance is recorded once the agenda is approved. */
export function canRecordAttendance(status: MeetingStatus): boolean {
  return status !== "draft";
}

/** Decisions are taken, and the protocol is drawn up, at a held meeting. */
export function canDecide(status: MeetingStatus): boolean {
  return status === "held";
}

/** Officials fill in a roadmap (through the bot) while it is a draft. */
export function canOfficialEditRoadmap(status: RoadmapStatus): boolean {
  return status === "draft";
}

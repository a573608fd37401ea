/**
 * The Commission's agenda, decisions and roadmaps: pure rules (no I/O, no clock). Over 400
 * lines on purpose: the status table and `transition` read best next to the rules they apply
 * (the digest of a questionnaire lives in agenda-digest.ts).
 *
 * Sources: Rules of optimization and automation of public services (000) p.10–15 and
 * Appendix 3; Government resolution No. 845 of 2013 (001) p.24–30.
 *
 * Rules decided here:
 * 1. Time plan: items follow each other without breaks from the meeting's start time; each item
 *    takes its `minutes` (1..240). Times are local "HH:MM"; a plan past midnight wraps (24h clock).
 * 2. Reorder: `moveItem` swaps an item with its neighbour; moving the first item up or the last
 *    down is a no-op. Positions are always 1..n after any change (`renumber`).
 * 3. The digest of a questionnaire that helps the secretary choose lives in agenda-digest.ts.
 * 4. Quorum (001 p.27): the meeting is competent when at least half of all members are present
 *    (present × 2 ≥ total, total > 0).
 * 5. Vote (001 p.28–29): a decision is taken by the majority of the members present who vote;
 *    on a tie, the side the chair voted for wins; a tie without a chair's vote is not decided.
 * 6. Roadmap (000 p.13, Appendix 3): five standard activities; approved no later than one
 *    month after the decision (deadlines.ts `roadmapDueDate`). An activity is "done" (on time if
 *    done on or before its deadline, late otherwise), "pending" (deadline not passed), "overdue"
 *    (deadline passed, not done) or "unplanned" (no deadline yet). A roadmap is late when it is
 *    not approved after its due date, or any activity is overdue or was done late.
 * 7. Status changes (000 p.10–13, 001 p.27–28), all decided by `transition` (the table
 *    TRANSITIONS says which are allowed, `transition` adds the checks of dates and versions and
 *    says what follows):
 *    - meeting: draft → approved (the agenda is frozen as a new version) → held, on or after the
 *      meeting's date only; an approved agenda may be re-opened (back to draft, 000 p.12); a
 *      draft or approved meeting made by mistake is cancelled (never a held one). The agenda
 *      (items, date, place) changes on a draft only; attendance is recorded once the agenda is
 *      approved; decisions are taken, and the protocol exists, at a held meeting only.
 *    - sending the agenda: an approved version only, confirmed for that version, and each
 *      version once (a second send is refused with the version and when it was sent).
 *    - decision: at a held meeting whose date is not in the future. What follows for the
 *      service's roadmap: "recommended" opens it (or restores a closed one to draft); any other
 *      decision closes an open one (draft or approved).
 *    - roadmap: draft → approved (frozen as a new version); approved → draft only by re-opening
 *      with a reason; draft/approved → closed and closed → draft only through a decision. It is
 *      filled in (by the secretary or, through the bot, the agency's officials) as a draft only.
 *    - campaign: draft → sent (the list goes out; sending again is allowed, each official is
 *      told once) → closed (no more reminders); a draft made by mistake is cancelled.
 * 8. Roadmap dates (Appendix 3): an activity's deadline and its done date are not before the
 *    Commission's decision; a done date is not in the future.
 */
import type { LocalDate } from "./time.js";
import type { Locale } from "./vocabulary.js";

export type Decision = "recommended" | "returned" | "rejected";
export const DECISIONS: readonly Decision[] = ["recommended", "returned", "rejected"];
export type MeetingStatus = "draft" | "approved" | "held" | "cancelled";
export type RoadmapStatus = "draft" | "approved" | "closed";
export type CampaignStatus = "draft" | "sent" | "closed" | "cancelled";

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

export type MeetingAction = "approve" | "reopen" | "hold" | "cancel" | "send";
export type RoadmapAction = "approve" | "reopen" | "edit" | "close" | "restore";
export type CampaignAction = "send" | "close" | "cancel";

/** Which status each action leads to from each status; a missing entry is not allowed. */
export const TRANSITIONS = {
  meeting: {
    approve: { draft: "approved" },
    reopen: { approved: "draft" },
    hold: { approved: "held" },
    cancel: { draft: "cancelled", approved: "cancelled" },
    send: { approved: "approved" },
  },
  roadmap: {
    approve: { draft: "approved" },
    reopen: { approved: "draft" },
    edit: { draft: "draft" },
    close: { draft: "closed", approved: "closed" },
    restore: { closed: "draft" },
  },
  campaign: {
    send: { draft: "sent", sent: "sent" },
    close: { sent: "closed" },
    cancel: { draft: "cancelled" },
  },
} as const satisfies {
  meeting: Record<MeetingAction, Partial<Record<MeetingStatus, MeetingStatus>>>;
  roadmap: Record<RoadmapAction, Partial<Record<RoadmapStatus, RoadmapStatus>>>;
  campaign: Record<CampaignAction, Partial<Record<CampaignStatus, CampaignStatus>>>;
};

/** A change asked for, with what the rules need to know besides the status. */
export type Change =
  | { of: "meeting"; action: "approve" | "reopen" | "cancel"; status: MeetingStatus }
  /** `date`: the meeting's local date; `today`: the local date now */
  | { of: "meeting"; action: "hold"; status: MeetingStatus; date: LocalDate; today: LocalDate }
  | {
      of: "meeting";
      action: "send";
      status: MeetingStatus;
      /** the approved agenda version now, the version the secretary confirmed */
      version: number;
      confirmed: number;
      /** the version already sent and when, if any */
      sent: { version: number; at: Date } | null;
    }
  | { of: "roadmap"; action: RoadmapAction; status: RoadmapStatus }
  | { of: "campaign"; action: CampaignAction; status: CampaignStatus }
  | {
      of: "decision";
      meeting: MeetingStatus;
      /** the meeting's local date (the decision's date) and today */
      date: LocalDate;
      today: LocalDate;
      from: Decision | null;
      to: Decision;
      /** the status of the service's roadmap, null when there is none */
      roadmap: RoadmapStatus | null;
    };

/** Why a change is refused; dates and versions go into the message. */
export type Refusal =
  /** not allowed from the current status */
  | { reason: "state" }
  /** the agenda is approved (frozen): re-open it first */
  | { reason: "frozen" }
  /** the agenda is a draft: only an approved version is sent */
  | { reason: "not-approved" }
  /** the meeting is marked held from its date on */
  | { reason: "not-yet"; date: LocalDate }
  /** a decision cannot carry a future date */
  | { reason: "future-decision"; date: LocalDate }
  /** this version was already sent */
  | { reason: "already-sent"; version: number; at: Date }
  /** the confirmation was for another version (the agenda changed meanwhile) */
  | { reason: "stale"; version: number };

/** What follows for the service's roadmap from a decision. */
export type RoadmapFollow = "open" | "close" | "restore" | null;

type StatusOf<C extends Change> = C extends { of: "meeting" }
  ? MeetingStatus
  : C extends { of: "roadmap" }
    ? RoadmapStatus
    : C extends { of: "campaign" }
      ? CampaignStatus
      : Decision;

export type Outcome<S> =
  | { ok: true; to: S; roadmap: RoadmapFollow }
  | { ok: false; refusal: Refusal };

function allowedTo(c: Exclude<Change, { of: "decision" }>): string | undefined {
  const table = TRANSITIONS[c.of] as Record<string, Record<string, string> | undefined>;
  return table[c.action]?.[c.status];
}

/** What follows for the roadmap when a decision changes (rule 7). */
function roadmapFollows(to: Decision, roadmap: RoadmapStatus | null): RoadmapFollow {
  if (to === "recommended") {
    if (roadmap === null) return "open";
    return roadmap === "closed" ? "restore" : null;
  }
  return roadmap !== null && roadmap !== "closed" ? "close" : null;
}

/**
 * THE status rule (rule 7): whether a change is allowed now, the status it leads to and what
 * follows (for a decision: the roadmap opened, closed or restored), or why it is refused.
 */
export function transition<C extends Change>(c: C): Outcome<StatusOf<C>>;
export function transition(c: Change): Outcome<string> {
  const refuse = (refusal: Refusal) => ({ ok: false as const, refusal });
  if (c.of === "decision") {
    if (c.meeting !== "held") return refuse({ reason: "state" });
    if (c.date > c.today) return refuse({ reason: "future-decision", date: c.date });
    return { ok: true, to: c.to, roadmap: roadmapFollows(c.to, c.roadmap) };
  }
  const to = allowedTo(c);
  if (c.of === "meeting") {
    if (!to) {
      if (c.action === "approve" || (c.action === "send" && c.status === "draft"))
        return refuse({ reason: c.action === "send" ? "not-approved" : "frozen" });
      return refuse({ reason: "state" });
    }
    if (c.action === "hold" && c.today < c.date) return refuse({ reason: "not-yet", date: c.date });
    if (c.action === "send") {
      if (c.sent && c.sent.version === c.version)
        return refuse({ reason: "already-sent", version: c.sent.version, at: c.sent.at });
      if (c.confirmed !== c.version) return refuse({ reason: "stale", version: c.version });
    }
  }
  if (!to) {
    const frozen = c.of === "roadmap" && c.action === "edit" && c.status === "approved";
    return refuse({ reason: frozen ? "frozen" : "state" });
  }
  return { ok: true, to, roadmap: null };
}

/** Whether an action is allowed from a status (which buttons a page shows). */
export function allows<O extends keyof typeof TRANSITIONS>(
  of: O,
  action: keyof (typeof TRANSITIONS)[O],
  status: string,
): boolean {
  const row = TRANSITIONS[of][action] as Record<string, string | undefined>;
  return row[status] !== undefined;
}

/** The agenda, date and place change on a draft only. */
export function canEditAgenda(status: MeetingStatus): boolean {
  return status === "draft";
}

/** Attendance is recorded once the agenda is approved (not at a cancelled meeting). */
export function canRecordAttendance(status: MeetingStatus): boolean {
  return status === "approved" || status === "held";
}

/** Decisions are taken, and the protocol is drawn up, at a held meeting. */
export function canDecide(status: MeetingStatus): boolean {
  return status === "held";
}

/** A roadmap is filled in while it is a draft, by the secretary and by officials (the bot). */
export function canEditRoadmap(status: RoadmapStatus): boolean {
  return allows("roadmap", "edit", status);
}
/** The bot's name for the same rule. */
export const canOfficialEditRoadmap = canEditRoadmap;

// ───────────── roadmap dates (rule 8) ─────────────

export interface ActivityDates {
  no: number;
  deadline: LocalDate | null;
  doneOn: LocalDate | null;
}

export interface ActivityDateProblem {
  no: number;
  field: "deadline" | "done";
  reason: "before-decision" | "future";
}

/** The activities' dates that break rule 8 (none when all are right). */
export function activityDateProblems(
  decidedOn: LocalDate,
  today: LocalDate,
  activities: readonly ActivityDates[],
): ActivityDateProblem[] {
  const out: ActivityDateProblem[] = [];
  for (const a of activities) {
    if (a.deadline && a.deadline < decidedOn)
      out.push({ no: a.no, field: "deadline", reason: "before-decision" });
    if (a.doneOn && a.doneOn < decidedOn)
      out.push({ no: a.no, field: "done", reason: "before-decision" });
    else if (a.doneOn && a.doneOn > today) out.push({ no: a.no, field: "done", reason: "future" });
  }
  return out;
}

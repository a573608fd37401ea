/**
 * The Commission's meetings: every change the secretary makes to a meeting, its agenda,
 * attendance and decisions, each asked of `transition` (domain/agenda.ts), applied by the
 * repository from the status it was decided from, and audited; and the read model of the
 * meeting page. The admin panel's routes call these.
 */

import type { CandidateRow } from "../db/repositories/agenda-candidates.js";
import { audit } from "../db/repositories/audit.js";
import type { AgendaItemView, MeetingRow, RoadmapRow } from "../db/repositories/meetings.js";
import {
  canEditAgenda,
  canRecordAttendance,
  type Decision,
  hhmm,
  type Refusal,
  type RoadmapFollow,
  transition,
} from "../domain/agenda.js";
import {
  isLateForMaterials,
  materialsDeadline,
  nextDefaultMeetingDate,
  roadmapDueDate,
} from "../domain/deadlines.js";
import { atLocalTime, type LocalDate, localDate, localMinutesOfDay } from "../domain/time.js";
import type { Acting } from "./acting.js";
import type { CoreDeps } from "./deps.js";

/** Why a change was refused: no such meeting/item, or the rule's refusal (`transition`). */
export type MeetingRefusal = Refusal | { reason: "not-found" };
export type MeetingOutcome<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; refusal: MeetingRefusal };

const ok = <T>(value: T): MeetingOutcome<T> => ({ ok: true, value });
const refuse = <T = undefined>(
  refusal: MeetingRefusal | MeetingRefusal["reason"],
): MeetingOutcome<T> => ({
  ok: false,
  refusal: typeof refusal === "string" ? ({ reason: refusal } as MeetingRefusal) : refusal,
});
/** The change moved under us (a second tab, a double click): refused as "state". */
const moved = <T = undefined>() => refuse<T>("state");

export interface MeetingFields {
  date: LocalDate;
  time: string;
  place: string;
}

/** The local date, "HH:MM" and minutes of the day a meeting starts at. */
export function meetingClock(m: Pick<MeetingRow, "startsAt">, tz: string) {
  const startMinutes = localMinutesOfDay(m.startsAt, tz);
  return { date: localDate(m.startsAt, tz), time: hhmm(startMinutes), startMinutes };
}

const log = (
  w: Acting,
  action: string,
  entityId: number,
  before?: unknown,
  after?: unknown,
  entity = "meeting",
) => audit(w.deps.db, { actor: w.actor, action, entity, entityId, before, after });

const today = (w: Acting) => localDate(w.deps.now(), w.deps.tz);

/** The agenda changes on a draft only (rule 7). */
const frozen = (m: MeetingRow) => !canEditAgenda(m.status);
const frozenRefusal = (m: MeetingRow) => (m.status === "cancelled" ? "state" : "frozen");

export async function findMeeting(deps: CoreDeps, id: number): Promise<MeetingRow | undefined> {
  return deps.repos.meetings.byId(id);
}

export async function createMeeting(w: Acting, f: MeetingFields): Promise<MeetingRow> {
  const m = await w.deps.repos.meetings.create({
    startsAt: atLocalTime(f.date, f.time, w.deps.tz),
    place: f.place,
  });
  await log(w, "create", m.id, undefined, m);
  return m;
}

export async function updateMeeting(
  w: Acting,
  m: MeetingRow,
  f: MeetingFields,
): Promise<MeetingOutcome> {
  if (frozen(m)) return refuse(frozenRefusal(m));
  const after = await w.deps.repos.meetings.update(m.id, {
    startsAt: atLocalTime(f.date, f.time, w.deps.tz),
    place: f.place,
  });
  await log(
    w,
    "update",
    m.id,
    { startsAt: m.startsAt, place: m.place },
    { startsAt: after?.startsAt, place: after?.place },
  );
  return ok(undefined);
}

export async function addAgendaItems(
  w: Acting,
  m: MeetingRow,
  responseIds: number[],
  minutes: number,
): Promise<MeetingOutcome<number>> {
  if (frozen(m)) return refuse(frozenRefusal(m));
  const added = await w.deps.repos.meetings.addItems(m.id, responseIds, minutes);
  await log(w, "agenda-add", m.id, undefined, { responseIds, added });
  return ok(added);
}

export async function setAgendaItem(
  w: Acting,
  m: MeetingRow,
  itemId: number,
  v: { speaker: string; minutes: number },
): Promise<MeetingOutcome> {
  if (frozen(m)) return refuse(frozenRefusal(m));
  const row = await w.deps.repos.meetings.setItem(m.id, itemId, {
    speaker: v.speaker || null,
    minutes: v.minutes,
  });
  if (!row) return refuse("not-found");
  await log(w, "agenda-item", m.id, undefined, {
    itemId,
    speaker: row.speaker,
    minutes: row.minutes,
  });
  return ok(undefined);
}

export async function moveAgendaItem(
  w: Acting,
  m: MeetingRow,
  itemId: number,
  dir: "up" | "down",
): Promise<MeetingOutcome> {
  if (frozen(m)) return refuse(frozenRefusal(m));
  const order = await w.deps.repos.meetings.moveItem(m.id, itemId, dir);
  await log(w, "agenda-move", m.id, undefined, { itemId, dir, order });
  return ok(undefined);
}

export async function removeAgendaItem(
  w: Acting,
  m: MeetingRow,
  itemId: number,
): Promise<MeetingOutcome> {
  if (frozen(m)) return refuse(frozenRefusal(m));
  const gone = await w.deps.repos.meetings.removeItem(m.id, itemId);
  if (!gone) return refuse("not-found");
  await log(w, "agenda-remove", m.id, gone, undefined);
  return ok(undefined);
}

/** draft → approved: the agenda is frozen as a new version. */
export async function approveMeetingAgenda(w: Acting, m: MeetingRow): Promise<MeetingOutcome> {
  const t = transition({ of: "meeting", action: "approve", status: m.status });
  if (!t.ok) return refuse(t.refusal);
  const r = await w.deps.repos.meetings.approve(m.id, m.status, t.to, w.deps.now());
  if (!r) return moved();
  await log(w, "agenda-approve", m.id, undefined, r);
  return ok(undefined);
}

/** approved → draft: the Commission changes an approved agenda (000 p.12). */
export async function reopenMeetingAgenda(w: Acting, m: MeetingRow): Promise<MeetingOutcome> {
  const t = transition({ of: "meeting", action: "reopen", status: m.status });
  if (!t.ok) return refuse(t.refusal);
  if (!(await w.deps.repos.meetings.setStatus(m.id, m.status, t.to))) return moved();
  await log(
    w,
    "agenda-reopen",
    m.id,
    { status: m.status, version: m.agendaVersion },
    { status: t.to },
  );
  return ok(undefined);
}

/** approved → held, on or after the meeting's date. */
export async function markMeetingHeld(w: Acting, m: MeetingRow): Promise<MeetingOutcome> {
  const t = transition({
    of: "meeting",
    action: "hold",
    status: m.status,
    date: meetingClock(m, w.deps.tz).date,
    today: today(w),
  });
  if (!t.ok) return refuse(t.refusal);
  if (!(await w.deps.repos.meetings.setStatus(m.id, m.status, t.to))) return moved();
  await log(w, "meeting-held", m.id, { status: m.status }, { status: t.to });
  return ok(undefined);
}

/** A meeting made by mistake (draft or approved, never held) is cancelled: kept, audited. */
export async function cancelMeeting(
  w: Acting,
  m: MeetingRow,
  reason: string,
): Promise<MeetingOutcome> {
  const t = transition({ of: "meeting", action: "cancel", status: m.status });
  if (!t.ok) return refuse(t.refusal);
  if (!(await w.deps.repos.meetings.setStatus(m.id, m.status, t.to))) return moved();
  await log(w, "meeting-cancel", m.id, { status: m.status }, { status: t.to, reason });
  return ok(undefined);
}

/** What sending now would be refused for (null when it may go): the page and the confirmation. */
export function sendRefusal(m: MeetingRow, confirmed = m.agendaVersion): Refusal | null {
  const t = transition({
    of: "meeting",
    action: "send",
    status: m.status,
    version: m.agendaVersion,
    confirmed,
    sent:
      m.sentVersion != null && m.sentToMembersAt
        ? { version: m.sentVersion, at: m.sentToMembersAt }
        : null,
  });
  return t.ok ? null : t.refusal;
}

/** Who the agenda would go to: the members with and without a linked Telegram. */
export async function sendPreview(deps: CoreDeps, m: MeetingRow) {
  const members = await deps.repos.meetings.members();
  return {
    version: m.agendaVersion,
    linked: members.filter((x) => x.telegramId).map((x) => x.name),
    unlinked: members.filter((x) => !x.telegramId).map((x) => x.name),
  };
}

/**
 * Sends the approved version the secretary confirmed (`confirmed`) to the members through
 * `fanOut` (src/notifications), once: the version is claimed as sent before anything goes out,
 * so a second press (or a second instance) is refused with what was sent and when.
 */
export async function sendMeetingAgenda<R>(
  w: Acting,
  m: MeetingRow,
  confirmed: number,
  fanOut: (meetingId: number) => Promise<R>,
): Promise<MeetingOutcome<R>> {
  const refusal = sendRefusal(m, confirmed);
  if (refusal) return refuse(refusal);
  if (!(await w.deps.repos.meetings.claimSend(m.id, m.agendaVersion, w.deps.now()))) {
    const fresh = await w.deps.repos.meetings.byId(m.id);
    return refuse((fresh && sendRefusal(fresh, confirmed)) ?? { reason: "state" });
  }
  const report = await fanOut(m.id);
  await log(w, "agenda-send", m.id, undefined, { version: m.agendaVersion, report });
  return ok(report);
}

/** Records who was present (members only, once the agenda is approved: `canRecordAttendance`). */
export async function recordAttendance(
  w: Acting,
  m: MeetingRow,
  memberIds: number[],
): Promise<MeetingOutcome> {
  if (!canRecordAttendance(m.status)) return refuse("state");
  const members = new Set((await w.deps.repos.meetings.members()).map((x) => x.id));
  const attendance = [...new Set(memberIds)].filter((x) => members.has(x)).sort((x, y) => x - y);
  await w.deps.repos.meetings.update(m.id, { attendance });
  await log(w, "attendance", m.id, m.attendance, attendance);
  return ok(undefined);
}

/** A decision recorded, and what it did to the service's roadmap. */
export interface DecisionResult {
  follow: RoadmapFollow;
  roadmap: RoadmapRow | null;
}

/**
 * Records (or changes) the decision on an item of a held meeting, dated the meeting's day (never
 * in the future). What follows for the service's roadmap comes from `transition`: "recommended"
 * opens it (or restores a closed one), another decision closes it; the roadmap's change is
 * audited with the reason (the decision change). The caller tells the agency when one opens.
 */
export async function decideItem(
  w: Acting,
  m: MeetingRow,
  itemId: number,
  v: { decision: Decision; note: string },
): Promise<MeetingOutcome<DecisionResult>> {
  const repo = w.deps.repos.meetings;
  const found = await repo.itemWithRoadmap(m.id, itemId);
  if (!found) return refuse("not-found");
  const { item, roadmap: before } = found;
  const decidedOn = meetingClock(m, w.deps.tz).date;
  const t = transition({
    of: "decision",
    meeting: m.status,
    date: decidedOn,
    today: today(w),
    from: item.decision,
    to: v.decision,
    roadmap: before?.status ?? null,
  });
  if (!t.ok) return refuse(t.refusal);
  const res = await repo.decide(itemId, {
    from: item.decision,
    decision: t.to,
    note: v.note || null,
    follow: t.roadmap,
    roadmap: before,
    responseId: item.responseId,
    decidedOn,
    dueOn: roadmapDueDate(decidedOn, await w.deps.repos.calendar.load()),
    now: w.deps.now(),
  });
  if (!res) return moved();
  await log(
    w,
    "decision",
    itemId,
    { decision: item.decision, note: item.decisionNote },
    {
      decision: res.item.decision,
      note: res.item.decisionNote,
      roadmapId: res.roadmap?.id ?? null,
    },
    "agenda_item",
  );
  if (t.roadmap === "open" && res.roadmap)
    await log(w, "create", res.roadmap.id, undefined, res.roadmap, "roadmap");
  else if (t.roadmap && res.roadmap)
    await log(
      w,
      t.roadmap === "close" ? "roadmap-close" : "roadmap-restore",
      res.roadmap.id,
      { status: before?.status },
      {
        status: res.roadmap.status,
        reason: { decision: { from: item.decision, to: t.to }, itemId, meetingId: m.id },
      },
      "roadmap",
    );
  return ok({ follow: t.roadmap, roadmap: res.roadmap });
}

// ───────────── read models ─────────────

/** The meeting list with the suggested date of the next meeting (the third Monday). */
export async function meetingList(deps: CoreDeps) {
  const [list, cal] = await Promise.all([deps.repos.meetings.list(), deps.repos.calendar.load()]);
  return { list, suggested: nextDefaultMeetingDate(localDate(deps.now(), deps.tz), cal) };
}

export interface CandidateQuery {
  agency?: number;
  status?: "submitted" | "accepted";
  q?: string;
}

/** Everything the meeting page shows; the candidates only when the secretary compiles a draft. */
export async function meetingPage(
  deps: CoreDeps,
  m: MeetingRow,
  o: { compiling: boolean; query: CandidateQuery },
) {
  const repo = deps.repos.meetings;
  const compiling = o.compiling && canEditAgenda(m.status);
  const [items, candidates, agencies, versions, members, cal] = await Promise.all([
    repo.items(m.id),
    compiling
      ? repo.candidates(m.id, {
          agencyId: o.query.agency,
          status: o.query.status,
          q: o.query.q,
          limit: 100,
        })
      : Promise.resolve({ rows: [] as CandidateRow[], total: 0 }),
    compiling ? deps.repos.agencies.list() : Promise.resolve([]),
    repo.versions(m.id),
    repo.members(),
    deps.repos.calendar.load(),
  ]);
  const clock = meetingClock(m, deps.tz);
  const today = localDate(deps.now(), deps.tz);
  return {
    meeting: m,
    today,
    /** why sending is refused now (null: it may be sent after the confirmation) */
    sendRefusal: sendRefusal(m),
    query: o.query,
    clock,
    items,
    candidates,
    agencies,
    versions,
    members,
    deadline: materialsDeadline(clock.date, cal),
    late: isLateForMaterials(today, clock.date, cal),
  };
}
export type MeetingPageData = Awaited<ReturnType<typeof meetingPage>>;

/** The agenda items of a meeting (print, documents). */
export async function meetingItems(deps: CoreDeps, m: MeetingRow): Promise<AgendaItemView[]> {
  return deps.repos.meetings.items(m.id);
}

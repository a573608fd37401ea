/**
 * The Commission's meetings: every change the secretary makes to a meeting, its agenda,
 * attendance and decisions, each checked against the status rules of domain/agenda.ts and
 * audited; and the read model of the meeting page. The admin panel's routes call these.
 */

import type { CandidateRow } from "../db/repositories/agenda-candidates.js";
import { audit } from "../db/repositories/audit.js";
import type { AgendaItemView, MeetingRow, RoadmapRow } from "../db/repositories/meetings.js";
import {
  approveAgenda,
  canDecide,
  canEditAgenda,
  canRecordAttendance,
  canSendAgenda,
  type Decision,
  hhmm,
  holdMeeting,
  reopenAgenda,
} from "../domain/agenda.js";
import {
  isLateForMaterials,
  materialsDeadline,
  nextDefaultMeetingDate,
} from "../domain/deadlines.js";
import { atLocalTime, type LocalDate, localDate, localMinutesOfDay } from "../domain/time.js";
import type { Acting } from "./acting.js";
import type { CoreDeps } from "./deps.js";

/** Why a change was refused: no such meeting/item, the agenda is frozen, or the status forbids it. */
export type MeetingRefusal = "not-found" | "frozen" | "state";
export type MeetingOutcome<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; refusal: MeetingRefusal };

const ok = <T>(value: T): MeetingOutcome<T> => ({ ok: true, value });
const refuse = <T = undefined>(refusal: MeetingRefusal): MeetingOutcome<T> => ({
  ok: false,
  refusal,
});

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

/** The agenda changes on a draft only (rule 7). */
const frozen = (m: MeetingRow) => !canEditAgenda(m.status);

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
  if (frozen(m)) return refuse("frozen");
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
  if (frozen(m)) return refuse("frozen");
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
  if (frozen(m)) return refuse("frozen");
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
  if (frozen(m)) return refuse("frozen");
  const order = await w.deps.repos.meetings.moveItem(m.id, itemId, dir);
  await log(w, "agenda-move", m.id, undefined, { itemId, dir, order });
  return ok(undefined);
}

export async function removeAgendaItem(
  w: Acting,
  m: MeetingRow,
  itemId: number,
): Promise<MeetingOutcome> {
  if (frozen(m)) return refuse("frozen");
  const gone = await w.deps.repos.meetings.removeItem(m.id, itemId);
  if (!gone) return refuse("not-found");
  await log(w, "agenda-remove", m.id, gone, undefined);
  return ok(undefined);
}

/** draft → approved: the agenda is frozen as a new version (`approveAgenda`). */
export async function approveMeetingAgenda(w: Acting, m: MeetingRow): Promise<MeetingOutcome> {
  if (!approveAgenda(m.status)) return refuse("frozen");
  const r = await w.deps.repos.meetings.approve(m.id, w.deps.now());
  if (!r) return refuse("frozen");
  await log(w, "agenda-approve", m.id, undefined, r);
  return ok(undefined);
}

/** approved → draft: the Commission changes an approved agenda (`reopenAgenda`, 000 p.12). */
export async function reopenMeetingAgenda(w: Acting, m: MeetingRow): Promise<MeetingOutcome> {
  if (!(await w.deps.repos.meetings.changeStatus(m.id, reopenAgenda))) return refuse("state");
  await log(
    w,
    "agenda-reopen",
    m.id,
    { status: m.status, version: m.agendaVersion },
    { status: "draft" },
  );
  return ok(undefined);
}

/** approved → held (`holdMeeting`). */
export async function markMeetingHeld(w: Acting, m: MeetingRow): Promise<MeetingOutcome> {
  if (!(await w.deps.repos.meetings.changeStatus(m.id, holdMeeting))) return refuse("state");
  await log(w, "meeting-held", m.id, { status: m.status }, { status: "held" });
  return ok(undefined);
}

/**
 * Sends the agenda to the members through `fanOut` (src/notifications) while the meeting is
 * not held (`canSendAgenda`), and audits the report.
 */
export async function sendMeetingAgenda<R>(
  w: Acting,
  m: MeetingRow,
  fanOut: (meetingId: number) => Promise<R>,
): Promise<MeetingOutcome<R>> {
  if (!canSendAgenda(m.status)) return refuse("state");
  const report = await fanOut(m.id);
  await log(w, "agenda-send", m.id, undefined, report);
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

/**
 * Records the decision on an item at a held meeting (`canDecide`); "recommended" opens the
 * roadmap (once per service), returned so the caller can tell the agency.
 */
export async function decideItem(
  w: Acting,
  m: MeetingRow,
  itemId: number,
  v: { decision: Decision; note: string },
): Promise<MeetingOutcome<RoadmapRow | null>> {
  if (!canDecide(m.status)) return refuse("state");
  const res = await w.deps.repos.meetings.decide(m.id, itemId, {
    decision: v.decision,
    note: v.note || null,
    decidedOn: meetingClock(m, w.deps.tz).date,
    calendar: await w.deps.repos.calendar.load(),
  });
  if (!res) return refuse("not-found");
  await log(
    w,
    "decision",
    itemId,
    { decision: res.before.decision, note: res.before.decisionNote },
    {
      decision: res.item.decision,
      note: res.item.decisionNote,
      roadmapId: res.roadmap?.id ?? null,
    },
    "agenda_item",
  );
  if (res.roadmap) await log(w, "create", res.roadmap.id, undefined, res.roadmap, "roadmap");
  return ok(res.roadmap);
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

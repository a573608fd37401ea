/**
 * Every status change of a meeting and a roadmap that the rules forbid is refused by the service
 * (and changes nothing, audits nothing); the allowed ones go through, once.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/repositories/index.js";
import type { MeetingRow } from "../../src/db/repositories/meetings.js";
import { agendaItems, auditLog, meetings, roadmaps } from "../../src/db/schema.js";
import { toLocalDate } from "../../src/domain/time.js";
import { createI18n } from "../../src/i18n/index.js";
import { createLogger } from "../../src/logger.js";
import type { Acting } from "../../src/services/acting.js";
import type { CoreDeps } from "../../src/services/deps.js";
import {
  addAgendaItems,
  approveMeetingAgenda,
  createMeeting,
  decideItem,
  type MeetingFields,
  markMeetingHeld,
  moveAgendaItem,
  recordAttendance,
  removeAgendaItem,
  reopenMeetingAgenda,
  sendMeetingAgenda,
  setAgendaItem,
  updateMeeting,
} from "../../src/services/meetings.js";
import { approveRoadmapById } from "../../src/services/roadmaps.js";
import { type AgendaWorld, seedAgendaWorld } from "../helpers/agenda.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

let db: TestDatabase;
let w: Acting;
let world: AgendaWorld;

beforeAll(async () => {
  db = await createTestDatabase();
  const deps: CoreDeps = {
    db: db.db,
    repos: createRepositories(db.db),
    i18n: createI18n(),
    logger: createLogger("silent"),
    now: () => new Date("2026-04-10T05:00:00Z"),
    tz: "Asia/Almaty",
    pepper: "services-pepper-services",
  };
  w = { deps, actor: "admin:1" };
});
afterAll(async () => {
  await db.destroy();
});
beforeEach(async () => {
  await db.truncate();
  world = await seedAgendaWorld(db.db, { services: 3, agencies: 1 });
});

const FIELDS: MeetingFields = { date: toLocalDate("2026-04-20"), time: "15:00", place: "Зал" };

/** A meeting with two items, brought to `status` through the allowed changes. */
async function meetingIn(status: MeetingRow["status"]): Promise<MeetingRow> {
  let m = await createMeeting(w, FIELDS);
  await addAgendaItems(w, m, [world.responses[0]!.id, world.responses[1]!.id], 10);
  if (status !== "draft") expect((await approveMeetingAgenda(w, m)).ok).toBe(true);
  m = (await w.deps.repos.meetings.byId(m.id))!;
  if (status === "held") expect((await markMeetingHeld(w, m)).ok).toBe(true);
  return (await w.deps.repos.meetings.byId(m.id))!;
}

const statusOf = async (id: number) =>
  (await db.db.select().from(meetings).where(eq(meetings.id, id)))[0]?.status;
const audits = async () => (await db.db.select().from(auditLog)).length;
const itemsOf = (id: number) =>
  db.db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, id))
    .orderBy(agendaItems.position);

describe("meeting status changes", () => {
  it("refuses re-opening and holding a draft", async () => {
    const m = await meetingIn("draft");
    const before = await audits();
    expect(await reopenMeetingAgenda(w, m)).toEqual({ ok: false, refusal: "state" });
    expect(await markMeetingHeld(w, m)).toEqual({ ok: false, refusal: "state" });
    expect(await statusOf(m.id)).toBe("draft");
    expect(await audits()).toBe(before);
  });

  it("refuses approving an approved agenda again (no second version)", async () => {
    const m = await meetingIn("approved");
    expect(await approveMeetingAgenda(w, m)).toEqual({ ok: false, refusal: "frozen" });
    expect((await w.deps.repos.meetings.versions(m.id)).map((v) => v.version)).toEqual([1]);
  });

  it("refuses every change of status of a held meeting", async () => {
    const m = await meetingIn("held");
    const before = await audits();
    expect(await approveMeetingAgenda(w, m)).toEqual({ ok: false, refusal: "frozen" });
    expect(await reopenMeetingAgenda(w, m)).toEqual({ ok: false, refusal: "state" });
    expect(await markMeetingHeld(w, m)).toEqual({ ok: false, refusal: "state" });
    expect(await statusOf(m.id)).toBe("held");
    expect(await audits()).toBe(before);
  });

  it("a stale page cannot re-open twice: the second change finds the meeting moved", async () => {
    const m = await meetingIn("approved");
    expect((await reopenMeetingAgenda(w, m)).ok).toBe(true);
    expect(await reopenMeetingAgenda(w, m)).toEqual({ ok: false, refusal: "state" });
    expect(await markMeetingHeld(w, m)).toEqual({ ok: false, refusal: "state" });
    expect(await statusOf(m.id)).toBe("draft");
  });
});

describe("what a status allows", () => {
  it("refuses every agenda edit once approved (frozen), and changes nothing", async () => {
    const m = await meetingIn("approved");
    const [first, second] = await itemsOf(m.id);
    const before = await audits();
    const frozen = { ok: false, refusal: "frozen" };
    expect(await updateMeeting(w, m, { ...FIELDS, place: "Другой зал" })).toEqual(frozen);
    expect(await addAgendaItems(w, m, [world.responses[2]!.id], 10)).toEqual(frozen);
    expect(await setAgendaItem(w, m, first!.id, { speaker: "X", minutes: 99 })).toEqual(frozen);
    expect(await moveAgendaItem(w, m, second!.id, "up")).toEqual(frozen);
    expect(await removeAgendaItem(w, m, first!.id)).toEqual(frozen);
    expect((await itemsOf(m.id)).map((i) => [i.id, i.minutes, i.speaker])).toEqual([
      [first!.id, 10, null],
      [second!.id, 10, null],
    ]);
    expect((await w.deps.repos.meetings.byId(m.id))?.place).toBe("Зал");
    expect(await audits()).toBe(before);
  });

  it("refuses attendance on a draft", async () => {
    const m = await meetingIn("draft");
    expect(await recordAttendance(w, m, [1])).toEqual({ ok: false, refusal: "state" });
    expect((await w.deps.repos.meetings.byId(m.id))?.attendance ?? null).toBeNull();
  });

  it("refuses decisions before the meeting is held (no roadmap opens)", async () => {
    for (const status of ["draft", "approved"] as const) {
      const m = await meetingIn(status);
      const [item] = await itemsOf(m.id);
      expect(await decideItem(w, m, item!.id, { decision: "recommended", note: "" })).toEqual({
        ok: false,
        refusal: "state",
      });
    }
    expect(await db.db.select().from(roadmaps)).toHaveLength(0);
  });

  it("refuses sending the agenda of a held meeting (nothing is sent)", async () => {
    const m = await meetingIn("held");
    let calls = 0;
    const fanOut = async () => {
      calls++;
      return "report";
    };
    expect(await sendMeetingAgenda(w, m, fanOut)).toEqual({ ok: false, refusal: "state" });
    expect(calls).toBe(0);
    const approved = await meetingIn("approved");
    expect(await sendMeetingAgenda(w, approved, fanOut)).toEqual({ ok: true, value: "report" });
    expect(calls).toBe(1);
  });
});

describe("roadmap status changes", () => {
  it("approves a draft roadmap once; the second approval is refused", async () => {
    const m = await meetingIn("held");
    const [item] = await itemsOf(m.id);
    const res = await decideItem(w, m, item!.id, { decision: "recommended", note: "" });
    const roadmap = res.ok ? res.value : null;
    expect(roadmap?.status).toBe("draft");
    expect(await approveRoadmapById(w, roadmap!.id)).toBe(true);
    expect(await approveRoadmapById(w, roadmap!.id)).toBe(false);
    expect(await approveRoadmapById(w, 999_999)).toBe(false);
    const approvals = await db.db.select().from(auditLog).where(eq(auditLog.action, "approve"));
    expect(approvals).toHaveLength(1);
  });
});

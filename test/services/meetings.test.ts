/**
 * Every status change of a meeting and a roadmap that the rules forbid is refused by the service
 * (and changes nothing, audits nothing); the allowed ones go through, once. Sending goes out
 * once per approved version; a meeting is held from its date on; a changed decision closes or
 * restores the roadmap with the reason in the audit log.
 */
import { and, eq } from "drizzle-orm";
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
  cancelMeeting,
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
const clock = { now: new Date("2026-04-10T05:00:00Z") };

beforeAll(async () => {
  db = await createTestDatabase();
  const deps: CoreDeps = {
    db: db.db,
    repos: createRepositories(db.db),
    i18n: createI18n(),
    logger: createLogger("silent"),
    now: () => clock.now,
    tz: "Asia/Almaty",
    pepper: "services-pepper-services",
  };
  w = { deps, actor: "admin:1" };
});
afterAll(async () => {
  await db.destroy();
});
beforeEach(async () => {
  clock.now = new Date("2026-04-10T05:00:00Z"); // Friday; FIELDS' meeting was on Monday the 6th
  await db.truncate();
  world = await seedAgendaWorld(db.db, { services: 3, agencies: 1 });
});

const FIELDS: MeetingFields = { date: toLocalDate("2026-04-06"), time: "15:00", place: "Зал" };
const FUTURE: MeetingFields = { ...FIELDS, date: toLocalDate("2026-04-20") };
const STATE = { ok: false, refusal: { reason: "state" } };
const FROZEN = { ok: false, refusal: { reason: "frozen" } };

/** A meeting with two items, brought to `status` through the allowed changes. */
async function meetingIn(status: MeetingRow["status"], fields = FIELDS): Promise<MeetingRow> {
  let m = await createMeeting(w, fields);
  await addAgendaItems(w, m, [world.responses[0]!.id, world.responses[1]!.id], 10);
  if (status !== "draft") expect((await approveMeetingAgenda(w, m)).ok).toBe(true);
  m = (await w.deps.repos.meetings.byId(m.id))!;
  if (status === "held") expect((await markMeetingHeld(w, m)).ok).toBe(true);
  if (status === "cancelled") expect((await cancelMeeting(w, m, "ошибка")).ok).toBe(true);
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
    expect(await reopenMeetingAgenda(w, m)).toEqual(STATE);
    expect(await markMeetingHeld(w, m)).toEqual(STATE);
    expect(await statusOf(m.id)).toBe("draft");
    expect(await audits()).toBe(before);
  });

  it("refuses approving an approved agenda again (no second version)", async () => {
    const m = await meetingIn("approved");
    expect(await approveMeetingAgenda(w, m)).toEqual(FROZEN);
    expect((await w.deps.repos.meetings.versions(m.id)).map((v) => v.version)).toEqual([1]);
  });

  it("refuses every change of status of a held meeting", async () => {
    const m = await meetingIn("held");
    const before = await audits();
    expect(await approveMeetingAgenda(w, m)).toEqual(FROZEN);
    expect(await reopenMeetingAgenda(w, m)).toEqual(STATE);
    expect(await markMeetingHeld(w, m)).toEqual(STATE);
    expect(await cancelMeeting(w, m, "ошибка")).toEqual(STATE);
    expect(await statusOf(m.id)).toBe("held");
    expect(await audits()).toBe(before);
  });

  it("refuses marking a meeting held before its date, with the date", async () => {
    const m = await meetingIn("approved", FUTURE);
    const before = await audits();
    expect(await markMeetingHeld(w, m)).toEqual({
      ok: false,
      refusal: { reason: "not-yet", date: "2026-04-20" },
    });
    expect(await statusOf(m.id)).toBe("approved");
    expect(await audits()).toBe(before);
    clock.now = new Date("2026-04-20T04:00:00Z"); // 09:00 in Almaty on the day
    expect((await markMeetingHeld(w, m)).ok).toBe(true);
    expect(await statusOf(m.id)).toBe("held");
  });

  it("cancels a draft or approved meeting made by mistake (audited with the reason); then nothing", async () => {
    for (const status of ["draft", "approved"] as const) {
      const m = await meetingIn(status);
      expect(await cancelMeeting(w, m, "Создано по ошибке")).toEqual({
        ok: true,
        value: undefined,
      });
      expect(await statusOf(m.id)).toBe("cancelled");
      const [log] = await db.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "meeting-cancel"), eq(auditLog.entityId, String(m.id))));
      expect(log?.after).toEqual({ status: "cancelled", reason: "Создано по ошибке" });
    }
    const m = await meetingIn("cancelled");
    const before = await audits();
    expect(await cancelMeeting(w, m, "ещё раз")).toEqual(STATE);
    expect(await approveMeetingAgenda(w, m)).toEqual(FROZEN);
    expect(await reopenMeetingAgenda(w, m)).toEqual(STATE);
    expect(await markMeetingHeld(w, m)).toEqual(STATE);
    expect(await updateMeeting(w, m, FIELDS)).toEqual(STATE);
    expect(await sendMeetingAgenda(w, m, m.agendaVersion, async () => "x")).toEqual(STATE);
    expect(await audits()).toBe(before);
  });

  it("a stale page cannot re-open twice: the second change finds the meeting moved", async () => {
    const m = await meetingIn("approved");
    expect((await reopenMeetingAgenda(w, m)).ok).toBe(true);
    expect(await reopenMeetingAgenda(w, m)).toEqual(STATE);
    expect(await markMeetingHeld(w, m)).toEqual(STATE);
    expect(await statusOf(m.id)).toBe("draft");
  });
});

describe("what a status allows", () => {
  it("refuses every agenda edit once approved (frozen), and changes nothing", async () => {
    const m = await meetingIn("approved");
    const [first, second] = await itemsOf(m.id);
    const before = await audits();
    const frozen = FROZEN;
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
    expect(await recordAttendance(w, m, [1])).toEqual(STATE);
    expect((await w.deps.repos.meetings.byId(m.id))?.attendance ?? null).toBeNull();
  });

  it("refuses decisions before the meeting is held (no roadmap opens)", async () => {
    for (const status of ["draft", "approved"] as const) {
      const m = await meetingIn(status);
      const [item] = await itemsOf(m.id);
      expect(await decideItem(w, m, item!.id, { decision: "recommended", note: "" })).toEqual(
        STATE,
      );
    }
    expect(await db.db.select().from(roadmaps)).toHaveLength(0);
  });

  it("sends an approved version only, once, after a confirmation of that version", async () => {
    let calls = 0;
    const fanOut = async () => {
      calls++;
      return "report";
    };
    const draft = await meetingIn("draft");
    expect(await sendMeetingAgenda(w, draft, 0, fanOut)).toEqual({
      ok: false,
      refusal: { reason: "not-approved" },
    });
    const held = await meetingIn("held");
    expect(await sendMeetingAgenda(w, held, held.agendaVersion, fanOut)).toEqual(STATE);
    expect(calls).toBe(0);
    const m = await meetingIn("approved");
    // a confirmation of another version (the agenda changed meanwhile) sends nothing
    expect(await sendMeetingAgenda(w, m, 7, fanOut)).toEqual({
      ok: false,
      refusal: { reason: "stale", version: 1 },
    });
    expect(calls).toBe(0);
    expect(await sendMeetingAgenda(w, m, 1, fanOut)).toEqual({ ok: true, value: "report" });
    expect(calls).toBe(1);
    // a second press (with the stale page's row, or the fresh one) says what was sent and when
    const fresh = (await w.deps.repos.meetings.byId(m.id))!;
    const already = {
      ok: false,
      refusal: { reason: "already-sent", version: 1, at: clock.now },
    };
    expect(await sendMeetingAgenda(w, m, 1, fanOut)).toEqual(already);
    expect(await sendMeetingAgenda(w, fresh, 1, fanOut)).toEqual(already);
    expect(calls).toBe(1);
    expect(
      await db.db.select().from(auditLog).where(eq(auditLog.action, "agenda-send")),
    ).toHaveLength(1);
  });

  it("two presses at once send once", async () => {
    const m = await meetingIn("approved");
    let calls = 0;
    const fanOut = async () => ++calls;
    const [a, b] = await Promise.all([
      sendMeetingAgenda(w, m, 1, fanOut),
      sendMeetingAgenda(w, m, 1, fanOut),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(calls).toBe(1);
  });

  it("a re-opened and re-approved agenda (version 2) is sent again, once", async () => {
    const m = await meetingIn("approved");
    let calls = 0;
    const fanOut = async () => ++calls;
    expect((await sendMeetingAgenda(w, m, 1, fanOut)).ok).toBe(true);
    expect((await reopenMeetingAgenda(w, m)).ok).toBe(true);
    const reopened = (await w.deps.repos.meetings.byId(m.id))!;
    expect(await sendMeetingAgenda(w, reopened, 1, fanOut)).toEqual({
      ok: false,
      refusal: { reason: "not-approved" },
    });
    expect((await approveMeetingAgenda(w, reopened)).ok).toBe(true);
    const v2 = (await w.deps.repos.meetings.byId(m.id))!;
    expect((await sendMeetingAgenda(w, v2, 2, fanOut)).ok).toBe(true);
    expect((await sendMeetingAgenda(w, v2, 2, fanOut)).ok).toBe(false);
    expect(calls).toBe(2);
  });
});

describe("decisions and their roadmaps", () => {
  it("refuses a decision dated in the future (a meeting marked held before its date)", async () => {
    const m = await meetingIn("approved", FUTURE);
    // a meeting held too early by an older version of the panel
    await w.deps.repos.meetings.setStatus(m.id, "approved", "held");
    const held = (await w.deps.repos.meetings.byId(m.id))!;
    const [item] = await itemsOf(m.id);
    expect(await decideItem(w, held, item!.id, { decision: "recommended", note: "" })).toEqual({
      ok: false,
      refusal: { reason: "future-decision", date: "2026-04-20" },
    });
    expect(await db.db.select().from(roadmaps)).toHaveLength(0);
  });

  it("recommended → rejected closes the roadmap (reason audited); back to recommended restores it", async () => {
    const m = await meetingIn("held");
    const [item] = await itemsOf(m.id);
    const opened = await decideItem(w, m, item!.id, { decision: "recommended", note: "" });
    expect(opened.ok && opened.value.follow).toBe("open");
    const roadmapId = opened.ok ? opened.value.roadmap!.id : 0;
    expect((await approveRoadmapById(w, roadmapId)).ok).toBe(true);

    const rejected = await decideItem(w, m, item!.id, { decision: "rejected", note: "Пересмотр" });
    expect(rejected.ok && rejected.value.follow).toBe("close");
    const [closed] = await db.db.select().from(roadmaps).where(eq(roadmaps.id, roadmapId));
    expect(closed?.status).toBe("closed");
    expect(closed?.closedAt).toEqual(clock.now);
    const [why] = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "roadmap-close"), eq(auditLog.entityId, String(roadmapId))));
    expect(why?.before).toEqual({ status: "approved" });
    expect(why?.after).toMatchObject({
      status: "closed",
      reason: { decision: { from: "recommended", to: "rejected" }, itemId: item!.id },
    });
    // "returned" after "rejected": the closed roadmap stays closed, nothing else happens
    const returned = await decideItem(w, m, item!.id, { decision: "returned", note: "" });
    expect(returned.ok && returned.value.follow).toBeNull();

    const again = await decideItem(w, m, item!.id, { decision: "recommended", note: "" });
    expect(again.ok && again.value.follow).toBe("restore");
    const all = await db.db.select().from(roadmaps);
    expect(all.map((r) => [r.id, r.status])).toEqual([[roadmapId, "draft"]]);
    expect(
      await db.db.select().from(auditLog).where(eq(auditLog.action, "roadmap-restore")),
    ).toHaveLength(1);
  });
});

describe("roadmap status changes", () => {
  it("approves a draft roadmap once; the second approval is refused", async () => {
    const m = await meetingIn("held");
    const [item] = await itemsOf(m.id);
    const res = await decideItem(w, m, item!.id, { decision: "recommended", note: "" });
    const roadmap = res.ok ? res.value.roadmap : null;
    expect(roadmap?.status).toBe("draft");
    expect(await approveRoadmapById(w, roadmap!.id)).toEqual({ ok: true });
    expect(await approveRoadmapById(w, roadmap!.id)).toEqual(STATE);
    expect(await approveRoadmapById(w, 999_999)).toEqual({
      ok: false,
      refusal: { reason: "not-found" },
    });
    const approvals = await db.db.select().from(auditLog).where(eq(auditLog.action, "approve"));
    expect(approvals).toHaveLength(1);
  });
});

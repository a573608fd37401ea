/**
 * A roadmap as the secretary keeps it: an approved roadmap is frozen (saving is refused and
 * changes nothing) until it is re-opened with a reason (audited); each approval is a version;
 * deadlines and done dates are checked against the Commission's decision.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/repositories/index.js";
import { agendaItems, auditLog, roadmapActivities } from "../../src/db/schema.js";
import { type LocalDate, toLocalDate } from "../../src/domain/time.js";
import { createI18n } from "../../src/i18n/index.js";
import { createLogger } from "../../src/logger.js";
import type { Acting } from "../../src/services/acting.js";
import type { CoreDeps } from "../../src/services/deps.js";
import {
  addAgendaItems,
  approveMeetingAgenda,
  createMeeting,
  decideItem,
  markMeetingHeld,
} from "../../src/services/meetings.js";
import {
  type ActivityInput,
  approveRoadmapById,
  reopenRoadmap,
  saveRoadmapActivities,
} from "../../src/services/roadmaps.js";
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
    now: () => new Date("2026-05-10T05:00:00Z"),
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
  world = await seedAgendaWorld(db.db, { services: 1, agencies: 1 });
});

/** A draft roadmap opened by a recommendation at a meeting held on 20 April 2026. */
async function roadmap(): Promise<number> {
  let m = await createMeeting(w, { date: toLocalDate("2026-04-20"), time: "15:00", place: "" });
  await addAgendaItems(w, m, [world.responses[0]!.id], 10);
  await approveMeetingAgenda(w, m);
  m = (await w.deps.repos.meetings.byId(m.id))!;
  expect((await markMeetingHeld(w, m)).ok).toBe(true);
  m = (await w.deps.repos.meetings.byId(m.id))!;
  const [item] = await db.db.select().from(agendaItems).where(eq(agendaItems.meetingId, m.id));
  const res = await decideItem(w, m, item!.id, { decision: "recommended", note: "" });
  if (!res.ok || !res.value.roadmap) throw new Error("no roadmap");
  return res.value.roadmap.id;
}

const input = (o: Partial<ActivityInput> = {}): ActivityInput => ({
  responsible: "Департамент",
  deadline: toLocalDate("2026-06-01"),
  completionForm: "Приказ",
  doneOn: null,
  ...o,
});
const one = (o: Partial<ActivityInput>) => new Map([[1, input(o)]]);
const first = async (id: number) =>
  (
    await db.db
      .select()
      .from(roadmapActivities)
      .where(and(eq(roadmapActivities.roadmapId, id), eq(roadmapActivities.no, 1)))
  )[0];

describe("an approved roadmap is frozen", () => {
  it("refuses saving an approved roadmap and changes nothing; re-opening (with a reason) allows it", async () => {
    const id = await roadmap();
    expect(await saveRoadmapActivities(w, id, one({ responsible: "Было" }))).toEqual({ ok: true });
    expect(await approveRoadmapById(w, id)).toEqual({ ok: true });
    const audits = (await db.db.select().from(auditLog)).length;
    expect(await saveRoadmapActivities(w, id, one({ responsible: "Стало" }))).toEqual({
      ok: false,
      refusal: { reason: "frozen" },
    });
    expect((await first(id))?.responsible).toBe("Было");
    expect((await db.db.select().from(auditLog)).length).toBe(audits);

    expect(await reopenRoadmap(w, id, "Изменился срок по приказу")).toEqual({ ok: true });
    const [reopen] = await db.db.select().from(auditLog).where(eq(auditLog.action, "reopen"));
    expect(reopen?.before).toEqual({ status: "approved", version: 1 });
    expect(reopen?.after).toEqual({ status: "draft", reason: "Изменился срок по приказу" });
    expect(await saveRoadmapActivities(w, id, one({ responsible: "Стало" }))).toEqual({ ok: true });
    expect(await approveRoadmapById(w, id)).toEqual({ ok: true });
    // each approval froze its own version; the first one still has the old text
    const versions = await w.deps.repos.roadmaps.versions(id);
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    const text = (v: (typeof versions)[number]) =>
      (v.snapshot as { activities: { no: number; responsible: string | null }[] }).activities.find(
        (a) => a.no === 1,
      )?.responsible;
    expect(versions.map(text)).toEqual(["Стало", "Было"]);
  });

  it("refuses re-opening a draft and approving twice", async () => {
    const id = await roadmap();
    expect(await reopenRoadmap(w, id, "x")).toEqual({ ok: false, refusal: { reason: "state" } });
    expect((await approveRoadmapById(w, id)).ok).toBe(true);
    expect(await approveRoadmapById(w, id)).toEqual({ ok: false, refusal: { reason: "state" } });
  });
});

describe("dates against the decision (20 April 2026; today 10 May 2026)", () => {
  it.each([
    ["a deadline in 1999", { deadline: "1999-12-31" }, "deadline", "before-decision"],
    [
      "a deadline the day before the decision",
      { deadline: "2026-04-19" },
      "deadline",
      "before-decision",
    ],
    ["a done date before the decision", { doneOn: "2026-04-01" }, "done", "before-decision"],
    ["a done date in the future", { doneOn: "2026-05-11" }, "done", "future"],
  ] as const)("refuses %s and saves nothing", async (_name, o, field, reason) => {
    const id = await roadmap();
    const r = await saveRoadmapActivities(
      w,
      id,
      one({
        ...("deadline" in o ? { deadline: o.deadline as LocalDate } : {}),
        ...("doneOn" in o ? { doneOn: o.doneOn as LocalDate } : {}),
      }),
    );
    expect(r).toEqual({
      ok: false,
      refusal: {
        reason: "dates",
        problems: [{ no: 1, field, reason }],
        decidedOn: "2026-04-20",
        today: "2026-05-10",
      },
    });
    expect((await first(id))?.responsible).toBeNull();
  });

  it("accepts the decision day, today, and later deadlines", async () => {
    const id = await roadmap();
    const r = await saveRoadmapActivities(
      w,
      id,
      one({ deadline: toLocalDate("2026-04-20"), doneOn: toLocalDate("2026-05-10") }),
    );
    expect(r).toEqual({ ok: true });
    expect((await first(id))?.deadline).toBe("2026-04-20");
  });
});

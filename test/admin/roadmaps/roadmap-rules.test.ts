/**
 * A roadmap through the panel (app.request(), real database): an approved roadmap shows no form
 * and refuses a POST (the DOCX keeps the approved text) until it is re-opened with a reason
 * (audited, versioned); deadlines before the decision (1999) and done dates before the decision
 * or in the future are refused with the decision date in the answer.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaItems, auditLog, roadmapActivities, roadmaps } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { docxText, seedAgendaWorld } from "../../helpers/agenda.js";

let h: AdminHarness;
let sec: As;
let member: As;
let roadmapId = 0;

beforeAll(async () => {
  h = await adminHarness();
  h.clock.now = new Date("2026-04-06T12:00:00Z"); // Monday, after the meeting's start
  sec = await h.login("secretary", "Секретарь");
  member = await h.login("member", "Член Комиссии");
  const w = await seedAgendaWorld(h.db.db, { services: 1, agencies: 1, officialTelegramId: 5201 });
  h.app.simulator!.addUser({ id: 5201, first_name: "O", language_code: "ru" });
  const res = await h.post("/meetings", { date: "2026-04-06", time: "10:00", place: "" }, sec);
  const id = Number(/\/meetings\/(\d+)/.exec(res.headers.get("location") ?? "")?.[1]);
  await h.post(`/meetings/${id}/items`, { r: String(w.responses[0]!.id) }, sec);
  await h.post(`/meetings/${id}/approve`, {}, sec);
  expect((await h.post(`/meetings/${id}/held`, {}, sec)).status).toBe(303);
  const [item] = await h.db.db.select().from(agendaItems).where(eq(agendaItems.meetingId, id));
  await h.post(`/meetings/${id}/items/${item!.id}/decision`, { decision: "recommended" }, sec);
  const [rm] = await h.db.db.select().from(roadmaps);
  roadmapId = rm!.id;
  h.clock.now = new Date("2026-04-20T05:00:00Z");
  // sessions last 12 hours: log in again at the new time
  sec = await h.login("secretary", "Секретарь 2");
  member = await h.login("member", "Член Комиссии 2");
}, 60_000);
afterAll(async () => {
  await h.close();
});

const form = (o: Record<string, string> = {}) => ({
  responsible1: "Департамент цифровизации",
  deadline1: "2026-06-01",
  form1: "Приказ",
  ...o,
});
const activity1 = async () =>
  (
    await h.db.db.select().from(roadmapActivities).where(eq(roadmapActivities.roadmapId, roadmapId))
  ).find((a) => a.no === 1);

describe("dates against the decision (item 16)", () => {
  it.each([
    ["a deadline in 1999", { deadline1: "1999-05-01" }, "deadline1"],
    ["a done date before the decision", { done1: "2026-04-01" }, "done1"],
    ["a done date in the future", { done1: "2026-04-21" }, "done1"],
  ])("refuses %s with the decision date; nothing is saved", async (_name, o, field) => {
    const res = await h.post(`/roadmaps/${roadmapId}`, form(o), sec);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("не раньше решения Комиссии (6 апреля 2026 г.)");
    expect(html).toContain("не позже сегодняшнего дня (20 апреля 2026 г.)");
    // the field is marked and keeps what was typed
    expect(html).toContain(`name="${field}" value="${Object.values(o)[0]}"`);
    expect(html).toMatch(new RegExp(`name="${field}"[^>]*aria-invalid="true"`));
    expect((await activity1())?.responsible).toBeNull();
  });

  it("saves dates from the decision on", async () => {
    const res = await h.post(`/roadmaps/${roadmapId}`, form({ done1: "2026-04-06" }), sec);
    expect(res.status).toBe(303);
    expect((await activity1())?.deadline).toBe("2026-06-01");
  });
});

describe("an approved roadmap is frozen (item 9)", () => {
  it("approved: no form, a POST is refused and the DOCX keeps the approved text", async () => {
    const page = await (await h.get(`/roadmaps/${roadmapId}`, sec)).text();
    expect(page).toContain("Утвердить дорожную карту?"); // the approval asks first
    expect((await h.post(`/roadmaps/${roadmapId}/approve`, {}, sec)).status).toBe(303);
    const approved = await (await h.get(`/roadmaps/${roadmapId}`, sec)).text();
    expect(approved).not.toContain(`action="/roadmaps/${roadmapId}"`);
    expect(approved).not.toContain('name="responsible1"');
    expect(approved).toContain("Дорожная карта утверждена (редакция № 1) и не меняется");
    expect(approved).toContain("Редакция № 1, утверждена");

    const res = await h.post(`/roadmaps/${roadmapId}`, form({ responsible1: "Другой" }), sec);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("сначала откройте её для изменений");
    expect((await activity1())?.responsible).toBe("Департамент цифровизации");
    const docx = await docxText(
      await (await h.get(`/roadmaps/${roadmapId}/roadmap.docx?lang=ru`, sec)).arrayBuffer(),
    );
    expect(docx).toContain("УТВЕРЖДЕНО");
    expect(docx).toContain("Департамент цифровизации");
    expect(docx).not.toContain("Другой");
  });

  it("re-opening needs a reason (audited) and the secretary's role; the next approval is version 2", async () => {
    expect((await h.post(`/roadmaps/${roadmapId}/reopen`, { reason: "x" }, member)).status).toBe(
      403,
    );
    expect((await h.post(`/roadmaps/${roadmapId}/reopen`, { reason: " " }, sec)).status).toBe(400);
    expect(
      (await h.post(`/roadmaps/${roadmapId}/reopen`, { reason: "Перенос сроков по письму" }, sec))
        .status,
    ).toBe(303);
    const [log] = await h.db.db.select().from(auditLog).where(eq(auditLog.action, "reopen"));
    expect(log?.after).toEqual({ status: "draft", reason: "Перенос сроков по письму" });
    // re-opening a draft is refused
    expect((await h.post(`/roadmaps/${roadmapId}/reopen`, { reason: "y" }, sec)).status).toBe(409);
    expect(
      (await h.post(`/roadmaps/${roadmapId}`, form({ responsible1: "Другой" }), sec)).status,
    ).toBe(303);
    expect((await h.post(`/roadmaps/${roadmapId}/approve`, {}, sec)).status).toBe(303);
    const page = await (await h.get(`/roadmaps/${roadmapId}`, sec)).text();
    expect(page).toContain("редакция № 2");
    expect(page).toContain("Другой");
  });
});

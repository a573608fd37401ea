/** Old approved versions of an agenda open read-only, as they were frozen. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaItems } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { seedAgendaWorld } from "../../helpers/agenda.js";

let h: AdminHarness;
let sec: As;
let member: As;
let id: number;

beforeAll(async () => {
  h = await adminHarness();
  h.clock.now = new Date("2026-04-10T05:00:00Z");
  sec = await h.login("secretary", "Секретарь");
  member = await h.login("member", "Член Комиссии");
  const w = await seedAgendaWorld(h.db.db, { services: 3, agencies: 1, officialTelegramId: 5301 });
  const created = await h.post(
    "/meetings",
    { date: "2026-04-20", time: "15:00", place: "Зал 3" },
    sec,
  );
  id = Number(/\/meetings\/(\d+)/.exec(created.headers.get("location") ?? "")?.[1]);
  await h.post(`/meetings/${id}/items`, { r: w.responses.map((r) => String(r.id)) }, sec);
  expect((await h.post(`/meetings/${id}/approve`, {}, sec)).status).toBe(303); // version 1
  expect((await h.post(`/meetings/${id}/reopen`, {}, sec)).status).toBe(303);
  const [last] = await h.db.db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, id))
    .orderBy(agendaItems.position)
    .offset(2);
  await h.post(`/meetings/${id}/items/${last!.id}/remove`, {}, sec);
  expect((await h.post(`/meetings/${id}/approve`, {}, sec)).status).toBe(303); // version 2
}, 120_000);
afterAll(async () => {
  await h.close();
});

describe("old agenda versions", () => {
  it("are linked from the meeting and open read-only with what they held", async () => {
    const page = await (await h.get(`/meetings/${id}`, sec)).text();
    expect(page).toContain(`href="/meetings/${id}/versions/1"`);
    expect(page).toContain(`href="/meetings/${id}/versions/2"`);

    const v1 = await h.get(`/meetings/${id}/versions/1`, member);
    expect(v1.status).toBe(200);
    const html = await v1.text();
    expect(html).toContain("Редакция № 1 от");
    expect(html).toContain("только для чтения. Действующая редакция — № 2");
    expect(html).toContain("Услуга 0003");
    expect(html).not.toContain('action="/meetings/'); // nothing to change there
    const v2 = await (await h.get(`/meetings/${id}/versions/2`, sec)).text();
    expect(v2).not.toContain("Услуга 0003");
    expect(v2).toContain("Услуга 0002");
    expect((await h.get(`/meetings/${id}/versions/3`, sec)).status).toBe(404);
  });
});

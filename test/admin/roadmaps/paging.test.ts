/** Issue 10, item 18: the roadmaps list is searched, filtered by state and paged (no list without a pager). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaItems, meetings, roadmaps } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { seedAgendaWorld } from "../../helpers/agenda.js";
import { flat } from "../../helpers/bulk.js";

let h: AdminHarness;
let as: As;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  const w = await seedAgendaWorld(h.db.db, { services: 120, agencies: 2 });
  const [m] = await h.db.db
    .insert(meetings)
    .values({ startsAt: new Date("2026-04-06T05:00:00Z"), status: "held" })
    .returning();
  const items = await h.db.db
    .insert(agendaItems)
    .values(
      w.responses.map((r, i) => ({
        meetingId: m!.id,
        responseId: r.id,
        position: i + 1,
        decision: "recommended" as const,
      })),
    )
    .returning();
  await h.db.db.insert(roadmaps).values(
    items.map((x) => ({
      responseId: x.responseId,
      agendaItemId: x.id,
      decidedOn: "2026-04-06",
      dueOn: "2026-05-06",
    })),
  );
});
afterAll(async () => {
  await h.close();
});

const page = async (path: string) => {
  const res = await h.get(path, as);
  expect(res.status).toBe(200);
  return res.text();
};

describe("roadmaps list", () => {
  it("pages 120 roadmaps and finds one by the service's name", async () => {
    const first = await page("/roadmaps");
    expect(flat(first)).toContain("Найдено:120");
    expect(first).toContain('href="/roadmaps?page=3"');
    const all = [first, await page("/roadmaps?page=2"), await page("/roadmaps?page=3")].join();
    for (const n of ["0001", "0060", "0120"]) expect(all).toContain(`Услуга ${n}`);
    const one = await page(`/roadmaps?q=${encodeURIComponent("услуга 0077")}`);
    expect(flat(one)).toContain("Найдено:1");
    expect(one).toContain("Услуга 0077");
    expect(one).not.toContain("Услуга 0078");
  });
});

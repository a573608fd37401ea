/**
 * Destructive or outward actions ask first (item 23): the panel's forms for removing an agenda
 * item, approving an agenda or a roadmap, archiving a registry row and accepting a questionnaire
 * carry a confirmation (admin.js asks with it before posting); sending the agenda has its own
 * confirmation page (test/admin/meetings/status-rules.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, type As, adminHarness } from "../helpers/admin.js";
import { type AgendaWorld, seedAgendaWorld } from "../helpers/agenda.js";

let h: AdminHarness;
let sec: As;
let w: AgendaWorld;

beforeAll(async () => {
  h = await adminHarness();
  sec = await h.login("secretary", "Секретарь");
  w = await seedAgendaWorld(h.db.db, { services: 2, agencies: 1 });
}, 60_000);
afterAll(async () => {
  await h.close();
});

/** The confirmation text of the form posting to `action` on a page, if any. */
function confirmOf(html: string, action: string): string | undefined {
  const tag = html.match(new RegExp(`<form[^>]*action="${action}"[^>]*>`))?.[0];
  return tag?.match(/data-confirm="([^"]*)"/)?.[1];
}

describe("confirmations", () => {
  it("on the agenda: remove an item, approve", async () => {
    const res = await h.post("/meetings", { date: "2026-04-20", time: "15:00", place: "" }, sec);
    const id = /\/meetings\/(\d+)/.exec(res.headers.get("location") ?? "")?.[1];
    await h.post(`/meetings/${id}/items`, { r: String(w.responses[0]!.id) }, sec);
    const html = await (await h.get(`/meetings/${id}`, sec)).text();
    expect(confirmOf(html, `/meetings/${id}/items/\\d+/remove`)).toBe("Убрать вопрос из повестки?");
    expect(confirmOf(html, `/meetings/${id}/approve`)).toContain("Утвердить повестку?");
  });

  it("on a questionnaire: accept; on a registry row: archive (not un-archive)", async () => {
    const response = await (await h.get(`/responses/${w.responses[0]!.id}`, sec)).text();
    expect(confirmOf(response, `/responses/${w.responses[0]!.id}/accept`)).toContain(
      "Принять опросный лист?",
    );
    const agencyId = w.agencyIds[0]!;
    const edit = await (await h.get(`/agencies/${agencyId}/edit`, sec)).text();
    expect(confirmOf(edit, `/agencies/${agencyId}/archive`)).toContain("Перенести в архив?");
  });
});

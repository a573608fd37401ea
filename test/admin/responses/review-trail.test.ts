/**
 * The response page keeps the review's trail: after a return and a resubmission the return
 * comment and the status timeline are still there; the DOCX carries the materials like the page.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionsRepo } from "../../../src/db/repositories/sessions.js";
import { officials } from "../../../src/db/schema.js";
import { changeStatus } from "../../../src/services/questionnaire.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { docxText } from "../../helpers/agenda.js";
import { fillAnswers, fillProcess } from "../../helpers/answers.js";
import { seedWorld } from "../../helpers/seed.js";

let h: AdminHarness;
let sec: As;
let id: number;

beforeAll(async () => {
  h = await adminHarness();
  sec = await h.login("secretary", "Айгүл Секретарь");
  const w = await seedWorld(h.db.db, { telegramId: 7201 });
  await h.db.db
    .update(officials)
    .set({ fullName: "Нурлан Сотрудник" })
    .where(eq(officials.id, w.official.id));
  const r = await h.app.deps.repos.responses.ensure(w.assignmentIds[0]!, h.clock.now);
  id = r.id;
  await fillAnswers(h.db.db, id);
  await fillProcess(h.db.db, id);
  await h.app.deps.repos.responses.putMaterial({
    responseId: id,
    kind: "note",
    fileName: "Записка.pdf",
    mimeType: "application/pdf",
    size: 123_456,
    sha256: "0".repeat(64),
    content: new TextEncoder().encode("%PDF-1.4"),
    uploadedBy: w.official.id,
    now: h.clock.now,
  });
  await h.app.deps.repos.responses.putMaterial({
    responseId: id,
    kind: "proposals",
    text: "Сократить срок до 3 рабочих дней",
    uploadedBy: w.official.id,
    now: h.clock.now,
  });
  const official = `official:${w.official.id}`;
  // submitted (as the bot does), returned by the secretary in the panel, submitted again
  expect((await changeStatus(h.app.deps, id, "submit", undefined, official)).ok).toBe(true);
  h.clock.now = new Date("2026-04-07T05:00:00Z");
  const s = await sessionsRepo(h.db.db).create(sec.adminId, h.clock.now); // sessions last 12 h
  sec = { cookie: `sid=${s.id}`, csrf: s.csrfToken, adminId: sec.adminId };
  const back = await h.post(`/responses/${id}/return`, { comment: "Уточните срок в п.4" }, sec);
  expect(back.status).toBe(303);
  h.clock.now = new Date("2026-04-08T05:00:00Z");
  expect((await changeStatus(h.app.deps, id, "submit", undefined, official)).ok).toBe(true);
  const again = await sessionsRepo(h.db.db).create(sec.adminId, h.clock.now);
  sec = { cookie: `sid=${again.id}`, csrf: again.csrfToken, adminId: sec.adminId };
}, 120_000);
afterAll(async () => {
  await h.close();
});

describe("the response page after a return and a resubmission", () => {
  it("still shows the return comment and the whole status timeline", async () => {
    const html = await (await h.get(`/responses/${id}`, sec)).text();
    expect(html).toMatch(
      /id="return-comment">Возвращался на доработку с комментарием: <span class="pre">Уточните срок в п\.4</,
    );
    const timeline = html.slice(html.indexOf('id="timeline"'), html.indexOf("</ol>"));
    const items = [...timeline.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(3);
    expect(items[0]).toContain("отправлен на рассмотрение (Сотрудник: Нурлан Сотрудник)");
    expect(items[1]).toContain("возвращён на доработку (Айгүл Секретарь)");
    expect(items[1]).toContain("Уточните срок в п.4");
    expect(items[2]).toContain("отправлен на рассмотрение");
    expect(items[2]).toContain("8 апреля 2026");
    // the materials name the file with its size
    expect(html).toMatch(/Пояснительная записка: <a href="[^"]+">Записка\.pdf \(121\sКБ\)/);
  });

  it("puts the explanatory note and the proposals into the DOCX, like the page", async () => {
    const res = await h.get(`/responses/${id}/export.docx?lang=ru`, sec);
    expect(res.status).toBe(200);
    const text = await docxText(await res.arrayBuffer());
    expect(text).toContain("Материалы");
    expect(text).toMatch(/Пояснительная записка: Записка\.pdf \(121\sКБ\)/);
    expect(text).toContain("Дополнительные предложения: Сократить срок до 3 рабочих дней");
    const kk = await docxText(
      await (await h.get(`/responses/${id}/export.docx?lang=kk`, sec)).arrayBuffer(),
    );
    expect(kk).toContain("Түсіндірме жазба: Записка.pdf");
  });
});

/**
 * Appendix 1 in the admin panel (app.request): the response page shows it next to Appendix 2
 * with its history and the diagram, a DOCX per service in the layout of the Rules (kk and ru),
 * its columns in the campaign XLSX, and the campaign setting that makes it optional for a year.
 */

import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, campaigns, responses } from "../../../src/db/schema.js";
import { saveProcessItem } from "../../../src/services/questionnaire.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { docxText } from "../../helpers/agenda.js";
import { fillAnswers, fillProcess } from "../../helpers/answers.js";
import { seedWorld } from "../../helpers/seed.js";

let h: AdminHarness;
let as: As;
let responseId = 0;
let campaignId = 0;
let code = "";

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  const w = await seedWorld(h.db.db, {
    telegramId: 5151,
    services: ["Выдача лицензии"],
    processOptional: false,
  });
  campaignId = w.campaign.id;
  code = w.services[0]!.registryCode;
  const r = await h.app.deps.repos.responses.ensure(w.assignmentIds[0]!, h.clock.now);
  responseId = r.id;
  await fillAnswers(h.db.db, r.id);
  await fillProcess(h.db.db, r.id);
  // a change after the first answer: the history shows it
  await saveProcessItem(h.app.deps, {
    responseId,
    no: 3,
    officialId: w.official.id,
    value: { type: "choice", choice: "entities" },
  });
  await h.app.deps.repos.responses.putMaterial({
    responseId,
    kind: "diagram",
    fileName: "схема.png",
    mimeType: "image/png",
    size: 9,
    content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]),
    uploadedBy: w.official.id,
    now: h.clock.now,
  });
  await h.db.db.update(responses).set({ status: "submitted", submittedAt: h.clock.now });
});
afterAll(async () => {
  await h.close();
});

describe("Appendix 1 on the response page", () => {
  it("shows its sections and values next to Appendix 2, with its history and the diagram (ru)", async () => {
    const html = await (await h.get(`/responses/${responseId}?doc=ru`, as)).text();
    const a2 = html.indexOf("Опросный лист");
    const a1 = html.indexOf("Приложение 1: бизнес-процесс и предложения");
    expect(a2).toBeGreaterThan(-1);
    expect(a1).toBeGreaterThan(a2);
    expect(html).toContain("Действующий бизнес-процесс оказания услуги");
    expect(html).toContain("Приём заявления; Проверка документов; Выдача результата");
    expect(html).toContain("Сокращение шагов");
    expect(html).toContain("Да: с 3 до 2");
    expect(html).toContain("История изменений приложения 1");
    // the change of item 3: before and after
    expect(html).toMatch(/Физические и юридические лица<\/td>\s*<td class="pre">Юридические лица/);
    expect(html).toContain(`/responses/${responseId}/process.docx?lang=ru`);
    expect(html).toContain("Схема действующего бизнес-процесса: схема.png");
  });

  it("reads in Kazakh too", async () => {
    const html = await (await h.get(`/responses/${responseId}?doc=kk`, as)).text();
    expect(html).toContain("1-қосымша: бизнес-процесс және ұсыныстар");
    expect(html).toContain("Қолданыстағы қызмет көрсетудің бизнес-процесі");
    expect(html).toContain("Заңды тұлғалар");
  });
});

describe("Appendix 1 documents", () => {
  it("a DOCX in the layout of the Rules, in ru and kk", async () => {
    const ru = await h.get(`/responses/${responseId}/process.docx?lang=ru`, as);
    expect(ru.status).toBe(200);
    expect(ru.headers.get("content-disposition")).toContain(`${code}-appendix1-ru.docx`);
    const text = await docxText(await ru.arrayBuffer());
    const order = [
      "Приложение 1 к Правилам оптимизации и автоматизации государственных услуг",
      "Действующий бизнес-процесс оказания услуги",
      "1. Приём заявления",
      "3. Выдача результата",
      "Истребуемые документы:",
      "2. Копия удостоверения",
      "Потребители услуги: Юридические лица",
      "Предложения:",
      "- Оказание исключительно в электронном формате: Да",
      "- Бумажный формат: Исключить",
      "- Сокращение шагов: Да: с 3 до 2",
      "- Альтернатива через услугодателя: Оставить",
      "Предлагаемый бизнес-процесс оказания услуги",
      "1. Приём заявления на портале",
    ];
    let at = -1;
    for (const s of order) {
      const i = text.indexOf(s, at + 1);
      expect(i, s).toBeGreaterThan(at);
      at = i;
    }
    const kk = await docxText(
      await (await h.get(`/responses/${responseId}/process.docx?lang=kk`, as)).arrayBuffer(),
    );
    expect(kk).toContain("қағидаларына 1-қосымша");
    expect(kk).toContain("Ұсынылатын қызмет көрсетудің бизнес-процесі");
    expect(kk).toContain("- Тек электрондық түрде көрсету: Иә");
  });

  it("the campaign XLSX carries one column per Appendix 1 item", async () => {
    const res = await h.get(`/campaigns/${campaignId}/export.xlsx?lang=ru`, as);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0]!;
    const head = (ws.getRow(1).values as unknown[]).map(String);
    const row = (ws.getRow(2).values as unknown[]).map((v) => String(v ?? ""));
    const col = head.indexOf("Приложение 1, п. 12. Сокращение шагов");
    expect(col).toBeGreaterThan(0);
    expect(row[col]).toBe("Да: с 3 до 2");
    expect(row[head.indexOf("Приложение 1, п. 3. Потребители услуги")]).toBe("Юридические лица");
    expect(head.filter((x) => x.startsWith("Приложение 1, п."))).toHaveLength(16);
  });
});

describe("the campaign setting", () => {
  it("makes Appendix 1 optional for the year and back (secretary only, audited)", async () => {
    const page = await (await h.get(`/campaigns/${campaignId}`, as)).text();
    expect(page).toContain("Опросный лист отправляется только вместе с заполненным приложением 1");
    const member = await h.login("member");
    const refused = await h.post(`/campaigns/${campaignId}/process`, { optional: "1" }, member);
    expect(refused.status).toBe(403);
    const res = await h.post(`/campaigns/${campaignId}/process`, { optional: "1" }, as);
    expect(res.status).toBe(303);
    const [c] = await h.db.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    expect(c?.processOptional).toBe(true);
    const after = await (await h.get(`/campaigns/${campaignId}`, as)).text();
    expect(after).toContain("В этом году приложение 1 не обязательно");
    await h.post(`/campaigns/${campaignId}/process`, { optional: "0" }, as);
    const [back] = await h.db.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    expect(back?.processOptional).toBe(false);
    const audited = await h.db.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "update-process-optional"));
    expect(audited.map((a) => a.after)).toEqual([
      { processOptional: true },
      { processOptional: false },
    ]);
  });
});

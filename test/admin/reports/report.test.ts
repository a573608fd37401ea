/**
 * The annual report draft in the panel: the page for a year and a state body (or every state
 * body), the DOCX opened in kk and ru with the report's sections and the figures worked out by
 * hand from the seeded year (test/helpers/report.ts), and the XLSX of the underlying rows.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatNumber } from "../../../src/i18n/format.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { docxText } from "../../helpers/agenda.js";
import {
  docxTables,
  REPORT_2025,
  type ReportWorld,
  seedReportWorld,
} from "../../helpers/report.js";

let h: AdminHarness;
let as: As;
let w: ReportWorld;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("member");
  w = await seedReportWorld(h.db.db);
});
afterAll(async () => {
  await h.close();
});

const tableStarting = (tables: string[][][], first: string) => {
  const t = tables.find((x) => x[0]?.[0] === first || x[0]?.[1] === first);
  if (!t)
    throw new Error(`no table with header ${first}: ${JSON.stringify(tables.map((x) => x[0]))}`);
  return t;
};

describe("/reports", () => {
  it("opens on the previous year for every state body, with both sections", async () => {
    const res = await h.get("/reports", as);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(
      "Отчет о деятельности по вопросам оказания государственных услуг за 2025 год",
    );
    expect(html).toContain("3) Информация о наиболее востребованных государственных услугах");
    expect(html).toContain("1) Результаты автоматизации процессов оказания государственных услуг");
    expect(html).toContain(
      `Межведомственной комиссией в 2025 году рассмотрено государственных услуг: ${REPORT_2025.considered.all}.`,
    );
    // every service with a 2025 count, in order, each once
    const at = REPORT_2025.demandAll.map(([k]) => html.indexOf(w.service[k].code));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).not.toContain(w.service.S4.code); // a draft questionnaire's count
    expect(html).toContain('href="/reports/report.docx?year=2025&amp;top=10&amp;lang=kk"');
  });

  it("a state body's page lists its own top N and says the deadline", async () => {
    const html = await (await h.get(`/reports?year=2025&agency=${w.agencyA}&top=2`, as)).text();
    expect(html).toContain("Государственный орган: Министерство туризма");
    expect(html).toContain("не позднее 30 апреля 2026 г.");
    expect(html).toContain(w.service.S3.ru);
    expect(html).not.toContain(w.service.S2.code); // third in A: outside the top 2
    expect(html).not.toContain(w.service.S5.ru); // another state body's
  });

  it("an unknown state body is not found", async () => {
    expect((await h.get("/reports?year=2025&agency=999999", as)).status).toBe(404);
  });

  it("DOCX in Russian: the sections and the figures", async () => {
    const res = await h.get(`/reports/report.docx?year=2025&agency=${w.agencyA}&top=2&lang=ru`, as);
    expect(res.status).toBe(200);
    const bytes = await res.arrayBuffer();
    const text = await docxText(bytes);
    expect(text).toContain("ПРОЕКТ");
    expect(text).toContain(
      "Отчет о деятельности по вопросам оказания государственных услуг за 2025 год",
    );
    expect(text).toContain("1. Общие положения");
    expect(text).toContain(
      "3. Деятельность по совершенствованию процессов оказания государственных услуг",
    );
    const tables = await docxTables(bytes);
    const demand = tableStarting(tables, "№");
    expect(demand.slice(1).map((r) => [r[1], r[3]])).toEqual(
      REPORT_2025.demandTop2A.map(([k, n]) => [w.service[k].ru, formatNumber(n, "ru")]),
    );
    const decisions = tableStarting(tables, "Решение Комиссии");
    expect(decisions.slice(1).map((r) => r[1])).toEqual(
      ["recommended", "returned", "rejected", "none"].map((d) =>
        String(REPORT_2025.decisions.A[d as keyof typeof REPORT_2025.decisions.A]),
      ),
    );
    const roadmaps = tableStarting(tables, "Исполнение");
    const { opened: _o, ...outcomes } = REPORT_2025.roadmaps.A;
    expect(roadmaps.slice(1).map((r) => r[1])).toEqual(Object.values(outcomes).map(String));
    const proposals = tableStarting(tables, "Предложение");
    expect(proposals[1]!.slice(1)).toEqual(REPORT_2025.proposalsA.termReductions.map(String));
    expect(proposals[3]!.slice(1)).toEqual(REPORT_2025.proposalsA.documents.map(String));
    expect(text).toContain("15 рабочих дней → 5 рабочих дней");
    // S3's Appendix 1 keeps its term: only S1 in the term reductions
    const terms = tables.find((x) => x[0]?.includes("Срок: действующий → предлагаемый"))!;
    expect(terms.slice(1).map((r) => r[0])).toEqual([w.service.S1.ru]);
    expect(text).toContain("Требуемых документов: 6 → 3");
  });

  it("DOCX in Kazakh for every state body: the sections and the activities of Appendix 3", async () => {
    const res = await h.get("/reports/report.docx?year=2025&lang=kk", as);
    const bytes = await res.arrayBuffer();
    const text = await docxText(bytes);
    expect(text).toContain("ЖОБА");
    expect(text).toContain(
      "Мемлекеттік көрсетілетін қызметтерді көрсету мәселелері бойынша 2025 жылғы қызмет туралы есеп",
    );
    expect(text).toContain(
      "3) Неғұрлым сұранысқа ие мемлекеттік көрсетілетін қызметтер туралы ақпарат",
    );
    expect(text).toContain(
      `2025 жылы Ведомствоаралық комиссия қараған мемлекеттік көрсетілетін қызметтер саны: ${REPORT_2025.considered.all}.`,
    );
    const tables = await docxTables(bytes);
    const demand = tableStarting(tables, "№");
    expect(demand.slice(1).map((r) => [r[1], r[4]])).toEqual(
      REPORT_2025.demandAll.map(([k, n]) => [w.service[k].kk, formatNumber(n, "kk")]),
    );
    const activities = tableStarting(tables, "Іс-шара");
    expect(activities[1]![1]).toBe("Ұйымдастырушылық іс-шаралар");
    // columns: done on time, done late, pending, overdue, unplanned
    expect(activities.slice(1).map((r) => r.slice(2))).toEqual(
      REPORT_2025.activities.map((x) => x.map(String)),
    );
    // the authorized body's summary by state body: considered, recommended, roadmaps, on time, late
    const byBody = tableStarting(tables, "Мемлекеттік орган");
    expect(byBody.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ["Министерство туризма (kk)", "3", "2", "2", "1", "1"],
      ["Министерство экологии (kk)", "2", "1", "1", "0", "0"],
    ]);
  });

  it("XLSX holds the rows underneath", async () => {
    const res = await h.get("/reports/report.xlsx?year=2025&top=2", as);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const [demand, considered, roadmaps] = wb.worksheets;
    const rows = (ws: ExcelJS.Worksheet) =>
      ws
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[]).slice(1));
    // every counted service, not only the top 2; the count as a number; the top flagged
    expect(rows(demand!).map((r) => [r[1], r[4], r[6]])).toEqual(
      REPORT_2025.demandAll.map(([k, n], i) => [w.service[k].code, n, i < 2 ? "Да" : "Нет"]),
    );
    expect(rows(considered!)).toHaveLength(REPORT_2025.considered.all);
    const s1 = rows(considered!).find((r) => r[0] === w.service.S1.code)!;
    expect(s1.slice(3, 5)).toEqual(["2025-06-16", "Рекомендовано к оптимизации и автоматизации"]);
    expect(rows(roadmaps!)).toHaveLength(REPORT_2025.roadmaps.all.opened);
  });
});

/**
 * Issue 14, "How cost grows": the campaign's XLSX and CSV are streamed page by page (500 rows a
 * page). A campaign of a few thousand services still comes out whole: every row once, in
 * registry-code order, each with its own answers across the page boundaries, drafts on request.
 */
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../../src/db/client.js";
import { PROCESS_ITEM_COUNT } from "../../../src/domain/process.js";
import { QUESTION_COUNT } from "../../../src/domain/questions.js";
import { CAMPAIGN_PAGE_SIZE } from "../../../src/services/questionnaire.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { seedCrowd } from "../../helpers/fanout.js";

const N = 2_345; // not a multiple of the page size: a short last page
const COLUMNS = 4 + 2 * QUESTION_COUNT + PROCESS_ITEM_COUNT;

let h: AdminHarness;
let as: As;
let campaignId = 0;
/** registry code → submitted? */
const submitted = new Map<string, boolean>();

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  const crowd = await seedCrowd(h.db.db, { n: N, firstTelegramId: 8_000_000, dueOn: "2026-04-30" });
  campaignId = crowd.campaignId;
  const db = h.db.db;
  // every third service submitted, the rest drafts; each answer's justification names its service
  await db.execute(sql`
    insert into responses (assignment_id, status, started_at, submitted_at)
    select a.id, case when a.id % 3 = 0 then 'submitted' else 'draft' end,
           timestamptz '2026-04-01 06:00Z',
           case when a.id % 3 = 0 then timestamptz '2026-04-03 06:00Z' end
    from assignments a where a.campaign_id = ${campaignId}`);
  await db.execute(sql`
    insert into answers (response_id, question_no, value, justification)
    select r.id, q, '{"type":"choice","choice":"yes"}'::jsonb, 'обоснование ' || s.registry_code
    from responses r join assignments a on a.id = r.assignment_id
    join services s on s.id = a.service_id
    cross join generate_series(2, 3) q
    where a.campaign_id = ${campaignId}`);
  const rows = await db.execute(sql`
    select s.registry_code as code, r.status from assignments a
    join services s on s.id = a.service_id join responses r on r.assignment_id = a.id
    where a.campaign_id = ${campaignId}`);
  for (const r of rowsOf<{ code: string; status: string }>(rows))
    submitted.set(r.code, r.status === "submitted");
  expect(N).toBeGreaterThan(4 * CAMPAIGN_PAGE_SIZE);
});
afterAll(async () => {
  await h.close();
});

async function xlsx(query: string) {
  const res = await h.get(`/campaigns/${campaignId}/export.xlsx?lang=ru${query}`, as);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-disposition")).toContain(".xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0] as ExcelJS.Worksheet;
}

/**
 * Column `k` (1-based) of every data row. An empty text is streamed as an empty inline string,
 * which ExcelJS reads back as no value: both are "" here.
 */
const column = (ws: ExcelJS.Worksheet, k: number) =>
  Array.from({ length: ws.rowCount - 1 }, (_, i) =>
    String(ws.getRow(i + 2).getCell(k).value ?? ""),
  );

describe("a campaign of a few thousand services, exported", () => {
  it("XLSX, submitted only: each submitted service once, in order, with its own answers", async () => {
    const ws = await xlsx("");
    const want = [...submitted].filter(([, s]) => s).map(([code]) => code);
    expect(ws.rowCount).toBe(1 + want.length);
    expect(ws.getRow(1).cellCount).toBe(COLUMNS);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    const codes = column(ws, 1);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...want].sort());
    // the database's order, kept across the pages
    expect(codes).toEqual(await orderedCodes(true));
    const head = (ws.getRow(1).values as unknown[]).map(String);
    const q2 = head.indexOf("2. Обоснование"); // ExcelJS row values are 1-based: the cell number
    expect(q2).toBeGreaterThan(0);
    for (const i of [0, CAMPAIGN_PAGE_SIZE - 1, CAMPAIGN_PAGE_SIZE, codes.length - 1]) {
      const row = ws.getRow(i + 2);
      expect(row.getCell(q2).value).toBe(`обоснование ${codes[i]}`);
      expect(row.getCell(2).value).toMatch(/^Услуга \d+$/);
      expect(row.getCell(4).value).toBe("отправлен");
    }
  });

  it("XLSX with drafts: every service, drafts marked", async () => {
    const ws = await xlsx("&drafts=1");
    expect(ws.rowCount).toBe(1 + N);
    expect(ws.getRow(1).cellCount).toBe(COLUMNS + 1);
    const codes = column(ws, 1);
    expect(codes).toEqual(await orderedCodes(false));
    const marks = column(ws, 5);
    codes.forEach((code, i) => {
      expect(marks[i]).toBe(submitted.get(code) ? "" : "черновик");
    });
  });

  it("CSV with drafts: the same rows", async () => {
    const res = await h.get(`/campaigns/${campaignId}/export.csv?lang=ru&drafts=1`, as);
    expect(res.status).toBe(200);
    const rows: string[][] = parse(await res.text(), { bom: true, delimiter: ";" });
    expect(rows).toHaveLength(1 + N);
    expect(rows.every((r) => r.length === COLUMNS + 1)).toBe(true);
    expect(rows.slice(1).map((r) => r[0])).toEqual(await orderedCodes(false));
  });

  it("a failure after the first page aborts the download instead of ending it early", async () => {
    const repo = h.app.deps.repos.campaigns;
    const answersOf = repo.answersOf;
    let calls = 0;
    repo.answersOf = async (ids) => {
      if (++calls > 1) throw new Error("database gone");
      return answersOf(ids);
    };
    try {
      for (const format of ["xlsx", "csv"]) {
        calls = 0;
        const res = await h.get(`/campaigns/${campaignId}/export.${format}?drafts=1`, as);
        expect(res.status).toBe(200); // the first bytes were on their way
        await expect(res.arrayBuffer()).rejects.toThrow();
      }
    } finally {
      repo.answersOf = answersOf;
    }
  });
});

/** The campaign's registry codes in the database's order (its collation decides). */
async function orderedCodes(submittedOnly: boolean): Promise<string[]> {
  const rows = await h.db.db.execute(sql`
    select s.registry_code as code from assignments a
    join services s on s.id = a.service_id join responses r on r.assignment_id = a.id
    where a.campaign_id = ${campaignId}
      ${submittedOnly ? sql`and r.status = 'submitted'` : sql``}
    order by s.registry_code`);
  return rowsOf<{ code: string }>(rows).map((r) => r.code);
}

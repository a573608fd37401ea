/**
 * Issue 10, item 21: the campaign XLSX/CSV holds submitted questionnaires by default; drafts
 * come only on request (`?drafts=1`, offered next to the downloads) and are marked in a column.
 */
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answers, responses } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { seedWorld } from "../../helpers/seed.js";

let h: AdminHarness;
let as: As;
let campaignId = 0;
const codes: string[] = [];

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  const w = await seedWorld(h.db.db, {
    telegramId: 4343,
    services: ["Отправленная услуга", "Черновая услуга", "Не начатая услуга"],
  });
  campaignId = w.campaign.id;
  codes.push(...w.services.map((s) => s.registryCode));
  const [sent, draft] = await h.db.db
    .insert(responses)
    .values([
      { assignmentId: w.assignmentIds[0]!, status: "submitted", submittedAt: h.clock.now },
      { assignmentId: w.assignmentIds[1]!, status: "draft" },
    ])
    .returning();
  await h.db.db.insert(answers).values([
    {
      responseId: sent!.id,
      questionNo: 2,
      value: { type: "choice", choice: "yes" },
      justification: "отправлено",
    },
    {
      responseId: draft!.id,
      questionNo: 2,
      value: { type: "choice", choice: "no" },
      justification: "черновой ответ",
    },
  ]);
  expect(await h.db.db.select().from(responses).where(eq(responses.id, draft!.id))).toHaveLength(1);
});
afterAll(async () => {
  await h.close();
});

const csv = async (query: string) => {
  const res = await h.get(`/campaigns/${campaignId}/export.csv?lang=ru${query}`, as);
  expect(res.status).toBe(200);
  const rows: string[][] = parse(await res.text(), { bom: true, delimiter: ";" });
  return rows;
};

describe("campaign export and drafts", () => {
  it("exports only submitted questionnaires by default (CSV and XLSX)", async () => {
    const rows = await csv("");
    expect(rows.slice(1).map((r) => r[0])).toEqual([codes[0]]);
    expect(rows.flat().join(" ")).not.toContain("черновой ответ");
    expect(rows[0]).not.toContain("Черновик");

    const res = await h.get(`/campaigns/${campaignId}/export.xlsx?lang=ru`, as);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(1).value).toBe(codes[0]);
  });

  it("adds the drafts on request, marked as drafts in their own column", async () => {
    const rows = await csv("&drafts=1");
    const col = rows[0]!.indexOf("Черновик");
    expect(col).toBeGreaterThan(0);
    const byCode = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect([...byCode.keys()].sort()).toEqual([...codes].sort());
    expect(byCode.get(codes[0]!)?.[col]).toBe("");
    expect(byCode.get(codes[1]!)?.[col]).toBe("черновик");
    expect(byCode.get(codes[2]!)?.[col]).toBe("черновик");
    expect(rows.flat().join(" ")).toContain("черновой ответ");
    const kk: string[][] = parse(
      await (await h.get(`/campaigns/${campaignId}/export.csv?lang=kk&drafts=1`, as)).text(),
      { bom: true, delimiter: ";" },
    );
    expect(kk[0]).toContain("Жоба");
  });

  it("offers both downloads on the responses list and the campaign page", async () => {
    for (const path of [`/responses?campaign=${campaignId}`, `/campaigns/${campaignId}`]) {
      const html = await (await h.get(path, as)).text();
      expect(html).toContain(`/campaigns/${campaignId}/export.xlsx?lang=ru&amp;drafts=1`);
      expect(html).toContain("только отправленные");
    }
  });
});

/**
 * Issue 10, item 27: the campaign CSV opens in columns in Excel with a ru/kk locale (fields
 * split by ";"), and a comma-separated file is offered for other programs.
 */
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responses } from "../../../src/db/schema.js";
import { PROCESS_ITEM_COUNT } from "../../../src/domain/process.js";
import { QUESTION_COUNT } from "../../../src/domain/questions.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { seedWorld } from "../../helpers/seed.js";

let h: AdminHarness;
let as: As;
let campaignId = 0;
let code = "";

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  const w = await seedWorld(h.db.db, {
    telegramId: 4242,
    services: ["Выдача справки; дубликат, копия"],
  });
  campaignId = w.campaign.id;
  code = w.services[0]!.registryCode;
  // exports hold submitted questionnaires (item 21)
  await h.db.db
    .insert(responses)
    .values({ assignmentId: w.assignmentIds[0]!, status: "submitted", submittedAt: h.clock.now });
});
afterAll(async () => {
  await h.close();
});

// the service, then Appendix 2 (parameter and justification), then Appendix 1 (one column per item)
const COLUMNS = 4 + 2 * QUESTION_COUNT + PROCESS_ITEM_COUNT;

describe("campaign CSV for Excel", () => {
  for (const lang of ["ru", "kk"]) {
    it(`splits fields by ";" by default (${lang})`, async () => {
      const res = await h.get(`/campaigns/${campaignId}/export.csv?lang=${lang}`, as);
      expect(res.status).toBe(200);
      const text = await res.text();
      const [head, row] = text.replace(/^\uFEFF/, "").split("\r\n");
      // Excel in a ru/kk locale splits on ";" without parsing quotes in the header
      expect(head?.split(";")).toHaveLength(COLUMNS);
      expect(row?.startsWith(`${code};`)).toBe(true);
      const rows: string[][] = parse(text, { bom: true, delimiter: ";" });
      expect(rows[1]?.[1]).toMatch(/^Выдача справки; дубликат, копия/);
      expect(rows.every((r) => r.length === COLUMNS)).toBe(true);
    });
  }

  it("offers a comma-separated file too", async () => {
    const page = await (await h.get(`/responses?campaign=${campaignId}`, as)).text();
    expect(page).toContain(`/campaigns/${campaignId}/export.csv?lang=ru&amp;sep=comma`);
    const text = await (
      await h.get(`/campaigns/${campaignId}/export.csv?lang=ru&sep=comma`, as)
    ).text();
    const rows: string[][] = parse(text, { bom: true, delimiter: "," });
    expect(rows[0]).toHaveLength(COLUMNS);
    expect(rows[1]?.[0]).toBe(code);
  });
});

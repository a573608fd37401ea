/**
 * Issue 10, item 8: XLSX cells typed as numbers keep the code the sheet shows (a format of
 * zeros keeps leading zeros), dates arrive as YYYY-MM-DD, and the preview says what it converted.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, services } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { draftOf, fileOf, xlsxOf } from "./files.js";

let h: AdminHarness;
let as: As;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  await h.db.db.insert(agencies).values({ code: "007", nameKk: "Агенттік", nameRu: "Агентство" });
});
afterAll(async () => {
  await h.close();
});

async function upload(path: string, bytes: Uint8Array) {
  const f = new FormData();
  f.set("file", fileOf(bytes, "s.xlsx"));
  const res = await h.postMultipart(path, f, as);
  return { status: res.status, html: await res.text() };
}

describe("XLSX cell values", () => {
  it("keeps leading zeros of codes stored as numbers with a format of zeros", async () => {
    const bytes = await xlsxOf([
      ["registry_code", "name_kk", "name_ru", "agency_code"],
      [{ value: 100100, numFmt: "00000000" }, "Лицензия", "Лицензия", { value: 7, numFmt: "000" }],
    ]);
    const { status, html } = await upload("/services/import", bytes);
    expect(status).toBe(200);
    expect(html).toContain("Строк: 1, без ошибок: 1, с ошибками: 0");
    expect(html).toContain("<td>00100100</td>");
    expect(html).toContain("число 100100 прочитано по формату ячейки как 00100100");
    expect(html).toContain("число 7 прочитано по формату ячейки как 007");
    expect((await h.post("/services/import/confirm", { draft: draftOf(html) }, as)).status).toBe(
      303,
    );
    const [s] = await h.db.db.select().from(services).where(eq(services.registryCode, "00100100"));
    expect(s?.nameRu).toBe("Лицензия");
    expect(
      await h.db.db.select().from(services).where(eq(services.registryCode, "100100")),
    ).toEqual([]);
  });

  it("flags a code typed as a plain number (its zeros may be lost)", async () => {
    const bytes = await xlsxOf([
      ["registry_code", "name_kk", "name_ru", "agency_code"],
      [200200, "Анықтама", "Справка", "007"],
    ]);
    const { html } = await upload("/services/import", bytes);
    expect(html).toContain("<td>200200</td>");
    expect(html).toContain(
      "registry_code: в таблице это число 200200: проверьте, не потерялись ли нули в начале",
    );
  });

  it("reads a date cell as YYYY-MM-DD, never as a JavaScript date string", async () => {
    const bytes = await xlsxOf([
      ["code", "name_kk", "name_ru"],
      ["DT", "Атауы", new Date(Date.UTC(2026, 2, 1))],
    ]);
    const { html } = await upload("/agencies/import", bytes);
    expect(html).toContain("<td>2026-03-01</td>");
    expect(html).not.toContain("GMT");
    expect(html).not.toContain("Sun Mar");
    expect(html).toContain("name_ru: дата прочитана как 2026-03-01");
  });
});

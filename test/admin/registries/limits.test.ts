/**
 * Issue 10, items 5 and 17: an upload is bounded before it is parsed (unpacked XLSX size, rows)
 * and refused with a localized page that states the limit; long cells are cut in the preview.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { bombXlsx, fileOf, lyingXlsx, manyRowsXlsx } from "./files.js";

let h: AdminHarness;
let as: As;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
});
afterAll(async () => {
  await h.close();
});

/** the page text with Fluent's grouping spaces (U+00A0, U+202F) as plain ones */
async function text(res: Response): Promise<string> {
  return (await res.text()).replace(/[\u00a0\u202f]/g, " ");
}

function upload(path: string, file: File) {
  const f = new FormData();
  f.set("file", file);
  return h.postMultipart(path, f, as);
}

describe("upload limits", () => {
  it("states the row limit on the upload form", async () => {
    const html = await text(await h.get("/agencies/import", as));
    expect(html).toContain("не больше 20 000 строк");
  });

  it("refuses an XLSX holding a 300 MB shared string without unpacking it", async () => {
    const bytes = await bombXlsx(300);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const res = await upload("/agencies/import", fileOf(bytes, "bomb.xlsx"));
    expect(res.status).toBe(400);
    const html = await text(res);
    expect(html.length).toBeLessThan(100_000);
    expect(html).toContain("в распакованном виде больше 32 МБ");
    expect(html).toContain('name="file"');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it("refuses an XLSX whose directory understates what it unpacks to", async () => {
    const res = await upload("/agencies/import", fileOf(lyingXlsx(40), "lie.xlsx"));
    expect(res.status).toBe(400);
    expect(await text(res)).toContain("в распакованном виде больше 32 МБ");
  });

  it("refuses 25,000 rows of CSV with the limit in the message, not a bare 400", async () => {
    const lines = ["code;name_kk;name_ru"];
    for (let i = 0; i < 25_000; i++) lines.push(`G${i};Атау ${i};Название ${i}`);
    const res = await upload("/agencies/import", fileOf(lines.join("\n"), "big.csv"));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await text(res);
    expect(html).toContain("В файле больше 20 000 строк");
    expect(html).toContain('name="file"');
    expect(html.length).toBeLessThan(100_000);
  });

  it("refuses 25,000 rows of XLSX before exceljs reads them", async () => {
    const res = await upload("/agencies/import", fileOf(manyRowsXlsx(25_000), "big.xlsx"));
    expect(res.status).toBe(400);
    expect(await text(res)).toContain("В файле больше 20 000 строк");
  });

  it("cuts long cells in the preview and refuses them as too long", async () => {
    const long = "Я".repeat(5_000);
    const res = await upload(
      "/agencies/import",
      fileOf(`code,name_kk,name_ru\nLONG,${long},x\n`, "l.csv"),
    );
    expect(res.status).toBe(200);
    const html = await text(res);
    expect(html).not.toContain("Я".repeat(201));
    expect(html).toContain(`${"Я".repeat(200)}…`);
    expect(html).toContain("Строк: 1, без ошибок: 0, с ошибками: 1");
  });
});

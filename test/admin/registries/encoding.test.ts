/**
 * Issue 10, item 7: a CSV saved by Excel on a Russian Windows (Windows-1251) is read as
 * Cyrillic, said so in the preview and written intact; bytes that are neither UTF-8 nor
 * Cyrillic text are refused; a replacement character (U+FFFD) is never written.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { cp1251, draftOf, fileOf } from "./files.js";

let h: AdminHarness;
let as: As;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
});
afterAll(async () => {
  await h.close();
});

function upload(file: File) {
  const f = new FormData();
  f.set("file", file);
  return h.postMultipart("/agencies/import", f, as);
}

describe("CSV encodings", () => {
  it("reads a Windows-1251 CSV as Cyrillic and writes it intact", async () => {
    const bytes = cp1251(
      "code;name_kk;name_ru\r\nMJ;Юстиция министрлігі;Министерство юстиции «Тест»\r\nME;Энергетика;Министерство энергетики\r\n",
    );
    // not UTF-8: a plain decoder would produce U+FFFD
    expect(new TextDecoder().decode(bytes)).toContain("\uFFFD");
    const res = await upload(fileOf(bytes, "agencies.csv"));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Министерство юстиции «Тест»");
    expect(html).toContain("в кодировке кириллицы 1251");
    expect(html).not.toContain("\uFFFD");
    expect((await h.post("/agencies/import/confirm", { draft: draftOf(html) }, as)).status).toBe(
      303,
    );
    const [mj] = await h.db.db.select().from(agencies).where(eq(agencies.code, "MJ"));
    expect(mj?.nameRu).toBe("Министерство юстиции «Тест»");
    expect(mj?.nameKk).toBe("Юстиция министрлігі");
  });

  it("reads UTF-8 without saying anything about the encoding", async () => {
    const html = await (
      await upload(fileOf("code,name_kk,name_ru\nMX,Атау,Название\n", "u.csv"))
    ).text();
    expect(html).toContain("Название");
    expect(html).not.toContain("кириллицы 1251");
  });

  it("reads UTF-16 with a byte order mark (Excel's Unicode text, tab-separated)", async () => {
    const text = "\uFEFFcode\tname_kk\tname_ru\r\nMU\tӘділет\tЮстиция\r\n";
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const cu = text.charCodeAt(i);
      bytes[2 * i] = cu & 0xff;
      bytes[2 * i + 1] = cu >> 8;
    }
    const html = await (await upload(fileOf(bytes, "unicode.txt.csv"))).text();
    expect(html).toContain("Строк: 1, без ошибок: 1, с ошибками: 0");
    expect(html).toContain("<td>Әділет</td>");
  });

  it("refuses bytes that are neither UTF-8 nor Cyrillic text", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("code,name_kk,name_ru\nMY,"),
      0x81,
      0x8d,
      0x8f,
      0x90,
      0x98,
      0x3b,
      0x0a,
    ]);
    const res = await upload(fileOf(bytes, "bin.csv"));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Не удалось определить кодировку файла");
    expect(html).toContain('name="file"');
    expect(await h.db.db.select().from(agencies).where(eq(agencies.code, "MY"))).toHaveLength(0);
  });

  it("never writes a replacement character already in the file", async () => {
    const res = await upload(
      fileOf("code,name_kk,name_ru\nMZ,Министрлік,Мин\uFFFDстерство\n", "broken.csv"),
    );
    const html = await res.text();
    expect(html).toContain("В тексте есть нечитаемые символы");
    expect(html).toContain("Строк: 1, без ошибок: 0, с ошибками: 1");
    expect(html).not.toContain('name="draft"');
  });
});

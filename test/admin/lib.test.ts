import { describe, expect, it } from "vitest";
import { safeCell, sheetCsv } from "../../admin/documents/sheet.js";
import { attachment, localPath } from "../../admin/lib.js";

describe("admin helpers", () => {
  it("localPath keeps local paths and refuses anything a browser would send elsewhere", () => {
    expect(localPath("/agencies?x=1#top")).toBe("/agencies?x=1#top");
    expect(localPath(undefined)).toBe("/");
    expect(localPath("https://evil.example")).toBe("/");
    expect(localPath("//evil.example")).toBe("/");
    expect(localPath("/\\evil.example")).toBe("/");
    expect(localPath("/\t/evil.example")).toBe("/");
    expect(localPath("/\r\n/evil.example", "/x")).toBe("/x");
  });

  it("attachment gives an ASCII fallback and a strict RFC 8187 UTF-8 name", () => {
    const h = attachment(`отчёт "2026" (1)'*.docx`);
    expect(h).toMatch(/^attachment; filename="[\w.-]+"; filename\*=UTF-8''/);
    expect(h.split("filename*=UTF-8''")[1]).toMatch(/^[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
  });

  it("neutralises formulas in text but leaves numbers (also negative) alone", () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeCell("-1+2")).toBe("'-1+2");
    expect(safeCell(-3)).toBe("-3");
    expect(sheetCsv({ header: ["a", "b"], rows: [[-3, "@x"]] })).toBe("\uFEFFa,b\r\n-3,'@x\r\n");
  });
});

import { describe, expect, it } from "vitest";
import { contentMatchesType } from "../../src/domain/files.js";

const enc = (s: string) => new TextEncoder().encode(s);
const zip = (s: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc(s)]);
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ODT = "application/vnd.oasis.opendocument.text";

describe("a file's bytes match its type", () => {
  it("accepts the real formats", () => {
    expect(contentMatchesType("application/pdf", enc("%PDF-1.7\n…"))).toBe(true);
    expect(
      contentMatchesType(
        "application/msword",
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      ),
    ).toBe(true);
    expect(contentMatchesType(DOCX, zip("[Content_Types].xml … word/document.xml"))).toBe(true);
    expect(contentMatchesType(ODT, zip(`mimetype${ODT}`))).toBe(true);
  });
  it("refuses a renamed file, an empty one and another ZIP", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(contentMatchesType("application/pdf", png)).toBe(false);
    expect(contentMatchesType("application/pdf", new Uint8Array())).toBe(false);
    expect(contentMatchesType(DOCX, zip("xl/workbook.xml"))).toBe(false); // an XLSX renamed
    expect(contentMatchesType(ODT, zip("word/document.xml"))).toBe(false);
    expect(contentMatchesType("application/msword", enc("%PDF-1.4"))).toBe(false);
  });
});

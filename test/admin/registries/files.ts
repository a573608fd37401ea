/**
 * Upload files built in the tests: Windows-1251 bytes from a byte table, XLSX through exceljs
 * (number formats, dates) and ZIPs written by hand (a decompression bomb, a lying directory,
 * a sheet of many rows), so nothing depends on a fixture on disk.
 */
import { constants, crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";

/** Windows-1251 for ASCII and Russian letters (А–я 0xC0–0xFF, Ё 0xA8, ё 0xB8, І/і 0xB2/0xB3, «» 0xAB/0xBB). */
export function cp1251(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0x410 && cp <= 0x44f) out.push(cp - 0x410 + 0xc0);
    else if (cp === 0x401) out.push(0xa8);
    else if (cp === 0x451) out.push(0xb8);
    else if (cp === 0x406) out.push(0xb2);
    else if (cp === 0x456) out.push(0xb3);
    else if (cp === 0xab) out.push(0xab);
    else if (cp === 0xbb) out.push(0xbb);
    else throw new Error(`not in the test's 1251 table: ${ch}`);
  }
  return new Uint8Array(out);
}

export function fileOf(bytes: Uint8Array | string, name: string): File {
  return new File([bytes], name);
}

export type XlsxCell = string | number | Date | { value: number | string | Date; numFmt: string };

export async function xlsxOf(rows: XlsxCell[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("s");
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      const cell = row.getCell(j + 1);
      if (v && typeof v === "object" && !(v instanceof Date)) {
        cell.value = v.value;
        cell.numFmt = v.numFmt;
      } else cell.value = v;
    });
    row.commit();
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

interface Entry {
  name: string;
  /** deflated bytes (or stored when `method` is 0) */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
}

function deflated(name: string, text: string): Entry {
  const raw = Buffer.from(text, "utf8");
  return { name, data: deflateRawSync(raw), method: 8, crc: crc32(raw), size: raw.length };
}

/** A ZIP written by hand: local headers, data, central directory, end record. */
export function zipOf(entries: Entry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt32LE(e.crc >>> 0, 16);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, Buffer.from(e.data));
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cdBuf, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The parts every workbook has, around the given sheet XML and shared strings. */
function workbookEntries(sheetXml: string, shared?: Entry): Entry[] {
  return [
    deflated(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${shared ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}</Types>`,
    ),
    deflated(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${REL_NS}><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${shared ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ""}</Relationships>`,
    ),
    deflated("xl/worksheets/sheet1.xml", sheetXml),
    ...(shared ? [shared] : []),
  ];
}

/** An XLSX whose one shared string is `megabytes` MB of "A" (a few hundred KB on disk). */
export async function bombXlsx(megabytes: number): Promise<Uint8Array> {
  const head = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="1" uniqueCount="1"><si><t>`,
  );
  const tail = Buffer.from("</t></si></sst>");
  const chunk = Buffer.alloc(1024 * 1024, "A");
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let crc = crc32(head);
  deflate.write(head);
  for (let i = 0; i < megabytes; i++) {
    crc = crc32(chunk, crc);
    // keep memory flat: wait for the deflater to take each chunk
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once("drain", r));
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await done;
  const size = head.length + megabytes * chunk.length + tail.length;
  const shared: Entry = {
    name: "xl/sharedStrings.xml",
    data: Buffer.concat(out),
    method: 8,
    crc,
    size,
  };
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" t="inlineStr"><is><t>name_kk</t></is></c><c r="C1" t="inlineStr"><is><t>name_ru</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>BOMB</t></is></c><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>0</v></c></row></sheetData></worksheet>`;
  return zipOf(workbookEntries(sheet, shared));
}

/** An XLSX whose sheet inflates to `megabytes` MB while its directory says 1 KB. */
export function lyingXlsx(megabytes: number): Uint8Array {
  const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c></row>`;
  const pad = " ".repeat(megabytes * 1024 * 1024);
  const entries = workbookEntries(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData>${pad}</worksheet>`,
  );
  const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml");
  if (sheet) sheet.size = 1024;
  return zipOf(entries);
}

/** An XLSX of a header and `n` agency rows, written as plain XML (exceljs would be slow). */
export function manyRowsXlsx(n: number): Uint8Array {
  const cell = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const rows = [
    `<row r="1">${cell("A1", "code")}${cell("B1", "name_kk")}${cell("C1", "name_ru")}</row>`,
  ];
  for (let i = 2; i <= n + 1; i++) {
    rows.push(
      `<row r="${i}">${cell(`A${i}`, `G${i}`)}${cell(`B${i}`, "Атау")}${cell(`C${i}`, "Название")}</row>`,
    );
  }
  return zipOf(
    workbookEntries(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows.join("")}</sheetData></worksheet>`,
    ),
  );
}

/** The token of the preview's confirm form. */
export function draftOf(html: string): string {
  const m = /name="draft" value="([^"]*)"/.exec(html);
  if (!m?.[1]) throw new Error("no confirm form in the preview");
  return m[1];
}

/**
 * An uploaded table (CSV or XLSX) as a header row and rows of strings, within fixed limits
 * checked before the parser runs, with the conversions made on the way (numbers and dates of
 * a spreadsheet become text) reported per cell.
 */
import { parse } from "csv-parse/sync";
import { inflateBounded, ZipLimitError } from "./zip-guard.js";

export type RawRow = Record<string, string>;

export const TABLE_LIMITS = {
  /** data rows (the header not counted) */
  rows: 20_000,
  /** an XLSX unpacked: a real 20,000-row registry is about 10 MB of XML */
  xlsxUnpacked: 32 * 1024 * 1024,
} as const;

/** A file refused before or while reading it: a Fluent key and its variables. */
export class TableError extends Error {
  constructor(
    readonly key: string,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** What reading changed in a cell: a Fluent key with the values before and after. */
export interface CellNote {
  row: number;
  col: number;
  key: string;
  vars: Record<string, string>;
}

export interface Table {
  rows: string[][];
  notes: CellNote[];
  /** set when the file was not UTF-8 and was read in this encoding */
  encoding?: "windows-1251" | "utf-16";
}

const tooManyRows = () => new TableError("admin-import-too-many-rows", { max: TABLE_LIMITS.rows });

/**
 * The text of a CSV: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text"),
 * or Windows-1251 (Excel's "CSV" on a Russian Windows) when the bytes are not UTF-8 and read
 * as Cyrillic text. Anything else is refused: guessing would write replacement characters.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding?: Table["encoding"] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // not UTF-8: try the Cyrillic code page below
  }
  const text = new TextDecoder("windows-1251").decode(bytes);
  if (looksCyrillic(text)) return { text, encoding: "windows-1251" };
  throw new TableError("admin-import-encoding");
}

/** Non-ASCII characters of the text are mostly Cyrillic letters, with no C1 controls. */
function looksCyrillic(text: string): boolean {
  let other = 0;
  let cyrillic = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      if (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) return false;
      continue;
    }
    if (cp >= 0x80 && cp <= 0x9f) return false;
    if (cp >= 0x400 && cp <= 0x4ff) cyrillic++;
    else other++;
  }
  return cyrillic > 0 && other <= cyrillic / 4;
}

/**
 * CSV as rows of strings (csv-parse: quotes, doubled quotes, CRLF, BOM). The
 * delimiter is the one of , ; tab that splits the header line most (Excel
 * writes ";" in ru/kk locales); blank lines and rows of blanks are dropped.
 * Parsed whole (the body limit bounds it) so rows of blanks never hide rows past the limit.
 */
export function parseCsv(text: string): string[][] {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  const delimiter = counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? ",";
  const rows: string[][] = parse(text, {
    bom: true,
    delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  const kept = rows.filter((r) => r.some((v) => v.trim() !== ""));
  if (kept.length > TABLE_LIMITS.rows + 1) throw tooManyRows();
  return kept;
}

/** The path of the workbook's first sheet (workbook order, resolved through its relations). */
function firstSheetPath(files: Map<string, Buffer>): string {
  const wb = files.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = files.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const rid = /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(wb)?.[1];
  const rel = rid
    ? new RegExp(`<Relationship\\b[^>]*\\bId="${rid}"[^>]*>`).exec(rels)?.[0]
    : undefined;
  const target = rel ? /\bTarget="([^"]+)"/.exec(rel)?.[1] : undefined;
  if (!target) return "xl/worksheets/sheet1.xml";
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Digits of a number as Excel shows it in "General" (no exponent for integers). */
function numberText(v: number): string {
  return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : String(v);
}

/** A date cell as YYYY-MM-DD (exceljs gives the sheet's wall clock as UTC), with HH:MM if set. */
function dateText(d: Date): string {
  const iso = d.toISOString();
  const time = iso.slice(11, 16);
  return time === "00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

interface XlsxCell {
  value: unknown;
  text: string;
  numFmt?: string;
  result?: unknown;
}

/** One cell as text, and the note when the sheet stored a number or a date. */
function cellText(cell: XlsxCell): { text: string; note?: Omit<CellNote, "row" | "col"> } {
  const raw = cell.value;
  const v =
    raw && typeof raw === "object" && "formula" in raw ? (raw as { result?: unknown }).result : raw;
  if (v instanceof Date) {
    const text = dateText(v);
    return { text, note: { key: "admin-import-note-date", vars: { to: text } } };
  }
  if (typeof v === "number") {
    const plain = numberText(v);
    // a code kept by a format of zeros ("00000000"): the formatted text is what the user sees
    const zeros = /^(0+)(;|$)/.exec(cell.numFmt ?? "")?.[1];
    if (zeros && Number.isInteger(v) && v >= 0 && plain.length < zeros.length) {
      const text = plain.padStart(zeros.length, "0");
      return {
        text,
        note: { key: "admin-import-note-number-format", vars: { from: plain, to: text } },
      };
    }
    return { text: plain, note: { key: "admin-import-note-number", vars: { value: plain } } };
  }
  return { text: cell.text ?? "" };
}

export async function parseXlsx(bytes: Uint8Array): Promise<Table> {
  let files: Map<string, Buffer>;
  try {
    files = inflateBounded(bytes, TABLE_LIMITS.xlsxUnpacked);
  } catch (err) {
    if (err instanceof ZipLimitError && err.reason === "too-large") {
      throw new TableError("admin-import-too-large", { size: TABLE_LIMITS.xlsxUnpacked });
    }
    throw new TableError("admin-import-unreadable");
  }
  // rows counted in the XML before exceljs builds them; a self-closing <row/> holds no cell
  // (Excel writes them for formatted empty rows) and is not counted
  const sheetXml = files.get(firstSheetPath(files))?.toString("utf8") ?? "";
  const rowTags = (sheetXml.match(/<(?:\w+:)?row(?:\s[^>]*)?>/g) ?? []).filter(
    (tag) => !tag.endsWith("/>"),
  ).length;
  if (rowTags > TABLE_LIMITS.rows + 1) throw tooManyRows();
  files.clear();
  // loaded on first use: exceljs is large and most requests never need it
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: Table = { rows: [], notes: [] };
  if (!ws) return out;
  ws.eachRow({ includeEmpty: false }, (r) => {
    const vals: string[] = [];
    for (let i = 1; i <= r.cellCount; i++) {
      const { text, note } = cellText(r.getCell(i) as unknown as XlsxCell);
      if (note) out.notes.push({ row: out.rows.length, col: i - 1, ...note });
      vals.push(text);
    }
    out.rows.push(vals);
  });
  if (out.rows.length > TABLE_LIMITS.rows + 1) throw tooManyRows();
  return out;
}

/** A note on a cell of a data row, by column name. */
export interface RowNote {
  column: string;
  key: string;
  vars: Record<string, string>;
}

/** A table with a header row → objects keyed by normalized header names (and their notes). */
export function toObjects(table: Table): { headers: string[]; rows: RawRow[]; notes: RowNote[][] } {
  const [head, ...body] = table.rows;
  const headers = (head ?? []).map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
  const notes: RowNote[][] = body.map(() => []);
  for (const n of table.notes) {
    const column = headers[n.col];
    if (n.row > 0 && column) notes[n.row - 1]?.push({ column, key: n.key, vars: n.vars });
  }
  return {
    headers,
    rows: body.map((r) => Object.fromEntries(headers.map((h, i) => [h, (r[i] ?? "").trim()]))),
    notes,
  };
}

/** Reads an upload; throws TableError with the reason the file is refused. */
export async function readTable(file: File): Promise<Table> {
  const name = file.name.toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (name.endsWith(".xlsx")) return parseXlsx(bytes);
  const { text, encoding } = decodeCsv(bytes);
  return { rows: parseCsv(text), notes: [], encoding };
}

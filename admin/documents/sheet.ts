/**
 * Sheets of rows: one row per service, a column per parameter and per justification. Written
 * as XLSX (exceljs, no styles per cell) or CSV (csv-stringify: RFC 4180, CRLF, UTF-8 with BOM
 * for Excel; ";" between fields for Excel in ru/kk locales, whose list separator it is, ","
 * for other programs). A campaign's sheet is streamed (`sheetXlsxStream`, `sheetCsvStream`):
 * rows are written as their page arrives, so memory holds a page, not the campaign.
 */
import { PassThrough, Readable, type Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";

export type SheetRow = (string | number)[];

export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

/** Excel's rules for a sheet name: no []:*?/\, at most 31 characters. */
function sheetName(name: string, i: number): string {
  return name.replace(/[*?:\\/[\]]/g, " ").slice(0, 31) || `Sheet${i + 1}`;
}

const CREATOR = "gov-services-review";
const VIEWS = [{ state: "frozen" as const, xSplit: 1, ySplit: 1 }];
const PLAIN: Partial<import("exceljs").Style> = Object.freeze({});
const width = (k: number) => (k < 3 ? 24 : 30);

/**
 * One sheet as XLSX, streamed: exceljs's streaming writer, each row committed as its page
 * arrives, the next page read only once the output has drained (a slow download holds the
 * reading back instead of buffering the campaign). Same workbook as `sheetsXlsx` builds: bold
 * frozen header, the same widths; strings inline (a shared-strings table would keep every
 * distinct text in memory until the end). `onError`: a failure after the first bytes can only
 * abort the download; it is reported there.
 */
export function sheetXlsxStream(
  name: string,
  header: string[],
  pages: AsyncIterable<SheetRow[]>,
  onError: (err: unknown) => void,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  (async () => {
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    wb.creator = CREATOR;
    const ws = wb.addWorksheet(sheetName(name, 0), { views: VIEWS });
    ws.columns = header.map((_, k) => ({ width: width(k) }));
    const head = ws.addRow(header);
    head.font = { bold: true };
    head.commit();
    for await (const rows of pages) {
      if (out.destroyed) return; // the download was cancelled
      for (const r of rows) {
        const row = ws.addRow(r);
        // one style object for every plain cell: exceljs resolves a style once per object
        // (a WeakMap), and otherwise builds a fresh {} per cell and resolves each one
        row.eachCell((cell) => {
          cell.style = PLAIN;
        });
        row.commit();
      }
      await drained(out);
    }
    ws.commit();
    await wb.commit();
  })().catch((err) => {
    onError(err);
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** Resolves once `s` can take more (or is closed: nothing more will be written). */
function drained(s: Writable): Promise<void> {
  if (!s.writableNeedDrain || s.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      s.off("drain", done);
      s.off("close", done);
      resolve();
    };
    s.on("drain", done);
    s.on("close", done);
  });
}

/** Several sheets in one workbook (names cut to Excel's 31 characters). */
export async function sheetsXlsx(sheets: { name: string; sheet: Sheet }[]): Promise<Uint8Array> {
  // loaded on first use: exceljs is large and most requests never need it
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  for (const [i, { name, sheet }] of sheets.entries()) {
    const ws = wb.addWorksheet(sheetName(name, i), { views: VIEWS });
    ws.addRow(sheet.header).font = { bold: true };
    ws.addRows(sheet.rows);
    ws.columns.forEach((col, k) => {
      col.width = width(k);
    });
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** Neutralises spreadsheet formulas in untrusted text (CSV injection); numbers stay numbers. */
export function safeCell(v: string | number): string {
  if (typeof v === "number") return String(v);
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export type CsvDelimiter = "," | ";";

// ";" is quoted in either form: Excel in a ru/kk locale splits on it
const csvOptions = (delimiter: CsvDelimiter) => ({
  delimiter,
  record_delimiter: "\r\n",
  quoted_match: /;/,
});

export function sheetCsv(sheet: Sheet, delimiter: CsvDelimiter = ","): string {
  return stringify(
    [sheet.header, ...sheet.rows].map((r) => r.map(safeCell)),
    {
      ...csvOptions(delimiter),
      bom: true,
    },
  );
}

/**
 * One sheet as CSV, streamed: each page written as it arrives, the next read when the download
 * asks. `onError` as for `sheetXlsxStream`.
 */
export function sheetCsvStream(
  header: string[],
  pages: AsyncIterable<SheetRow[]>,
  delimiter: CsvDelimiter,
  onError: (err: unknown) => void,
): ReadableStream<Uint8Array> {
  const options = csvOptions(delimiter);
  const bytes = new TextEncoder();
  async function* chunks() {
    yield bytes.encode(stringify([header.map(safeCell)], { ...options, bom: true }));
    try {
      for await (const rows of pages) {
        yield bytes.encode(
          stringify(
            rows.map((r) => r.map(safeCell)),
            options,
          ),
        );
      }
    } catch (err) {
      onError(err);
      throw err;
    }
  }
  return Readable.toWeb(
    Readable.from(chunks(), { objectMode: false }),
  ) as ReadableStream<Uint8Array>;
}

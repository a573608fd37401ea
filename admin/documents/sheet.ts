/**
 * All responses of a campaign as one sheet: one row per service, a column per
 * parameter and per justification. Written as XLSX (exceljs, streaming-free
 * but lean: no styles per cell) or CSV (csv-stringify: RFC 4180, CRLF, UTF-8
 * with BOM for Excel; ";" between fields for Excel in ru/kk locales, whose
 * list separator it is, "," for other programs).
 */
import { stringify } from "csv-stringify/sync";

export interface Sheet {
  header: string[];
  rows: (string | number)[][];
}

export async function sheetXlsx(name: string, sheet: Sheet): Promise<Uint8Array> {
  return sheetsXlsx([{ name, sheet }]);
}

/** Several sheets in one workbook (names cut to Excel's 31 characters). */
export async function sheetsXlsx(sheets: { name: string; sheet: Sheet }[]): Promise<Uint8Array> {
  // loaded on first use: exceljs is large and most requests never need it
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "gov-services-review";
  for (const [i, { name, sheet }] of sheets.entries()) {
    const ws = wb.addWorksheet(name.replace(/[*?:\\/[\]]/g, " ").slice(0, 31) || `Sheet${i + 1}`, {
      views: [{ state: "frozen", xSplit: 1, ySplit: 1 }],
    });
    ws.addRow(sheet.header).font = { bold: true };
    ws.addRows(sheet.rows);
    ws.columns.forEach((col, k) => {
      col.width = k < 3 ? 24 : 30;
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

export function sheetCsv(sheet: Sheet, delimiter: CsvDelimiter = ","): string {
  return stringify(
    [sheet.header, ...sheet.rows].map((r) => r.map(safeCell)),
    // ";" is quoted in either form: Excel in a ru/kk locale splits on it
    { bom: true, delimiter, record_delimiter: "\r\n", quoted_match: /;/ },
  );
}

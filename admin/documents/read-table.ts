/** An uploaded table (CSV or XLSX) as a header row and rows of strings. */
import { parse } from "csv-parse/sync";

export type RawRow = Record<string, string>;

/**
 * CSV as rows of strings (csv-parse: quotes, doubled quotes, CRLF, BOM). The
 * delimiter is the one of , ; tab that splits the header line most (Excel
 * writes ";" in ru/kk locales); blank lines and rows of blanks are dropped.
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
  return rows.filter((r) => r.some((v) => v.trim() !== ""));
}

export async function parseXlsx(bytes: ArrayBuffer): Promise<string[][]> {
  // loaded on first use: exceljs is large and most requests never need it
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (r) => {
    const vals: string[] = [];
    for (let i = 1; i <= r.cellCount; i++) vals.push(r.getCell(i).text ?? "");
    rows.push(vals);
  });
  return rows;
}

/** A table with a header row → objects keyed by normalized header names. */
export function toObjects(table: string[][]): { headers: string[]; rows: RawRow[] } {
  const [head, ...body] = table;
  const headers = (head ?? []).map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
  return {
    headers,
    rows: body.map((r) => Object.fromEntries(headers.map((h, i) => [h, (r[i] ?? "").trim()]))),
  };
}

export async function readTable(file: File): Promise<string[][]> {
  const name = file.name.toLowerCase();
  if (name.endsWith(".xlsx")) return parseXlsx(await file.arrayBuffer());
  return parseCsv(await file.text());
}

/**
 * Registry imports from CSV or XLSX: read a table (header row + rows),
 * validate every row with zod, report per-row errors; nothing is written here.
 */
import { z } from "zod";

export type RawRow = Record<string, string>;

/** RFC 4180-ish CSV: quotes, doubled quotes, CRLF; delimiter guessed from the header (, ; tab). */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.split(/\r?\n/, 1)[0] ?? "";
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  const delim = counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delim) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
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

/** A registry/agency code; shared by the import rows and the registry forms. */
export const code = z
  .string()
  .trim()
  .min(1, "admin-err-required")
  .max(64, "admin-err-too-long")
  .regex(/^[\p{L}\p{N}._\-/]+$/u, "admin-err-code-format");
export const name = z.string().trim().min(1, "admin-err-required").max(1000, "admin-err-too-long");

export const AgencyRowSchema = z.object({ code, name_kk: name, name_ru: name });
export const ServiceRowSchema = z.object({
  registry_code: code,
  name_kk: name,
  name_ru: name,
  agency_code: code,
});
export type AgencyImportRow = z.output<typeof AgencyRowSchema>;
export type ServiceImportRow = z.output<typeof ServiceRowSchema>;

export interface RowReport<T> {
  line: number;
  raw: RawRow;
  data?: T;
  /** Fluent keys with the column they concern */
  errors: { column: string; key: string }[];
}

/**
 * Validates rows; `keyOf` gives the unique code (duplicates in the file are
 * errors); `check` adds cross-row errors (e.g. an unknown agency).
 */
export function validateRows<S extends z.ZodType>(
  rows: RawRow[],
  schema: S,
  keyOf: (d: z.output<S>) => string,
  check?: (d: z.output<S>) => { column: string; key: string } | null,
): RowReport<z.output<S>>[] {
  const seen = new Set<string>();
  return rows.map((raw, i) => {
    const line = i + 2;
    const r = schema.safeParse(raw);
    if (!r.success) {
      return {
        line,
        raw,
        errors: r.error.issues.map((iss) => ({
          column: String(iss.path[0] ?? ""),
          key: iss.message.startsWith("admin-") ? iss.message : "admin-err-required",
        })),
      };
    }
    const errors: { column: string; key: string }[] = [];
    const k = keyOf(r.data);
    if (seen.has(k)) errors.push({ column: "", key: "admin-import-duplicate" });
    seen.add(k);
    const extra = check?.(r.data);
    if (extra) errors.push(extra);
    return { line, raw, data: errors.length ? undefined : r.data, errors };
  });
}

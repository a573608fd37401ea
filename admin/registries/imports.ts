/**
 * Registry imports: every row of an uploaded table (documents/read-table.ts)
 * validated with zod, with per-row errors, the conversions reading made, and
 * what the row would change in the registry; nothing is written here.
 */
import { z } from "zod";

import type { RawRow, RowNote } from "../documents/read-table.js";

export type { RawRow, RowNote };

/** A registry/agency code; shared by the import rows and the registry forms. */
export const code = z
  .string()
  .trim()
  .min(1, "admin-err-required")
  .max(64, "admin-err-too-long")
  .regex(/^[\p{L}\p{N}._\-/]+$/u, "admin-err-code-format");
export const name = z
  .string()
  .trim()
  .min(1, "admin-err-required")
  .max(1000, "admin-err-too-long")
  // U+FFFD: text already damaged by a wrong encoding; never written
  .refine((s) => !s.includes("\uFFFD"), "admin-err-replacement-char");

export const AgencyRowSchema = z.object({ code, name_kk: name, name_ru: name });
export const ServiceRowSchema = z.object({
  registry_code: code,
  name_kk: name,
  name_ru: name,
  agency_code: code,
});

/** error: not importable; new: not in the registry; changed/unchanged: compared with it */
export type RowStatus = "error" | "new" | "changed" | "unchanged";
export const ROW_STATUSES: readonly RowStatus[] = ["error", "changed", "new", "unchanged"];

export interface RowChange {
  column: string;
  before: string;
  after: string;
}

export interface RowReport<T> {
  line: number;
  raw: RawRow;
  data?: T;
  /** Fluent keys with the column they concern */
  errors: { column: string; key: string }[];
  /** conversions made while reading the file (numbers and dates of a spreadsheet) */
  notes: RowNote[];
  status: RowStatus;
  changes: RowChange[];
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
  notes: RowNote[][] = [],
): RowReport<z.output<S>>[] {
  const seen = new Set<string>();
  return rows.map((raw, i) => {
    const line = i + 2;
    const base = { line, raw, notes: notes[i] ?? [], changes: [] };
    const r = schema.safeParse(raw);
    if (!r.success) {
      return {
        ...base,
        status: "error" as const,
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
    return errors.length
      ? { ...base, status: "error" as const, errors }
      : { ...base, status: "new" as const, data: r.data, errors };
  });
}

/**
 * Marks each valid row new, changed (with old → new per column) or unchanged against the
 * registry's current values (`existing`: code → the same columns as the file).
 */
export function compareWithRegistry<T>(
  reports: RowReport<T>[],
  existing: Map<string, Record<string, string>>,
  columns: string[],
  codeOf: (d: T) => string,
): RowReport<T>[] {
  return reports.map((r) => {
    if (!r.data) return r;
    const old = existing.get(codeOf(r.data));
    if (!old) return { ...r, status: "new", changes: [] };
    const now = r.data as Record<string, string>;
    const changes = columns
      .filter((col) => (old[col] ?? "") !== (now[col] ?? ""))
      .map((column) => ({ column, before: old[column] ?? "", after: now[column] ?? "" }));
    return { ...r, status: changes.length ? "changed" : "unchanged", changes };
  });
}

/** How many rows of each status. */
export function countStatuses(reports: { status: RowStatus }[]): Record<RowStatus, number> {
  const n: Record<RowStatus, number> = { error: 0, new: 0, changed: 0, unchanged: 0 };
  for (const r of reports) n[r.status]++;
  return n;
}

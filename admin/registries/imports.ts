/**
 * Registry imports: every row of an uploaded table (documents/read-table.ts)
 * validated with zod, with per-row errors; nothing is written here.
 */
import { z } from "zod";

import type { RawRow } from "../documents/read-table.js";

export type { RawRow };

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

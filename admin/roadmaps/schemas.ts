/** The roadmap form (five activities × responsible, deadline, form, done date) and list filter. */
import { z } from "zod";
import { ROADMAP_ACTIVITY_NOS } from "../../src/domain/agenda.js";
import { type LocalDate, LocalDateSchema } from "../../src/domain/time.js";
import type { ActivityInput } from "../../src/services/roadmaps.js";
import { pageParam, searchParam } from "../components/pager.js";
import { DocLang } from "../documents/lang.js";

const OptDate = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? s : null))
  .pipe(LocalDateSchema.nullable());
const OptText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "admin-err-too-long")
    .optional()
    .transform((s) => (s ? s : null));

const activityFields = Object.fromEntries(
  ROADMAP_ACTIVITY_NOS.flatMap((no) => [
    [`responsible${no}`, OptText(500)],
    [`deadline${no}`, OptDate],
    [`form${no}`, OptText(500)],
    [`done${no}`, OptDate],
  ]),
);

/** The form's fields, named `responsible1`…`done5`. */
export const ActivitiesSchema = z.object(activityFields) as unknown as z.ZodType<
  Record<string, string | null>
>;

/** The validated form as one input per activity number. */
export function activitiesOf(data: Record<string, string | null>): Map<number, ActivityInput> {
  return new Map(
    ROADMAP_ACTIVITY_NOS.map((no) => [
      no,
      {
        responsible: data[`responsible${no}`] ?? null,
        deadline: (data[`deadline${no}`] ?? null) as LocalDate | null,
        completionForm: data[`form${no}`] ?? null,
        doneOn: (data[`done${no}`] ?? null) as LocalDate | null,
      },
    ]),
  );
}

/** Why an approved roadmap is re-opened (kept in the audit log). */
export const ReopenSchema = z.object({
  reason: z.string().trim().min(1, "admin-err-required").max(1000, "admin-err-too-long"),
});

export const ListQuery = z.object({
  state: z.enum(["on-time", "late"]).optional().catch(undefined),
  q: searchParam,
  page: pageParam,
});

/** ?lang= of a document. */
export const DocQuery = z.object({ lang: DocLang });

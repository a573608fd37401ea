/** The forms and queries of the meetings area; messages are Fluent keys. */
import { z } from "zod";
import { DEFAULT_ITEM_MINUTES, MINUTES_MAX, MINUTES_MIN } from "../../src/domain/agenda.js";
import { isHhmm, LocalDateSchema } from "../../src/domain/time.js";
import { DocLang } from "../documents/lang.js";

export const MeetingSchema = z.object({
  date: LocalDateSchema,
  time: z.string().refine(isHhmm, "admin-err-invalid"),
  place: z.string().trim().max(300, "admin-err-too-long"),
});

/** The candidates' filter (a bad value is ignored, not an error). */
export const CandidateQuery = z.object({
  agency: z.coerce.number().int().positive().optional().catch(undefined),
  status: z.enum(["submitted", "accepted"]).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});

/** Ids of a repeated field: one value comes as a string, several as an array. */
const ids = z.array(
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
);
const repeated = (v: unknown) => (typeof v === "string" ? [v] : v);

export const AddSchema = z.object({
  r: z.preprocess(repeated, ids.min(1, "admin-err-required").max(500)),
  minutes: z.coerce.number().int().min(MINUTES_MIN).max(MINUTES_MAX).default(DEFAULT_ITEM_MINUTES),
});

export const ItemSchema = z.object({
  speaker: z.string().trim().max(300, "admin-err-too-long").default(""),
  minutes: z.coerce
    .number()
    .int()
    .min(MINUTES_MIN, "admin-err-invalid")
    .max(MINUTES_MAX, "admin-err-invalid"),
});

export const MoveSchema = z.object({ dir: z.enum(["up", "down"]) });

export const AttendanceSchema = z.object({
  m: z.preprocess((v) => repeated(v ?? []), ids.max(1000)),
});

export const DecisionSchema = z.object({
  decision: z.enum(["recommended", "returned", "rejected"]),
  note: z.string().trim().max(2000, "admin-err-too-long").default(""),
});

/** The agenda version the secretary confirmed on the confirmation page. */
export const SendSchema = z.object({
  version: z.coerce.number().int().positive(),
});

/** Why a meeting is cancelled (kept in the audit log). */
export const CancelSchema = z.object({
  reason: z.string().trim().min(1, "admin-err-required").max(1000, "admin-err-too-long"),
});

/** ?lang= of a document. */
export const DocQuery = z.object({ lang: DocLang });

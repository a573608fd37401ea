/** The forms and queries of the meetings area; messages are Fluent keys. */
import { z } from "zod";
import { DEFAULT_ITEM_MINUTES, MINUTES_MAX, MINUTES_MIN } from "../../src/domain/agenda.js";
import { isHhmm, LocalDateSchema } from "../../src/domain/time.js";

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

/** Ids of a repeated field (formValues joins repeats with "\n"). */
const ids = z.array(
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
);
const lines = (s: string) => s.split("\n").filter(Boolean);

export const AddSchema = z.object({
  r: z.string().transform(lines).pipe(ids.min(1, "admin-err-required").max(500)),
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
  m: z.string().default("").transform(lines).pipe(ids.max(1000)),
});

export const DecisionSchema = z.object({
  decision: z.enum(["recommended", "returned", "rejected"]),
  note: z.string().trim().max(2000, "admin-err-too-long").default(""),
});

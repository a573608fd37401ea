/** The calendar override form; messages are Fluent keys. */
import { z } from "zod";
import { isLocalDate } from "../../src/domain/time.js";

export const OverrideSchema = z.object({
  date: z
    .string()
    .trim()
    .refine((v) => isLocalDate(v), "admin-err-date"),
  kind: z.enum(["off", "work"], { message: "admin-err-required" }),
  note: z.string().trim().max(300, "admin-err-too-long").optional(),
});

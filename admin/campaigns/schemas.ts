/** The campaign forms (new, edit, reminder policy); messages are Fluent keys. */
import { z } from "zod";
import { type ReminderPolicy, ReminderPolicySchema } from "../../src/domain/reminders.js";
import { isLocalDate, type LocalDate } from "../../src/domain/time.js";
import type { FieldErrors } from "../components/forms.js";

const localDate = z
  .string()
  .trim()
  .refine((v) => isLocalDate(v), "admin-err-date")
  .transform((v) => v as LocalDate);
const optDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isLocalDate(v), "admin-err-date")
  .transform((v) => v as LocalDate | undefined);

/** The services picked: the multi-select (one value is a string, several an array), codes, a file. */
export const PickedSchema = z.object({
  serviceId: z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(z.string())).optional(),
  codes: z.string().max(200_000, "admin-err-too-long").optional(),
  file: z.unknown().optional(),
});
export type Picked = z.output<typeof PickedSchema>;

export const CampaignSchema = PickedSchema.extend({
  year: z.coerce
    .number({ message: "admin-err-year" })
    .int("admin-err-year")
    .min(2015, "admin-err-year")
    .max(2100, "admin-err-year"),
  title: z.string().trim().min(1, "admin-err-required").max(300, "admin-err-too-long"),
  listSentOn: optDate,
  dueOn: optDate,
});

export const EditSchema = CampaignSchema.pick({ title: true, listSentOn: true }).extend({
  dueOn: localDate,
});

export const PolicyForm = z.object({
  beforeWorkingDays: z.string().trim().max(200),
  onDueDate: z.string().optional(),
  overdueEveryWorkingDays: z.coerce
    .number()
    .int()
    .min(0, "admin-err-number")
    .max(60, "admin-err-number"),
  returnedEveryWorkingDays: z.coerce
    .number()
    .int()
    .min(1, "admin-err-number")
    .max(60, "admin-err-number"),
  sendAt: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "admin-err-time"),
  quietFrom: z
    .string()
    .trim()
    .regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, "admin-err-time"),
});

/** The policy form as a reminder policy, or the field it fails on. */
export function policyOf(
  f: z.output<typeof PolicyForm>,
): { ok: true; policy: ReminderPolicy } | { ok: false; errors: FieldErrors } {
  const days = f.beforeWorkingDays
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  const policy = ReminderPolicySchema.safeParse({
    beforeWorkingDays: days,
    onDueDate: f.onDueDate === "on",
    overdueEveryWorkingDays: f.overdueEveryWorkingDays,
    returnedEveryWorkingDays: f.returnedEveryWorkingDays,
    sendAt: f.sendAt,
    quietFrom: f.quietFrom || undefined,
  });
  if (policy.success) return { ok: true, policy: policy.data };
  const field = String(policy.error.issues[0]?.path[0] ?? "sendAt");
  return {
    ok: false,
    errors: { [field]: field === "beforeWorkingDays" ? "admin-err-days" : "admin-err-policy" },
  };
}

/** The policy as the form shows it. */
export function policyValues(policy: ReminderPolicy): Record<string, string> {
  return {
    beforeWorkingDays: policy.beforeWorkingDays.join(", "),
    onDueDate: policy.onDueDate ? "on" : "",
    overdueEveryWorkingDays: String(policy.overdueEveryWorkingDays),
    returnedEveryWorkingDays: String(policy.returnedEveryWorkingDays),
    sendAt: policy.sendAt,
    quietFrom: policy.quietFrom ?? "",
  };
}

/** Why a campaign made by mistake is cancelled (kept in the audit log). */
export const CancelSchema = z.object({
  reason: z.string().trim().min(1, "admin-err-required").max(1000, "admin-err-too-long"),
});

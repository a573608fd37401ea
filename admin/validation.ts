/**
 * Request validation with @hono/zod-validator and one error policy:
 * a form that fails re-renders itself with 400 and a Fluent key per field
 * (`z.string().min(1, "admin-err-required")`; other messages become
 * "admin-err-invalid"); a bad id in the path is a 404. Queries are parsed
 * with schemas that `.catch()` bad values, so a stray parameter never fails.
 */
import { zValidator } from "@hono/zod-validator";
import type { Context } from "hono";
import { z } from "zod";
import type { FieldErrors, FormValues } from "./components/forms.js";
import type { AdminEnv } from "./context.js";
import { IdParam, notFound } from "./lib.js";

/** Form values as strings (repeated fields joined with "\n", files and the CSRF token left out). */
export function formStrings(raw: unknown): FormValues {
  const out: FormValues = {};
  if (!raw || typeof raw !== "object") return out;
  for (const [k, v] of Object.entries(raw)) {
    if (k === "_csrf") continue;
    const strings = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
    if (strings.length) out[k] = strings.join("\n");
  }
  return out;
}

/** zod issues → one Fluent key per field (the first issue wins). */
export function fieldErrors(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    if (errors[key]) continue;
    errors[key] = issue.message.startsWith("admin-") ? issue.message : "admin-err-invalid";
  }
  return errors;
}

export type InvalidForm = (
  c: Context<AdminEnv>,
  values: FormValues,
  errors: FieldErrors,
) => Response | Promise<Response>;

/**
 * Validates the posted form; on failure answers 400 with `onInvalid` (the form
 * again, with the values kept and the errors shown). The handler reads
 * `c.req.valid("form")`.
 */
export function validForm<S extends z.ZodType>(schema: S, onInvalid: InvalidForm) {
  return zValidator("form", schema, async (result, c) => {
    if (result.success) return;
    c.status(400);
    return onInvalid(
      c as unknown as Context<AdminEnv>,
      formStrings(result.data),
      fieldErrors(result.error),
    );
  });
}

/** Validates the query string (schemas catch bad values themselves); read with `c.req.valid("query")`. */
export function validQuery<S extends z.ZodType>(schema: S) {
  return zValidator("query", schema);
}

/** `:id` (and optionally a second id parameter) as positive integers, or 404. */
export function validIds<K extends string = "id">(...names: K[]) {
  const keys = names.length ? names : (["id"] as K[]);
  const schema = z.object(
    Object.fromEntries(keys.map((k) => [k, IdParam])) as Record<K, typeof IdParam>,
  );
  return zValidator("param", schema, (result, c) =>
    result.success ? undefined : notFound(c as unknown as Context<AdminEnv>),
  );
}

/** The posted form as strings, for showing it again after a check that follows validation. */
export async function postedValues(c: Context<AdminEnv>): Promise<FormValues> {
  return formStrings(await c.req.parseBody({ all: true }));
}

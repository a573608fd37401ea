import { type Child, createContext, useContext } from "hono/jsx";
import type { z } from "zod";
import { fieldErrors } from "../validation.js";
import { useCtx, useT } from "./request.js";

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string>;

export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

/**
 * Validates form values with a zod schema whose messages are Fluent keys
 * (e.g. `z.string().min(1, "admin-err-required")`).
 */
export function validate<S extends z.ZodType>(
  schema: S,
  values: FormValues,
  input: unknown = values,
): FormResult<z.output<S>> {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, data: r.data, values };
  return { ok: false, errors: fieldErrors(r.error), values };
}

/** The hidden CSRF token field every POST form carries. */
export function CsrfField() {
  const token = useCtx().get("session")?.csrfToken ?? "";
  return <input type="hidden" name="_csrf" value={token} />;
}

/** The posted values and errors of the form being rendered: its fields read them from here. */
const FormState = createContext<{ values?: FormValues; errors?: FieldErrors }>({});

/** A form that posts with the CSRF token; its fields show `values` and `errors`. */
export function PostForm(props: {
  action: string;
  children?: Child;
  multipart?: boolean;
  class?: string;
  confirm?: string;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const state = { values: props.values, errors: props.errors };
  return (
    <form
      method="post"
      action={props.action}
      enctype={props.multipart ? "multipart/form-data" : undefined}
      class={props.class}
      data-confirm={props.confirm}
    >
      <CsrfField />
      <FormState.Provider value={state}>{props.children}</FormState.Provider>
    </form>
  );
}

/** A form that is one button (archive, remove, approve, send…), with an optional confirmation. */
export function ButtonForm(p: {
  action: string;
  label: string;
  /** class of the form (e.g. "inline") */
  class?: string;
  /** class of the button (e.g. "link", "secondary") */
  button?: string;
  confirm?: string;
  disabled?: boolean;
}) {
  return (
    <PostForm action={p.action} class={p.class} confirm={p.confirm}>
      <button type="submit" class={p.button} disabled={p.disabled}>
        {p.label}
      </button>
    </PostForm>
  );
}

interface FieldProps {
  name: string;
  label: string;
  values?: FormValues;
  errors?: FieldErrors;
  type?: string;
  required?: boolean;
  hint?: string;
  value?: string;
}

function ErrorText(props: { name: string; errors?: FieldErrors }) {
  const t = useT();
  const key = props.errors?.[props.name];
  if (!key) return null;
  return (
    <small class="error" id={`${props.name}-error`}>
      {t(key)}
    </small>
  );
}

/** A field's props with the enclosing form's values and errors filled in. */
function withFormState<P extends { values?: FormValues; errors?: FieldErrors }>(p: P): P {
  const form = useContext(FormState);
  return { ...p, values: p.values ?? form.values, errors: p.errors ?? form.errors };
}

export function Field(props: FieldProps) {
  const p = withFormState(props);
  const invalid = p.errors?.[p.name] ? "true" : undefined;
  return (
    <label>
      {p.label}
      <input
        type={p.type ?? "text"}
        name={p.name}
        value={p.values?.[p.name] ?? p.value ?? ""}
        required={p.required}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${p.name}-error` : undefined}
      />
      {p.hint ? <small>{p.hint}</small> : null}
      <ErrorText name={p.name} errors={p.errors} />
    </label>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const p = withFormState(props);
  const invalid = p.errors?.[p.name] ? "true" : undefined;
  return (
    <label>
      {p.label}
      <textarea name={p.name} rows={p.rows ?? 3} required={p.required} aria-invalid={invalid}>
        {p.values?.[p.name] ?? p.value ?? ""}
      </textarea>
      {p.hint ? <small>{p.hint}</small> : null}
      <ErrorText name={p.name} errors={p.errors} />
    </label>
  );
}

export function Select(
  props: FieldProps & { options: { value: string; label: string }[]; empty?: string },
) {
  const p = withFormState(props);
  const current = p.values?.[p.name] ?? p.value ?? "";
  const invalid = p.errors?.[p.name] ? "true" : undefined;
  return (
    <label>
      {p.label}
      <select name={p.name} required={p.required} aria-invalid={invalid}>
        {p.empty !== undefined ? <option value="">{p.empty}</option> : null}
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText name={p.name} errors={p.errors} />
    </label>
  );
}

/** A summary line above a form that failed validation. */
export function FormErrors(p: { errors?: FieldErrors }) {
  const t = useT();
  const props = withFormState(p);
  if (!props.errors || Object.keys(props.errors).length === 0) return null;
  return (
    <p class="notice error" role="alert">
      {t("admin-form-has-errors")}
      {props.errors._form ? ` ${t(props.errors._form)}` : ""}
    </p>
  );
}

/** The two languages, each named in itself (not translated). */
export const LOCALE_OPTIONS = [
  { value: "kk", label: "Қазақша" },
  { value: "ru", label: "Русский" },
];

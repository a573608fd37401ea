/** Generic registry routes (create, edit, archive, import with preview) shared by agencies and services. */
import type { Hono } from "hono";
import type { Child } from "hono/jsx";
import { z } from "zod";
import type { Db } from "../../src/db/client.js";
import { audit } from "../../src/db/repositories/audit.js";
import { requireRole } from "../auth/session.js";
import {
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  formValues,
  PostForm,
  validate,
} from "../components/forms.js";
import { page } from "../components/layout.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { type RawRow, type RowReport, readTable, toObjects } from "../imports.js";
import { idParam, notFound, redirectOk } from "../lib.js";

interface RegistryRepo<Row, Input> {
  byId(id: number): Promise<Row | undefined>;
  create(v: Input): Promise<Row>;
  update(id: number, v: Input | { archivedAt: Date | null }): Promise<void>;
  upsertMany(rows: Input[]): Promise<{ created: number; updated: number }>;
}

/** One registry: what differs between agencies and services. */
export interface RegistrySpec<
  Row extends { id: number; archivedAt: Date | null },
  Input,
  ImportRow,
> {
  /** list path, also the prefix of every route ("/agencies") */
  path: string;
  /** audit entity ("agency") */
  entity: string;
  repo: (db: Db) => RegistryRepo<Row, Input>;
  schema: z.ZodType<Input>;
  /** the code field: first in the form, where a unique violation is reported */
  uniqueField: string;
  /** title keys of the create and edit forms */
  formTitle: { new: string; edit: string };
  /** fields after code and names (services: the agency) */
  extraFields?: (c: Ctx, values: FormValues, errors: FieldErrors) => Promise<Child>;
  /** form values of an existing row */
  values: (row: Row) => FormValues;
  /** extra checks before create; errors re-render the form with 400 */
  checkCreate?: (c: Ctx, data: Input) => Promise<FieldErrors | null>;
  import: {
    /** page title key */
    title: string;
    columns: string[];
    rowSchema: z.ZodType<ImportRow>;
    /** the unique code of an import row (audit "codes") */
    codeOf: (r: ImportRow) => string;
    reports: (c: Ctx, rows: RawRow[]) => Promise<RowReport<ImportRow>[]>;
    /** repository input of confirmed rows, or null when they no longer validate */
    inputs: (c: Ctx, rows: ImportRow[]) => Promise<Input[] | null>;
  };
}

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

function ImportPreview<T>(props: {
  c: Ctx;
  reports: RowReport<T>[];
  columns: string[];
  action: string;
  payload: T[];
}) {
  const t = props.c.get("t");
  const bad = props.reports.filter((r) => r.errors.length);
  return (
    <section>
      <p>
        {t("admin-import-summary", {
          total: props.reports.length,
          ok: props.payload.length,
          bad: bad.length,
        })}
      </p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>{t("admin-import-line")}</th>
              {props.columns.map((col) => (
                <th>{col}</th>
              ))}
              <th>{t("admin-import-errors")}</th>
            </tr>
          </thead>
          <tbody>
            {props.reports.map((r) => (
              <tr class={r.errors.length ? "bad" : undefined}>
                <td>{r.line}</td>
                {props.columns.map((col) => (
                  <td aria-invalid={r.errors.some((e) => e.column === col) ? "true" : undefined}>
                    {r.raw[col] ?? ""}
                  </td>
                ))}
                <td>
                  {r.errors.map((e) => `${e.column ? `${e.column}: ` : ""}${t(e.key)}`).join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.payload.length ? (
        <PostForm c={props.c} action={props.action}>
          <input type="hidden" name="payload" value={JSON.stringify(props.payload)} />
          <button type="submit">
            {t("admin-import-confirm", { count: props.payload.length })}
          </button>
        </PostForm>
      ) : null}
      <p>
        <a href="?">{t("admin-import-again")}</a>
      </p>
    </section>
  );
}

function UploadForm(props: { c: Ctx; action: string; columns: string; error?: string }) {
  const t = props.c.get("t");
  return (
    <PostForm c={props.c} action={props.action} multipart>
      {props.error ? <p class="notice error">{t(props.error)}</p> : null}
      <p>{t("admin-import-help", { columns: props.columns })}</p>
      <label>
        {t("admin-import-file")}
        <input type="file" name="file" accept=".csv,.xlsx,text/csv" required />
      </label>
      <button type="submit">{t("admin-import-preview")}</button>
    </PostForm>
  );
}

async function uploadedFile(c: Ctx): Promise<File | null> {
  const body = await c.req.parseBody();
  const f = body.file;
  return f instanceof File && f.size > 0 ? f : null;
}

function safeJson(s: string | undefined): unknown {
  try {
    return JSON.parse(s ?? "");
  } catch {
    return null;
  }
}

/** Mounts new/create, edit/update, archive and import (preview + confirm) for one registry. */
export function mountRegistry<
  Row extends { id: number; archivedAt: Date | null },
  Input,
  ImportRow,
>(app: Hono<AdminEnv>, spec: RegistrySpec<Row, Input, ImportRow>): void {
  const { path, entity } = spec;
  const form = async (
    c: Ctx,
    action: string,
    values: FormValues,
    errors: FieldErrors = {},
    status = 200,
    row?: Row,
  ) => {
    const t = c.get("t");
    const extra = await spec.extraFields?.(c, values, errors);
    const text = (name: string, label: string) => (
      <Field c={c} name={name} label={t(label)} values={values} errors={errors} required />
    );
    return page(
      c,
      t(row ? spec.formTitle.edit : spec.formTitle.new),
      <>
        <PostForm c={c} action={action} class="narrow">
          <FormErrors c={c} errors={errors} />
          {text(spec.uniqueField, "admin-col-code")}
          {text("nameKk", "admin-field-name-kk")}
          {text("nameRu", "admin-field-name-ru")}
          {extra}
          <button type="submit">{t("admin-save")}</button>
        </PostForm>
        {row ? (
          <PostForm c={c} action={`${path}/${row.id}/archive`}>
            <button type="submit" class="secondary">
              {t(row.archivedAt ? "admin-unarchive" : "admin-archive")}
            </button>
          </PostForm>
        ) : null}
      </>,
      status,
    );
  };
  const taken = (): FieldErrors => ({ [spec.uniqueField]: "admin-err-code-taken" });
  const sec = requireRole("secretary");

  app.get(`${path}/new`, sec, (c) => form(c, path, {}));
  app.post(path, sec, async (c) => {
    const a = c.get("a");
    const values = await formValues(c);
    const r = validate(spec.schema, values);
    if (!r.ok) return form(c, path, values, r.errors, 400);
    const errors = await spec.checkCreate?.(c, r.data);
    if (errors) return form(c, path, values, errors, 400);
    try {
      const row = await spec.repo(a.deps.db).create(r.data);
      await audit(a.deps.db, {
        actor: actorOf(c.get("admin")),
        action: "create",
        entity,
        entityId: row.id,
        after: row,
      });
    } catch (err) {
      if (isUniqueViolation(err)) return form(c, path, values, taken(), 400);
      throw err;
    }
    return redirectOk(c, path, "admin-saved");
  });
  app.get(`${path}/:id{[0-9]+}/edit`, sec, async (c) => {
    const id = idParam(c);
    const row = id ? await spec.repo(c.get("a").deps.db).byId(id) : undefined;
    if (!row) return notFound(c);
    return form(c, `${path}/${row.id}`, spec.values(row), {}, 200, row);
  });
  app.post(`${path}/:id{[0-9]+}`, sec, async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    const repo = spec.repo(a.deps.db);
    const before = id ? await repo.byId(id) : undefined;
    if (!before) return notFound(c);
    const action = `${path}/${before.id}`;
    const values = await formValues(c);
    const r = validate(spec.schema, values);
    if (!r.ok) return form(c, action, values, r.errors, 400, before);
    try {
      await repo.update(before.id, r.data);
    } catch (err) {
      if (isUniqueViolation(err)) return form(c, action, values, taken(), 400, before);
      throw err;
    }
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "update",
      entity,
      entityId: before.id,
      before,
      after: r.data,
    });
    return redirectOk(c, path, "admin-saved");
  });
  app.post(`${path}/:id{[0-9]+}/archive`, sec, async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    const repo = spec.repo(a.deps.db);
    const before = id ? await repo.byId(id) : undefined;
    if (!before) return notFound(c);
    const archivedAt = before.archivedAt ? null : a.deps.now();
    await repo.update(before.id, { archivedAt });
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: archivedAt ? "archive" : "unarchive",
      entity,
      entityId: before.id,
      before: { archivedAt: before.archivedAt },
      after: { archivedAt },
    });
    return redirectOk(c, path, "admin-saved");
  });

  const imp = spec.import;
  const importPath = `${path}/import`;
  const upload = (c: Ctx, error?: string) => (
    <UploadForm c={c} action={importPath} columns={imp.columns.join(", ")} error={error} />
  );
  app.get(importPath, sec, (c) => page(c, c.get("t")(imp.title), upload(c)));
  app.post(importPath, sec, async (c) => {
    const title = c.get("t")(imp.title);
    const file = await uploadedFile(c);
    if (!file) return page(c, title, upload(c, "admin-import-no-file"), 400);
    let table: string[][];
    try {
      table = await readTable(file);
    } catch {
      return page(c, title, upload(c, "admin-import-unreadable"), 400);
    }
    const { rows } = toObjects(table);
    const reports = await imp.reports(c, rows);
    const payload = reports.flatMap((r) => (r.data ? [r.data] : []));
    return page(
      c,
      title,
      <ImportPreview
        c={c}
        reports={reports}
        columns={imp.columns}
        action={`${importPath}/confirm`}
        payload={payload}
      />,
    );
  });
  app.post(`${importPath}/confirm`, sec, async (c) => {
    const a = c.get("a");
    const values = await formValues(c);
    const parsed = z.array(imp.rowSchema).max(20_000).safeParse(safeJson(values.payload));
    if (!parsed.success) return c.text(c.get("t")("admin-import-unreadable"), 400);
    const inputs = await imp.inputs(c, parsed.data);
    if (!inputs) return c.text(c.get("t")("admin-import-unreadable"), 400);
    const res = await spec.repo(a.deps.db).upsertMany(inputs);
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "import",
      entity,
      after: { ...res, codes: parsed.data.map((r) => imp.codeOf(r)) },
    });
    return redirectOk(c, path, "admin-imported");
  });
}

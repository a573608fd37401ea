/** Generic registry routes (create, edit, archive, import with preview) shared by agencies and services. */
import type { Hono } from "hono";
import type { Child } from "hono/jsx";
import type { z } from "zod";
import { audit } from "../../src/db/repositories/audit.js";
import type { Repositories } from "../../src/db/repositories/index.js";
import { requireRole } from "../auth/session.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import type { RowNote } from "../documents/read-table.js";
import { notFound, redirectOk } from "../lib.js";
import { postedValues, validForm, validIds } from "../validation.js";
import { mountImport } from "./import-routes.js";
import type { RawRow, RowReport } from "./imports.js";
import { RegistryForm } from "./pages/edit.js";

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
  repo: (repos: Repositories) => RegistryRepo<Row, Input>;
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
    reports: (c: Ctx, rows: RawRow[], notes: RowNote[][]) => Promise<RowReport<ImportRow>[]>;
    /** the registry's current values of these codes, keyed by code, in the file's columns */
    existing: (c: Ctx, codes: string[]) => Promise<Map<string, Record<string, string>>>;
    /** repository input of confirmed rows, or null when they no longer validate */
    inputs: (c: Ctx, rows: ImportRow[]) => Promise<Input[] | null>;
  };
}

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

/** Mounts new/create, edit/update, archive and import (import-routes.tsx) for one registry. */
export function mountRegistry<
  Row extends { id: number; archivedAt: Date | null },
  Input,
  ImportRow,
>(app: Hono<AdminEnv>, spec: RegistrySpec<Row, Input, ImportRow>): void {
  const { path, entity } = spec;
  const repoOf = (c: Ctx) => spec.repo(c.get("a").deps.repos);
  const form = async (c: Ctx, values: FormValues, errors: FieldErrors = {}, row?: Row) => {
    const t = c.get("t");
    const extra = await spec.extraFields?.(c, values, errors);
    return c.render(
      <RegistryForm
        action={row ? `${path}/${row.id}` : path}
        archiveAction={row ? `${path}/${row.id}/archive` : undefined}
        codeField={spec.uniqueField}
        values={values}
        errors={errors}
        extra={extra}
        row={row}
      />,
      { title: t(row ? spec.formTitle.edit : spec.formTitle.new) },
    );
  };
  /** the form again with 400 (a check after validation failed) */
  const refuse = (c: Ctx, values: FormValues, errors: FieldErrors, row?: Row) => {
    c.status(400);
    return form(c, values, errors, row);
  };
  /** the edit form again, for the row in the path */
  const editAgain = async (c: Ctx, values: FormValues, errors: FieldErrors) => {
    const id = Number(c.req.param("id"));
    const row = await repoOf(c).byId(id);
    return row ? form(c, values, errors, row) : notFound(c);
  };
  const taken = (): FieldErrors => ({ [spec.uniqueField]: "admin-err-code-taken" });
  const sec = requireRole("secretary");

  app.get(`${path}/new`, sec, (c) => form(c, {}));
  app.post(path, sec, validForm(spec.schema, form), async (c) => {
    const a = c.get("a");
    const data = c.req.valid("form") as Input;
    const errors = await spec.checkCreate?.(c, data);
    if (errors) return refuse(c, await postedValues(c), errors);
    try {
      const row = await repoOf(c).create(data);
      await audit(a.deps.db, {
        actor: actorOf(c.get("admin")),
        action: "create",
        entity,
        entityId: row.id,
        after: row,
      });
    } catch (err) {
      if (isUniqueViolation(err)) return refuse(c, await postedValues(c), taken());
      throw err;
    }
    return redirectOk(c, path, "admin-saved");
  });
  app.get(`${path}/:id{[0-9]+}/edit`, sec, validIds(), async (c) => {
    const row = await repoOf(c).byId(c.req.valid("param").id);
    if (!row) return notFound(c);
    return form(c, spec.values(row), {}, row);
  });
  app.post(`${path}/:id{[0-9]+}`, sec, validIds(), validForm(spec.schema, editAgain), async (c) => {
    const a = c.get("a");
    const repo = repoOf(c);
    const before = await repo.byId(c.req.valid("param").id);
    if (!before) return notFound(c);
    const data = c.req.valid("form") as Input;
    try {
      await repo.update(before.id, data);
    } catch (err) {
      if (isUniqueViolation(err)) {
        return refuse(c, await postedValues(c), taken(), before);
      }
      throw err;
    }
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "update",
      entity,
      entityId: before.id,
      before,
      after: data,
    });
    return redirectOk(c, path, "admin-saved");
  });
  app.post(`${path}/:id{[0-9]+}/archive`, sec, validIds(), async (c) => {
    const a = c.get("a");
    const repo = repoOf(c);
    const before = await repo.byId(c.req.valid("param").id);
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

  mountImport(app, spec);
}

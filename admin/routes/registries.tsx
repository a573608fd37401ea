/** Registries: agencies and services — list, create, edit, archive, import (CSV/XLSX) with preview. */
import { Hono } from "hono";
import { z } from "zod";
import { type AgencyRow, agenciesRepo } from "../../src/db/repositories/agencies.js";
import { audit } from "../../src/db/repositories/audit.js";
import { servicesRepo } from "../../src/db/repositories/services.js";
import type { Locale } from "../../src/db/schema.js";
import { requireRole } from "../auth/session.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import {
  AgencyRowSchema,
  code,
  name,
  type RowReport,
  readTable,
  ServiceRowSchema,
  toObjects,
  validateRows,
} from "../imports.js";
import { idParam, nameOf, notFound, redirectOk } from "../lib.js";
import {
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  formValues,
  PostForm,
  Select,
  validate,
} from "../views/forms.js";
import { page } from "../views/layout.js";

const AgencySchema = z.object({ code, nameKk: name, nameRu: name });
const ServiceSchema = z.object({
  registryCode: code,
  nameKk: name,
  nameRu: name,
  agencyId: z.coerce.number({ message: "admin-err-required" }).int().positive("admin-err-required"),
});

function isUniqueViolation(err: unknown): boolean {
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

export function registriesRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  // ───────────── agencies ─────────────
  app.get("/agencies", async (c) => {
    const t = c.get("t");
    const archived = c.req.query("archived") === "1";
    const list = await agenciesRepo(c.get("a").deps.db).list({ includeArchived: archived });
    const sec = c.get("admin")?.role === "secretary";
    return page(
      c,
      t("admin-agencies-title"),
      <>
        <p class="actions">
          {sec ? <a href="/agencies/new">{t("admin-agency-new")}</a> : null}
          {sec ? " · " : null}
          {sec ? <a href="/agencies/import">{t("admin-import")}</a> : null}
          {sec ? " · " : null}
          <a href={archived ? "/agencies" : "/agencies?archived=1"}>
            {t(archived ? "admin-hide-archived" : "admin-show-archived")}
          </a>
        </p>
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th>{t("admin-col-code")}</th>
                <th>{t("admin-field-name-kk")}</th>
                <th>{t("admin-field-name-ru")}</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {list.map((g) => (
                <tr class={g.archivedAt ? "archived" : undefined}>
                  <td>{g.code}</td>
                  <td>{g.nameKk}</td>
                  <td>{g.nameRu}</td>
                  <td>
                    {g.archivedAt ? `${t("admin-archived")} ` : ""}
                    {sec ? <a href={`/agencies/${g.id}/edit`}>{t("admin-edit")}</a> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>,
    );
  });

  const agencyForm = (
    c: Ctx,
    action: string,
    values: FormValues,
    errors: FieldErrors = {},
    status = 200,
    row?: AgencyRow,
  ) => {
    const t = c.get("t");
    return page(
      c,
      t(row ? "admin-agency-edit" : "admin-agency-new"),
      <>
        <PostForm c={c} action={action} class="narrow">
          <FormErrors c={c} errors={errors} />
          <Field
            c={c}
            name="code"
            label={t("admin-col-code")}
            values={values}
            errors={errors}
            required
          />
          <Field
            c={c}
            name="nameKk"
            label={t("admin-field-name-kk")}
            values={values}
            errors={errors}
            required
          />
          <Field
            c={c}
            name="nameRu"
            label={t("admin-field-name-ru")}
            values={values}
            errors={errors}
            required
          />
          <button type="submit">{t("admin-save")}</button>
        </PostForm>
        {row ? (
          <PostForm c={c} action={`/agencies/${row.id}/archive`}>
            <button type="submit" class="secondary">
              {t(row.archivedAt ? "admin-unarchive" : "admin-archive")}
            </button>
          </PostForm>
        ) : null}
      </>,
      status,
    );
  };

  app.get("/agencies/new", requireRole("secretary"), (c) => agencyForm(c, "/agencies", {}));
  app.post("/agencies", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const values = await formValues(c);
    const r = validate(AgencySchema, values);
    if (!r.ok) return agencyForm(c, "/agencies", values, r.errors, 400);
    try {
      const row = await agenciesRepo(a.deps.db).create(r.data);
      await audit(a.deps.db, {
        actor: actorOf(c.get("admin")),
        action: "create",
        entity: "agency",
        entityId: row.id,
        after: row,
      });
    } catch (err) {
      if (isUniqueViolation(err))
        return agencyForm(c, "/agencies", values, { code: "admin-err-code-taken" }, 400);
      throw err;
    }
    return redirectOk(c, "/agencies", "admin-saved");
  });
  app.get("/agencies/:id{[0-9]+}/edit", requireRole("secretary"), async (c) => {
    const id = idParam(c);
    const row = id ? await agenciesRepo(c.get("a").deps.db).byId(id) : undefined;
    if (!row) return notFound(c);
    return agencyForm(
      c,
      `/agencies/${row.id}`,
      { code: row.code, nameKk: row.nameKk, nameRu: row.nameRu },
      {},
      200,
      row,
    );
  });
  app.post("/agencies/:id{[0-9]+}", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    const repo = agenciesRepo(a.deps.db);
    const before = id ? await repo.byId(id) : undefined;
    if (!before) return notFound(c);
    const values = await formValues(c);
    const r = validate(AgencySchema, values);
    if (!r.ok) return agencyForm(c, `/agencies/${before.id}`, values, r.errors, 400, before);
    try {
      await repo.update(before.id, r.data);
    } catch (err) {
      if (isUniqueViolation(err))
        return agencyForm(
          c,
          `/agencies/${before.id}`,
          values,
          { code: "admin-err-code-taken" },
          400,
          before,
        );
      throw err;
    }
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "update",
      entity: "agency",
      entityId: before.id,
      before,
      after: r.data,
    });
    return redirectOk(c, "/agencies", "admin-saved");
  });
  app.post("/agencies/:id{[0-9]+}/archive", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    const repo = agenciesRepo(a.deps.db);
    const before = id ? await repo.byId(id) : undefined;
    if (!before) return notFound(c);
    const archivedAt = before.archivedAt ? null : a.deps.now();
    await repo.update(before.id, { archivedAt });
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: archivedAt ? "archive" : "unarchive",
      entity: "agency",
      entityId: before.id,
      before: { archivedAt: before.archivedAt },
      after: { archivedAt },
    });
    return redirectOk(c, "/agencies", "admin-saved");
  });

  const AGENCY_COLUMNS = ["code", "name_kk", "name_ru"];
  app.get("/agencies/import", requireRole("secretary"), (c) =>
    page(
      c,
      c.get("t")("admin-agencies-import"),
      <UploadForm c={c} action="/agencies/import" columns={AGENCY_COLUMNS.join(", ")} />,
    ),
  );
  app.post("/agencies/import", requireRole("secretary"), async (c) => {
    const t = c.get("t");
    const file = await uploadedFile(c);
    const title = t("admin-agencies-import");
    if (!file)
      return page(
        c,
        title,
        <UploadForm
          c={c}
          action="/agencies/import"
          columns={AGENCY_COLUMNS.join(", ")}
          error="admin-import-no-file"
        />,
        400,
      );
    let table: string[][];
    try {
      table = await readTable(file);
    } catch {
      return page(
        c,
        title,
        <UploadForm
          c={c}
          action="/agencies/import"
          columns={AGENCY_COLUMNS.join(", ")}
          error="admin-import-unreadable"
        />,
        400,
      );
    }
    const { rows } = toObjects(table);
    const reports = validateRows(rows, AgencyRowSchema, (d) => d.code);
    const payload = reports.flatMap((r) => (r.data ? [r.data] : []));
    return page(
      c,
      title,
      <ImportPreview
        c={c}
        reports={reports}
        columns={AGENCY_COLUMNS}
        action="/agencies/import/confirm"
        payload={payload}
      />,
    );
  });
  app.post("/agencies/import/confirm", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const values = await formValues(c);
    const parsed = z.array(AgencyRowSchema).max(20_000).safeParse(safeJson(values.payload));
    if (!parsed.success) return c.text(c.get("t")("admin-import-unreadable"), 400);
    const res = await agenciesRepo(a.deps.db).upsertMany(
      parsed.data.map((r) => ({ code: r.code, nameKk: r.name_kk, nameRu: r.name_ru })),
    );
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "import",
      entity: "agency",
      after: { ...res, codes: parsed.data.map((r) => r.code) },
    });
    return redirectOk(c, "/agencies", "admin-imported");
  });

  // ───────────── services ─────────────
  const ServicesQuery = z.object({
    q: z.string().trim().max(200).optional().catch(undefined),
    agency: z.coerce.number().int().positive().optional().catch(undefined),
    archived: z.literal("1").optional().catch(undefined),
  });
  app.get("/services", async (c) => {
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const q = ServicesQuery.parse(c.req.query());
    const db = c.get("a").deps.db;
    const [list, agencies] = await Promise.all([
      servicesRepo(db).list({ includeArchived: q.archived === "1", q: q.q, agencyId: q.agency }),
      agenciesRepo(db).list(),
    ]);
    const sec = c.get("admin")?.role === "secretary";
    return page(
      c,
      t("admin-services-title"),
      <>
        {sec ? (
          <p class="actions">
            <a href="/services/new">{t("admin-service-new")}</a> ·{" "}
            <a href="/services/import">{t("admin-import")}</a>
          </p>
        ) : null}
        <form method="get" action="/services" class="filters">
          <input
            type="search"
            name="q"
            value={q.q ?? ""}
            placeholder={t("admin-filter-search")}
            aria-label={t("admin-filter-search")}
          />
          <select name="agency" aria-label={t("admin-col-agency")}>
            <option value="">{t("admin-filter-any-agency")}</option>
            {agencies.map((g) => (
              <option value={String(g.id)} selected={q.agency === g.id}>
                {nameOf(g, locale)}
              </option>
            ))}
          </select>
          <label class="inline">
            <input type="checkbox" name="archived" value="1" checked={q.archived === "1"} />{" "}
            {t("admin-show-archived")}
          </label>
          <button type="submit">{t("admin-filter-apply")}</button>
        </form>
        <p>{t("admin-found", { count: list.length })}</p>
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th>{t("admin-col-code")}</th>
                <th>{t("admin-field-name-kk")}</th>
                <th>{t("admin-field-name-ru")}</th>
                <th>{t("admin-col-agency")}</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {list.slice(0, 500).map((s) => (
                <tr class={s.archivedAt ? "archived" : undefined}>
                  <td>{s.registryCode}</td>
                  <td>{s.nameKk}</td>
                  <td>{s.nameRu}</td>
                  <td>{nameOf({ nameKk: s.agencyNameKk, nameRu: s.agencyNameRu }, locale)}</td>
                  <td>
                    {s.archivedAt ? `${t("admin-archived")} ` : ""}
                    {sec ? <a href={`/services/${s.id}/edit`}>{t("admin-edit")}</a> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {list.length > 500 ? <p>{t("admin-list-truncated", { count: 500 })}</p> : null}
      </>,
    );
  });

  const serviceForm = async (
    c: Ctx,
    action: string,
    values: FormValues,
    errors: FieldErrors = {},
    status = 200,
    row?: { id: number; archivedAt: Date | null },
  ) => {
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const agencies = await agenciesRepo(c.get("a").deps.db).list();
    return page(
      c,
      t(row ? "admin-service-edit" : "admin-service-new"),
      <>
        <PostForm c={c} action={action} class="narrow">
          <FormErrors c={c} errors={errors} />
          <Field
            c={c}
            name="registryCode"
            label={t("admin-col-code")}
            values={values}
            errors={errors}
            required
          />
          <Field
            c={c}
            name="nameKk"
            label={t("admin-field-name-kk")}
            values={values}
            errors={errors}
            required
          />
          <Field
            c={c}
            name="nameRu"
            label={t("admin-field-name-ru")}
            values={values}
            errors={errors}
            required
          />
          <Select
            c={c}
            name="agencyId"
            label={t("admin-col-agency")}
            values={values}
            errors={errors}
            empty=""
            options={agencies.map((g) => ({
              value: String(g.id),
              label: `${g.code} — ${nameOf(g, locale)}`,
            }))}
            required
          />
          <button type="submit">{t("admin-save")}</button>
        </PostForm>
        {row ? (
          <PostForm c={c} action={`/services/${row.id}/archive`}>
            <button type="submit" class="secondary">
              {t(row.archivedAt ? "admin-unarchive" : "admin-archive")}
            </button>
          </PostForm>
        ) : null}
      </>,
      status,
    );
  };

  app.get("/services/new", requireRole("secretary"), (c) => serviceForm(c, "/services", {}));
  app.post("/services", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const values = await formValues(c);
    const r = validate(ServiceSchema, values);
    if (!r.ok) return serviceForm(c, "/services", values, r.errors, 400);
    if (!(await agenciesRepo(a.deps.db).byId(r.data.agencyId))) {
      return serviceForm(c, "/services", values, { agencyId: "admin-err-required" }, 400);
    }
    try {
      const row = await servicesRepo(a.deps.db).create(r.data);
      await audit(a.deps.db, {
        actor: actorOf(c.get("admin")),
        action: "create",
        entity: "service",
        entityId: row.id,
        after: row,
      });
    } catch (err) {
      if (isUniqueViolation(err))
        return serviceForm(c, "/services", values, { registryCode: "admin-err-code-taken" }, 400);
      throw err;
    }
    return redirectOk(c, "/services", "admin-saved");
  });
  app.get("/services/:id{[0-9]+}/edit", requireRole("secretary"), async (c) => {
    const id = idParam(c);
    const row = id ? await servicesRepo(c.get("a").deps.db).byId(id) : undefined;
    if (!row) return notFound(c);
    return serviceForm(
      c,
      `/services/${row.id}`,
      {
        registryCode: row.registryCode,
        nameKk: row.nameKk,
        nameRu: row.nameRu,
        agencyId: String(row.agencyId),
      },
      {},
      200,
      row,
    );
  });
  app.post("/services/:id{[0-9]+}", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    const repo = servicesRepo(a.deps.db);
    const before = id ? await repo.byId(id) : undefined;
    if (!before) return notFound(c);
    const values = await formValues(c);
    const r = validate(ServiceSchema, values);
    if (!r.ok) return serviceForm(c, `/services/${before.id}`, values, r.errors, 400, before);
    try {
      await repo.update(before.id, r.data);
    } catch (err) {
      if (isUniqueViolation(err))
        return serviceForm(
          c,
          `/services/${before.id}`,
          values,
          { registryCode: "admin-err-code-taken" },
          400,
          before,
        );
      throw err;
    }
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "update",
      entity: "service",
      entityId: before.id,
      before,
      after: r.data,
    });
    return redirectOk(c, "/services", "admin-saved");
  });
  app.post("/services/:id{[0-9]+}/archive", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    const repo = servicesRepo(a.deps.db);
    const before = id ? await repo.byId(id) : undefined;
    if (!before) return notFound(c);
    const archivedAt = before.archivedAt ? null : a.deps.now();
    await repo.update(before.id, { archivedAt });
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: archivedAt ? "archive" : "unarchive",
      entity: "service",
      entityId: before.id,
      before: { archivedAt: before.archivedAt },
      after: { archivedAt },
    });
    return redirectOk(c, "/services", "admin-saved");
  });

  const SERVICE_COLUMNS = ["registry_code", "name_kk", "name_ru", "agency_code"];
  const serviceReports = async (c: Ctx, rows: Record<string, string>[]) => {
    const codes = [...new Set(rows.map((r) => (r.agency_code ?? "").trim()).filter(Boolean))];
    const known = new Map(
      (await agenciesRepo(c.get("a").deps.db).byCodes(codes)).map((g) => [g.code, g.id]),
    );
    const reports = validateRows(
      rows,
      ServiceRowSchema,
      (d) => d.registry_code,
      (d) =>
        known.has(d.agency_code)
          ? null
          : { column: "agency_code", key: "admin-import-unknown-agency" },
    );
    return { reports, known };
  };
  app.get("/services/import", requireRole("secretary"), (c) =>
    page(
      c,
      c.get("t")("admin-services-import"),
      <UploadForm c={c} action="/services/import" columns={SERVICE_COLUMNS.join(", ")} />,
    ),
  );
  app.post("/services/import", requireRole("secretary"), async (c) => {
    const t = c.get("t");
    const title = t("admin-services-import");
    const file = await uploadedFile(c);
    if (!file)
      return page(
        c,
        title,
        <UploadForm
          c={c}
          action="/services/import"
          columns={SERVICE_COLUMNS.join(", ")}
          error="admin-import-no-file"
        />,
        400,
      );
    let table: string[][];
    try {
      table = await readTable(file);
    } catch {
      return page(
        c,
        title,
        <UploadForm
          c={c}
          action="/services/import"
          columns={SERVICE_COLUMNS.join(", ")}
          error="admin-import-unreadable"
        />,
        400,
      );
    }
    const { rows } = toObjects(table);
    const { reports } = await serviceReports(c, rows);
    const payload = reports.flatMap((r) => (r.data ? [r.data] : []));
    return page(
      c,
      title,
      <ImportPreview
        c={c}
        reports={reports}
        columns={SERVICE_COLUMNS}
        action="/services/import/confirm"
        payload={payload}
      />,
    );
  });
  app.post("/services/import/confirm", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const values = await formValues(c);
    const parsed = z.array(ServiceRowSchema).max(20_000).safeParse(safeJson(values.payload));
    if (!parsed.success) return c.text(c.get("t")("admin-import-unreadable"), 400);
    const { reports, known } = await serviceReports(c, parsed.data);
    if (reports.some((r) => r.errors.length))
      return c.text(c.get("t")("admin-import-unreadable"), 400);
    const res = await servicesRepo(a.deps.db).upsertMany(
      parsed.data.map((r) => ({
        registryCode: r.registry_code,
        nameKk: r.name_kk,
        nameRu: r.name_ru,
        agencyId: known.get(r.agency_code) as number,
      })),
    );
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "import",
      entity: "service",
      after: { ...res, codes: parsed.data.map((r) => r.registry_code) },
    });
    return redirectOk(c, "/services", "admin-imported");
  });

  return app;
}

function safeJson(s: string | undefined): unknown {
  try {
    return JSON.parse(s ?? "");
  } catch {
    return null;
  }
}

/** Registries: agencies and services — list, create, edit, archive, import (CSV/XLSX) with preview. */
import { Hono } from "hono";
import { z } from "zod";
import { agenciesRepo } from "../../src/db/repositories/agencies.js";
import { servicesRepo } from "../../src/db/repositories/services.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { type FieldErrors, type FormValues, Select } from "../components/forms.js";
import { page } from "../components/layout.js";
import type { AdminEnv, Ctx } from "../context.js";
import {
  AgencyRowSchema,
  code,
  name,
  type RawRow,
  ServiceRowSchema,
  validateRows,
} from "../imports.js";
import { nameOf } from "../lib.js";
import { mountRegistry } from "./registry-crud.js";

const AgencySchema = z.object({ code, nameKk: name, nameRu: name });
const ServiceSchema = z.object({
  registryCode: code,
  nameKk: name,
  nameRu: name,
  agencyId: z.coerce.number({ message: "admin-err-required" }).int().positive("admin-err-required"),
});

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

  mountRegistry(app, {
    path: "/agencies",
    entity: "agency",
    repo: agenciesRepo,
    schema: AgencySchema,
    uniqueField: "code",
    formTitle: { new: "admin-agency-new", edit: "admin-agency-edit" },
    values: (row) => ({ code: row.code, nameKk: row.nameKk, nameRu: row.nameRu }),
    import: {
      title: "admin-agencies-import",
      columns: ["code", "name_kk", "name_ru"],
      rowSchema: AgencyRowSchema,
      codeOf: (r) => r.code,
      reports: async (_c, rows) => validateRows(rows, AgencyRowSchema, (d) => d.code),
      inputs: async (_c, rows) =>
        rows.map((r) => ({ code: r.code, nameKk: r.name_kk, nameRu: r.name_ru })),
    },
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

  const agencySelect = async (c: Ctx, values: FormValues, errors: FieldErrors) => {
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const agencies = await agenciesRepo(c.get("a").deps.db).list();
    return (
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
    );
  };

  const serviceReports = async (c: Ctx, rows: RawRow[]) => {
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
  mountRegistry(app, {
    path: "/services",
    entity: "service",
    repo: servicesRepo,
    schema: ServiceSchema,
    uniqueField: "registryCode",
    formTitle: { new: "admin-service-new", edit: "admin-service-edit" },
    extraFields: agencySelect,
    values: (row) => ({
      registryCode: row.registryCode,
      nameKk: row.nameKk,
      nameRu: row.nameRu,
      agencyId: String(row.agencyId),
    }),
    checkCreate: async (c, data) =>
      (await agenciesRepo(c.get("a").deps.db).byId(data.agencyId))
        ? null
        : { agencyId: "admin-err-required" },
    import: {
      title: "admin-services-import",
      columns: ["registry_code", "name_kk", "name_ru", "agency_code"],
      rowSchema: ServiceRowSchema,
      codeOf: (r) => r.registry_code,
      reports: async (c, rows) => (await serviceReports(c, rows)).reports,
      inputs: async (c, rows) => {
        const { reports, known } = await serviceReports(c, rows);
        if (reports.some((r) => r.errors.length)) return null;
        return rows.map((r) => ({
          registryCode: r.registry_code,
          nameKk: r.name_kk,
          nameRu: r.name_ru,
          agencyId: known.get(r.agency_code) as number,
        }));
      },
    },
  });

  return app;
}

/** Registries: agencies and services — list, create, edit, archive, import (CSV/XLSX) with preview. */
import { Hono } from "hono";
import { z } from "zod";
import { pageOf, pageParam, searchParam } from "../components/pager.js";
import type { AdminEnv, Ctx } from "../context.js";
import type { RowNote } from "../documents/read-table.js";
import { validQuery } from "../validation.js";
import { mountRegistry } from "./crud.js";
import {
  AgencyRowSchema,
  code,
  name,
  type RawRow,
  ServiceRowSchema,
  validateRows,
} from "./imports.js";
import { AgenciesPage, AgencySelect, ServicesPage } from "./pages/lists.js";

const AgencySchema = z.object({ code, nameKk: name, nameRu: name });
const ServiceSchema = z.object({
  registryCode: code,
  nameKk: name,
  nameRu: name,
  agencyId: z.coerce.number({ message: "admin-err-required" }).int().positive("admin-err-required"),
});
/** counts of a confirmed import, shown above the list it redirects to */
const ImportedQuery = z.object({
  created: z.coerce.number().int().min(0).optional().catch(undefined),
  updated: z.coerce.number().int().min(0).optional().catch(undefined),
  unchanged: z.coerce.number().int().min(0).optional().catch(undefined),
});
function importedOf(q: z.output<typeof ImportedQuery>) {
  return q.created === undefined
    ? undefined
    : { created: q.created, updated: q.updated ?? 0, unchanged: q.unchanged ?? 0 };
}
const AgenciesQuery = ImportedQuery.extend({
  q: searchParam,
  archived: z.literal("1").optional().catch(undefined),
  page: pageParam,
});
const ServicesQuery = AgenciesQuery.extend({
  agency: z.coerce.number().int().positive().optional().catch(undefined),
});

/** Service import rows checked against the agencies they name. */
async function serviceReports(c: Ctx, rows: RawRow[], notes: RowNote[][] = []) {
  const codes = [...new Set(rows.map((r) => (r.agency_code ?? "").trim()).filter(Boolean))];
  const known = new Map(
    (await c.get("a").deps.repos.agencies.byCodes(codes)).map((g) => [g.code, g.id]),
  );
  const reports = validateRows(
    rows,
    ServiceRowSchema,
    (d) => d.registry_code,
    (d) =>
      known.has(d.agency_code)
        ? null
        : { column: "agency_code", key: "admin-import-unknown-agency" },
    notes,
  );
  return { reports, known };
}

export function registriesRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  // ───────────── agencies ─────────────
  app.get("/agencies", validQuery(AgenciesQuery), async (c) => {
    const q = c.req.valid("query");
    const found = await c
      .get("a")
      .deps.repos.agencies.page({ includeArchived: q.archived === "1", q: q.q }, pageOf(q.page));
    return c.render(<AgenciesPage found={found} q={q} imported={importedOf(q)} />, {
      title: c.get("t")("admin-agencies-title"),
    });
  });

  mountRegistry(app, {
    path: "/agencies",
    entity: "agency",
    repo: (r) => r.agencies,
    schema: AgencySchema,
    uniqueField: "code",
    formTitle: { new: "admin-agency-new", edit: "admin-agency-edit" },
    values: (row) => ({ code: row.code, nameKk: row.nameKk, nameRu: row.nameRu }),
    import: {
      title: "admin-agencies-import",
      columns: ["code", "name_kk", "name_ru"],
      rowSchema: AgencyRowSchema,
      codeOf: (r) => r.code,
      reports: async (_c, rows, notes) =>
        validateRows(rows, AgencyRowSchema, (d) => d.code, undefined, notes),
      existing: async (c, codes) =>
        new Map(
          (await c.get("a").deps.repos.agencies.byCodes(codes)).map((g) => [
            g.code,
            { code: g.code, name_kk: g.nameKk, name_ru: g.nameRu },
          ]),
        ),
      inputs: async (_c, rows) =>
        rows.map((r) => ({ code: r.code, nameKk: r.name_kk, nameRu: r.name_ru })),
    },
  });

  // ───────────── services ─────────────
  app.get("/services", validQuery(ServicesQuery), async (c) => {
    const q = c.req.valid("query");
    const repos = c.get("a").deps.repos;
    const [found, agencies] = await Promise.all([
      repos.services.page(
        { includeArchived: q.archived === "1", q: q.q, agencyId: q.agency },
        pageOf(q.page),
      ),
      repos.agencies.list(),
    ]);
    return c.render(
      <ServicesPage found={found} agencies={agencies} q={q} imported={importedOf(q)} />,
      {
        title: c.get("t")("admin-services-title"),
      },
    );
  });

  mountRegistry(app, {
    path: "/services",
    entity: "service",
    repo: (r) => r.services,
    schema: ServiceSchema,
    uniqueField: "registryCode",
    formTitle: { new: "admin-service-new", edit: "admin-service-edit" },
    extraFields: async (c, values, errors) => (
      <AgencySelect
        agencies={await c.get("a").deps.repos.agencies.list()}
        values={values}
        errors={errors}
      />
    ),
    values: (row) => ({
      registryCode: row.registryCode,
      nameKk: row.nameKk,
      nameRu: row.nameRu,
      agencyId: String(row.agencyId),
    }),
    checkCreate: async (c, data) =>
      (await c.get("a").deps.repos.agencies.byId(data.agencyId))
        ? null
        : { agencyId: "admin-err-required" },
    import: {
      title: "admin-services-import",
      columns: ["registry_code", "name_kk", "name_ru", "agency_code"],
      rowSchema: ServiceRowSchema,
      codeOf: (r) => r.registry_code,
      reports: async (c, rows, notes) => (await serviceReports(c, rows, notes)).reports,
      existing: async (c, codes) =>
        new Map(
          (await c.get("a").deps.repos.services.byCodesWithAgency(codes)).map((s) => [
            s.registryCode,
            {
              registry_code: s.registryCode,
              name_kk: s.nameKk,
              name_ru: s.nameRu,
              agency_code: s.agencyCode,
            },
          ]),
        ),
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

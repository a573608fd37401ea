/**
 * The annual report draft (003, sections 1.3 and 3.1): the page for a year and a state body (or
 * all of them), the DOCX in kk/ru laid out as the report's sections, and the XLSX of the rows
 * underneath. Routes validate, call src/services/annual-report.ts and render pages/*.
 */
import { Hono } from "hono";
import { reportingYear } from "../../src/domain/annual-report.js";
import { localDate, makeLocalDate } from "../../src/domain/time.js";
import { formatDate } from "../../src/i18n/format.js";
import { translator } from "../../src/i18n/index.js";
import { loadAnnualReport } from "../../src/services/annual-report.js";
import type { AdminEnv, Ctx } from "../context.js";
import { reportLayout } from "../documents/annual-report-layout.js";
import { DOCX_TYPE, download, notFound } from "../lib.js";
import { validQuery } from "../validation.js";
import { ReportPage } from "./pages/report.js";
import { ReportQuery } from "./schemas.js";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The report asked for, with its state body; undefined for an unknown state body. */
async function load(c: Ctx, q: ReportQuery) {
  const { deps } = c.get("a");
  const year = q.year ?? reportingYear(localDate(deps.now(), deps.tz));
  const agency = q.agency ? await deps.repos.agencies.byId(q.agency) : null;
  if (agency === undefined) return undefined;
  const report = await loadAnnualReport(deps, {
    year,
    agencyId: agency?.id ?? null,
    topN: q.top,
  });
  const file = `report-${year}-${agency ? agency.code : "all"}`;
  return { report, agency, year, file };
}

export function reportsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const query = validQuery(ReportQuery);

  app.get("/reports", query, async (c) => {
    const q = c.req.valid("query");
    const r = await load(c, q);
    if (!r) return notFound(c);
    const locale = c.get("locale");
    const layout = reportLayout(r.report, r.agency, c.get("t"), locale);
    return c.render(
      <ReportPage
        layout={layout}
        agencies={await c.get("a").deps.repos.agencies.list()}
        year={r.year}
        agencyId={r.agency?.id ?? null}
        top={r.report.topN}
        deadline={formatDate(makeLocalDate(r.year + 1, 4, 30), locale)}
      />,
      { title: c.get("t")("report-page-title") },
    );
  });

  app.get("/reports/report.docx", query, async (c) => {
    const q = c.req.valid("query");
    const r = await load(c, q);
    if (!r) return notFound(c);
    const { buildAnnualReportDocx } = await import("../documents/annual-report-docx.js"); // docx loads on first use
    const bytes = await buildAnnualReportDocx(c.get("a").deps.i18n, r.report, r.agency, q.lang);
    return download(c, bytes, `${r.file}-${q.lang}.docx`, DOCX_TYPE);
  });

  app.get("/reports/report.xlsx", query, async (c) => {
    const r = await load(c, c.req.valid("query"));
    if (!r) return notFound(c);
    const locale = c.get("locale");
    const { annualReportSheets } = await import("../documents/annual-report-sheet.js");
    const { sheetsXlsx } = await import("../documents/sheet.js");
    const t = translator(c.get("a").deps.i18n, locale);
    return download(
      c,
      await sheetsXlsx(annualReportSheets(r.report, t, locale)),
      `${r.file}.xlsx`,
      XLSX_TYPE,
    );
  });

  return app;
}

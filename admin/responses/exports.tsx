/** Downloads: one response as DOCX; all responses of a campaign as XLSX and CSV. */
import { Hono } from "hono";
import { z } from "zod";
import { type LocalDate, localDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDate } from "../../src/i18n/format.js";
import { translator } from "../../src/i18n/index.js";
import { loadQuestionnaire } from "../../src/services/questionnaire.js";
import type { AdminEnv, Ctx } from "../context.js";
import { campaignSheet } from "../documents/campaign-sheet.js";
import { materialLines } from "../documents/materials.js";
import { processRows } from "../documents/process-table.js";
import { questionnaireRows } from "../documents/questionnaire-table.js";
import { sheetCsvStream, sheetXlsxStream } from "../documents/sheet.js";
import { DOCX_TYPE, download, downloadStream, nameOf, notFound } from "../lib.js";
import { validIds } from "../validation.js";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const LangQuery = z.object({ lang: z.enum(["kk", "ru"]).optional().catch(undefined) });
/** CSV fields split by ";" (Excel in ru/kk locales) unless "," is asked for. */
const CsvQuery = z.object({ sep: z.enum(["semicolon", "comma"]).catch("semicolon") });
/** Drafts (not submitted) only when asked for: `?drafts=1`. */
const DraftsQuery = z.object({ drafts: z.literal("1").optional().catch(undefined) });

/** The document's language: `?lang=` or the UI's. */
function docLocale(c: Ctx): Locale {
  return LangQuery.parse(c.req.query()).lang ?? c.get("locale");
}

export function exportsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get("/responses/:id{[0-9]+}/export.docx", validIds(), async (c) => {
    const a = c.get("a");
    const { id } = c.req.valid("param");
    const detail = await loadQuestionnaire(a.deps, id);
    if (!detail) return notFound(c);
    const locale = docLocale(c);
    const t = translator(a.deps.i18n, locale);
    // loaded on first use: docx is large and most requests never need it
    const { questionnaireDocx } = await import("../documents/questionnaire-docx.js");
    const bytes = await questionnaireDocx(
      {
        title: t("q-questionnaire-title"),
        subtitle: [
          `${detail.service.registryCode} — ${nameOf(detail.service, locale)}`,
          nameOf(detail.agency, locale),
          `${t("admin-campaign")}: ${detail.campaign.year} · ${t("admin-campaign-due")}: ${formatDate(detail.campaign.dueOn as LocalDate, locale)}`,
        ],
        columns: [t("col-no"), t("col-name"), t("col-param"), t("col-justification")],
        materials: {
          heading: t("admin-materials"),
          lines: materialLines(detail.materials, t, locale),
        },
      },
      questionnaireRows(detail.answers, t, locale),
    );
    return download(c, bytes, `${detail.service.registryCode}-${locale}.docx`, DOCX_TYPE);
  });

  // Appendix 1 in the layout of the Rules
  app.get("/responses/:id{[0-9]+}/process.docx", validIds(), async (c) => {
    const a = c.get("a");
    const { id } = c.req.valid("param");
    const detail = await loadQuestionnaire(a.deps, id);
    if (!detail) return notFound(c);
    const locale = docLocale(c);
    const t = translator(a.deps.i18n, locale);
    const diagram = detail.materials.find((m) => m.kind === "diagram")?.fileName;
    const { processDocx } = await import("../documents/process-docx.js");
    const bytes = await processDocx(
      {
        mark: t("p-appendix-mark"),
        subtitle: [
          `${detail.service.registryCode} — ${nameOf(detail.service, locale)}`,
          nameOf(detail.agency, locale),
        ],
        current: t("p-section-current"),
        proposals: t("p-section-proposals"),
        proposed: t("p-section-proposed"),
        documents: t("p-title-2"),
        consumers: t("p-title-3"),
        none: t("choice-none"),
        diagram: diagram ? t("p-review-diagram", { diagram }) : null,
      },
      processRows(detail.process, t, locale),
    );
    return download(c, bytes, `${detail.service.registryCode}-appendix1-${locale}.docx`, DOCX_TYPE);
  });

  for (const format of ["xlsx", "csv"] as const) {
    app.get(`/campaigns/:id{[0-9]+}/export.${format}`, validIds(), async (c) => {
      const a = c.get("a");
      const campaign = await a.deps.repos.campaigns.byId(c.req.valid("param").id);
      if (!campaign) return notFound(c);
      const locale = docLocale(c);
      const drafts = DraftsQuery.parse(c.req.query()).drafts === "1";
      const { header, pages } = campaignSheet({
        repos: a.deps.repos,
        campaign,
        t: translator(a.deps.i18n, locale),
        locale,
        today: localDate(a.deps.now(), a.deps.tz),
        drafts,
      });
      const name = `campaign-${campaign.year}-${campaign.id}-${locale}${drafts ? "-drafts" : ""}.${format}`;
      const log = c.get("log");
      const onError = (err: unknown) =>
        log.error({ err, campaignId: campaign.id }, "campaign export failed mid-download");
      if (format === "csv") {
        const sep = CsvQuery.parse(c.req.query()).sep === "comma" ? "," : ";";
        const csv = sheetCsvStream(header, pages, sep, onError);
        return downloadStream(c, csv, name, "text/csv; charset=utf-8");
      }
      const xlsx = sheetXlsxStream(String(campaign.year), header, pages, onError);
      return downloadStream(c, xlsx, name, XLSX_TYPE);
    });
  }

  return app;
}

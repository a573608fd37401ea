/** Exports: one response as DOCX; all responses of a campaign as XLSX and CSV. */
import { Hono } from "hono";
import { z } from "zod";
import { campaignsRepo } from "../../src/db/repositories/campaigns.js";
import { responsesRepo } from "../../src/db/repositories/responses.js";
import { type LocalDate, localDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDate } from "../../src/i18n/format.js";
import { translator } from "../../src/i18n/index.js";
import type { AdminEnv } from "../context.js";
import { campaignSheet } from "../exports/campaign.js";
import { sheetCsv, sheetXlsx } from "../exports/sheet.js";
import { questionnaireRows } from "../exports/table.js";
import { DOCX_TYPE, download, idParam, nameOf, notFound } from "../lib.js";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const Lang = z.enum(["kk", "ru"]).optional().catch(undefined);

export function exportsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get("/responses/:id{[0-9]+}/export.docx", async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    if (!id) return notFound(c);
    const detail = await campaignsRepo(a.deps.db).responseDetail(id);
    if (!detail) return notFound(c);
    const locale: Locale = Lang.parse(c.req.query("lang")) ?? c.get("locale");
    const t = translator(a.deps.i18n, locale);
    const answers = await responsesRepo(a.deps.db).answers(id);
    const { questionnaireDocx } = await import("../exports/docx.js");
    const bytes = await questionnaireDocx(
      {
        title: t("q-questionnaire-title"),
        subtitle: [
          `${detail.service.registryCode} — ${nameOf(detail.service, locale)}`,
          nameOf(detail.agency, locale),
          `${t("admin-campaign")}: ${detail.campaign.year} · ${t("admin-campaign-due")}: ${formatDate(detail.campaign.dueOn as LocalDate, locale)}`,
        ],
        columns: [t("col-no"), t("col-name"), t("col-param"), t("col-justification")],
      },
      questionnaireRows(answers, t, locale),
    );
    return download(c, bytes, `${detail.service.registryCode}-${locale}.docx`, DOCX_TYPE);
  });

  for (const format of ["xlsx", "csv"] as const) {
    app.get(`/campaigns/:id{[0-9]+}/export.${format}`, async (c) => {
      const a = c.get("a");
      const id = idParam(c);
      if (!id) return notFound(c);
      const campaign = await campaignsRepo(a.deps.db).byId(id);
      if (!campaign) return notFound(c);
      const locale: Locale = Lang.parse(c.req.query("lang")) ?? c.get("locale");
      const t = translator(a.deps.i18n, locale);
      const sheet = await campaignSheet({
        db: a.deps.db,
        campaign,
        t,
        locale,
        today: localDate(a.deps.now(), a.deps.tz),
      });
      const name = `campaign-${campaign.year}-${campaign.id}-${locale}.${format}`;
      if (format === "csv") {
        return download(
          c,
          new TextEncoder().encode(sheetCsv(sheet)),
          name,
          "text/csv; charset=utf-8",
        );
      }
      return download(c, await sheetXlsx(String(campaign.year), sheet), name, XLSX_TYPE);
    });
  }

  return app;
}

/**
 * The annual report draft in Telegram (003, sections 1.3 and 3.1): the April reminder's button
 * (`rp:<year>`) sends the official the DOCX of their own state body, in their language.
 */
import { Composer, InputFile } from "grammy";
import { DEFAULT_LOCALE } from "../../domain/vocabulary.js";
import { parseReportCallback } from "../../telegram/callbacks/report.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

export function reportFeature(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(/^rp:/, async (ctx) => {
    const data = parseReportCallback(ctx.callbackQuery.data);
    const official = ctx.official;
    if (!data || !official) return ctx.answerCallbackQuery({ text: ctx.t("report-bot-stale") });
    await ctx.answerCallbackQuery();
    const lang = official.locale ?? DEFAULT_LOCALE;
    await ctx.replyWithChatAction("upload_document");
    const bytes = await deps.documents.annualReport({
      year: data.year,
      agencyId: official.agencyId,
      lang,
    });
    await ctx.replyWithDocument(new InputFile(bytes, `report-${data.year}-${lang}.docx`), {
      caption: ctx.t("report-bot-caption", { year: String(data.year) }),
    });
  });
  return composer;
}

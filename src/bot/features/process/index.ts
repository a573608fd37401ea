/**
 * Appendix 1 in Telegram (the business process and the proposals), opened from the
 * questionnaire's review: one item at a time (the step conversation with form.ts), the proposals
 * the questionnaire already answers shown together to confirm or correct, a review with Edit
 * buttons and the diagram. Mounted inside the questionnaire feature, after its conversations and
 * before its handlers.
 */
import { Composer } from "grammy";
import { keptDraft, startDraft } from "../../../domain/answers/steps.js";
import { isEditable } from "../../../domain/questionnaire.js";
import type { Cursor } from "../../../domain/vocabulary.js";
import { loadOfficialQuestionnaire, saveProcessItem } from "../../../services/questionnaire.js";
import { parseProcessCallback } from "../../../telegram/callbacks/process.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import type { MaterialArgs } from "../questionnaire/materials.js";
import { decideNext, prefillsOf, sendItem, sendProcessReview, sendScreen } from "./screens.js";

export function processFeature(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const setCursor = deps.repos.officials.setCursor;
  const load = (officialId: number, responseId: number) =>
    loadOfficialQuestionnaire(deps, officialId, { responseId });

  /** Item `no` on screen, the cursor on it (a half-given item continues where it was). */
  async function ask(ctx: BotContext, responseId: number, no: number, mode: Cursor["mode"]) {
    const official = ctx.official!;
    await ctx.conversation.exitAll();
    const info = await load(official.id, responseId);
    if (!info) return ctx.reply(ctx.t("qn-stale"));
    if (!isEditable(info.status)) return sendProcessReview(ctx, info);
    const kept = keptDraft(official.cursor, responseId, no, "a1");
    await setCursor(official.id, {
      responseId,
      questionNo: no,
      mode,
      form: "a1",
      ...(kept ? { draft: kept } : {}),
    });
    return sendItem(ctx, info, kept ?? startDraft(no, "a1"));
  }

  /** Continue Appendix 1: the next screen, or the review when everything is filled in. */
  async function open(ctx: BotContext, responseId: number) {
    const official = ctx.official!;
    await ctx.conversation.exitAll();
    const info = await load(official.id, responseId);
    if (!info) return ctx.reply(ctx.t("qn-stale"));
    const next = isEditable(info.status) ? decideNext(info) : null;
    if (!next) return sendProcessReview(ctx, info);
    const cursor = official.cursor;
    // an item left half-way is where the official continues
    if (cursor?.form === "a1" && cursor.responseId === responseId && cursor.questionNo > 0) {
      return ask(ctx, responseId, cursor.questionNo, cursor.mode);
    }
    await setCursor(official.id, next.cursor);
    return sendScreen(ctx, info, next);
  }

  /** Saves every missing proposal the questionnaire answers, then goes on. */
  async function confirmPrefills(ctx: BotContext, responseId: number) {
    const official = ctx.official!;
    const info = await load(official.id, responseId);
    if (!info || !isEditable(info.status)) {
      return ctx.answerCallbackQuery({ text: ctx.t(info ? "qn-read-only" : "qn-stale") });
    }
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => {});
    const prefills = prefillsOf(info);
    let count = 0;
    for (const [no, value] of Object.entries(prefills)) {
      if (info.process[Number(no)] || !value) continue;
      const saved = await saveProcessItem(deps, {
        responseId,
        no: Number(no),
        officialId: official.id,
        value,
      });
      if (saved) count++;
    }
    await ctx.reply(ctx.t("p-prefill-saved", { count }));
    return open(ctx, responseId);
  }

  composer.callbackQuery(/^p[ecp]:/, async (ctx, next) => {
    const data = parseProcessCallback(ctx.callbackQuery.data);
    if (!ctx.official || !data) return next();
    switch (data.t) {
      case "edit":
      case "correct":
        await ctx.answerCallbackQuery();
        return ask(ctx, data.responseId, data.no, data.t === "edit" ? "edit" : "answer");
      case "action":
        if (data.action === "confirm") return confirmPrefills(ctx, data.responseId);
        await ctx.answerCallbackQuery();
        if (data.action === "open") return open(ctx, data.responseId);
        if (data.action === "review") {
          await ctx.conversation.exitAll();
          const info = await load(ctx.official.id, data.responseId);
          return info ? sendProcessReview(ctx, info) : ctx.reply(ctx.t("qn-stale"));
        }
        await ctx.conversation.exitAll();
        return ctx.conversation.enter("material", {
          responseId: data.responseId,
          kind: "diagram",
        } satisfies MaterialArgs);
      default:
        return next();
    }
  });

  // The prefilled proposals on screen (cursor at item 0): buttons only. An item's own input
  // goes to the step conversation (questionnaire/index.ts).
  composer.on(["message", "callback_query:data"], async (ctx, next) => {
    const cursor = ctx.official?.cursor;
    if (cursor?.form !== "a1" || cursor.questionNo !== 0) return next();
    if (ctx.callbackQuery) {
      const data = parseProcessCallback(ctx.callbackQuery.data);
      const here = data && "no" in data && data.responseId === cursor.responseId && data.no === 0;
      if (here && data.t === "nav" && data.nav === "exit") {
        await ctx.answerCallbackQuery();
        return ctx.reply(ctx.t("qn-saved-exit"));
      }
      if (data?.t === "answer" || data?.t === "nav" || data?.t === "chosen") {
        return ctx.answerCallbackQuery({ text: ctx.t("qn-stale") });
      }
      return next();
    }
    await ctx.reply(ctx.t("qn-use-buttons"));
    return open(ctx, cursor.responseId);
  });

  /** After /language: re-show the Appendix 1 screen the cursor names. */
  async function resume(ctx: BotContext) {
    const cursor = ctx.official?.cursor;
    if (cursor?.form !== "a1") return false;
    if (cursor.questionNo === 0) await open(ctx, cursor.responseId);
    else await ask(ctx, cursor.responseId, cursor.questionNo, cursor.mode);
    return true;
  }

  return { composer, resume, open };
}

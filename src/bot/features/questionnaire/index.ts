/**
 * The questionnaire in Telegram: the list of an official's questionnaires,
 * one question at a time (the step conversation with form.ts), review, materials and submit.
 * Buttons outside the current question (open, edit, review, home) are handled
 * here, before the conversation, and leave it first; the official's cursor and
 * the answers table say where to continue.
 */

import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard } from "grammy";
import { keptDraft, startDraft } from "../../../domain/answers/steps.js";
import { firstUnanswered, isEditable } from "../../../domain/questionnaire.js";
import { localDate } from "../../../domain/time.js";
import {
  changeStatus,
  loadOfficialQuestionnaire,
  nameIn,
  submitBlockers,
} from "../../../services/questionnaire.js";
import { cb, parseCallback } from "../../../telegram/callbacks/questionnaire.js";
import { parseStepCallback } from "../../../telegram/callbacks/steps.js";
import { escapeHtml } from "../../../telegram/html.js";
import type { BotContext, InnerContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { userLocale } from "../../locale.js";
import { processForm } from "../process/form.js";
import { processFeature } from "../process/index.js";
import { createStepConversation, type StepArgs } from "../steps/conversation.js";
import { questionnaireForm, sendReview, sendStep } from "./form.js";
import { createMaterialConversation, type MaterialArgs } from "./materials.js";
import { homeView } from "./views.js";

export function questionnaireFeature(deps: BotDeps) {
  const load = (officialId: number, by: { assignmentId: number } | { responseId: number }) =>
    loadOfficialQuestionnaire(deps, officialId, by);
  const setCursor = deps.repos.officials.setCursor;
  const composer = new Composer<BotContext>();
  const locale = (ctx: InnerContext) => userLocale(ctx);

  async function showHome(ctx: BotContext) {
    if (!ctx.official) return;
    const list = await deps.repos.responses.listForOfficial(ctx.official.id);
    const view = homeView(ctx.t.bind(ctx), locale(ctx), list, localDate(deps.now(), deps.tz));
    await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  }

  /** Shows question `no` and moves the cursor there (the next update enters the conversation). */
  async function ask(ctx: BotContext, responseId: number, no: number, mode: "answer" | "edit") {
    if (!ctx.official) return;
    await ctx.conversation.exitAll();
    const info = await load(ctx.official.id, { responseId });
    if (!info) return;
    if (!isEditable(info.status)) return sendReview(ctx, info);
    // an answer left half-way (Save and exit, /start, /language) continues where it was
    const kept = keptDraft(ctx.official.cursor, responseId, no);
    await setCursor(ctx.official.id, {
      responseId,
      questionNo: no,
      mode,
      draft: kept ?? undefined,
    });
    await sendStep(ctx, info, kept ?? startDraft(no));
  }

  /** Opens a questionnaire where the official stopped (or its review when there is nothing to ask). */
  async function open(ctx: BotContext, assignmentId: number): Promise<void> {
    const official = ctx.official;
    if (!official) return;
    await ctx.conversation.exitAll();
    const info = await load(official.id, { assignmentId });
    if (!info) {
      await ctx.reply(ctx.t("qn-stale"));
      return;
    }
    if (!isEditable(info.status)) return sendReview(ctx, info);
    const cursor = official.cursor?.responseId === info.responseId ? official.cursor : null;
    // Appendix 1 under way: continue there
    if (cursor?.form === "a1") {
      await process.open(ctx, info.responseId);
      return;
    }
    const no = cursor?.questionNo ?? firstUnanswered(info.answers);
    if (no === null) return sendReview(ctx, info);
    return ask(ctx, info.responseId, no, cursor?.mode ?? "answer");
  }

  /** Re-shows where the official is (after a language change). */
  async function resume(ctx: BotContext) {
    const cursor = ctx.official?.cursor;
    if (await process.resume(ctx)) return;
    if (cursor) return ask(ctx, cursor.responseId, cursor.questionNo, cursor.mode);
    return showHome(ctx);
  }

  // --- the conversations: other buttons are handed on with halt({ next: true }) ----------
  // one item at a time of either form: a question here, an Appendix 1 item
  const forms = [questionnaireForm(deps), processForm(deps)];
  composer.use(createConversation(createStepConversation(deps, forms), "step"));
  composer.use(createConversation(createMaterialConversation(deps), "material"));
  // Appendix 1: its buttons, and officials whose cursor is there
  const process = processFeature(deps);
  composer.use(process.composer);

  // --- buttons that leave the current question ------------------------------------------
  composer.callbackQuery(/^(qo|re|rv|home)\b/, async (ctx, next) => {
    const data = parseCallback(ctx.callbackQuery.data);
    const official = ctx.official;
    if (!official || !data) return next();
    const t = ctx.t.bind(ctx);
    switch (data.t) {
      case "home":
        await ctx.answerCallbackQuery();
        await ctx.conversation.exitAll();
        return showHome(ctx);
      case "open":
        await ctx.answerCallbackQuery();
        return open(ctx, data.assignmentId);
      case "edit": {
        const info = await load(official.id, { responseId: data.responseId });
        if (!info || !isEditable(info.status)) {
          await ctx.answerCallbackQuery({ text: t(info ? "qn-read-only" : "qn-stale") });
          return retireReviewButtons(ctx);
        }
        await ctx.answerCallbackQuery();
        return ask(ctx, data.responseId, data.no, "edit");
      }
      case "review":
        return reviewAction(ctx, data.responseId, data.action, data.reviewMessageId);
      default:
        return next();
    }
  });

  /**
   * A review whose questionnaire can no longer be changed keeps only "My questionnaires": its
   * edit/attach/submit buttons would only be refused. Telegram refuses an edit that changes
   * nothing, so a message already reduced is left alone.
   */
  async function retireReviewButtons(ctx: BotContext, messageId?: number) {
    const chatId = ctx.chat?.id;
    const id = messageId ?? ctx.callbackQuery?.message?.message_id;
    if (!chatId || !id) return;
    const only = new InlineKeyboard().text(ctx.t("btn-my-questionnaires"), cb.home());
    const shown = messageId ? undefined : ctx.callbackQuery?.message?.reply_markup?.inline_keyboard;
    if (JSON.stringify(shown) === JSON.stringify(only.inline_keyboard)) return;
    await ctx.api.editMessageReplyMarkup(chatId, id, { reply_markup: only }).catch(() => {});
  }

  async function reviewAction(
    ctx: BotContext,
    responseId: number,
    action: string,
    reviewMessageId?: number,
  ) {
    const official = ctx.official!;
    const t = ctx.t.bind(ctx);
    const info = await load(official.id, { responseId });
    if (!info) return ctx.answerCallbackQuery({ text: t("qn-stale") });
    if (action === "show") {
      await ctx.answerCallbackQuery();
      await ctx.conversation.exitAll();
      return sendReview(ctx, info);
    }
    if (!isEditable(info.status)) {
      await ctx.answerCallbackQuery({
        text: t(info.status === "submitted" ? "submit-already" : "qn-read-only"),
      });
      // a review's buttons shrink to the list (a confirmation's went when it was answered)
      if (action === "confirm" || action === "cancel") return;
      return retireReviewButtons(ctx);
    }
    const service = escapeHtml(nameIn(info.service, locale(ctx)));
    switch (action) {
      case "submit": {
        const missing = submitBlockers(info);
        if (missing.questions.length || missing.process.length) {
          return ctx.answerCallbackQuery({
            text: missing.questions.length
              ? t("submit-incomplete", { missing: missing.questions.join(", ") })
              : t("submit-incomplete-process", { missing: missing.process.join(", ") }),
            show_alert: true,
          });
        }
        await ctx.answerCallbackQuery();
        return ctx.reply(t("submit-confirm", { service }), {
          parse_mode: "HTML",
          reply_markup: new InlineKeyboard()
            .text(
              t("btn-confirm-submit"),
              cb.review(responseId, "confirm", ctx.callbackQuery?.message?.message_id),
            )
            .text(t("btn-cancel"), cb.review(responseId, "cancel")),
        });
      }
      case "confirm": {
        const missing = submitBlockers(info);
        if (missing.questions.length || missing.process.length)
          return ctx.answerCallbackQuery({ text: t("qn-stale") });
        const moved = (
          await changeStatus(deps, responseId, "submit", undefined, `official:${official.id}`)
        ).ok;
        await ctx.answerCallbackQuery(moved ? undefined : { text: t("submit-already") });
        await ctx.editMessageReplyMarkup().catch(() => {});
        if (moved) {
          await retireReviewButtons(ctx, reviewMessageId);
          await setCursor(official.id, null);
          await ctx.reply(t("submit-done", { service }), { parse_mode: "HTML" });
        }
        return;
      }
      case "cancel":
        await ctx.answerCallbackQuery();
        await ctx.editMessageReplyMarkup().catch(() => {});
        return ctx.reply(t("submit-cancelled"));
      case "note":
      case "prop": {
        await ctx.answerCallbackQuery();
        await ctx.conversation.exitAll();
        const args: MaterialArgs = { responseId, kind: action === "note" ? "note" : "proposals" };
        return ctx.conversation.enter("material", args);
      }
    }
  }

  // --- no conversation active: continue where the cursor says (either form) -----------------
  composer.on(["message", "callback_query:data"], async (ctx, next) => {
    const official = ctx.official;
    if (!official) return next();
    const cursor = official.cursor;
    if (ctx.callbackQuery) {
      const data = parseStepCallback(ctx.callbackQuery.data);
      const current =
        cursor &&
        (data?.t === "answer" || data?.t === "nav") &&
        data.form === cursor.form &&
        data.responseId === cursor.responseId &&
        data.no === cursor.questionNo;
      if (!current) return ctx.answerCallbackQuery({ text: ctx.t("qn-stale") });
    }
    if (!cursor) {
      return ctx.reply(ctx.t("qn-saved-exit"), {
        reply_markup: new InlineKeyboard().text(ctx.t("btn-my-questionnaires"), cb.home()),
      });
    }
    const args: StepArgs = {
      ...(cursor.form ? { form: cursor.form } : {}),
      responseId: cursor.responseId,
      no: cursor.questionNo,
      mode: cursor.mode,
      asked: true,
    };
    await ctx.conversation.enter("step", args);
  });

  return { composer, showHome, resume, open };
}

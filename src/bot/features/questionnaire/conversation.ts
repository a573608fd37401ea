/**
 * One run of this conversation = one question (its answer steps and its
 * justification), so the replay log stays a handful of updates long. Progress
 * lives in the answers table and the official's cursor; when the question is
 * done the next one is shown and the run ends. The next update re-enters with
 * `asked: true` and is treated as the first input (see index.ts), which is
 * also how an official continues after a restart or a dropped replay log.
 */
import type { Conversation } from "@grammyjs/conversations";
import {
  applyInput,
  type Draft,
  type DraftInput,
  hasProgress,
  isDone,
  keptDraft,
  startDraft,
  startJustificationDraft,
  stepView,
} from "../../../domain/answers/steps.js";
import { isEditable, nextQuestion, previousQuestion } from "../../../domain/questionnaire.js";
import { getQuestion } from "../../../domain/questions.js";
import type { Cursor } from "../../../domain/vocabulary.js";
import {
  applySkips,
  loadOfficialQuestionnaire,
  type Questionnaire,
  saveAnswerField,
} from "../../../services/questionnaire.js";
import { parseProcessCallback } from "../../../telegram/callbacks/process.js";
import { cb, parseCallback, promptOf } from "../../../telegram/callbacks/questionnaire.js";
import { escapeHtml } from "../../../telegram/html.js";
import type { BotContext, InnerContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { userLocale } from "../../locale.js";
import { isCommand } from "../../middleware/commands.js";
import { chosenKeyboard, reviewMessages, stepMessage } from "./views.js";

export interface QuestionArgs {
  responseId: number;
  no: number;
  mode: "answer" | "edit";
  /** the question is already on screen: the entering update is the first input */
  asked: boolean;
}

type Conv = Conversation<BotContext, InnerContext>;

type Classified =
  | { kind: "input"; input: DraftInput }
  | { kind: "nav"; nav: "back" | "exit" | "keep" }
  | { kind: "stale" }
  | { kind: "leave" }
  | { kind: "command" }
  | { kind: "not-text" };

function classify(c: InnerContext, args: QuestionArgs, stepIndex: number): Classified {
  const data = c.callbackQuery?.data;
  if (data !== undefined) {
    const parsed = parseCallback(data);
    if (
      parsed?.t === "answer" &&
      parsed.responseId === args.responseId &&
      parsed.no === args.no &&
      parsed.step === stepIndex
    ) {
      return { kind: "input", input: { type: "button", id: parsed.id } };
    }
    if (parsed?.t === "nav" && parsed.responseId === args.responseId && parsed.no === args.no) {
      // "keep" keeps what its prompt showed: a press on another step's prompt is stale
      const otherStep = parsed.step !== undefined && parsed.step !== stepIndex;
      return parsed.nav === "keep" && otherStep
        ? { kind: "stale" }
        : { kind: "nav", nav: parsed.nav };
    }
    if (parsed?.t === "chosen") return { kind: "stale" };
    // open / edit / review / home: handled outside the question
    if (parsed && parsed.t !== "answer" && parsed.t !== "nav") return { kind: "leave" };
    // Appendix 1's buttons (its review, prefills, items) leave the question too
    if (parseProcessCallback(data)) return { kind: "leave" };
    return { kind: "stale" };
  }
  // known commands are handled before the conversation: one that gets here is unknown
  if (isCommand(c)) return { kind: "command" };
  const text = c.message?.text;
  if (text !== undefined) return { kind: "input", input: { type: "text", text } };
  return { kind: "not-text" };
}

/** How much of a refused answer is given back in the message (Telegram's limit leaves room). */
const TYPED_ECHO_MAX = 3000;

const stepIndexOf = (draft: Draft) =>
  getQuestion(draft.no).steps.findIndex((s) => s.id === draft.step);

export function sendStep(c: InnerContext, info: Questionnaire, draft: Draft) {
  const locale = userLocale(c);
  const view = stepView(draft, { lastYear: info.campaign.year - 1 });
  const msg = stepMessage(c.t.bind(c), locale, info, draft, view, stepIndexOf(draft));
  return c.reply(msg.text, { parse_mode: "HTML", reply_markup: msg.keyboard });
}

export async function sendReview(c: InnerContext, info: Questionnaire) {
  const locale = userLocale(c);
  const review = reviewMessages(c.t.bind(c), locale, info);
  for (const [i, text] of review.messages.entries()) {
    const last = i === review.messages.length - 1;
    await c.reply(text, { parse_mode: "HTML", reply_markup: last ? review.keyboard : undefined });
  }
}

export function createQuestionConversation(deps: BotDeps) {
  const loadInfo = (officialId: number, responseId: number) =>
    loadOfficialQuestionnaire(deps, officialId, { responseId }).then((q) => q ?? null);
  const setCursor = deps.repos.officials.setCursor;

  return async function question(conversation: Conv, ctx: InnerContext, args: QuestionArgs) {
    const officialId = ctx.official?.id;
    if (!officialId) return;
    const t = ctx.t.bind(ctx);
    const load = () => conversation.external(() => loadInfo(officialId, args.responseId));

    let info = await load();
    if (!info || !isEditable(info.status)) {
      await ctx.reply(t("qn-read-only"));
      return;
    }
    const existing = info.answers[args.no];
    const where = { responseId: args.responseId, no: args.no, officialId };
    // the cursor may keep a half-given answer to this question; the sender middleware read it
    // with this update (kept in the log: replays see the same)
    const cursor = await conversation.external(() => ctx.official?.cursor ?? null);
    let draft: Draft = keptDraft(cursor, args.responseId, args.no) ?? startDraft(args.no);
    /**
     * Where update `c` leaves the official: question `no` (with the typed part of a multi-step
     * answer, which survives leaving), marked with the update that moved it there.
     */
    const at = (c: InnerContext, no: number, d?: Draft, mode = args.mode): Cursor => ({
      responseId: args.responseId,
      questionNo: no,
      mode,
      draft: d && hasProgress(d) ? d : undefined,
      by: c.update.update_id,
    });
    const move = (to: Cursor | null) => conversation.external(() => setCursor(officialId, to));
    /** Shows the step the cursor `to` points at; when that fails, the cursor says it may be unseen. */
    const show = async (c: InnerContext, q: Questionnaire, d: Draft, to: Cursor) => {
      try {
        await sendStep(c, q, d);
      } catch (err) {
        await move({ ...to, unconfirmed: true }).catch(() => {});
        throw err;
      }
    };
    let pending: InnerContext | undefined = args.asked ? ctx : undefined;
    if (!args.asked) await sendStep(ctx, info, draft);
    if (pending && cursor && cursor.by === pending.update.update_id) {
      // This very update was applied already (a retry after a failure, or Telegram delivering it
      // again after a restart): show where it led instead of applying it to the next step.
      if (pending.callbackQuery) await pending.answerCallbackQuery();
      await sendStep(pending, info, draft);
      if (cursor.unconfirmed) await move({ ...cursor, unconfirmed: undefined });
      pending = undefined;
    } else if (pending?.message?.text !== undefined && cursor?.unconfirmed && !isCommand(pending)) {
      // This step's prompt may never have reached the official: the text may answer the step
      // before it, so it is not taken; the step is shown (again) instead.
      await pending.reply(t("qn-moved-on"));
      await sendStep(pending, info, draft);
      await move({ ...cursor, unconfirmed: undefined, by: pending.update.update_id });
      pending = undefined;
    }

    /** The questionnaire stopped being editable under us: nothing of `typed` is lost silently. */
    const notSaved = async (c: InnerContext, typed: string) => {
      const now = await load();
      await conversation.external(() => setCursor(officialId, null));
      await c.reply(
        t("qn-not-saved-locked", { text: escapeHtml(typed.slice(0, TYPED_ECHO_MAX)) || "—" }),
        { parse_mode: "HTML" },
      );
      if (now) await sendReview(c, now);
    };

    let last: InnerContext = ctx;
    for (;;) {
      const c = pending ?? (await conversation.wait());
      pending = undefined;
      last = c;
      const stepIndex = stepIndexOf(draft);
      const got = classify(c, args, stepIndex);

      if (got.kind === "leave") return await conversation.halt({ next: true });
      if (got.kind === "stale") {
        await c.answerCallbackQuery({ text: t("qn-stale") });
        continue;
      }
      if (got.kind === "command") {
        await c.reply(t("unknown-command"));
        continue;
      }
      if (got.kind === "not-text") {
        const view = stepView(draft, { lastYear: info.campaign.year - 1 });
        await c.reply(t(view.acceptsText ? "qn-text-only" : "qn-use-buttons"));
        continue;
      }
      // a reply to a prompt that is not the current step (a duplicate or an older prompt) is not
      // an answer to this step
      const repliedTo = got.kind === "input" ? promptOf(c.message?.reply_to_message) : undefined;
      if (
        repliedTo &&
        (repliedTo.responseId !== args.responseId ||
          repliedTo.no !== args.no ||
          (repliedTo.step !== undefined && repliedTo.step !== stepIndex))
      ) {
        await c.reply(t("qn-reply-to-old", { no: repliedTo.no }));
        await sendStep(c, info, draft);
        continue;
      }
      if (got.kind === "nav") {
        await c.answerCallbackQuery();
        if (got.nav === "exit") {
          await c.reply(t("qn-saved-exit"));
          return;
        }
        if (got.nav === "back") {
          const prev = previousQuestion(info.answers, args.no) ?? args.no;
          const to = at(c, prev);
          await move(to);
          await show(c, info, startDraft(prev), to);
          return;
        }
        // keep: the stored answer stays; then the stored justification may stay too
        if (draft.step === "justification" && existing?.justification) break;
        if (existing?.value && stepIndex === 0) {
          draft = startJustificationDraft(args.no, existing.value);
          await sendStep(c, info, draft);
          continue;
        }
        await c.reply(t("qn-stale"));
        continue;
      }

      const result = applyInput(draft, got.input, { lastYear: info.campaign.year - 1 });
      if (got.input.type === "button") await c.answerCallbackQuery();
      if (!result.ok) {
        await c.reply(t(result.error.key, result.error.vars), { parse_mode: "HTML" });
        continue;
      }
      const before = draft;
      draft = result.value;
      if (got.input.type === "button") {
        // the pressed buttons are spent (a second tap cannot act twice); the choice stays visible
        // its data still says what the prompt asked, so a reply to it is recognised
        const asked = cb.chosen(args.responseId, args.no, stepIndex);
        const shown = chosenKeyboard(t, before, got.input.id, asked);
        await c.editMessageReplyMarkup({ reply_markup: shown }).catch(() => {});
      }
      // The save refuses when the questionnaire is no longer editable (a colleague submitted
      // it, or it was accepted meanwhile): say so and give back what was typed.
      const typed = got.input.type === "text" ? got.input.text : "";
      let moved: Cursor | undefined;
      if (draft.step === "justification" && before.step !== "justification" && draft.value) {
        const value = draft.value;
        // the answer, its history and the cursor (now at the justification): one statement
        const cursor = at(c, args.no, draft);
        const saved = await conversation.external(() =>
          saveAnswerField(deps, { ...where, field: "value", value, cursor }),
        );
        if (!saved) return await notSaved(c, typed);
        moved = cursor;
      }
      if (isDone(draft)) {
        const text = draft.justification;
        const saved = await conversation.external(() =>
          saveAnswerField(deps, { ...where, field: "justification", value: text }),
        );
        if (!saved) return await notSaved(c, typed);
        break;
      }
      const to = moved ?? at(c, args.no, draft);
      if (!moved) await move(to);
      await show(c, info, draft, to);
    }

    // The question is answered: keep automatic answers consistent, then move on.
    const naText = t("sum-na-auto");
    const answered = {
      value: draft.value ?? existing?.value ?? null,
      justification: draft.justification ?? existing?.justification ?? null,
    };
    const known: Questionnaire = { ...info, answers: { ...info.answers, [args.no]: answered } };
    info = await conversation.external(async () => {
      const changed = await applySkips(deps, officialId, known, naText);
      const after = changed ? await loadInfo(officialId, args.responseId) : known;
      const next = args.mode === "edit" || !after ? null : nextQuestion(after.answers, args.no);
      await setCursor(officialId, next ? at(last, next, undefined, "answer") : null);
      return after;
    });
    if (!info) return;
    const next = args.mode === "edit" ? null : nextQuestion(info.answers, args.no);
    if (next) await show(last, info, startDraft(next), at(last, next, undefined, "answer"));
    else await sendReview(last, info);
  };
}

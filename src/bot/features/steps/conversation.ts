/**
 * The step conversation: one run = one item of a form (a question of the questionnaire, with its
 * answer steps and its justification, or an item of Appendix 1), walked by the domain's step
 * machine (domain/answers/steps.ts), so the replay log stays a handful of updates long. Progress
 * lives in the answers tables and the official's cursor; when the item is done the form says
 * what comes next and the run ends. The next update re-enters with `asked: true` and is treated
 * as the first input (see questionnaire/index.ts), which is also how an official continues after
 * a restart or a dropped replay log.
 *
 * What is not an answer to the current step is never taken as one, in both forms alike: an update
 * already applied (a retry, Telegram delivering it again), a text typed while the step's prompt
 * may not have reached the official, a reply to another step's prompt, a button of another step,
 * a spent button, a sticker; and a save the questionnaire's status refuses gives the text back.
 * What differs per form (its screens, Back, Keep, what a step stores, what follows an item) is a
 * `StepForm`: questionnaire/form.ts (Appendix 2), process/form.ts (Appendix 1).
 */
import type { Conversation } from "@grammyjs/conversations";
import {
  applyInput,
  type Draft,
  type DraftInput,
  type Form,
  hasProgress,
  keptDraft,
  startDraft,
  stepIndexOf,
  stepView,
} from "../../../domain/answers/steps.js";
import type { AnswerValue } from "../../../domain/answers/values.js";
import { isEditable } from "../../../domain/questionnaire.js";
import type { Cursor } from "../../../domain/vocabulary.js";
import { loadOfficialQuestionnaire, type Questionnaire } from "../../../services/questionnaire.js";
import { parseProcessCallback } from "../../../telegram/callbacks/process.js";
import { parseCallback } from "../../../telegram/callbacks/questionnaire.js";
import { chosenData, parseStepCallback, promptOf } from "../../../telegram/callbacks/steps.js";
import { escapeHtml } from "../../../telegram/html.js";
import type { BotContext, InnerContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { isCommand } from "../../middleware/commands.js";
import { chosenKeyboard, type T } from "../questionnaire/views.js";

export interface StepArgs {
  /** "a1": an item of Appendix 1; absent: a question of the questionnaire */
  form?: "a1";
  responseId: number;
  no: number;
  mode: "answer" | "edit";
  /** the item is already on screen: the entering update is the first input */
  asked: boolean;
}

/** What a step stores once it is taken, and whether that ends the item. */
export type Due =
  | { field: "value"; value: AnswerValue; ends: boolean }
  | { field: "justification"; value: string; ends: boolean };

/** What the step conversation needs to know about one form. */
export interface StepForm {
  /** the marker of its drafts and cursors (domain/answers/steps.ts) */
  readonly form: Form;
  /** the prompt of the draft's current step */
  send(c: InnerContext, info: Questionnaire, draft: Draft): Promise<unknown>;
  /** the screen a cursor of this form points at, when it names no draft (an item's start, …) */
  showAt(c: InnerContext, info: Questionnaire, at: Cursor): Promise<unknown>;
  review(c: InnerContext, info: Questionnaire): Promise<unknown>;
  /** Back: another draft of the same item, another item, or the form's review */
  back(info: Questionnaire, draft: Draft): { draft: Draft } | { no: number } | "review";
  /** Keep (the stored answer stays): the item done as stored, a draft to go on with, or null */
  keep(info: Questionnaire, draft: Draft): "done" | Draft | null;
  /** what taking the step (`before` → `draft`) stores; null: nothing yet */
  due(before: Draft, draft: Draft): Due | null;
  /**
   * Stores it, with the cursor in the same statement when given (where the official goes next;
   * null: the review); false when the questionnaire can no longer be changed.
   */
  save(a: {
    responseId: number;
    no: number;
    officialId: number;
    due: Due;
    cursor?: Cursor | null;
  }): Promise<boolean>;
  /**
   * The item is done and nothing else follows from it: the questionnaire as it then stands
   * (no I/O), so the item's last save can carry the next cursor; null when `settle` must store
   * more (automatic answers).
   */
  stands(info: Questionnaire, draft: Draft, t: T): Questionnaire | null;
  /** The item is done: what follows from it is stored; the questionnaire as it now stands. */
  settle(
    officialId: number,
    info: Questionnaire,
    draft: Draft,
    t: T,
  ): Promise<Questionnaire | null>;
  /** where the official goes after item `no` when answering in order; null: the review */
  next(info: Questionnaire, no: number): Cursor | null;
  /** after a refused save: the form's review, loaded again (or only the refusal) */
  readonly reviewWhenLocked: boolean;
}

type Conv = Conversation<BotContext, InnerContext>;

type Classified =
  | { kind: "input"; input: DraftInput }
  | { kind: "nav"; nav: "back" | "exit" | "keep" }
  | { kind: "stale" }
  | { kind: "leave" }
  | { kind: "command" }
  | { kind: "not-text" };

function classify(c: InnerContext, args: StepArgs, stepIndex: number): Classified {
  const data = c.callbackQuery?.data;
  if (data !== undefined) {
    const p = parseStepCallback(data);
    if (p) {
      const here = p.form === args.form && p.responseId === args.responseId && p.no === args.no;
      if (here && p.t === "answer" && p.step === stepIndex) {
        return { kind: "input", input: { type: "button", id: p.id } };
      }
      if (here && p.t === "nav") {
        // "keep" keeps what its prompt showed: a press on another step's prompt is stale
        const otherStep = p.step !== undefined && p.step !== stepIndex;
        return p.nav === "keep" && otherStep ? { kind: "stale" } : { kind: "nav", nav: p.nav };
      }
      // another step, item, form or questionnaire, or a spent button
      return { kind: "stale" };
    }
    // the questionnaire's and Appendix 1's other buttons (open, edit, reviews, prefills, home)
    if (parseCallback(data) || parseProcessCallback(data)) return { kind: "leave" };
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

export function createStepConversation(deps: BotDeps, forms: readonly StepForm[]) {
  const loadInfo = (officialId: number, responseId: number) =>
    loadOfficialQuestionnaire(deps, officialId, { responseId }).then((q) => q ?? null);
  const setCursor = deps.repos.officials.setCursor;

  return async function step(conversation: Conv, ctx: InnerContext, args: StepArgs) {
    const form = forms.find((f) => f.form === args.form);
    const officialId = ctx.official?.id;
    if (!form || !officialId) return;
    const t = ctx.t.bind(ctx);
    const load = () => conversation.external(() => loadInfo(officialId, args.responseId));

    const info = await load();
    if (!info || !isEditable(info.status)) {
      await ctx.reply(t("qn-read-only"));
      return;
    }
    const lastYear = info.campaign.year - 1;
    const send = (c: InnerContext, d: Draft) => form.send(c, info, d);
    // the cursor may keep a half-given answer to this item; the sender middleware read it
    // with this update (kept in the log: replays see the same)
    const cursor = await conversation.external(() => ctx.official?.cursor ?? null);
    let draft: Draft =
      keptDraft(cursor, args.responseId, args.no, form.form) ?? startDraft(args.no, form.form);
    /**
     * Where update `c` leaves the official: item `no` (with the typed part of a multi-step
     * answer, which survives leaving), marked with the update that moved it there.
     */
    const at = (c: InnerContext, no: number, d?: Draft): Cursor => ({
      responseId: args.responseId,
      questionNo: no,
      mode: args.mode,
      ...(form.form ? { form: form.form } : {}),
      draft: d && hasProgress(d) ? d : undefined,
      by: c.update.update_id,
    });
    const move = (to: Cursor | null) => conversation.external(() => setCursor(officialId, to));
    /** Shows what the cursor `to` points at; when that fails, the cursor says it may be unseen. */
    const show = async (to: Cursor, shown: () => Promise<unknown>) => {
      try {
        await shown();
      } catch (err) {
        await move({ ...to, unconfirmed: true }).catch(() => {});
        throw err;
      }
    };
    let pending: InnerContext | undefined = args.asked ? ctx : undefined;
    if (!args.asked) await send(ctx, draft);
    if (pending && cursor && cursor.by === pending.update.update_id) {
      // This very update was applied already (a retry after a failure, or Telegram delivering it
      // again after a restart): show where it led instead of applying it to the next step.
      if (pending.callbackQuery) await pending.answerCallbackQuery();
      await send(pending, draft);
      if (cursor.unconfirmed) await move({ ...cursor, unconfirmed: undefined });
      pending = undefined;
    } else if (pending?.message?.text !== undefined && cursor?.unconfirmed && !isCommand(pending)) {
      // This step's prompt may never have reached the official: the text may answer the step
      // before it, so it is not taken; the step is shown (again) instead.
      await pending.reply(t("qn-moved-on"));
      await send(pending, draft);
      await move({ ...cursor, unconfirmed: undefined, by: pending.update.update_id });
      pending = undefined;
    }

    /** The questionnaire stopped being editable under us: nothing of `typed` is lost silently. */
    const notSaved = async (c: InnerContext, typed: string) => {
      const now = form.reviewWhenLocked ? await load() : null;
      await move(null);
      await c.reply(
        t("qn-not-saved-locked", { text: escapeHtml(typed.slice(0, TYPED_ECHO_MAX)) || "—" }),
        { parse_mode: "HTML" },
      );
      if (now) await form.review(c, now);
    };

    /** where item done takes the official, answering in order (marked with update `c`) */
    const following = (q: Questionnaire, c: InnerContext): Cursor | null => {
      const next = args.mode === "edit" ? null : form.next(q, args.no);
      return next ? { ...next, by: c.update.update_id } : null;
    };
    /** the item's last save stored the next cursor already */
    let settled: { after: Questionnaire; to: Cursor | null } | undefined;
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
        await c.reply(
          t(stepView(draft, { lastYear }).acceptsText ? "qn-text-only" : "qn-use-buttons"),
        );
        continue;
      }
      // a reply to a prompt that is not the current step (a duplicate or an older prompt, of
      // either form) is not an answer to this step
      const repliedTo = got.kind === "input" ? promptOf(c.message?.reply_to_message) : undefined;
      if (
        repliedTo &&
        (repliedTo.form !== args.form ||
          repliedTo.responseId !== args.responseId ||
          repliedTo.no !== args.no ||
          (repliedTo.step !== undefined && repliedTo.step !== stepIndex))
      ) {
        const key = repliedTo.form === "a1" ? "p-reply-to-old" : "qn-reply-to-old";
        await c.reply(t(key, { no: repliedTo.no }));
        await send(c, draft);
        continue;
      }
      if (got.kind === "nav") {
        await c.answerCallbackQuery();
        if (got.nav === "exit") {
          await c.reply(t("qn-saved-exit"));
          return;
        }
        if (got.nav === "back") {
          const back = form.back(info, draft);
          if (back === "review") {
            await form.review(c, info);
            return;
          }
          if ("no" in back) {
            const to = at(c, back.no);
            await move(to);
            await show(to, () => form.showAt(c, info, to));
            return;
          }
          draft = back.draft;
          const to = at(c, args.no, draft);
          await move(to);
          await show(to, () => send(c, back.draft));
          continue;
        }
        const kept = form.keep(info, draft);
        if (kept === "done") break;
        if (kept) {
          draft = kept;
          await send(c, draft);
          continue;
        }
        await c.reply(t("qn-stale"));
        continue;
      }

      const result = applyInput(draft, got.input, { lastYear });
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
        const asked = chosenData(form.form, args.responseId, args.no, stepIndex);
        const shown = chosenKeyboard(t, before, got.input.id, asked);
        await c.editMessageReplyMarkup({ reply_markup: shown }).catch(() => {});
      }
      // The save refuses when the questionnaire is no longer editable (a colleague submitted
      // it, or it was accepted meanwhile): say so and give back what was typed.
      const typed = got.input.type === "text" ? got.input.text : "";
      const due = form.due(before, draft);
      let moved: Cursor | undefined;
      if (due) {
        // the cursor goes in the same statement: the item's next step, or, when the item ends
        // and nothing else follows from it, the next item (or none: the review)
        const stands = due.ends ? form.stands(info, draft, t) : null;
        const cursor = !due.ends
          ? at(c, args.no, draft)
          : stands
            ? following(stands, c)
            : undefined;
        const saved = await conversation.external(() =>
          form.save({ responseId: args.responseId, no: args.no, officialId, due, cursor }),
        );
        if (!saved) return await notSaved(c, typed);
        if (due.ends) {
          if (stands) settled = { after: stands, to: cursor ?? null };
          break;
        }
        moved = cursor ?? undefined;
      }
      const to = moved ?? at(c, args.no, draft);
      if (!moved) await move(to);
      const now = draft;
      await show(to, () => send(c, now));
    }

    // The item is done: what follows from it is stored, then the next item or the review.
    const done =
      settled ??
      (await conversation.external(async () => {
        const after = await form.settle(officialId, info, draft, t);
        const to = after ? following(after, last) : null;
        await setCursor(officialId, to);
        return { after, to };
      }));
    const { after, to } = done;
    if (!after) return;
    if (to) await show(to, () => form.showAt(last, after, to));
    else await form.review(last, after);
  };
}

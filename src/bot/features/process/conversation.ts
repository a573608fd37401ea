/**
 * One run of this conversation = one Appendix 1 item, walked by the questionnaire's step
 * machine (a draft with form "a1"). The value is saved the moment the item is done; the cursor
 * keeps a half-given item, so Save and exit, /start and a restart continue where it was.
 * `screens.ts` decides and shows what comes next (the prefilled proposals, an item, the review).
 */
import type { Conversation } from "@grammyjs/conversations";
import {
  applyInput,
  type Draft,
  type DraftInput,
  hasProgress,
  isFinished,
  keptDraft,
  startDraft,
  stepView,
} from "../../../domain/answers/steps.js";
import { isEditable } from "../../../domain/questionnaire.js";
import {
  loadOfficialQuestionnaire,
  type Questionnaire,
  saveProcessItem,
} from "../../../services/questionnaire.js";
import { parseProcessCallback } from "../../../telegram/callbacks/process.js";
import { escapeHtml } from "../../../telegram/html.js";
import type { BotContext, InnerContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { isCommand } from "../../middleware/commands.js";
import { chosenKeyboard } from "../questionnaire/views.js";
import { decideNext, sendItem, sendProcessReview, sendScreen } from "./screens.js";
import { stepIndexOf } from "./views.js";

export interface ProcessArgs {
  responseId: number;
  no: number;
  mode: "answer" | "edit";
  /** the item is already on screen: the entering update is the first input */
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

function classify(c: InnerContext, args: ProcessArgs, stepIndex: number): Classified {
  const data = c.callbackQuery?.data;
  if (data !== undefined) {
    const p = parseProcessCallback(data);
    const here = p && "no" in p && p.responseId === args.responseId && p.no === args.no;
    if (here && p.t === "answer" && p.step === stepIndex) {
      return { kind: "input", input: { type: "button", id: p.id } };
    }
    if (here && p.t === "nav") return { kind: "nav", nav: p.nav };
    if (p?.t === "answer" || p?.t === "nav" || data === "chosen") return { kind: "stale" };
    // anything else (the questionnaire, the list, another item): handled outside this item
    return { kind: "leave" };
  }
  if (isCommand(c)) return { kind: "command" };
  const text = c.message?.text;
  if (text !== undefined) return { kind: "input", input: { type: "text", text } };
  return { kind: "not-text" };
}

export function createProcessConversation(deps: BotDeps) {
  const loadInfo = (officialId: number, responseId: number) =>
    loadOfficialQuestionnaire(deps, officialId, { responseId }).then((q) => q ?? null);
  const setCursor = deps.repos.officials.setCursor;

  return async function processItem(conversation: Conv, ctx: InnerContext, args: ProcessArgs) {
    const officialId = ctx.official?.id;
    if (!officialId) return;
    const t = ctx.t.bind(ctx);
    const load = () => conversation.external(() => loadInfo(officialId, args.responseId));
    const info = await load();
    if (!info || !isEditable(info.status)) {
      await ctx.reply(t("qn-read-only"));
      return;
    }
    const existing = info.process[args.no] ?? null;
    const cursorOf = (d: Draft | undefined) => ({
      responseId: args.responseId,
      questionNo: args.no,
      mode: args.mode,
      form: "a1" as const,
      ...(d && hasProgress(d) ? { draft: d } : {}),
    });
    // read by the sender middleware with this update (kept in the log: replays see the same)
    const cursor = await conversation.external(() => ctx.official?.cursor ?? null);
    let draft: Draft =
      keptDraft(cursor, args.responseId, args.no, "a1") ?? startDraft(args.no, "a1");
    let pending: InnerContext | undefined = args.asked ? ctx : undefined;
    if (!args.asked) await sendItem(ctx, info, draft);
    const view = (d: Draft) => stepView(d, { lastYear: info.campaign.year - 1 });

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
        await c.reply(t(view(draft).acceptsText ? "qn-text-only" : "qn-use-buttons"));
        continue;
      }
      if (got.kind === "nav") {
        await c.answerCallbackQuery();
        if (got.nav === "exit") {
          await c.reply(t("qn-saved-exit"));
          return;
        }
        if (got.nav === "back") {
          // inside an item: back to its first step; on the first step: the item before
          if (stepIndex > 0) {
            draft = startDraft(args.no, "a1");
            await conversation.external(() => setCursor(officialId, cursorOf(undefined)));
            await sendItem(c, info, draft);
            continue;
          }
          const prev = args.no > 1 ? args.no - 1 : null;
          if (!prev) return await sendProcessReview(c, info);
          await conversation.external(() =>
            setCursor(officialId, { ...cursorOf(undefined), questionNo: prev }),
          );
          return await sendItem(c, info, startDraft(prev, "a1"));
        }
        // keep: the stored value stays
        if (existing && stepIndex === 0) break;
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
        const shown = chosenKeyboard(t, before, got.input.id);
        await c.editMessageReplyMarkup({ reply_markup: shown }).catch(() => {});
      }
      if (isFinished(draft)) {
        const value = draft.value;
        const saved = await conversation.external(() =>
          saveProcessItem(deps, { responseId: args.responseId, no: args.no, officialId, value }),
        );
        if (!saved) {
          const typed = got.input.type === "text" ? got.input.text : "";
          await conversation.external(() => setCursor(officialId, null));
          await c.reply(
            t("qn-not-saved-locked", { text: escapeHtml(typed.slice(0, 3000)) || "—" }),
            { parse_mode: "HTML" },
          );
          return;
        }
        break;
      }
      const kept = draft;
      await conversation.external(() => setCursor(officialId, cursorOf(kept)));
      await sendItem(c, info, draft);
    }

    // The item is done: the review after an edit, otherwise whatever comes next.
    const screen = await conversation.external(async () => {
      const after = await loadInfo(officialId, args.responseId);
      if (!after) return null;
      const next = args.mode === "edit" ? null : decideNext(after);
      await setCursor(officialId, next?.cursor ?? null);
      return { info: after as Questionnaire, next };
    });
    if (!screen) return;
    if (screen.next) await sendScreen(last, screen.info, screen.next);
    else await sendProcessReview(last, screen.info);
  };
}

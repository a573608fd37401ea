/**
 * What an official sees next in Appendix 1 and how it is sent: the rules come from the domain
 * (`nextProcessScreen`, `prefillProcess`); the cursor says where they are (questionNo 0 = the
 * prefilled proposals, otherwise the item).
 */
import { type Draft, startDraft, stepView } from "../../../domain/answers/steps.js";
import { nextProcessScreen, type ProcessScreen, prefillProcess } from "../../../domain/process.js";
import type { Cursor } from "../../../domain/vocabulary.js";
import type { Questionnaire } from "../../../services/questionnaire.js";
import type { InnerContext } from "../../context.js";
import { userLocale } from "../../locale.js";
import { itemMessage, prefillMessage, processReview } from "./views.js";

export interface Next {
  screen: ProcessScreen;
  cursor: Cursor;
}

/** The prefilled proposals for this questionnaire as it stands. */
export const prefillsOf = (info: Questionnaire) => prefillProcess(info.answers, info.process);

/** The next screen and the cursor that points at it; null when every item is filled in. */
export function decideNext(info: Questionnaire): Next | null {
  const screen = nextProcessScreen(info.process, prefillsOf(info));
  if (!screen) return null;
  const questionNo = screen.kind === "prefill" ? 0 : screen.no;
  return {
    screen,
    cursor: { responseId: info.responseId, questionNo, mode: "answer", form: "a1" },
  };
}

export function sendItem(c: InnerContext, info: Questionnaire, draft: Draft) {
  const view = stepView(draft, { lastYear: info.campaign.year - 1 });
  const msg = itemMessage(c.t.bind(c), userLocale(c), info, draft, view);
  return c.reply(msg.text, { parse_mode: "HTML", reply_markup: msg.keyboard });
}

export async function sendScreen(c: InnerContext, info: Questionnaire, next: Next) {
  if (next.screen.kind === "item") return sendItem(c, info, startDraft(next.screen.no, "a1"));
  const msg = prefillMessage(c.t.bind(c), userLocale(c), info, next.screen.items, prefillsOf(info));
  return c.reply(msg.text, { parse_mode: "HTML", reply_markup: msg.keyboard });
}

export async function sendProcessReview(c: InnerContext, info: Questionnaire) {
  const review = processReview(c.t.bind(c), userLocale(c), info);
  for (const [i, text] of review.messages.entries()) {
    const last = i === review.messages.length - 1;
    await c.reply(text, { parse_mode: "HTML", reply_markup: last ? review.keyboard : undefined });
  }
}

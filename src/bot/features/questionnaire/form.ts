/**
 * The questionnaire (Appendix 2) as the step conversation walks it (features/steps): a question
 * is its answer steps, then its justification. The value is saved when the justification is
 * reached (with the cursor, one statement), the justification when it is given; then the
 * automatic answers are kept consistent and the next unanswered question follows, or the review.
 */
import {
  type Draft,
  isDone,
  startDraft,
  startJustificationDraft,
  stepIndexOf,
  stepView,
} from "../../../domain/answers/steps.js";
import { nextQuestion, previousQuestion, skipChanges } from "../../../domain/questionnaire.js";
import {
  applySkips,
  loadOfficialQuestionnaire,
  type Questionnaire,
  saveAnswerField,
} from "../../../services/questionnaire.js";
import type { InnerContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { userLocale } from "../../locale.js";
import type { StepForm } from "../steps/conversation.js";
import { reviewMessages, stepMessage } from "./views.js";

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

/** The questionnaire with the item's answer as now stored. */
function withAnswer(info: Questionnaire, draft: Draft): Questionnaire {
  const existing = info.answers[draft.no];
  const answered = {
    value: draft.value ?? existing?.value ?? null,
    justification: draft.justification ?? existing?.justification ?? null,
  };
  return { ...info, answers: { ...info.answers, [draft.no]: answered } };
}

export function questionnaireForm(deps: BotDeps): StepForm {
  return {
    form: undefined,
    send: sendStep,
    showAt: (c, info, at) => sendStep(c, info, startDraft(at.questionNo)),
    review: sendReview,
    // the question before (the answer given here stays)
    back: (info, draft) => ({ no: previousQuestion(info.answers, draft.no) ?? draft.no }),
    keep(info, draft) {
      const existing = info.answers[draft.no];
      // the stored answer stays; then the stored justification may stay too
      if (draft.step === "justification" && existing?.justification) return "done";
      if (existing?.value && stepIndexOf(draft) === 0) {
        return startJustificationDraft(draft.no, existing.value);
      }
      return null;
    },
    due(before, draft) {
      if (draft.step === "justification" && before.step !== "justification" && draft.value) {
        return { field: "value", value: draft.value, ends: false };
      }
      if (isDone(draft)) return { field: "justification", value: draft.justification, ends: true };
      return null;
    },
    save: ({ due, ...where }) =>
      due.field === "value"
        ? saveAnswerField(deps, { ...where, field: "value", value: due.value })
        : saveAnswerField(deps, { ...where, field: "justification", value: due.value }),
    // nothing follows unless the answer changes automatic answers (Q14 after Q13, …)
    stands(info, draft, t) {
      const known = withAnswer(info, draft);
      return skipChanges(known.answers, t("sum-na-auto")).length === 0 ? known : null;
    },
    async settle(officialId, info, draft, t) {
      // keep automatic answers consistent (Q14 after Q13, …) with the answer as now stored
      const known = withAnswer(info, draft);
      if (!(await applySkips(deps, officialId, known, t("sum-na-auto")))) return known;
      const { responseId } = info;
      return (await loadOfficialQuestionnaire(deps, officialId, { responseId })) ?? null;
    },
    next(info, no) {
      const next = nextQuestion(info.answers, no);
      return next ? { responseId: info.responseId, questionNo: next, mode: "answer" } : null;
    },
    reviewWhenLocked: true,
  };
}

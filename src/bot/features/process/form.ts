/**
 * Appendix 1 as the step conversation walks it (features/steps): an item is its steps (a draft
 * with form "a1"), saved the moment it has its value; Back inside an item goes to its first step,
 * on the first step to the item before; after an item, `decideNext` (screens.ts) says what comes:
 * the prefilled proposals, the next missing item, or the review.
 */
import { type Draft, isFinished, startDraft, stepIndexOf } from "../../../domain/answers/steps.js";
import { countProcessDone, previousProcessItem } from "../../../domain/process.js";
import { type Questionnaire, saveProcessItem } from "../../../services/questionnaire.js";
import type { BotDeps } from "../../deps.js";
import type { StepForm } from "../steps/conversation.js";
import { decideNext, sendItem, sendProcessReview, sendScreen } from "./screens.js";

/** Appendix 1 with the item's value as now stored. */
function withItem(info: Questionnaire, draft: Draft): Questionnaire {
  const value = draft.value ?? info.process[draft.no] ?? null;
  const process = { ...info.process, [draft.no]: value };
  return { ...info, process, processDone: countProcessDone(process) };
}

export function processForm(deps: BotDeps): StepForm {
  return {
    form: "a1",
    send: sendItem,
    showAt(c, info, at) {
      if (at.questionNo > 0) return sendItem(c, info, startDraft(at.questionNo, "a1"));
      const next = decideNext(info); // 0: the prefilled proposals
      return next ? sendScreen(c, info, next) : sendProcessReview(c, info);
    },
    review: sendProcessReview,
    back(_info, draft) {
      if (stepIndexOf(draft) > 0) return { draft: startDraft(draft.no, "a1") };
      const prev = previousProcessItem(draft.no);
      return prev ? { no: prev } : "review";
    },
    // the stored value stays: the item is done as it is
    keep: (info, draft) => (info.process[draft.no] && stepIndexOf(draft) === 0 ? "done" : null),
    // an item ends with its value (no justification)
    due: (_before, draft) =>
      isFinished(draft) ? { field: "value", value: draft.value, ends: true } : null,
    async save({ due, ...where }) {
      if (due.field !== "value") throw new Error("Appendix 1 items have no justification");
      return saveProcessItem(deps, { ...where, value: due.value });
    },
    // nothing follows from an item but its own value: what was loaded plus it (no second load)
    stands: (info, draft) => withItem(info, draft),
    settle: async (_officialId, info, draft) => withItem(info, draft),
    next: (info) => decideNext(info)?.cursor ?? null,
    reviewWhenLocked: false,
  };
}

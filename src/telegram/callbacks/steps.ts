/**
 * The buttons of a step prompt of either form, read as one shape: Appendix 2's questions
 * (`qa`/`qn`/`qc`, questionnaire.ts) and Appendix 1's items (`pa`/`pn`/`pk`, process.ts). Each
 * names the questionnaire, the item and (but on older messages) the step its prompt asked, so a
 * press or a reply meant for another step is recognised as such.
 */
import type { Form } from "../../domain/answers/steps.js";
import { parseProcessCallback, pcb } from "./process.js";
import { cb, type Nav, parseCallback } from "./questionnaire.js";

/** What a step prompt asked. */
export interface Asked {
  /** "a1": an Appendix 1 item; absent: a question of the questionnaire */
  form?: "a1";
  responseId: number;
  no: number;
  step?: number;
}

export type StepCallback = Asked &
  ({ t: "answer"; id: string } | { t: "nav"; nav: Nav } | { t: "chosen" });

export function parseStepCallback(data: string | undefined): StepCallback | undefined {
  const q = parseCallback(data);
  if (q?.t === "answer" || q?.t === "nav" || q?.t === "chosen") return q;
  const p = parseProcessCallback(data);
  if (p?.t === "answer" || p?.t === "nav" || p?.t === "chosen") return { ...p, form: "a1" };
  return undefined;
}

/** The inert button left on a prompt after a tap: still says what the prompt asked. */
export const chosenData = (form: Form, responseId: number, no: number, step: number) =>
  (form === "a1" ? pcb.chosen : cb.chosen)(responseId, no, step);

/**
 * What a step prompt asked, read from its buttons (every prompt has some): a reply to an old
 * prompt is recognised by it. Appendix 1's prefilled proposals (item 0) ask no step.
 */
export function promptOf(
  message: { reply_markup?: { inline_keyboard: object[][] } } | undefined,
): Asked | undefined {
  let found: Asked | undefined;
  for (const b of message?.reply_markup?.inline_keyboard.flat() ?? []) {
    const p = parseStepCallback("callback_data" in b ? String(b.callback_data) : undefined);
    if (!p || p.no < 1) continue;
    found = {
      ...(p.form ? { form: p.form } : {}),
      responseId: p.responseId,
      no: p.no,
      ...(p.step !== undefined ? { step: p.step } : {}),
    };
    if (p.step !== undefined) return found;
  }
  return found;
}

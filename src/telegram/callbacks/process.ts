/**
 * Callback data of Appendix 1's buttons (the business process). Like the questionnaire's, every
 * button names the response and the item it belongs to, so an old message is recognised as stale.
 * Formats only grow: buttons already in officials' chats keep being read.
 */
export type ProcessNav = "back" | "exit" | "keep";
export type ProcessAction = "open" | "review" | "confirm" | "diagram";

export type ProcessCallback =
  | { t: "answer"; responseId: number; no: number; step: number; id: string }
  /** `step`: the step the prompt asked (absent on the prefilled proposals and older messages) */
  | { t: "nav"; responseId: number; no: number; nav: ProcessNav; step?: number }
  /** the inert "✓ chosen" button left on a prompt once one of its buttons was pressed */
  | { t: "chosen"; responseId: number; no: number; step: number }
  /** from the Appendix 1 review: change item `no`, then back to the review */
  | { t: "edit"; responseId: number; no: number }
  /** from the prefilled proposals: correct item `no`, then go on */
  | { t: "correct"; responseId: number; no: number }
  | { t: "action"; responseId: number; action: ProcessAction };

export const pcb = {
  answer: (responseId: number, no: number, step: number, id: string) =>
    `pa:${responseId}:${no}:${step}:${id}`,
  nav: (responseId: number, no: number, nav: ProcessNav, step?: number) =>
    `pn:${responseId}:${no}:${nav}${step === undefined ? "" : `:${step}`}`,
  chosen: (responseId: number, no: number, step: number) => `pk:${responseId}:${no}:${step}`,
  edit: (responseId: number, no: number) => `pe:${responseId}:${no}`,
  correct: (responseId: number, no: number) => `pc:${responseId}:${no}`,
  action: (responseId: number, action: ProcessAction) => `pp:${responseId}:${action}`,
};

const int = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) ? Number(s) : undefined);
const ACTIONS: readonly ProcessAction[] = ["open", "review", "confirm", "diagram"];
const NAVS: readonly ProcessNav[] = ["back", "exit", "keep"];

export function parseProcessCallback(data: string | undefined): ProcessCallback | undefined {
  if (!data) return undefined;
  const [kind, a, b, c, d] = data.split(":");
  const responseId = int(a);
  if (!responseId) return undefined;
  switch (kind) {
    case "pa": {
      const [no, step] = [int(b), int(c)];
      return no !== undefined && step !== undefined && d
        ? { t: "answer", responseId, no, step, id: d }
        : undefined;
    }
    case "pn": {
      const [no, step] = [int(b), int(d)];
      if (no === undefined || !NAVS.includes(c as ProcessNav)) return undefined;
      return {
        t: "nav",
        responseId,
        no,
        nav: c as ProcessNav,
        ...(step !== undefined ? { step } : {}),
      };
    }
    case "pk": {
      const [no, step] = [int(b), int(c)];
      return no !== undefined && step !== undefined
        ? { t: "chosen", responseId, no, step }
        : undefined;
    }
    case "pe":
    case "pc": {
      const no = int(b);
      if (!no) return undefined;
      return { t: kind === "pe" ? "edit" : "correct", responseId, no };
    }
    case "pp":
      return ACTIONS.includes(b as ProcessAction)
        ? { t: "action", responseId, action: b as ProcessAction }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * Callback data of the questionnaire's buttons. Every button names the
 * questionnaire (response) and question it belongs to, so a press on an old
 * message is recognised as stale instead of acting on the wrong question.
 * All of it stays far below Telegram's 64-byte limit.
 */
export type Nav = "back" | "exit" | "keep";
export type ReviewAction = "submit" | "confirm" | "cancel" | "note" | "prop" | "show";

export type Callback =
  | { t: "open"; assignmentId: number }
  | { t: "home" }
  | { t: "answer"; responseId: number; no: number; step: number; id: string }
  /** `step`: the step the prompt asked (absent on buttons of older messages) */
  | { t: "nav"; responseId: number; no: number; nav: Nav; step?: number }
  /** the inert "✓ chosen" button left on a prompt once one of its buttons was pressed */
  | { t: "chosen"; responseId: number; no: number; step: number }
  | { t: "edit"; responseId: number; no: number }
  | {
      t: "review";
      responseId: number;
      action: ReviewAction;
      /** confirm: the review message whose buttons go once it is submitted */
      reviewMessageId?: number;
    };

export const cb = {
  open: (assignmentId: number) => `qo:${assignmentId}`,
  home: () => "home",
  answer: (responseId: number, no: number, step: number, id: string) =>
    `qa:${responseId}:${no}:${step}:${id}`,
  nav: (responseId: number, no: number, nav: Nav, step: number) =>
    `qn:${responseId}:${no}:${nav}:${step}`,
  chosen: (responseId: number, no: number, step: number) => `qc:${responseId}:${no}:${step}`,
  edit: (responseId: number, no: number) => `re:${responseId}:${no}`,
  review: (responseId: number, action: ReviewAction, reviewMessageId?: number) =>
    `rv:${responseId}:${action}${reviewMessageId ? `:${reviewMessageId}` : ""}`,
};

const int = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) ? Number(s) : undefined);

export function parseCallback(data: string | undefined): Callback | undefined {
  if (!data) return undefined;
  const [kind, a, b, c, d] = data.split(":");
  switch (kind) {
    case "home":
      return { t: "home" };
    case "qo": {
      const assignmentId = int(a);
      return assignmentId ? { t: "open", assignmentId } : undefined;
    }
    case "qa": {
      const [responseId, no, step] = [int(a), int(b), int(c)];
      return responseId && no && step !== undefined && d
        ? { t: "answer", responseId, no, step, id: d }
        : undefined;
    }
    case "qn": {
      const [responseId, no, step] = [int(a), int(b), int(d)];
      if (!responseId || !no || !(c === "back" || c === "exit" || c === "keep")) return undefined;
      return { t: "nav", responseId, no, nav: c, ...(step !== undefined ? { step } : {}) };
    }
    case "qc": {
      const [responseId, no, step] = [int(a), int(b), int(c)];
      return responseId && no && step !== undefined
        ? { t: "chosen", responseId, no, step }
        : undefined;
    }
    case "re": {
      const [responseId, no] = [int(a), int(b)];
      return responseId && no ? { t: "edit", responseId, no } : undefined;
    }
    case "rv": {
      const responseId = int(a);
      const actions: ReviewAction[] = ["submit", "confirm", "cancel", "note", "prop", "show"];
      if (!responseId || !actions.includes(b as ReviewAction)) return undefined;
      const reviewMessageId = int(c);
      return {
        t: "review",
        responseId,
        action: b as ReviewAction,
        ...(reviewMessageId ? { reviewMessageId } : {}),
      };
    }
    default:
      return undefined;
  }
}

import { describe, expect, it } from "vitest";
import {
  type AnswerValue,
  NOT_APPLICABLE,
  validateAnswer,
} from "../../src/domain/answers/values.js";
import {
  type AnswerMap,
  canTransition,
  countComplete,
  firstUnanswered,
  isApplicable,
  isComplete,
  isEditable,
  missingQuestions,
  nextQuestion,
  previousQuestion,
  QUESTIONNAIRE_EVENTS,
  type QuestionnaireEvent,
  skipChanges,
  skippedAnswer,
  transition,
} from "../../src/domain/questionnaire.js";
import { RESPONSE_STATUSES, type ResponseStatus } from "../../src/domain/vocabulary.js";
import { COMPLETE_VALUES } from "../helpers/answers.js";

const yes: AnswerValue = { type: "choice", choice: "yes" };
const no: AnswerValue = { type: "choice", choice: "no" };
const na: AnswerValue = { type: "choice", choice: "na" };

function complete(
  overrides: Record<number, AnswerValue | null> = {},
): Record<number, { value: AnswerValue | null; justification: string | null }> {
  const out: Record<number, { value: AnswerValue | null; justification: string | null }> = {};
  for (const [n, v] of Object.entries({ ...COMPLETE_VALUES, ...overrides })) {
    out[Number(n)] = { value: v, justification: "обоснование" };
  }
  return out;
}

describe("answered", () => {
  it("needs a value and a non-empty justification", () => {
    expect(isComplete({ value: yes, justification: "x" })).toBe(true);
    expect(isComplete({ value: yes, justification: null })).toBe(false);
    expect(isComplete({ value: yes, justification: "" })).toBe(false);
    expect(isComplete({ value: null, justification: "x" })).toBe(false);
    expect(isComplete(undefined)).toBe(false);
    expect(isComplete(null)).toBe(false);
    expect(
      countComplete([
        { value: yes, justification: "x" },
        { value: null, justification: "x" },
        undefined,
        { value: no, justification: "y" },
      ]),
    ).toBe(2);
  });
});

describe("navigation and skip logic", () => {
  it("skips Q14 when Q13 is no, and asks it when Q13 is yes", () => {
    const q13no: AnswerMap = { 13: { value: no, justification: "x" } };
    expect(nextQuestion(q13no, 13)).toBeNull();
    expect(nextQuestion({ 13: { value: yes, justification: "x" } }, 13)).toBe(14);
    expect(nextQuestion({}, 1)).toBe(2);
    expect(previousQuestion({}, 1)).toBeNull();
    expect(previousQuestion({}, 5)).toBe(4);
  });

  it("lists what is missing and where to continue", () => {
    expect(missingQuestions({})).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(firstUnanswered({})).toBe(1);
    const all = complete();
    expect(missingQuestions(all)).toEqual([]);
    expect(firstUnanswered(all)).toBeNull();
    // Q14 not applicable: not missing even without an answer
    const { 14: _, ...without14 } = all;
    expect(missingQuestions(without14)).toEqual([]);
    // Q13 yes: Q14 is asked
    expect(missingQuestions({ ...without14, 13: { value: yes, justification: "x" } })).toEqual([
      14,
    ]);
    expect(missingQuestions({ ...all, 4: { value: null, justification: "x" } })).toEqual([4]);
  });

  it("stores Q14 = not applicable when Q13 is no and clears only the automatic one", () => {
    const auto = "авто";
    expect(skipChanges({ 13: { value: no, justification: "x" } }, auto)).toEqual([
      { no: 14, action: "na" },
    ]);
    // already automatic: nothing to do
    expect(
      skipChanges(
        { 13: { value: no, justification: "x" }, 14: { value: na, justification: auto } },
        auto,
      ),
    ).toEqual([]);
    // Q13 back to yes: the automatic answer goes
    expect(
      skipChanges(
        { 13: { value: yes, justification: "x" }, 14: { value: na, justification: auto } },
        auto,
      ),
    ).toEqual([{ no: 14, action: "clear" }]);
    // the official's own "na" stays
    expect(
      skipChanges(
        { 13: { value: yes, justification: "x" }, 14: { value: na, justification: "мой" } },
        auto,
      ),
    ).toEqual([]);
  });
});

describe("status transitions", () => {
  const allowed: Record<QuestionnaireEvent, Partial<Record<ResponseStatus, ResponseStatus>>> = {
    submit: { draft: "submitted", returned: "submitted" },
    return: { submitted: "returned", accepted: "returned" },
    accept: { submitted: "accepted" },
  };

  for (const event of QUESTIONNAIRE_EVENTS) {
    for (const status of RESPONSE_STATUSES) {
      const to = allowed[event][status];
      if (to) {
        it(`${status} --${event}--> ${to}`, () => {
          const r = transition(status, event);
          expect(r).toMatchObject({ ok: true, to });
          expect(canTransition(status, event)).toBe(true);
        });
      } else {
        it(`refuses ${event} from ${status}`, () => {
          expect(transition(status, event)).toEqual({
            ok: false,
            reason: "not-allowed",
            status,
            event,
          });
          expect(canTransition(status, event)).toBe(false);
        });
      }
    }
  }

  it("says what follows: submit needs every answer; return keeps the comment; each stamps its time", () => {
    expect(transition("draft", "submit")).toEqual({
      ok: true,
      to: "submitted",
      stamp: "submittedAt",
      requiresComplete: true,
      keepsComment: false,
    });
    expect(transition("submitted", "return")).toMatchObject({
      stamp: "returnedAt",
      keepsComment: true,
      requiresComplete: false,
    });
    expect(transition("submitted", "accept")).toMatchObject({ stamp: "acceptedAt" });
  });

  it("editable exactly while the official may submit", () => {
    for (const s of RESPONSE_STATUSES) expect(isEditable(s)).toBe(canTransition(s, "submit"));
    expect(RESPONSE_STATUSES.filter(isEditable)).toEqual(["draft", "returned"]);
  });
});

describe("applicability", () => {
  it("skips Q14 when Q13 is no", () => {
    expect(isApplicable(14, {})).toBe(true);
    expect(isApplicable(14, { 13: { type: "system", name: "ИС", developer: "Д" } })).toBe(true);
    expect(isApplicable(14, { 13: { type: "choice", choice: "no" } })).toBe(false);
    for (let no = 1; no <= 13; no++) {
      expect(isApplicable(no, { 13: { type: "choice", choice: "no" } })).toBe(true);
    }
    const skipped = skippedAnswer(14);
    expect(skipped).toEqual({
      value: { type: "choice", choice: "na" },
      justificationKey: "sum-na-auto",
    });
    expect(skipped.value).toEqual(NOT_APPLICABLE);
    expect(validateAnswer(14, skipped.value).ok).toBe(true);
  });
});

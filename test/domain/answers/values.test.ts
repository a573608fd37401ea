import { describe, expect, it } from "vitest";
import {
  type AnswerValue,
  AnswerValueSchema,
  type ParseResult,
  validateAnswer,
} from "../../../src/domain/answers/values.js";

function value<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}
function errorKey<T>(r: ParseResult<T>): string {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error.key;
}

// ---------------------------------------------------------------------------------------------

describe("validateAnswer", () => {
  const valid: [number, AnswerValue][] = [
    [1, { type: "demand", years: [{ year: 2024, count: 10 }] }],
    [2, { type: "choice", choice: "partly" }],
    [4, { type: "term", current: { amount: 15, unit: "workDays" }, target: null }],
    [
      4,
      {
        type: "term",
        current: { amount: 15, unit: "workDays" },
        target: { amount: 3, unit: "hours" },
      },
    ],
    [5, { type: "none" }],
    [5, { type: "list", items: ["Справка"] }],
    [6, { type: "choice", choice: "na" }],
    [8, { type: "choice", choice: "no" }],
    [10, { type: "list", items: ["Услуга А"] }],
    [10, { type: "choice", choice: "no" }],
    [11, { type: "range", from: 12, to: 5 }],
    [11, { type: "choice", choice: "na" }],
    [13, { type: "system", name: "ИС", developer: "АО «НИТ»" }],
    [13, { type: "choice", choice: "no" }],
    [14, { type: "list", items: ["ГБД ФЛ"] }],
    [14, { type: "choice", choice: "na" }],
  ];
  it.each(valid)("accepts a valid value for Q%i", (no, v) => {
    expect(value(validateAnswer(no, JSON.parse(JSON.stringify(v))))).toEqual(v);
    expect(AnswerValueSchema.safeParse(v).success).toBe(true);
  });

  const invalid: [number, unknown][] = [
    [1, { type: "demand", years: [] }],
    [1, { type: "demand", years: [{ year: 2024, count: -1 }] }],
    [1, { type: "demand", years: [{ year: 2024, count: 1.5 }] }],
    [
      1,
      {
        type: "demand",
        years: [
          { year: 2024, count: 1 },
          { year: 2024, count: 2 },
        ],
      },
    ],
    [2, { type: "choice", choice: "na" }],
    [2, { type: "choice", choice: "maybe" }],
    [2, { type: "demand", years: [{ year: 2024, count: 10 }] }],
    [
      4,
      {
        type: "term",
        current: { amount: 5, unit: "workDays" },
        target: { amount: 8, unit: "calendarDays" },
      },
    ],
    [4, { type: "term", current: { amount: 0, unit: "hours" }, target: null }],
    [4, { type: "term", current: { amount: 5, unit: "weeks" }, target: null }],
    [5, { type: "list", items: [] }],
    [5, { type: "list", items: ["   "] }],
    [5, { type: "list", items: Array.from({ length: 51 }, () => "x") }],
    [6, { type: "choice", choice: "partly" }],
    [8, { type: "choice", choice: "na" }],
    [10, { type: "choice", choice: "yes" }],
    [11, { type: "range", from: 5, to: 12 }],
    [11, { type: "range", from: -1, to: -2 }],
    [13, { type: "system", name: "ИС", developer: "" }],
    [13, { type: "choice", choice: "na" }],
    [14, { type: "none" }],
    [3, null],
    [3, "yes"],
  ];
  it.each(invalid)("rejects an invalid value for Q%i", (no, v) => {
    expect(validateAnswer(no, v)).toEqual({ ok: false, error: { key: "err-invalid-answer" } });
  });
  it("rejects unknown question numbers", () => {
    expect(errorKey(validateAnswer(15, { type: "choice", choice: "yes" }))).toBe(
      "err-invalid-answer",
    );
  });
  it("trims stored strings", () => {
    expect(value(validateAnswer(13, { type: "system", name: " ИС ", developer: " Д " }))).toEqual({
      type: "system",
      name: "ИС",
      developer: "Д",
    });
  });
});

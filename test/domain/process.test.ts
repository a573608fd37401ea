/** Appendix 1 as data: the same step machine, its own values, the prefill from Appendix 2. */
import { describe, expect, it } from "vitest";
import {
  applyInput,
  type Draft,
  isFinished,
  startDraft,
  stepView,
} from "../../src/domain/answers/steps.js";
import type { AnswerValue } from "../../src/domain/answers/values.js";
import { contentMatchesType } from "../../src/domain/files.js";
import {
  acceptedDiagram,
  missingProcessItems,
  nextProcessScreen,
  PROCESS_ITEM_COUNT,
  prefillProcess,
  validateProcessValue,
} from "../../src/domain/process.js";
import { COMPLETE_VALUES } from "../helpers/answers.js";

const ctx = { lastYear: 2025 };

function run(draft: Draft, ...inputs: (string | { b: string })[]) {
  let d = draft;
  for (const i of inputs) {
    const r = applyInput(
      d,
      typeof i === "string" ? { type: "text", text: i } : { type: "button", id: i.b },
      ctx,
    );
    if (!r.ok) return r;
    d = r.value;
  }
  return { ok: true as const, value: d };
}

describe("Appendix 1 items through the questionnaire's step machine", () => {
  it("a list of steps ends with its value, without a justification", () => {
    const r = run(startDraft(1, "a1"), "Приём заявления\nПроверка", "Выдача результата", {
      b: "done",
    });
    expect(r.ok && isFinished(r.value) && r.value.value).toEqual({
      type: "list",
      items: ["Приём заявления", "Проверка", "Выдача результата"],
    });
  });

  it("the current steps cannot be 'none'; the documents can", () => {
    expect(stepView(startDraft(1, "a1"), ctx).buttons.map((b) => b.id)).toEqual([]);
    expect(stepView(startDraft(2, "a1"), ctx).buttons.map((b) => b.id)).toEqual(["none"]);
    const r = run(startDraft(2, "a1"), { b: "none" });
    expect(r.ok && r.value.value).toEqual({ type: "none" });
  });

  it("consumers and exclude/keep are their own choices", () => {
    const r = run(startDraft(3, "a1"), { b: "both" });
    expect(r.ok && r.value.value).toEqual({ type: "choice", choice: "both" });
    expect(run(startDraft(3, "a1"), { b: "yes" }).ok).toBe(false);
    const k = run(startDraft(5, "a1"), { b: "keep" });
    expect(k.ok && k.value.step).toBe("done");
  });

  it("a term reduction: yes → from → to (the target must be shorter)", () => {
    const r = run(startDraft(10, "a1"), { b: "yes" }, "15 рабочих дней", "5");
    expect(r.ok && r.value.value).toEqual({
      type: "term",
      current: { amount: 15, unit: "workDays" },
      target: { amount: 5, unit: "workDays" },
    });
    const same = run(startDraft(10, "a1"), { b: "yes" }, "15 рабочих дней", "15");
    expect(!same.ok && same.error.key).toBe("p-err-term-same");
    const no = run(startDraft(10, "a1"), { b: "no" });
    expect(no.ok && no.value.value).toEqual({ type: "choice", choice: "no" });
  });

  it("a reduction of steps: yes → 'from → to' with its own wording of errors", () => {
    const r = run(startDraft(12, "a1"), { b: "yes" }, "8 → 4");
    expect(r.ok && r.value.value).toEqual({ type: "range", from: 8, to: 4 });
    const bad = run(startDraft(12, "a1"), { b: "yes" }, "восемь");
    expect(!bad.ok && bad.error.key).toBe("p-err-range-format");
  });

  it("stored values are validated per item", () => {
    expect(validateProcessValue(3, { type: "choice", choice: "yes" }).ok).toBe(false);
    expect(validateProcessValue(1, { type: "none" }).ok).toBe(false);
    expect(validateProcessValue(16, { type: "none" }).ok).toBe(true);
    expect(
      validateProcessValue(10, {
        type: "term",
        current: { amount: 5, unit: "workDays" },
        target: null,
      }).ok,
    ).toBe(false);
    expect(validateProcessValue(17, { type: "none" }).ok).toBe(false);
  });
});

describe("prefill from the questionnaire", () => {
  const a2 = (values: Record<number, AnswerValue>) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }]));

  it("maps Q2, Q8, Q9, Q10, Q4, Q5, Q11, Q12, Q7 onto the proposals", () => {
    const p = prefillProcess(
      a2({
        ...COMPLETE_VALUES,
        4: {
          type: "term",
          current: { amount: 15, unit: "workDays" },
          target: { amount: 5, unit: "workDays" },
        },
        5: { type: "list", items: ["Справка", "Копия"] },
        10: { type: "list", items: ["Регистрация ИП"] },
        11: { type: "range", from: 12, to: 5 },
      }),
      { 2: { type: "list", items: ["Заявление", "Справка", "Копия"] } },
    );
    expect(p).toEqual({
      4: { type: "choice", choice: "yes" }, // Q2 yes
      6: { type: "choice", choice: "yes" }, // Q8 yes
      7: { type: "list", items: ["Регистрация ИП"] },
      8: { type: "choice", choice: "no" }, // Q9 no
      9: { type: "choice", choice: "no" }, // Q7 no
      10: {
        type: "term",
        current: { amount: 15, unit: "workDays" },
        target: { amount: 5, unit: "workDays" },
      },
      11: { type: "range", from: 3, to: 1 },
      13: { type: "range", from: 12, to: 5 },
      14: { type: "choice", choice: "exclude" }, // Q12 yes
    });
  });

  it("'partly' is not 'exclusively'; a term that cannot be shortened is no reduction", () => {
    const p = prefillProcess(
      a2({ ...COMPLETE_VALUES, 2: { type: "choice", choice: "partly" } }),
      {},
    );
    expect(p[4]).toEqual({ type: "choice", choice: "no" });
    expect(p[10]).toEqual({ type: "choice", choice: "no" });
    expect(p[11]).toEqual({ type: "choice", choice: "no" }); // Q5 none
  });

  it("Q5 without the current documents (or excluding more than listed) is asked", () => {
    const five = { ...COMPLETE_VALUES, 5: { type: "list", items: ["А", "Б"] } as AnswerValue };
    expect(prefillProcess(a2(five), {})[11]).toBeUndefined();
    expect(prefillProcess(a2(five), { 2: { type: "list", items: ["А"] } })[11]).toBeUndefined();
  });

  it("the next screen: items before the proposals, then all prefilled ones at once, then the rest", () => {
    const prefills = prefillProcess(a2(COMPLETE_VALUES), {});
    expect(nextProcessScreen({}, prefills)).toEqual({ kind: "item", no: 1 });
    const current: Record<number, AnswerValue> = {
      1: { type: "list", items: ["Шаг"] },
      2: { type: "none" },
      3: { type: "choice", choice: "both" },
    };
    expect(nextProcessScreen(current, prefills)).toEqual({
      kind: "prefill",
      items: [4, 6, 7, 8, 9, 10, 11, 13, 14],
    });
    const confirmed = { ...current, ...prefills };
    expect(nextProcessScreen(confirmed, prefills)).toEqual({ kind: "item", no: 5 });
    expect(missingProcessItems(confirmed)).toEqual([5, 12, 15, 16]);
    expect(PROCESS_ITEM_COUNT).toBe(16);
  });
});

describe("the diagram file", () => {
  it("accepts PDF, DOCX, VSDX, PNG by name and checks the bytes", () => {
    expect(acceptedDiagram("схема.vsdx", undefined)).toBe("application/vnd.ms-visio.drawing");
    expect(acceptedDiagram("схема.PNG", undefined)).toBe("image/png");
    expect(acceptedDiagram("схема.jpg", "image/jpeg")).toBeNull();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(contentMatchesType("image/png", png)).toBe(true);
    expect(contentMatchesType("image/png", new TextEncoder().encode("%PDF-1.4"))).toBe(false);
    const vsdx = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new TextEncoder().encode("visio/pages/"),
    ]);
    expect(contentMatchesType("application/vnd.ms-visio.drawing", vsdx)).toBe(true);
  });
});

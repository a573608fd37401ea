import { describe, expect, it } from "vitest";
import { NOT_APPLICABLE } from "../../src/domain/answers/values.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { summarizeAnswer, type Translate } from "../../src/i18n/answer-summary.js";
import { formatNumber } from "../../src/i18n/format.js";

// ---------------------------------------------------------------------------------------------

/** A fake t: "key{json vars}". */
const fakeT: Translate = (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key);

describe("summarizeAnswer with a fake t", () => {
  it("choices and unanswered", () => {
    expect(summarizeAnswer(2, { type: "choice", choice: "partly" }, fakeT, "ru")).toBe(
      "choice-partly",
    );
    expect(summarizeAnswer(14, NOT_APPLICABLE, fakeT, "kk")).toBe("choice-na");
    expect(summarizeAnswer(3, undefined, fakeT, "kk")).toBe("sum-unanswered");
    expect(summarizeAnswer(5, { type: "none" }, fakeT, "ru")).toBe("choice-none");
  });
  it.each(["kk", "ru"] as Locale[])("formats numbers per locale (%s)", (locale) => {
    const nf = new Intl.NumberFormat(locale === "kk" ? "kk-KZ" : "ru-RU");
    const s = summarizeAnswer(
      1,
      {
        type: "demand",
        years: [
          { year: 2024, count: 1234567 },
          { year: 2025, count: 5 },
        ],
      },
      fakeT,
      locale,
    );
    expect(s).toBe(
      [
        `sum-demand-year${JSON.stringify({ year: "2024", count: nf.format(1234567) })}`,
        `sum-demand-year${JSON.stringify({ year: "2025", count: "5" })}`,
      ].join("\n"),
    );
    expect(formatNumber(1234567, locale)).toBe(nf.format(1234567));
    expect(formatNumber(1234567, locale)).not.toBe("1234567");
  });
  it("terms, lists, ranges, systems", () => {
    const term = summarizeAnswer(
      4,
      {
        type: "term",
        current: { amount: 15, unit: "workDays" },
        target: { amount: 3, unit: "hours" },
      },
      fakeT,
      "ru",
    );
    expect(term).toBe(
      `sum-term${JSON.stringify({
        current: `sum-dur-workDays${JSON.stringify({ count: 15, amount: "15" })}`,
        target: `sum-dur-hours${JSON.stringify({ count: 3, amount: "3" })}`,
      })}`,
    );
    expect(
      summarizeAnswer(
        4,
        { type: "term", current: { amount: 1, unit: "minutes" }, target: null },
        fakeT,
        "kk",
      ),
    ).toBe(
      `sum-term-fixed${JSON.stringify({ current: `sum-dur-minutes${JSON.stringify({ count: 1, amount: "1" })}` })}`,
    );
    expect(summarizeAnswer(5, { type: "list", items: ["А", "Б"] }, fakeT, "ru")).toBe("А; Б");
    expect(summarizeAnswer(10, { type: "list", items: ["А", "Б"] }, fakeT, "ru")).toBe(
      `sum-yes-list${JSON.stringify({ items: "А; Б" })}`,
    );
    expect(summarizeAnswer(11, { type: "range", from: 1200, to: 5 }, fakeT, "ru")).toBe(
      `sum-range${JSON.stringify({ from: formatNumber(1200, "ru"), to: "5" })}`,
    );
    expect(summarizeAnswer(13, { type: "system", name: "ИС", developer: "НИТ" }, fakeT, "kk")).toBe(
      `sum-system${JSON.stringify({ name: "ИС", developer: "НИТ" })}`,
    );
  });
});

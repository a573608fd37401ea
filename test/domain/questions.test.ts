import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import { describe, expect, it } from "vitest";
import { startDraft, startJustificationDraft, stepView } from "../../src/domain/answers/steps.js";
import type { AnswerValue } from "../../src/domain/answers/values.js";
import {
  COLUMN_KEYS,
  getQuestion,
  getStep,
  PROGRESS_KEY,
  QUESTION_COUNT,
  QUESTIONNAIRE_TITLE_KEY,
  QUESTIONS,
  type StepId,
} from "../../src/domain/questions.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { summarizeAnswer, type Translate } from "../../src/i18n/answer-summary.js";
import { formatDuration, formatNumber } from "../../src/i18n/format.js";

const LAST_YEAR = 2025;
const CTX = { lastYear: LAST_YEAR };
const NBSP = "\u00A0";

// ---------------------------------------------------------------------------------------------

describe("QUESTIONS", () => {
  it("has the 14 parameters in order with their Fluent keys", () => {
    expect(QUESTION_COUNT).toBe(14);
    expect(QUESTIONS).toHaveLength(14);
    QUESTIONS.forEach((q, i) => {
      expect(q.no).toBe(i + 1);
      expect(getQuestion(i + 1)).toBe(q);
      expect(q.titleKey).toBe(`q-title-${q.no}`);
      expect(q.hintKey).toBe(`q-hint-${q.no}`);
      expect(q.steps[0]!.promptKey).toBe(q.hintKey);
      expect(q.steps.at(-1)!.id).toBe("justification");
    });
    expect(new Set(QUESTIONS.map((q) => q.key)).size).toBe(14);
  });

  it("has the agreed kinds and choices", () => {
    const kinds = QUESTIONS.map((q) => q.kind);
    expect(kinds).toEqual([
      "demand",
      "choice",
      "choice",
      "term",
      "list",
      "choice",
      "choice",
      "choice",
      "choice",
      "yesList",
      "range",
      "choice",
      "system",
      "yesList",
    ]);
    for (const no of [2, 3, 7]) expect(getQuestion(no).choices).toEqual(["yes", "no", "partly"]);
    expect(getQuestion(6).choices).toEqual(["yes", "no", "na"]);
    for (const no of [8, 9, 12, 10, 13, 14]) expect(getQuestion(no).choices).toEqual(["yes", "no"]);
    expect(getQuestion(11).choices).toEqual(["yes", "no", "na"]);
    expect(getQuestion(14).skipWhen).toEqual({ no: 13, choice: "no" });
  });

  it("rejects unknown question numbers", () => {
    for (const no of [0, 15, 1.5, Number.NaN]) expect(() => getQuestion(no)).toThrow(RangeError);
    expect(() => getStep(2, "range")).toThrow(RangeError);
  });

  it("has a consistent state machine: every transition target exists, every step is reachable", () => {
    for (const q of QUESTIONS) {
      const ids = new Set(q.steps.map((s) => s.id));
      expect(ids.size).toBe(q.steps.length);
      const reached = new Set<StepId>([q.steps[0]!.id]);
      for (const s of q.steps) {
        for (const b of s.buttons) expect(s.next[b.id], `${q.no}/${s.id}/${b.id}`).toBeDefined();
        if (s.acceptsText) expect(s.next.text, `${q.no}/${s.id}/text`).toBeDefined();
        for (const target of Object.values(s.next)) {
          if (target !== "done") {
            expect(ids.has(target!), `${q.no}: ${target}`).toBe(true);
            reached.add(target!);
          }
        }
      }
      expect(reached).toEqual(ids);
    }
  });
});

// ---------------------------------------------------------------------------------------------

const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));
const SOURCES = [
  "../../src/domain/questions.ts",
  "../../src/domain/questionnaire.ts",
  "../../src/domain/answers/values.ts",
  "../../src/domain/answers/parse.ts",
  "../../src/domain/answers/steps.ts",
  "../../src/i18n/answer-summary.ts",
].map((p) => readFileSync(fileURLToPath(new URL(p, import.meta.url)), "utf8"));
const PREFIX = /^(q|choice|unit|err|ask|sum|col)-/;

/** Message ids defined in a Fluent file, in order (duplicates kept). */
function fileKeys(locale: Locale): string[] {
  const src = readFileSync(`${LOCALES_DIR}/${locale}.ftl`, "utf8");
  return [...src.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]!);
}
/** Message ids of the "## questionnaire" section. */
function sectionKeys(locale: Locale): string[] {
  const src = readFileSync(`${LOCALES_DIR}/${locale}.ftl`, "utf8");
  const start = src.indexOf("\n## questionnaire\n");
  expect(start, `${locale}.ftl has a "## questionnaire" section`).toBeGreaterThanOrEqual(0);
  const rest = src.slice(start + 1);
  const end = rest.indexOf("\n## ", 1);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]!);
}

/** Every Fluent key the domain code can hand to the bot. */
function referencedKeys(): Set<string> {
  const keys = new Set<string>([QUESTIONNAIRE_TITLE_KEY, PROGRESS_KEY, ...COLUMN_KEYS]);
  for (const q of QUESTIONS) {
    keys.add(q.titleKey);
    keys.add(q.hintKey);
    for (const s of q.steps) {
      keys.add(s.promptKey);
      for (const b of s.buttons) keys.add(b.labelKey);
    }
  }
  for (const src of SOURCES) {
    for (const m of src.matchAll(/"([a-z][a-zA-Z0-9-]*)"/g))
      if (PREFIX.test(m[1]!)) keys.add(m[1]!);
  }
  return keys;
}

const ALL_VARS = {
  max: 2000,
  length: 2001,
  no: 3,
  count: 21,
  amount: "21",
  year: "2025",
  min: "2022",
  lastYear: "2025",
  firstYear: "2022",
  current: "15 р.д.",
  target: "10 р.д.",
  items: "А; Б",
  from: "12",
  to: "5",
  name: "ИС",
  developer: "АО",
  total: 14,
};

describe("Fluent strings (locales/*.ftl)", () => {
  // Note: @grammyjs/i18n takes `useIsolating` inside `fluentBundleOptions` (a top-level
  // `useIsolating` is ignored). Missing messages throw instead of silently falling back to ru.
  const i18n = new I18n({
    defaultLocale: "ru",
    directory: LOCALES_DIR,
    fluentBundleOptions: { useIsolating: false },
    fluentOptions: {
      warningHandler: (w) => {
        throw new Error(`Fluent: missing "${w.path}" in ${w.locales.join(",")}`);
      },
    },
  });
  const keys = referencedKeys();

  it("the loader is strict (a missing key throws)", () => {
    expect(() => i18n.t("kk", "q-no-such-key")).toThrow(/missing/);
  });

  it("the section defines the same keys in kk and ru, each once, all prefixed", () => {
    const kk = sectionKeys("kk");
    const ru = sectionKeys("ru");
    expect(kk).toEqual(ru);
    expect(new Set(kk).size).toBe(kk.length);
    for (const k of kk) expect(k).toMatch(PREFIX);
    for (const locale of ["kk", "ru"] as const) {
      const all = fileKeys(locale);
      for (const k of kk)
        expect(
          all.filter((x) => x === k),
          `${locale}: ${k}`,
        ).toHaveLength(1);
    }
  });

  it("every key referenced by the domain code exists in both files", () => {
    expect(keys.size).toBeGreaterThan(60);
    const kk = new Set(sectionKeys("kk"));
    const ru = new Set(sectionKeys("ru"));
    for (const k of keys) {
      expect(kk.has(k), `kk.ftl: ${k}`).toBe(true);
      expect(ru.has(k), `ru.ftl: ${k}`).toBe(true);
    }
  });

  it.each(["kk", "ru"] as Locale[])(
    "every key renders in %s without leftover placeables",
    (locale) => {
      for (const k of sectionKeys(locale)) {
        const text = i18n.t(locale, k, ALL_VARS);
        expect(text, k).not.toMatch(/[{}]/);
        expect(text.trim(), k).not.toBe("");
      }
    },
  );

  it("renders real summaries and prompts", () => {
    const t =
      (locale: Locale): Translate =>
      (k, v) =>
        i18n.t(locale, k, v);
    const term: AnswerValue = {
      type: "term",
      current: { amount: 15, unit: "workDays" },
      target: { amount: 1, unit: "workDays" },
    };
    expect(summarizeAnswer(4, term, t("ru"), "ru")).toBe("15 рабочих дней → 1 рабочий день");
    expect(summarizeAnswer(4, term, t("kk"), "kk")).toBe("15 жұмыс күні → 1 жұмыс күні");
    expect(formatDuration({ amount: 3, unit: "hours" }, t("ru"), "ru")).toBe("3 часа");
    expect(formatDuration({ amount: 2000, unit: "minutes" }, t("ru"), "ru")).toBe(
      `${formatNumber(2000, "ru")} минут`,
    );
    expect(
      summarizeAnswer(
        4,
        { type: "term", current: { amount: 10, unit: "calendarDays" }, target: null },
        t("kk"),
        "kk",
      ),
    ).toBe("10 күнтізбелік күн; қысқарту мүмкін емес");
    expect(
      summarizeAnswer(1, { type: "demand", years: [{ year: 2025, count: 1234 }] }, t("ru"), "ru"),
    ).toBe(`2025 г.: 1${NBSP}234`);
    expect(
      summarizeAnswer(1, { type: "demand", years: [{ year: 2025, count: 1234 }] }, t("kk"), "kk"),
    ).toBe(`2025 ж.: ${formatNumber(1234, "kk")}`);
    expect(summarizeAnswer(9, { type: "choice", choice: "yes" }, t("kk"), "kk")).toBe("Иә");
    expect(
      summarizeAnswer(13, { type: "system", name: "ИС", developer: "НИТ" }, t("ru"), "ru"),
    ).toBe("Да: ИС (разработчик: НИТ)");
    expect(i18n.t("ru", PROGRESS_KEY, { no: 3, total: 14 })).toBe("Вопрос 3 из 14");
    expect(i18n.t("ru", "q-title-1")).toBe("Насколько востребована услуга (статистика)");
    expect(i18n.t("kk", "q-title-14")).toBe(
      "Ақпараттық жүйе басқа ақпараттық жүйелермен (болса, қандай жүйелермен) интеграцияланған ба?",
    );
    const v = stepView(startDraft(1), CTX);
    expect(i18n.t("ru", v.promptKey, v.vars)).toContain("«2025: 1 234»");
    const j = stepView(startJustificationDraft(2, { type: "choice", choice: "no" }), CTX);
    expect(i18n.t("ru", j.promptKey, j.vars)).toContain(`${formatNumber(2000, "ru")} символов`);
    expect(i18n.t("kk", "err-too-long", { max: 2000, length: 2001 })).toContain("таңба");
  });
});

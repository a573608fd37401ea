/**
 * Plain-text summaries of answer values, for the bot's review, the admin's table and the
 * documents (not HTML-escaped: each door escapes for its own medium).
 */
import type { AnswerValue, TranslationVars } from "../domain/answers/values.js";
import { getProcessItem } from "../domain/process.js";
import { CHOICE_LABEL_KEYS, getQuestion, type Question } from "../domain/questions.js";
import type { Locale } from "../domain/vocabulary.js";
import { formatDuration, formatNumber } from "./format.js";

/** Translation function as provided by @grammyjs/i18n (`ctx.t` or `(k, v) => i18n.t(locale, k, v)`). */
export type Translate = (key: string, vars?: TranslationVars) => string;

/**
 * Plain text (not HTML-escaped) summary of an answer value, for the review screen and the admin
 * table. Lines are separated by "\n" (only Q1 may have several lines). Null/undefined → "not filled in".
 */
export function summarizeAnswer(
  no: number,
  value: AnswerValue | null | undefined,
  t: Translate,
  locale: Locale,
): string {
  return summarize(getQuestion(no), value, t, locale);
}

/** The same for an item of Appendix 1 (process.ts): "yes, from → to" reads as such. */
export function summarizeProcessValue(
  no: number,
  value: AnswerValue | null | undefined,
  t: Translate,
  locale: Locale,
): string {
  return summarize(getProcessItem(no), value, t, locale);
}

function summarize(
  q: Question,
  value: AnswerValue | null | undefined,
  t: Translate,
  locale: Locale,
): string {
  if (!value) return t("sum-unanswered");
  switch (value.type) {
    case "choice":
      return t(CHOICE_LABEL_KEYS[value.choice]);
    case "demand":
      return value.years
        .map((y) =>
          t("sum-demand-year", { year: String(y.year), count: formatNumber(y.count, locale) }),
        )
        .join("\n");
    case "term": {
      const current = formatDuration(value.current, t, locale);
      if (value.target === null) return t("sum-term-fixed", { current });
      const target = formatDuration(value.target, t, locale);
      return t(q.kind === "yesTerm" ? "sum-yes-term" : "sum-term", { current, target });
    }
    case "none":
      return t("choice-none");
    case "list": {
      const items = value.items.join("; ");
      return q.kind === "yesList" ? t("sum-yes-list", { items }) : items;
    }
    case "range":
      return t("sum-range", {
        from: formatNumber(value.from, locale),
        to: formatNumber(value.to, locale),
      });
    case "system":
      return t("sum-system", { name: value.name, developer: value.developer });
  }
}

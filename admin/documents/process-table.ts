/** Appendix 1 as data: one row per item (section · № · name · value), for the page, DOCX and sheets. */
import type { AnswerValue } from "../../src/domain/answers/values.js";
import { PROCESS_ITEMS, type ProcessSection } from "../../src/domain/process.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { summarizeProcessValue } from "../../src/i18n/answer-summary.js";
import type { Translate } from "../../src/i18n/index.js";

export interface ProcessRow {
  no: number;
  section: ProcessSection;
  name: string;
  /** the value as text ("" when not filled in) */
  text: string;
  value: AnswerValue | null;
}

export const SECTION_KEYS: Readonly<Record<ProcessSection, string>> = {
  current: "p-section-current",
  proposals: "p-section-proposals",
  proposed: "p-section-proposed",
};

/** Text of an item's value; a stored value this version cannot read is shown as JSON. */
export function processText(no: number, value: unknown, t: Translate, locale: Locale): string {
  if (value == null) return "";
  try {
    return summarizeProcessValue(no, value as AnswerValue, t, locale);
  } catch {
    return JSON.stringify(value);
  }
}

export function processRows(
  values: Readonly<Partial<Record<number, AnswerValue | null>>>,
  t: Translate,
  locale: Locale,
): ProcessRow[] {
  return PROCESS_ITEMS.map((item) => {
    const value = values[item.no] ?? null;
    return {
      no: item.no,
      section: item.section,
      name: t(item.titleKey),
      text: processText(item.no, value, t, locale),
      value,
    };
  });
}

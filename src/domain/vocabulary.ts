/**
 * The product's own words: languages, questionnaire statuses, admin roles and the
 * official's place in a questionnaire. The database schema stores these; it does not define them.
 */

export const LOCALES = ["kk", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ru";

export function isLocale(v: unknown): v is Locale {
  return v === "kk" || v === "ru";
}

/** Telegram's language_code → the preselected locale (kk for Kazakh, ru otherwise). */
export function localeFromLanguageCode(code: string | undefined): Locale {
  return code?.toLowerCase().startsWith("kk") ? "kk" : "ru";
}

export const RESPONSE_STATUSES = ["draft", "submitted", "returned", "accepted"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const ADMIN_ROLES = ["secretary", "member"] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** Where an official is in a questionnaire. */
export interface Cursor {
  responseId: number;
  questionNo: number;
  /** "answer" walks forward to the next question; "edit" returns to the review */
  mode: "answer" | "edit";
  /**
   * "a1": `questionNo` is an item of Appendix 1 (0 = the prefilled proposals to confirm);
   * absent: a question of the questionnaire
   */
  form?: "a1";
  /**
   * The unfinished answer to `questionNo` (a Draft of domain/answers/steps.ts, read back with
   * `keptDraft`): typed parts of a multi-step answer survive Save and exit, /start, /language.
   */
  draft?: unknown;
  /**
   * The update (Telegram update_id) whose answer moved the cursor here: the same update arriving
   * again (a retry, Telegram's redelivery after a restart) is recognised, not applied twice.
   */
  by?: number;
  /** showing this step failed: the official may still be looking at the previous prompt */
  unconfirmed?: true;
}

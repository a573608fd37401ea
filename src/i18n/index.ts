/**
 * One Fluent bundle per language for the bot, the admin panel, the notifications and the
 * documents alike. The locale comes from the official's or admin's row, never from a grammY
 * session: conversations have no session and jobs have no update.
 */
import { I18n, type LocaleNegotiator, type TranslationVariables } from "@grammyjs/i18n";
import type { Context } from "grammy";
import { DEFAULT_LOCALE, type Locale } from "../domain/vocabulary.js";
import { LOCALES_DIR } from "../paths.js";

export { LOCALES_DIR };

export type TranslateVars = Record<string, string | number | Date>;
/** A translator bound to one locale. */
export type Translate = (key: string, vars?: TranslateVars) => string;

/**
 * What translating needs of an I18n instance. Any `I18n<C>` fits, whatever its context
 * type, so code outside an update never has to cast the bot's instance.
 */
export interface Translations {
  t(locale: string, key: string, variables?: TranslationVariables): string;
}

export interface I18nOptions<C extends Context> {
  /** throw on a missing key (tests) instead of logging and rendering `{key}` */
  strict?: boolean;
  localeNegotiator?: LocaleNegotiator<C>;
}

export function createI18n<C extends Context = Context>(opts: I18nOptions<C> = {}): I18n<C> {
  return new I18n<C>({
    defaultLocale: DEFAULT_LOCALE,
    directory: LOCALES_DIR,
    useSession: false,
    // isolation marks would break links and entities in HTML messages
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: opts.localeNegotiator,
    fluentOptions: opts.strict
      ? {
          warningHandler: (w) => {
            throw new Error(
              `Fluent: missing translation for "${w.path}" in ${w.locales.join(",")}`,
            );
          },
        }
      : undefined,
  });
}

/** A translator bound to one locale, for code outside an update (jobs, admin, documents). */
export function translator(i18n: Translations, locale: Locale): Translate {
  // a document asks for the same keys thousands of times (a campaign's sheet: a state and the
  // choices on every row), and each call negotiates the locale again; a message without
  // variables is the same text every time
  const plain = new Map<string, string>();
  return (key, vars) => {
    if (vars) return i18n.t(locale, key, vars);
    let text = plain.get(key);
    if (text === undefined) {
      text = i18n.t(locale, key);
      plain.set(key, text);
    }
    return text;
  };
}

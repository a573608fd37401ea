/**
 * One Fluent bundle per language for the bot and the admin panel alike.
 * The locale comes from the official's row (loaded by middleware/sender.ts), never
 * from a grammY session: conversations have no session and jobs have no update.
 */
import { fileURLToPath } from "node:url";
import { I18n, type LocaleNegotiator } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Locale } from "../db/schema.js";

export const LOCALES: readonly Locale[] = ["kk", "ru"];
export const DEFAULT_LOCALE: Locale = "ru";
export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

export type TranslateVars = Record<string, string | number | Date>;
export type Translate = (key: string, vars?: TranslateVars) => string;

export function isLocale(v: unknown): v is Locale {
  return v === "kk" || v === "ru";
}

/** Telegram's language_code → the preselected locale (kk for Kazakh, ru otherwise). */
export function localeFromLanguageCode(code: string | undefined): Locale {
  return code?.toLowerCase().startsWith("kk") ? "kk" : "ru";
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

/** A translator bound to one locale, for code outside an update (jobs, admin, exports). */
export function translator(i18n: I18n, locale: Locale): Translate {
  return (key, vars) => i18n.t(locale, key, vars);
}

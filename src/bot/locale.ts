import { type Locale, localeFromLanguageCode } from "../domain/vocabulary.js";
import type { InnerContext } from "./context.js";

/** The language of a Telegram app (kk → Kazakh, any other → Russian); none when it says none. */
export function telegramLocale(languageCode: string | undefined): Locale | undefined {
  return languageCode ? localeFromLanguageCode(languageCode) : undefined;
}

/**
 * The one answer to "which language does this user read": the language they picked, else
 * (before they pick) their Telegram app's language — kk → Kazakh, anything else Russian. Texts,
 * service names and dates all follow it, so no screen mixes languages.
 */
export function userLocale(ctx: Pick<InnerContext, "official" | "chosenLocale" | "from">): Locale {
  return (
    ctx.official?.locale ?? ctx.chosenLocale ?? localeFromLanguageCode(ctx.from?.language_code)
  );
}

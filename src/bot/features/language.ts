import { Composer, InlineKeyboard } from "grammy";
import type { Locale } from "../../domain/vocabulary.js";
import { isLocale } from "../../domain/vocabulary.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/**
 * Language names are shown in their own language, so they are not translated. `thenOpen`: the
 * questionnaire (assignment) to open once a language is picked (a reminder's button pressed
 * before the official had one).
 */
export function languageKeyboard(current?: Locale, thenOpen?: number): InlineKeyboard {
  const mark = (l: Locale, label: string) => (current === l ? `✓ ${label}` : label);
  const data = (l: Locale) => (thenOpen ? `lang:${l}:${thenOpen}` : `lang:${l}`);
  return new InlineKeyboard()
    .text(mark("kk", "Қазақша"), data("kk"))
    .text(mark("ru", "Русский"), data("ru"));
}

/** Called after a language change so the feature that owns the screen can re-show it. */
export type AfterLanguageChange = (ctx: BotContext, thenOpen?: number) => Promise<void>;

export function languageFeature(deps: BotDeps, after: AfterLanguageChange) {
  const repo = deps.repos.officials;
  const composer = new Composer<BotContext>();
  const priv = composer.chatType("private");

  priv.command("language", async (ctx) => {
    await ctx.reply(ctx.t("language-choose"), {
      reply_markup: languageKeyboard(ctx.official?.locale ?? ctx.chosenLocale),
    });
  });

  priv.callbackQuery(/^lang:(\w+)(?::(\d{1,9}))?$/, async (ctx) => {
    const locale = ctx.match[1];
    const thenOpen = ctx.match[2] ? Number(ctx.match[2]) : undefined;
    if (!isLocale(locale)) return ctx.answerCallbackQuery();
    if (ctx.official) {
      await repo.setLocale(ctx.official.id, locale);
      ctx.official = { ...ctx.official, locale };
    } else {
      // not linked yet: remembered, and applied when an invitation links them
      await repo.rememberChosenLocale(ctx.from.id, locale);
      ctx.chosenLocale = locale;
    }
    ctx.i18n.useLocale(locale);
    await ctx.answerCallbackQuery({ text: ctx.t("language-set") });
    // Telegram refuses an edit that changes nothing ("message is not modified"): pressing the
    // language already marked leaves the keyboard as it is.
    const next = languageKeyboard(locale, thenOpen);
    const shown = ctx.callbackQuery.message?.reply_markup?.inline_keyboard;
    if (JSON.stringify(shown) !== JSON.stringify(next.inline_keyboard)) {
      await ctx.editMessageReplyMarkup({ reply_markup: next }).catch(() => {});
    }
    await after(ctx, thenOpen);
  });
  return composer;
}

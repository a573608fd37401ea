/**
 * Getting in by invitation: `/start <code>` (the deep link) or a code typed by a user who is
 * not linked yet. Each failure has its own answer (wrong, expired, used, revoked, locked out);
 * on success an official is welcomed and asked for a language if they have none, else shown
 * their questionnaires; an admin linking Telegram gets a confirmation.
 * Registered before the start feature, so `/start` without a payload falls through to it.
 */
import { Composer } from "grammy";
import { normalizeCode } from "../../domain/codes.js";
import { localeFromLanguageCode } from "../../domain/vocabulary.js";
import { formatDateTime } from "../../i18n/format.js";
import { inviteLockout, type RedeemResult, redeemInvite } from "../../services/invites.js";
import { escapeHtml } from "../../telegram/html.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { telegramLocale, userLocale } from "../locale.js";
import { languageKeyboard } from "./language.js";

/** Typed text that looks like an invitation code (8–16 symbols of the code alphabet). */
export function looksLikeInviteCode(text: string): boolean {
  const c = normalizeCode(text);
  return c !== null && c.length >= 8 && c.length <= 16;
}

export function inviteFeature(deps: BotDeps, afterLinked: (ctx: BotContext) => Promise<void>) {
  const composer = new Composer<BotContext>();
  const priv = composer.chatType("private");
  const officials = deps.repos.officials;

  const locale = (ctx: BotContext) => userLocale(ctx);

  const answer = async (ctx: BotContext, result: RedeemResult) => {
    if (!result.ok) {
      if (result.reason === "locked") {
        const time = formatDateTime(result.until, locale(ctx), deps.tz);
        await ctx.reply(ctx.t("invite-locked", { time }));
      } else {
        await ctx.reply(ctx.t(`invite-${result.reason}`));
      }
      return;
    }
    if (result.target === "admin") {
      const admin = await deps.repos.admins.byId(result.adminId);
      await ctx.reply(ctx.t("invite-admin-linked", { name: escapeHtml(admin?.name ?? "") }), {
        parse_mode: "HTML",
      });
      return;
    }
    ctx.official = await officials.byId(result.officialId);
    // a language chosen before linking (/language while unknown) is theirs now
    const chosen = ctx.chosenLocale;
    if (ctx.official && !ctx.official.locale && chosen) {
      await officials.setLocale(ctx.official.id, chosen);
      await officials.forgetChosenLocale(ctx.official.telegramId);
      ctx.official = { ...ctx.official, locale: chosen };
    }
    // the link update came before the official existed: record their app's language now
    const app = telegramLocale(ctx.from?.language_code);
    if (ctx.official && app) await officials.touch(ctx.official.id, deps.now(), app);
    await ctx.i18n.renegotiateLocale();
    const agency = await deps.repos.agencies.byId(result.agencyId);
    const name = agency ? (locale(ctx) === "kk" ? agency.nameKk : agency.nameRu) : "";
    await ctx.reply(ctx.t("invite-welcome", { agency: escapeHtml(name) }), { parse_mode: "HTML" });
    if (!ctx.official?.locale) {
      await ctx.reply(ctx.t("language-choose-first"), {
        reply_markup: languageKeyboard(localeFromLanguageCode(ctx.from?.language_code)),
      });
    } else {
      await afterLinked(ctx);
    }
  };

  const redeem = async (ctx: BotContext, code: string) => {
    if (!ctx.from) return;
    await ctx.conversation.exitAll();
    const result = await redeemInvite(deps, { telegramId: ctx.from.id, code });
    await answer(ctx, result);
  };

  priv.command("start", async (ctx, next) => {
    const payload = ctx.match.trim();
    if (!payload) return next();
    await redeem(ctx, payload);
  });

  // a code typed as a message (the deep link is not the only way in)
  priv.on("message:text", async (ctx, next) => {
    if (!looksLikeInviteCode(ctx.message.text)) return next();
    // a linked official may type a new invitation too, but never while answering a question
    if (ctx.official?.cursor || Object.keys(ctx.conversation.active()).length > 0) return next();
    const until = await inviteLockout(deps, ctx.from.id);
    if (until) {
      await answer(ctx, { ok: false, reason: "locked", until });
      return;
    }
    await redeem(ctx, ctx.message.text);
  });

  return composer;
}

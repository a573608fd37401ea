import { Composer } from "grammy";
import { localeFromLanguageCode } from "../../domain/vocabulary.js";
import { parseCallback } from "../../telegram/callbacks/questionnaire.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { isCommand } from "../middleware/commands.js";
import { languageKeyboard } from "./language.js";
import { questionnaireFeature } from "./questionnaire/index.js";
import { reportFeature } from "./report.js";
import { roadmapFeature } from "./roadmap/index.js";

/**
 * /start: an unknown user learns how to get an invitation; a first-time
 * official picks a language; everyone else sees their questionnaires.
 */
export function startFeature(deps: BotDeps) {
  const questionnaire = questionnaireFeature(deps);
  const composer = new Composer<BotContext>();

  composer.command("start", async (ctx) => {
    // a questionnaire in progress is left (its answers are saved) for the list
    await ctx.conversation.exitAll();
    if (!ctx.official) {
      await ctx.reply(ctx.t("start-unknown"), { parse_mode: "HTML" });
      return;
    }
    if (!ctx.official.locale) {
      await ctx.reply(ctx.t("language-choose-first"), {
        reply_markup: languageKeyboard(localeFromLanguageCode(ctx.from?.language_code)),
      });
      return;
    }
    await questionnaire.showHome(ctx);
  });

  // An official who has not picked a language picks it before any questionnaire screen (a
  // reminder's button included: that questionnaire opens once they have picked).
  composer.on(["message", "callback_query:data"], async (ctx, next) => {
    if (!ctx.official || ctx.official.locale || isCommand(ctx)) return next();
    const pressed = ctx.callbackQuery ? parseCallback(ctx.callbackQuery.data) : undefined;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("language-choose-first"), {
      reply_markup: languageKeyboard(
        localeFromLanguageCode(ctx.from?.language_code),
        pressed?.t === "open" ? pressed.assignmentId : undefined,
      ),
    });
  });

  composer.use(roadmapFeature(deps));
  composer.use(reportFeature(deps));
  composer.use(questionnaire.composer);

  // A command no feature knows: say which ones there are (never treat it as text).
  composer.on("message:entities:bot_command", async (ctx, next) => {
    if (!ctx.official || !isCommand(ctx)) return next();
    await ctx.reply(ctx.t("unknown-command"));
  });

  // Anything else from an unknown user: how to get in.
  composer.on("message", async (ctx, next) => {
    if (ctx.official) return next();
    await ctx.reply(ctx.t("start-unknown"), { parse_mode: "HTML" });
  });

  return {
    composer,
    /** after /language: re-show what the official was looking at, in the new language */
    afterLanguageChange: (ctx: BotContext, thenOpen?: number) =>
      thenOpen ? questionnaire.open(ctx, thenOpen) : questionnaire.resume(ctx),
  };
}

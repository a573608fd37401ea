import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";

// Placeholder until the questionnaire conversation lands.
export function questionnaireFeature(_deps: BotDeps) {
  const composer = new Composer<BotContext>();
  return {
    composer,
    showHome: async (ctx: BotContext) => {
      await ctx.reply(ctx.t("home-empty"));
    },
    resume: async (_ctx: BotContext) => {},
  };
}

import { type Api, Composer } from "grammy";
import { LOCALES } from "../../domain/vocabulary.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

export const COMMANDS = ["start", "language", "help"] as const;

export function helpFeature() {
  const composer = new Composer<BotContext>();
  composer
    .chatType("private")
    .command("help", (ctx) => ctx.reply(ctx.t("help-text"), { parse_mode: "HTML" }));
  return composer;
}

/** The command menu in both languages (Telegram picks by the user's app language). */
export async function setCommands(api: Api, deps: Pick<BotDeps, "i18n">): Promise<void> {
  for (const locale of LOCALES) {
    const commands = COMMANDS.map((c) => ({
      command: c,
      description: deps.i18n.t(locale, `cmd-${c}`),
    }));
    await api.setMyCommands(commands, { language_code: locale });
    if (locale === "ru") await api.setMyCommands(commands);
  }
}

import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";

/**
 * "/START" and "/Language" are the same commands as "/start" and "/language" to a person, but
 * grammY matches commands case-sensitively: the command (not its payload, e.g. an invitation
 * code) is lower-cased before any handler sees it.
 */
export async function lowercaseCommands(ctx: BotContext, next: NextFunction) {
  const msg = ctx.message;
  const cmd = msg?.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (msg?.text && cmd) {
    const head = msg.text.slice(0, cmd.length);
    if (head !== head.toLowerCase()) msg.text = head.toLowerCase() + msg.text.slice(cmd.length);
  }
  await next();
}

/** True when the message is a command (a bot_command at its start). */
export function isCommand(ctx: { message?: BotContext["message"] }): boolean {
  return !!ctx.message?.entities?.some((e) => e.type === "bot_command" && e.offset === 0);
}

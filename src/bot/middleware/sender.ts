import type { NextFunction } from "grammy";
import { officialsRepo } from "../../db/repositories/officials.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/** Loads the linked official once per update and records that they are reachable. */
export function sender(deps: BotDeps) {
  const repo = officialsRepo(deps.db);
  return async (ctx: BotContext, next: NextFunction) => {
    if (ctx.from && !ctx.from.is_bot) {
      ctx.official = await repo.byTelegramId(ctx.from.id);
      if (ctx.official && ctx.update.my_chat_member === undefined) {
        await repo.touch(ctx.official.id, deps.now());
      }
    }
    await next();
  };
}

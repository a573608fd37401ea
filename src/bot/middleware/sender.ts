import type { NextFunction } from "grammy";
import { type Official, officialsRepo } from "../../db/repositories/officials.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/**
 * The sender of each update as loaded by `sender`, so conversations (which
 * build their own contexts for the same update object) need not query again.
 */
export const seen = new WeakMap<object, Official | undefined>();

/** Loads the linked official once per update and records that they are reachable. */
export function sender(deps: BotDeps) {
  const repo = officialsRepo(deps.db);
  return async (ctx: BotContext, next: NextFunction) => {
    if (ctx.from && !ctx.from.is_bot) {
      ctx.official = await repo.byTelegramId(ctx.from.id);
      seen.set(ctx.update, ctx.official);
      const o = ctx.official;
      const now = deps.now();
      // last activity at minute precision: no write on every update
      if (
        o &&
        ctx.update.my_chat_member === undefined &&
        (!o.reachable || !o.lastSeenAt || now.getTime() - o.lastSeenAt.getTime() > 60_000)
      ) {
        await repo.touch(o.id, now);
      }
    }
    await next();
  };
}

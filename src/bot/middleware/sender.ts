import type { NextFunction } from "grammy";
import type { Official } from "../../db/repositories/officials.js";
import type { BotContext, InnerContext } from "../context.js";
import type { ConversationStorage } from "../conversation-storage.js";
import type { BotDeps } from "../deps.js";
import { telegramLocale } from "../locale.js";

/**
 * The sender of the update being handled, by Telegram user id, so that the
 * contexts conversations build (one per replayed update) need not query again.
 * Updates of one user are handled one at a time (sequentialize), so one entry
 * per user is enough; it lives only while the update is handled.
 */
export type SenderCache = Map<number, Official | undefined>;

/**
 * Loads the linked official once per update (with the chat's conversation state, primed for
 * the conversations plugin: one query) and records that they are reachable.
 */
export function sender(
  deps: BotDeps,
  cache: SenderCache,
  conversations: ConversationStorage<unknown>,
) {
  const repo = deps.repos.officials;
  return async (ctx: BotContext, next: NextFunction) => {
    if (ctx.from && !ctx.from.is_bot) {
      const chatId = ctx.chat?.type === "private" ? ctx.chat.id : undefined;
      const got = await repo.sender(
        ctx.from.id,
        chatId === undefined ? undefined : conversations.keyOf(chatId),
      );
      ctx.official = got.official;
      const o = ctx.official;
      // not linked yet: the language they may have chosen already (applied when they link)
      if (!o) ctx.chosenLocale = got.chosenLocale;
      if (chatId !== undefined) conversations.prime(chatId, got.stored);
      const now = deps.now();
      // their Telegram app's language: what reminders use until they pick one
      const app = telegramLocale(ctx.from.language_code);
      // last activity at minute precision: no write on every update
      if (
        o &&
        ctx.update.my_chat_member === undefined &&
        (!o.reachable ||
          !o.lastSeenAt ||
          now.getTime() - o.lastSeenAt.getTime() > 60_000 ||
          (app && app !== o.telegramLocale))
      ) {
        await repo.touch(o.id, now, app);
      }
      const id = ctx.from.id;
      cache.set(id, ctx.official);
      try {
        return await next();
      } finally {
        cache.delete(id);
        if (chatId !== undefined) conversations.release(chatId);
      }
    }
    await next();
  };
}

/** The same official inside conversations (from the cache, or the database for other updates). */
export function conversationSender(deps: BotDeps, cache: SenderCache) {
  const repo = deps.repos.officials;
  return async (ctx: BotContext | InnerContext, next: NextFunction) => {
    const id = ctx.from?.id;
    ctx.official =
      id === undefined ? undefined : cache.has(id) ? cache.get(id) : await repo.byTelegramId(id);
    await next();
  };
}

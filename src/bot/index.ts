/**
 * The Telegram door. Features are Composers; the order here is the order an
 * update meets them. Everything answers in private chats only.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotConfig, HttpError, type Transformer } from "grammy";
import { botStorageAdapter } from "../db/repositories/bot-storage.js";
import { budgetTransformer, type SharedBudget } from "../telegram/budget.js";
import { isBlocked } from "../telegram/outbox.js";
import type { BotContext, InnerContext } from "./context.js";
import type { BotDeps } from "./deps.js";
import { editsFeature } from "./features/edits.js";
import { helpFeature } from "./features/help.js";
import { inviteFeature } from "./features/invite.js";
import { languageFeature } from "./features/language.js";
import { startFeature } from "./features/start.js";
import { lowercaseCommands } from "./middleware/commands.js";
import { type InFlight, inFlight } from "./middleware/in-flight.js";
import { conversationSender, type SenderCache, sender } from "./middleware/sender.js";

/** The updates the bot asks Telegram for (polling and webhook alike). */
export const ALLOWED_UPDATES = [
  "message",
  "edited_message",
  "callback_query",
  "my_chat_member",
] as const;

/** Bump when a conversation's code changes: stored replay logs of the old code are dropped. */
export const CONVERSATION_VERSION = 2;

export interface CreateBotOptions {
  token: string;
  apiRoot?: string;
  /** the send budget shared with the reminders and other instances (src/telegram/budget.ts) */
  budget?: SharedBudget;
  /** skip getMe (tests and the simulator pass a known identity) */
  botInfo?: BotConfig<BotContext>["botInfo"];
}

export interface TelegramBot {
  bot: Bot<BotContext>;
  inFlight: InFlight;
}

/**
 * A button pressed while the bot was down or busy arrives after Telegram's deadline for
 * answering it: answerCallbackQuery then fails with 400 "query is too old". The answer is
 * only the button's spinner, so the update is still handled (the reply is what matters).
 */
const lateCallbackAnswers: Transformer = async (prev, method, payload, signal) => {
  const res = await prev(method, payload, signal);
  if (method === "answerCallbackQuery" && !res.ok && /query is too old/.test(res.description)) {
    return { ok: true, result: true } as Awaited<ReturnType<typeof prev<typeof method>>>;
  }
  return res;
};

/**
 * A network error is tried once more, at once: the usual cause is a kept-alive connection the
 * server closed while idle. Once only, because a request that did reach Telegram would be
 * repeated (the Bot API has no idempotency key).
 */
const networkRetryOnce: Transformer = async (prev, method, payload, signal) => {
  try {
    return await prev(method, payload, signal);
  } catch (err) {
    if (!(err instanceof HttpError) || signal?.aborted) throw err;
    return prev(method, payload, signal);
  }
};

export function createBot(deps: BotDeps, opts: CreateBotOptions): TelegramBot {
  const bot = new Bot<BotContext>(opts.token, {
    botInfo: opts.botInfo,
    client: { apiRoot: opts.apiRoot },
  });
  // A flood wait (429) is waited out up to a minute, so a reply is late rather than lost (the
  // webhook answers Telegram after 9 s and the update goes on); 5xx twice. Network errors get
  // one immediate retry, not auto-retry's endless growing pauses: the update then fails and is
  // logged; start-up has its own loop (connect.ts).
  const retry = () =>
    autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 60, rethrowHttpErrors: true });
  // the budget first (innermost): every attempt, auto-retry's included, takes an instant
  const paced: Transformer[] = opts.budget ? [budgetTransformer(opts.budget)] : [];
  bot.api.config.use(...paced, networkRetryOnce, retry(), lateCallbackAnswers);

  const tracker = inFlight();
  bot.use(tracker.middleware);

  const markUnreachable = async (chatId: number) => {
    await deps.repos.officials.markUnreachable(chatId, deps.now());
    await deps.repos.admins.markUnreachable(chatId);
  };
  // The user blocked the bot while it was answering (403): not a failure of ours, and no more
  // messages until they write again.
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (!isBlocked(err) || ctx.chat?.type !== "private") throw err;
      deps.logger.info({ update_id: ctx.update.update_id }, "blocked while answering");
      await markUnreachable(ctx.chat.id);
    }
  });
  // one chat's updates in order, across concurrent webhook requests and the runner
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  const senders: SenderCache = new Map();
  bot.use(sender(deps, senders));
  bot.use(lowercaseCommands);
  bot.use(deps.i18n);

  bot.on("my_chat_member", async (ctx) => {
    if (ctx.chat.type === "private" && ctx.myChatMember.new_chat_member.status === "kicked") {
      await markUnreachable(ctx.chat.id);
    }
  });

  // Groups and channels: stay silent (officials answer in private chats only).
  const priv = bot.chatType("private");

  priv.use(
    conversations<BotContext, InnerContext>({
      storage: {
        type: "key",
        version: CONVERSATION_VERSION,
        adapter: botStorageAdapter(deps.db, "conv"),
      },
      // inside conversations: the same retries, locale and sender as outside
      // (the plugin builds a fresh Api per context, without the bot's transformers)
      plugins: [
        async (ctx, next) => {
          ctx.api.config.use(...paced, networkRetryOnce, retry(), lateCallbackAnswers);
          await next();
        },
        conversationSender(deps, senders),
        deps.i18n,
      ],
    }),
  );

  const start = startFeature(deps);
  priv.use(inviteFeature(deps, start.afterLanguageChange));
  priv.use(languageFeature(deps, start.afterLanguageChange));
  priv.use(helpFeature());
  priv.use(editsFeature());
  priv.use(start.composer);

  bot.catch((err) => {
    deps.logger.error({ err: err.error, update_id: err.ctx.update.update_id }, "update failed");
  });
  return { bot, inFlight: tracker };
}

/**
 * The Telegram door. Features are Composers; the order here is the order an
 * update meets them. Everything answers in private chats only.
 */
import { conversations } from "@grammyjs/conversations";
import type { ConversationData } from "@grammyjs/conversations/out/plugin.js";
import type { VersionedState } from "@grammyjs/conversations/out/storage.js";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotConfig, type Transformer } from "grammy";
import { type Locale, localeFromLanguageCode } from "../domain/vocabulary.js";
import { budgetTransformer, type SharedBudget } from "../telegram/budget.js";
import { isBlocked } from "../telegram/outbox.js";
import { replyTransformers, staleSocketRetryFetch } from "./api-transformers.js";
import type { BotContext, InnerContext } from "./context.js";
import { conversationStorage } from "./conversation-storage.js";
import type { BotDeps } from "./deps.js";
import { editsFeature } from "./features/edits.js";
import { helpFeature } from "./features/help.js";
import { inviteFeature } from "./features/invite.js";
import { languageFeature } from "./features/language.js";
import { startFeature } from "./features/start.js";
import { userLocale } from "./locale.js";
import { lowercaseCommands } from "./middleware/commands.js";
import { type InFlight, inFlight } from "./middleware/in-flight.js";
import { conversationSender, type SenderCache, sender } from "./middleware/sender.js";
import { chatKey, createUpdateRunner, senderOf, type UpdateRunner } from "./update-runner.js";

/** The updates the bot asks Telegram for (polling and webhook alike). */
export const ALLOWED_UPDATES = [
  "message",
  "edited_message",
  "callback_query",
  "my_chat_member",
] as const;

/** Bump when a conversation's code changes: stored replay logs of the old code are dropped. */
export const CONVERSATION_VERSION = 4;

/** what the conversations plugin stores per chat */
type ConversationState = VersionedState<ConversationData>;

export interface CreateBotOptions {
  token: string;
  apiRoot?: string;
  /** the send budget shared with the reminders and other instances (src/telegram/budget.ts) */
  budget?: SharedBudget;
  /** skip getMe (tests and the simulator pass a known identity) */
  botInfo?: BotConfig<BotContext>["botInfo"];
  /** pauses before retrying a transiently failing update (tests shorten them) */
  retryDelaysMs?: readonly number[];
}

export interface TelegramBot {
  bot: Bot<BotContext>;
  inFlight: InFlight;
  /** handles updates in order per chat, retrying transient failures (polling and webhook) */
  runner: UpdateRunner;
}

export function createBot(deps: BotDeps, opts: CreateBotOptions): TelegramBot {
  const locales = new Map<number, Locale>();
  const rememberLocale = (id: number, locale: Locale) => {
    locales.delete(id);
    locales.set(id, locale);
    if (locales.size > 10_000) locales.delete(locales.keys().next().value!);
  };
  const bot = new Bot<BotContext>(opts.token, {
    botInfo: opts.botInfo,
    // the conversations plugin builds its Api from these options: the fetch is shared
    client: { apiRoot: opts.apiRoot, fetch: staleSocketRetryFetch },
  });
  // the budget first (innermost): every attempt, auto-retry's included, takes an instant
  const paced: Transformer[] = opts.budget ? [budgetTransformer(opts.budget)] : [];
  bot.api.config.use(...paced, ...replyTransformers());

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
  const conversationState = conversationStorage<ConversationState>(deps.db);
  bot.use(sender(deps, senders, conversationState));
  bot.use(lowercaseCommands);
  bot.use(deps.i18n);
  // the language each user reads, for telling them to repeat when the database is unreachable
  bot.use(async (ctx, next) => {
    if (ctx.from) rememberLocale(ctx.from.id, userLocale(ctx));
    await next();
  });

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
        adapter: conversationState.adapter,
      },
      // inside conversations: the same retries, locale and sender as outside
      // (the plugin builds a fresh Api per context, without the bot's transformers)
      plugins: [
        async (ctx, next) => {
          ctx.api.config.use(...paced, ...replyTransformers());
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

  const runner = createUpdateRunner((u) => bot.handleUpdate(u), {
    logger: deps.logger,
    retryDelaysMs: opts.retryDelaysMs,
    async tellToRepeat(update) {
      const from = senderOf(update);
      const chat = chatKey(update);
      if (!from || chat !== `chat:${from.id}`) return; // private chats only
      const locale = locales.get(from.id) ?? localeFromLanguageCode(from.language_code);
      await bot.api.sendMessage(from.id, deps.i18n.t(locale, "update-failed-repeat"));
    },
  });
  return { bot, inFlight: tracker, runner };
}

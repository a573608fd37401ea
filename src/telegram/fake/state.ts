/**
 * What the parts of the fake Bot API share: the bot's identity, users/chats/transcripts, files,
 * the flood limiter, update delivery, the call log, and the event bus whose "change" event wakes
 * every `waitFor` (see observation.ts). The Bot API methods (methods.ts, bot-messages.ts), the
 * simulated users (users.ts) and the observation helpers all work on one FakeState.
 */
import { EventEmitter } from "node:events";
import { performance } from "node:perf_hooks";
import type { BotCommand, Message, Update } from "grammy/types";
import { ChatStore } from "./chat-store.js";
import { tooManyRequests } from "./errors.js";
import { FileStore } from "./file-store.js";
import { RateLimiter } from "./rate-limit.js";
import { type BotIdentity, botMessageObject } from "./telegram-objects.js";
import type {
  ApiStats,
  BotMessage,
  CallbackAnswer,
  ChatLogEntry,
  FakeBotApiEvents,
  FakeBotApiOptions,
  RecordedCall,
} from "./types.js";
import { UpdateDelivery } from "./update-delivery.js";

export const DEFAULT_FAKE_TOKEN = "123456:TEST";

/** Parameters of a Bot API call after validation. */
export type Params = Record<string, unknown>;

export class FakeState {
  readonly token: string;
  readonly bot: BotIdentity;
  /** reject parameters the spec doesn't know */
  readonly strict: boolean;
  /** millisecond clock for rate limiting and `RecordedCall.at` */
  readonly now: () => number;
  /** every API call, in completion order */
  readonly calls: RecordedCall[] = [];
  /** answerCallbackQuery calls that were accepted */
  readonly callbackAnswers: CallbackAnswer[] = [];
  readonly stats: ApiStats = { tooManyRequests: 0, sentMessages: 0 };
  /** direct delivery mode: set by a test harness; awaited for each update */
  onUpdate: ((update: Update) => unknown) | undefined;

  readonly events = new EventEmitter();
  readonly limiter: RateLimiter;
  readonly store = new ChatStore();
  readonly files = new FileStore();
  readonly delivery = new UpdateDelivery(() => this.emit("change"));
  readonly callbackQueries = new Map<string, { answered: boolean }>();
  /** setMyCommands by commandsKey(scope, language) */
  readonly myCommands = new Map<string, BotCommand[]>();
  /** setChatMenuButton by chat id or "default" */
  readonly menuButtons = new Map<string, unknown>();
  /** the reply keyboard shown in a chat (inline keyboards stay on their message) */
  readonly replyKeyboards = new Map<number, unknown>();
  updateSeq = 10_000;
  callbackSeq = 0;

  constructor(opts: FakeBotApiOptions) {
    this.token = opts.token ?? DEFAULT_FAKE_TOKEN;
    this.bot = {
      id: Number(this.token.split(":")[0]) || 123456,
      first_name: opts.botFirstName ?? "Review Test Bot",
      username: opts.botUsername ?? "review_test_bot",
    };
    this.strict = opts.strictParams ?? true;
    this.now = opts.now ?? (() => performance.now());
    this.limiter = new RateLimiter({
      globalPerSecond: opts.globalPerSecond ?? 30,
      perChatPerSecond: opts.perChatPerSecond ?? 1,
      perChatBurst: opts.perChatBurst ?? 5,
      now: this.now,
    });
    this.events.setMaxListeners(0);
  }

  /** Emits a public event (if not just "change") and always "change", which wakes waitFor. */
  emit(event: keyof FakeBotApiEvents | "change", ...args: unknown[]): void {
    if (event !== "change") this.events.emit(event, ...args);
    this.events.emit("change");
  }

  record(call: RecordedCall): void {
    this.calls.push(call);
    this.emit("call", call);
  }

  /** The Telegram Message object of a bot message, as the Bot API returns it. */
  toMessage(m: BotMessage): Message {
    const chat = this.store.chatById(m.chat_id) ?? { id: m.chat_id, type: "group" as const };
    return botMessageObject(m, chat, this.bot);
  }

  /** Takes a sending token for the chat or throws 429 (a rejected call consumes nothing). */
  takeRateToken(chatId: number): void {
    const wait = this.limiter.take(chatId);
    if (wait > 0) {
      this.stats.tooManyRequests++;
      throw tooManyRequests(wait);
    }
  }

  /** Menu button of a chat (or the default one) as set by setChatMenuButton. */
  menuButton(chatId?: number): unknown {
    return (
      this.menuButtons.get(String(chatId ?? "default")) ??
      (chatId !== undefined ? this.menuButtons.get("default") : undefined) ?? { type: "commands" }
    );
  }
}

/** Key of the setMyCommands store: scope (type, chat, user) and language. */
export function commandsKey(scope: unknown, languageCode: unknown): string {
  const s = (scope ?? { type: "default" }) as {
    type?: string;
    chat_id?: unknown;
    user_id?: unknown;
  };
  const parts = [s.type ?? "default", s.chat_id ?? "", s.user_id ?? "", languageCode ?? ""];
  return parts.join("|");
}

export function isDeleted(e: ChatLogEntry): boolean {
  return e.from === "bot" ? e.message.deleted : e.deleted;
}

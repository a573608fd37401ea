/** Public data types of the fake Telegram Bot API (overview: ../fake-bot-api.ts). */
import type { InlineKeyboardMarkup, Message, MessageEntity, Update } from "grammy/types";

export interface FakeBotApiOptions {
  /** default "123456:TEST"; requests with another token → 401 Unauthorized */
  token?: string;
  /** default "review_test_bot" */
  botUsername?: string;
  /** default "Review Test Bot" */
  botFirstName?: string;
  /** sending methods, all chats together; default 30 (bucket burst = the same number) */
  globalPerSecond?: number;
  /** per-chat refill rate of the sending bucket; default 1 */
  perChatPerSecond?: number;
  /** per-chat bucket size; default 5 (Telegram tolerates short bursts); tests may set 1 */
  perChatBurst?: number;
  /** millisecond clock for rate limiting and `RecordedCall.at`; default performance.now */
  now?: () => number;
  /** reject parameters the spec doesn't know (real Telegram ignores them); default true */
  strictParams?: boolean;
}

export interface FakeUser {
  id: number;
  is_bot: false;
  first_name: string;
  username?: string;
  language_code?: string;
  /** the user blocked the bot: sending to them → 403 */
  blocked: boolean;
}

export interface FakeChat {
  id: number;
  type: "private" | "group";
  title?: string;
  first_name?: string;
  username?: string;
}

export interface RecordedCall {
  method: string;
  /** validated, coerced parameters (uploads appear as `{kind:"upload", part}`) */
  params: Record<string, unknown>;
  ok: boolean;
  errorCode?: number;
  description?: string;
  /** clock time (`now()`) when the call completed */
  at: number;
}

/** A file known to the fake server (uploaded by the bot or sent by a user). */
export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  file_size: number;
  file_name?: string;
  mime_type?: string;
  content: Uint8Array;
}

export type MediaKind =
  | "document"
  | "photo"
  | "sticker"
  | "voice"
  | "audio"
  | "video"
  | "animation";

/** Current state of a message the bot sent. */
export interface BotMessage {
  message_id: number;
  chat_id: number;
  /** unix seconds */
  date: number;
  /** plain text after entity parsing (text messages) */
  text?: string;
  /** the text exactly as the bot passed it (e.g. with HTML tags) */
  rawText?: string;
  parse_mode?: string;
  entities?: MessageEntity[];
  caption?: string;
  caption_entities?: MessageEntity[];
  /** inline keyboard attached to the message */
  reply_markup?: InlineKeyboardMarkup;
  media?: { type: MediaKind; file: StoredFile };
  /** shortcut for `media.file` when the message is a document (bytes in `.content`) */
  document?: StoredFile;
  /** shortcut for `media.file` when the message is a photo */
  photo?: StoredFile;
  /** how many times the message was edited */
  edited: number;
  deleted: boolean;
}

/** One line of a chat transcript (user messages are stored as the Telegram Message sent). */
export type ChatLogEntry =
  | { from: "user"; message: Message; deleted: boolean }
  | { from: "bot"; message: BotMessage };

export interface CallbackAnswer {
  callback_query_id: string;
  text?: string;
  show_alert?: boolean;
  url?: string;
}

export interface ApiStats {
  /** 429 answers produced by the rate limiter */
  tooManyRequests: number;
  /** messages the bot sent successfully */
  sentMessages: number;
}

export interface Fault {
  error_code: number;
  description: string;
  retry_after?: number;
  /**
   * the call takes effect first (the message IS sent), then the answer is this error or, with
   * `drop`, lost: the connection closes without an answer. Telegram's ambiguous failures.
   */
  after?: boolean;
  /** close the connection instead of answering (with `after`: after acting) */
  drop?: boolean;
}

export interface FakeBotApiEvents {
  /** the bot sent a message */
  message: [BotMessage];
  /** the bot edited a message (text, caption or markup) */
  edited: [BotMessage];
  /** the bot deleted a message */
  deleted: [BotMessage];
  /** any API call completed (successfully or not) */
  call: [RecordedCall];
  /** a user action produced an update */
  update: [Update];
}

export interface UserDocument {
  file_name: string;
  mime_type: string;
  content: Uint8Array;
  caption?: string;
  /** report this size instead of content.length (to test "file is too big" cheaply) */
  file_size?: number;
}

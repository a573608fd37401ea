/**
 * FakeBotApi: a loopback fake of the Telegram Bot API that behaves like Telegram.
 *
 * Used (1) by tests, which drive the real bot through grammY's real HTTP client
 * (`new Bot(token, { client: { apiRoot: fake.apiRoot } })`), and (2) by the product as the
 * "built-in Telegram simulator" when it runs without BOT_TOKEN (admin playground).
 *
 * Every call is validated against the Bot API 10.1 spec (src/telegram/bot-api-methods.json,
 * derived from vendor/telegram-bot-api-spec/api.json by scripts/compact-bot-api-spec.ts):
 * required fields, declared types, deep checks of inline keyboards / commands. STRICT: unknown
 * parameter names → 400 (real Telegram ignores them; pass `strictParams: false` to allow).
 *
 * Telegram behaviour reproduced: text 1–4096 / caption ≤ 1024 characters after entity parsing;
 * parse_mode HTML parsed for real (errors "can't parse entities: … at byte offset N");
 * MarkdownV2/Markdown → 400 "not supported by the fake" (we only use HTML); callback_data
 * 1–64 bytes (BUTTON_DATA_INVALID); non-empty button text; ≤ 100 buttons; unknown private chat →
 * 403 "bot can't initiate conversation with a user"; blocked → 403 "bot was blocked by the user";
 * unknown group → 400 "chat not found"; "message is not modified"; "message to edit not found";
 * answerCallbackQuery once per query; flood limits with token buckets (global `globalPerSecond`,
 * per chat `perChatPerSecond` with burst `perChatBurst`) → 429 "Too Many Requests: retry after N"
 * + parameters.retry_after (a rejected call consumes no token and sends nothing); getFile refuses
 * files > 20 MB ("file is too big"); getUpdates/webhook delivery with Telegram's 409 conflicts.
 *
 * Control API: user actions (addUser, sendText, sendDocument, sendPhoto, sendSticker, sendVoice,
 * pressButton, sendGroupText, myChatMember, block/unblock), observation (calls, messages(chatId),
 * lastMessage, transcript, callbackAnswers, callbackQueryAnswered, commands, menuButton,
 * replyKeyboard, stats, waitFor, on(event, listener)) and faults (setFault, also "after" faults
 * that act and then answer an error or drop the connection; setLatency; setOutage).
 *
 * Modules (src/telegram/fake/):
 *   server.ts        the FakeBotApi class: HTTP routing, lifecycle, faults, the control API
 *   methods.ts       what each Bot API method does; bot-messages.ts: send/copy/edit/delete
 *   users.ts         simulated users: messages, files, button presses, blocking → updates
 *   observation.ts   what tests read: messages, transcripts, waitFor, events
 *   state.ts         what those share; chat-store.ts, file-store.ts, rate-limit.ts hold parts of it
 *   update-delivery.ts  getUpdates queue and webhook POSTs
 *   body.ts, validate.ts, html.ts, format.ts  request parsing, spec validation, HTML, limits
 *   telegram-objects.ts, types.ts, errors.ts  JSON builders, public types, error answers
 */
export type { NewUser } from "./fake/chat-store.js";
export { TelegramApiError } from "./fake/errors.js";
export { parseHtml } from "./fake/html.js";
export { MAX_DOWNLOAD_BYTES } from "./fake/methods.js";
export { FakeBotApi } from "./fake/server.js";
export { DEFAULT_FAKE_TOKEN } from "./fake/state.js";
export type {
  ApiStats,
  BotMessage,
  CallbackAnswer,
  ChatLogEntry,
  FakeBotApiEvents,
  FakeBotApiOptions,
  FakeChat,
  FakeUser,
  Fault,
  MediaKind,
  RecordedCall,
  StoredFile,
  UserDocument,
} from "./fake/types.js";

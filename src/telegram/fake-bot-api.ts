/**
 * FakeBotApi: a loopback fake of the Telegram Bot API that behaves like Telegram.
 *
 * Used (1) by tests, which drive the real bot through grammY's real HTTP client
 * (`new Bot(token, { client: { apiRoot: fake.apiRoot } })`), and (2) by the product as the
 * "built-in Telegram simulator" when it runs without BOT_TOKEN (admin playground).
 *
 * HTTP: Hono on 127.0.0.1:<random port>. `POST|GET /bot<token>/<method>` with a JSON,
 * urlencoded or multipart body (or query string); files at `GET /file/bot<token>/<file_path>`.
 * Answers `{ok:true,result}` or `{ok:false,error_code,description,parameters?}` with HTTP status =
 * error_code. Wrong token → 401 `Unauthorized`; unknown method → 404 `Not Found: method not found`.
 *
 * Every call is validated against the Bot API 10.1 spec (src/telegram/bot-api-methods.json):
 * required fields, declared types, deep checks of inline keyboards / commands. STRICT: unknown
 * parameter names → 400 (real Telegram ignores them; pass `strictParams: false` to allow).
 * Then an injected fault (setFault) if any, then the method.
 *
 * Implemented for real: getMe, getUpdates, setWebhook, deleteWebhook, getWebhookInfo,
 * sendMessage, editMessageText, editMessageCaption, editMessageReplyMarkup, deleteMessage,
 * answerCallbackQuery, sendDocument, sendPhoto, sendSticker, sendVoice, sendAudio, sendVideo,
 * sendAnimation, getFile, setMyCommands, getMyCommands, deleteMyCommands, setChatMenuButton,
 * getChatMenuButton, sendChatAction, copyMessage, forwardMessage, close, logOut. Any other spec
 * method: validated, then `true` (other send* methods also check the chat and the rate limit).
 *
 * Telegram behaviour reproduced: text 1–4096 / caption ≤ 1024 characters after entity parsing;
 * parse_mode HTML parsed for real (src/telegram/fake/html.ts; errors "can't parse entities: …
 * at byte offset N"); MarkdownV2/Markdown → 400 "not supported by the fake" (we only use HTML);
 * callback_data 1–64 bytes (BUTTON_DATA_INVALID); non-empty button text; ≤ 100 buttons;
 * unknown private chat → 403 "bot can't initiate conversation with a user"; blocked → 403 "bot
 * was blocked by the user"; unknown group → 400 "chat not found"; "message is not modified";
 * "message to edit not found"; answerCallbackQuery once per query; flood limits with token
 * buckets (global `globalPerSecond`, per chat `perChatPerSecond` with burst `perChatBurst`) →
 * 429 "Too Many Requests: retry after N" + parameters.retry_after (a rejected call consumes no
 * token and sends nothing); getFile refuses files > 20 MB ("file is too big").
 *
 * Update delivery (chosen per update, in this order):
 *  c) direct: `fake.onUpdate = async (update) => …` — awaited;
 *  b) webhook: after setWebhook(url, secret_token) each update is POSTed with header
 *     X-Telegram-Bot-Api-Secret-Token; the user action resolves after the response (non-2xx →
 *     the user action rejects). Webhook replies (a method in the response body) are not executed;
 *  a) long polling: updates queue for getUpdates (offset/limit/timeout/allowed_updates; a second
 *     concurrent getUpdates ends the first with 409 like Telegram). The user action resolves when
 *     a getUpdates response handed the update over (or it was dropped), not when it was handled —
 *     use `waitFor` to observe the bot's reaction.
 *
 * User actions: addUser, sendText, sendDocument, sendPhoto, sendSticker, sendVoice,
 * pressButton, sendGroupText, myChatMember (+ block/unblock without an update).
 * Observation: calls, messages(chatId), lastMessage, transcript, callbackAnswers,
 * callbackQueryAnswered, commands, menuButton, replyKeyboard, stats, waitFor (event-driven),
 * on(event, listener). Faults: setFault(method, fault | null, times).
 * User actions are async: a test bug (e.g. pressing a button that doesn't exist) rejects.
 *
 * Modules (src/telegram/fake/): body.ts (request parsing incl. multipart), validate.ts (spec
 * validation/coercion), html.ts (HTML parse_mode), format.ts (length limits), rate-limit.ts
 * (token buckets), update-delivery.ts (getUpdates queue, webhook POSTs), chat-store.ts (users,
 * chats, transcripts), file-store.ts, telegram-objects.ts (JSON builders), types.ts, errors.ts.
 * The spec data is src/telegram/bot-api-methods.json (scripts/compact-bot-api-spec.ts).
 */
import { EventEmitter } from "node:events";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { type ServerType, serve } from "@hono/node-server";
import type {
  BotCommand,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  Message,
  Update,
} from "grammy/types";
import { Hono } from "hono";
import { parseRequestBody } from "./fake/body.js";
import { ChatStore, chatIdOf, type NewUser } from "./fake/chat-store.js";
import { badRequest, TelegramApiError, tooManyRequests } from "./fake/errors.js";
import { FileStore } from "./fake/file-store.js";
import { formatText, sameJson } from "./fake/format.js";
import { RateLimiter } from "./fake/rate-limit.js";
import {
  type BotIdentity,
  botMessageObject,
  botUserObject,
  chatObject,
  commandEntities,
  mediaObject,
  privateChat,
  userObject,
} from "./fake/telegram-objects.js";
import type {
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
import { type GetUpdatesParams, UpdateDelivery } from "./fake/update-delivery.js";
import { canonicalMethod, validateParams } from "./fake/validate.js";

export type { NewUser } from "./fake/chat-store.js";
export { TelegramApiError } from "./fake/errors.js";
export { parseHtml } from "./fake/html.js";
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

export const DEFAULT_FAKE_TOKEN = "123456:TEST";
/** getFile refuses files larger than this (Telegram's 20 MB download limit for bots). */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

const MEDIA_METHODS: Record<string, MediaKind> = {
  sendDocument: "document",
  sendPhoto: "photo",
  sendSticker: "sticker",
  sendVoice: "voice",
  sendAudio: "audio",
  sendVideo: "video",
  sendAnimation: "animation",
};

/** Methods that send messages and are subject to flood limits. */
const SENDING_METHODS = new Set([
  "sendMessage",
  ...Object.keys(MEDIA_METHODS),
  "sendVideoNote",
  "sendMediaGroup",
  "sendLocation",
  "sendVenue",
  "sendContact",
  "sendPoll",
  "sendChecklist",
  "sendDice",
  "sendInvoice",
  "sendPaidMedia",
  "sendGame",
  "copyMessage",
  "copyMessages",
  "forwardMessage",
  "forwardMessages",
]);

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

type Params = Record<string, unknown>;

export class FakeBotApi {
  readonly token: string;
  readonly botUsername: string;
  readonly botId: number;
  /** every API call, in completion order */
  readonly calls: RecordedCall[] = [];
  /** answerCallbackQuery calls that were accepted */
  readonly callbackAnswers: CallbackAnswer[] = [];
  readonly stats: ApiStats = { tooManyRequests: 0, sentMessages: 0 };
  /** direct delivery mode: set by a test harness; awaited for each update */
  onUpdate: ((update: Update) => unknown) | undefined;

  private port = 0;
  private server: ServerType | undefined;
  private readonly strict: boolean;
  private readonly now: () => number;
  private readonly bot: BotIdentity;
  private readonly events = new EventEmitter();
  private readonly limiter: RateLimiter;
  private readonly store = new ChatStore();
  private readonly files = new FileStore();
  private readonly delivery = new UpdateDelivery(() => this.emit("change"));
  private updateSeq = 10_000;
  private callbackSeq = 0;
  private readonly callbackQueries = new Map<string, { answered: boolean }>();
  private readonly myCommands = new Map<string, BotCommand[]>();
  private readonly menuButtons = new Map<string, unknown>();
  private readonly replyKeyboards = new Map<number, unknown>();
  private readonly faults = new Map<string, { fault: Fault; remaining: number }>();

  private constructor(opts: FakeBotApiOptions) {
    this.token = opts.token ?? DEFAULT_FAKE_TOKEN;
    this.botUsername = opts.botUsername ?? "review_test_bot";
    this.botId = Number(this.token.split(":")[0]) || 123456;
    this.bot = {
      id: this.botId,
      first_name: opts.botFirstName ?? "Review Test Bot",
      username: this.botUsername,
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

  /** Starts the server on a random 127.0.0.1 port. */
  static async start(opts: FakeBotApiOptions = {}): Promise<FakeBotApi> {
    const api = new FakeBotApi(opts);
    await api.listen();
    return api;
  }

  /** "http://127.0.0.1:PORT" — pass as grammY `apiRoot`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** True while a long-polling getUpdates is waiting for updates. */
  get polling(): boolean {
    return this.delivery.polling;
  }

  private listen(): Promise<void> {
    const app = new Hono();
    app.get("/file/:bot/*", (c) => this.serveFile(c.req.param("bot"), c.req.path));
    app.all("/:bot/:method", (c) =>
      this.handleCall(c.req.param("bot"), c.req.param("method"), c.req.raw),
    );
    app.all("*", () => jsonResponse({ ok: false, error_code: 404, description: "Not Found" }, 404));
    return new Promise((resolve) => {
      this.server = serve(
        { fetch: app.fetch, port: 0, hostname: "127.0.0.1" },
        (info: AddressInfo) => {
          this.port = info.port;
          resolve();
        },
      );
    });
  }

  /** Stops the server; pending long polls return [] and pending user actions resolve. */
  async close(): Promise<void> {
    this.delivery.close();
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ("closeAllConnections" in server) server.closeAllConnections();
    });
  }

  // ───────────────────────────── HTTP ─────────────────────────────

  private async handleCall(botPart: string, methodName: string, req: Request): Promise<Response> {
    let method = methodName;
    let params: Params = {};
    try {
      if (botPart !== `bot${this.token}`) throw new TelegramApiError(401, "Unauthorized");
      const canonical = canonicalMethod(methodName);
      if (!canonical) throw new TelegramApiError(404, "Not Found: method not found");
      method = canonical;
      const body = await parseRequestBody(req);
      params = { ...body.fields };
      params = validateParams(method, body, this.strict);
      const fault = this.takeFault(method);
      if (fault) throw fault;
      const result = await this.dispatch(method, params, req.signal);
      this.record({ method, params, ok: true, at: this.now() });
      return jsonResponse({ ok: true, result }, 200);
    } catch (e) {
      const err =
        e instanceof TelegramApiError
          ? e
          : new TelegramApiError(
              500,
              `Internal Server Error: ${e instanceof Error ? e.message : String(e)}`,
            );
      this.record({
        method,
        params,
        ok: false,
        errorCode: err.errorCode,
        description: err.description,
        at: this.now(),
      });
      return jsonResponse(err.toJSON(), err.errorCode);
    }
  }

  private serveFile(botPart: string, path: string): Response {
    if (botPart !== `bot${this.token}`) {
      return jsonResponse({ ok: false, error_code: 401, description: "Unauthorized" }, 401);
    }
    const filePath = decodeURIComponent(path.slice(`/file/${botPart}/`.length));
    const file = this.files.getByPath(filePath);
    if (!file) return jsonResponse({ ok: false, error_code: 404, description: "Not Found" }, 404);
    return new Response(file.content, {
      status: 200,
      headers: { "content-type": file.mime_type ?? "application/octet-stream" },
    });
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    this.emit("call", call);
  }

  private takeFault(method: string): TelegramApiError | undefined {
    const f = this.faults.get(method);
    if (!f || f.remaining <= 0) return undefined;
    f.remaining--;
    if (f.remaining <= 0) this.faults.delete(method);
    const { error_code, description, retry_after } = f.fault;
    return new TelegramApiError(
      error_code,
      description,
      retry_after !== undefined ? { retry_after } : undefined,
    );
  }

  private dispatch(method: string, p: Params, signal: AbortSignal): unknown {
    const media = MEDIA_METHODS[method];
    if (media) return this.sendMedia(media, p);
    switch (method) {
      case "getMe":
        return {
          ...botUserObject(this.bot),
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
          can_connect_to_business: false,
          has_main_web_app: false,
        };
      case "getUpdates":
        return this.delivery.getUpdates(p as GetUpdatesParams, signal);
      case "setWebhook":
        this.delivery.setWebhook(
          p.url as string,
          p.secret_token as string | undefined,
          p.drop_pending_updates === true,
        );
        return true;
      case "deleteWebhook":
        this.delivery.deleteWebhook(p.drop_pending_updates === true);
        return true;
      case "getWebhookInfo":
        return this.delivery.webhookInfo();
      case "sendMessage":
        return this.sendMessage(p);
      case "editMessageText":
        return this.editMessageText(p);
      case "editMessageCaption":
        return this.editMessageCaption(p);
      case "editMessageReplyMarkup":
        return this.editMessageReplyMarkup(p);
      case "deleteMessage":
        return this.deleteMessage(p);
      case "answerCallbackQuery":
        return this.answerCallbackQuery(p);
      case "getFile":
        return this.getFile(p);
      case "setMyCommands":
        this.myCommands.set(commandsKey(p.scope, p.language_code), p.commands as BotCommand[]);
        return true;
      case "getMyCommands":
        return this.myCommands.get(commandsKey(p.scope, p.language_code)) ?? [];
      case "deleteMyCommands":
        this.myCommands.delete(commandsKey(p.scope, p.language_code));
        return true;
      case "setChatMenuButton":
        this.menuButtons.set(String(p.chat_id ?? "default"), p.menu_button ?? { type: "default" });
        return true;
      case "getChatMenuButton":
        return this.menuButton(p.chat_id as number | undefined);
      case "sendChatAction":
        this.store.resolveSendChat(p.chat_id);
        return true;
      case "copyMessage":
        return this.copyOrForward(p, "copy");
      case "forwardMessage":
        return this.copyOrForward(p, "forward");
      default:
        if (SENDING_METHODS.has(method) && p.chat_id !== undefined) {
          const chat = this.store.resolveSendChat(p.chat_id);
          this.takeRateToken(chat.id);
        }
        return true;
    }
  }

  // ───────────────────────────── updates ─────────────────────────────

  /** Hands an update to the bot: direct (onUpdate), webhook, or the polling queue. */
  private async deliver(content: Record<string, unknown>): Promise<Update> {
    const update = { update_id: ++this.updateSeq, ...content } as Update;
    this.emit("update", update);
    if (this.onUpdate) await this.onUpdate(update);
    else await this.delivery.deliver(update);
    return update;
  }

  private takeRateToken(chatId: number): void {
    const wait = this.limiter.take(chatId);
    if (wait > 0) {
      this.stats.tooManyRequests++;
      throw tooManyRequests(wait);
    }
  }

  // ───────────────────────────── sending ─────────────────────────────

  /** Inline keyboards stay on the message; reply keyboards are remembered per chat. */
  private applyMarkup(chatId: number, markup: unknown): InlineKeyboardMarkup | undefined {
    if (!markup || typeof markup !== "object") return undefined;
    if ("inline_keyboard" in markup) return markup as InlineKeyboardMarkup;
    if ("keyboard" in markup) this.replyKeyboards.set(chatId, markup);
    if ("remove_keyboard" in markup) this.replyKeyboards.delete(chatId);
    return undefined;
  }

  private storeBotMessage(
    chat: FakeChat,
    content: Omit<BotMessage, "message_id" | "chat_id" | "date" | "edited" | "deleted">,
  ): BotMessage {
    const msg: BotMessage = {
      message_id: this.store.nextMessageId(chat.id),
      chat_id: chat.id,
      date: Math.floor(Date.now() / 1000),
      ...content,
      edited: 0,
      deleted: false,
    };
    this.store.log(chat.id).push({ from: "bot", message: msg });
    this.stats.sentMessages++;
    this.emit("message", msg);
    return msg;
  }

  private toMessage(m: BotMessage): Message {
    const chat = this.store.chatById(m.chat_id) ?? { id: m.chat_id, type: "group" as const };
    return botMessageObject(m, chat, this.bot);
  }

  private sendMessage(p: Params): Message {
    const chat = this.store.resolveSendChat(p.chat_id);
    const formatted = formatText(p.text as string, p.parse_mode, p.entities, "text");
    this.takeRateToken(chat.id);
    const markup = this.applyMarkup(chat.id, p.reply_markup);
    const msg = this.storeBotMessage(chat, {
      text: formatted.text,
      rawText: p.text as string,
      ...(p.parse_mode ? { parse_mode: p.parse_mode as string } : {}),
      ...(formatted.entities ? { entities: formatted.entities } : {}),
      ...(markup ? { reply_markup: markup } : {}),
    });
    return this.toMessage(msg);
  }

  private sendMedia(kind: MediaKind, p: Params): Message {
    const chat = this.store.resolveSendChat(p.chat_id);
    const file = this.files.fromParam(p[kind], kind);
    const caption =
      typeof p.caption === "string" && p.caption !== ""
        ? formatText(p.caption, p.parse_mode, p.caption_entities, "caption")
        : undefined;
    this.takeRateToken(chat.id);
    const markup = this.applyMarkup(chat.id, p.reply_markup);
    const msg = this.storeBotMessage(chat, {
      media: { type: kind, file },
      ...(kind === "document" ? { document: file } : {}),
      ...(kind === "photo" ? { photo: file } : {}),
      ...(caption ? { caption: caption.text } : {}),
      ...(caption?.entities ? { caption_entities: caption.entities } : {}),
      ...(p.parse_mode ? { parse_mode: p.parse_mode as string } : {}),
      ...(markup ? { reply_markup: markup } : {}),
    });
    return this.toMessage(msg);
  }

  private copyOrForward(p: Params, mode: "copy" | "forward"): unknown {
    const from = this.store.chatById(chatIdOf(p.from_chat_id));
    if (!from) throw badRequest("chat not found");
    const entry = this.store
      .log(from.id)
      .find((e) => e.message.message_id === p.message_id && !this.isDeleted(e));
    if (!entry) throw badRequest(`message to ${mode} not found`);
    const chat = this.store.resolveSendChat(p.chat_id);
    const src = entry.from === "bot" ? entry.message : this.userMessageContent(entry.message);
    const caption =
      mode === "copy" && typeof p.caption === "string"
        ? formatText(p.caption, p.parse_mode, p.caption_entities, "caption")
        : undefined;
    this.takeRateToken(chat.id);
    const markup = mode === "copy" ? this.applyMarkup(chat.id, p.reply_markup) : undefined;
    const msg = this.storeBotMessage(chat, {
      ...(src.text !== undefined ? { text: src.text, rawText: src.text } : {}),
      ...(src.entities ? { entities: src.entities } : {}),
      ...(src.media ? { media: src.media } : {}),
      ...(src.media?.type === "document" ? { document: src.media.file } : {}),
      ...(src.media?.type === "photo" ? { photo: src.media.file } : {}),
      ...(caption ? { caption: caption.text } : src.caption ? { caption: src.caption } : {}),
      ...(markup ? { reply_markup: markup } : {}),
    });
    if (mode === "copy") return { message_id: msg.message_id };
    const origin =
      entry.from === "user"
        ? { type: "user", sender_user: entry.message.from, date: entry.message.date }
        : { type: "user", sender_user: botUserObject(this.bot), date: entry.message.date };
    return { ...this.toMessage(msg), forward_origin: origin };
  }

  /** Content of a user message as a BotMessage-like shape (for copy/forward). */
  private userMessageContent(
    m: Message,
  ): Pick<BotMessage, "text" | "entities" | "caption" | "media"> {
    const files = [m.document, m.photo?.[m.photo.length - 1], m.sticker, m.voice].filter(Boolean);
    const fileId = (files[0] as { file_id?: string } | undefined)?.file_id;
    const file = fileId ? this.files.get(fileId) : undefined;
    const type: MediaKind = m.document
      ? "document"
      : m.photo
        ? "photo"
        : m.sticker
          ? "sticker"
          : "voice";
    return {
      ...(m.text !== undefined ? { text: m.text } : {}),
      ...(m.entities ? { entities: m.entities } : {}),
      ...(m.caption ? { caption: m.caption } : {}),
      ...(file ? { media: { type, file } } : {}),
    };
  }

  private isDeleted(e: ChatLogEntry): boolean {
    return e.from === "bot" ? e.message.deleted : e.deleted;
  }

  // ───────────────────────────── editing ─────────────────────────────

  private findBotMessage(p: Params, purpose: "edit" | "delete"): BotMessage {
    if (p.inline_message_id !== undefined) {
      throw badRequest("inline messages are not supported by the fake Telegram server");
    }
    if (p.chat_id === undefined) throw badRequest("chat_id is required");
    if (p.message_id === undefined) throw badRequest("message_id is required");
    const chat = this.store.chatById(chatIdOf(p.chat_id));
    if (!chat) throw badRequest("chat not found");
    const entry = this.store
      .log(chat.id)
      .find((e) => e.from === "bot" && e.message.message_id === p.message_id && !e.message.deleted);
    if (entry?.from !== "bot") throw badRequest(`message to ${purpose} not found`);
    return entry.message;
  }

  private editMessageText(p: Params): Message {
    const msg = this.findBotMessage(p, "edit");
    if (msg.text === undefined) throw badRequest("there is no text in the message to edit");
    const formatted = formatText(p.text as string, p.parse_mode, p.entities, "text");
    const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
    if (
      formatted.text === msg.text &&
      sameJson(formatted.entities, msg.entities) &&
      sameJson(markup, msg.reply_markup)
    ) {
      throw badRequest(NOT_MODIFIED);
    }
    msg.text = formatted.text;
    msg.rawText = p.text as string;
    setOptional(msg, "parse_mode", p.parse_mode as string | undefined);
    setOptional(msg, "entities", formatted.entities);
    setOptional(msg, "reply_markup", markup);
    return this.markEdited(msg);
  }

  private editMessageCaption(p: Params): Message {
    const msg = this.findBotMessage(p, "edit");
    if (!msg.media) throw badRequest("there is no caption in the message to edit");
    const formatted =
      typeof p.caption === "string" && p.caption !== ""
        ? formatText(p.caption, p.parse_mode, p.caption_entities, "caption")
        : undefined;
    const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
    if (
      formatted?.text === msg.caption &&
      sameJson(formatted?.entities, msg.caption_entities) &&
      sameJson(markup, msg.reply_markup)
    ) {
      throw badRequest(NOT_MODIFIED);
    }
    setOptional(msg, "caption", formatted?.text);
    setOptional(msg, "caption_entities", formatted?.entities);
    setOptional(msg, "reply_markup", markup);
    return this.markEdited(msg);
  }

  private editMessageReplyMarkup(p: Params): Message {
    const msg = this.findBotMessage(p, "edit");
    const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
    if (sameJson(markup, msg.reply_markup)) throw badRequest(NOT_MODIFIED);
    setOptional(msg, "reply_markup", markup);
    return this.markEdited(msg);
  }

  private markEdited(msg: BotMessage): Message {
    msg.edited++;
    this.emit("edited", msg);
    return this.toMessage(msg);
  }

  private deleteMessage(p: Params): true {
    const chat = this.store.chatById(chatIdOf(p.chat_id));
    if (!chat) throw badRequest("chat not found");
    const entry = this.store
      .log(chat.id)
      .find((e) => e.message.message_id === p.message_id && !this.isDeleted(e));
    if (!entry) throw badRequest("message to delete not found");
    if (entry.from === "bot") {
      entry.message.deleted = true;
      this.emit("deleted", entry.message);
    } else {
      entry.deleted = true;
      this.emit("change");
    }
    return true;
  }

  private answerCallbackQuery(p: Params): true {
    const id = p.callback_query_id as string;
    const q = this.callbackQueries.get(id);
    if (!q || q.answered) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    q.answered = true;
    this.callbackAnswers.push({
      callback_query_id: id,
      ...(p.text !== undefined ? { text: p.text as string } : {}),
      ...(p.show_alert !== undefined ? { show_alert: p.show_alert as boolean } : {}),
      ...(p.url !== undefined ? { url: p.url as string } : {}),
    });
    return true;
  }

  private getFile(p: Params): unknown {
    const file = this.files.get(p.file_id as string);
    if (!file) throw badRequest("invalid file_id");
    if (file.file_size > MAX_DOWNLOAD_BYTES) throw badRequest("file is too big");
    return {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      file_size: file.file_size,
      file_path: file.file_path,
    };
  }

  // ───────────────────────────── user actions ─────────────────────────────

  /** Registers a user who has started the bot (private chat id = user id). */
  addUser(u: NewUser): FakeUser {
    const user = this.store.addUser(u);
    this.emit("change");
    return user;
  }

  /** The bot was blocked by the user (no update is sent; see myChatMember for that). */
  block(userId: number): void {
    this.ensureUser(userId).blocked = true;
  }

  unblock(userId: number): void {
    this.ensureUser(userId).blocked = false;
  }

  private ensureUser(userId: number): FakeUser {
    return this.store.user(userId) ?? this.addUser({ id: userId });
  }

  private userMessage(chat: FakeChat, user: FakeUser, content: Record<string, unknown>): Message {
    const message = {
      message_id: this.store.nextMessageId(chat.id),
      from: userObject(user),
      chat: chatObject(chat),
      date: Math.floor(Date.now() / 1000),
      ...content,
    } as unknown as Message;
    this.store.log(chat.id).push({ from: "user", message, deleted: false });
    return message;
  }

  /** A private text message from the user (adds the user if needed; writing unblocks the bot). */
  async sendText(userId: number, text: string): Promise<Update> {
    const user = this.ensureUser(userId);
    user.blocked = false;
    const entities = commandEntities(text);
    const message = this.userMessage(privateChat(user), user, {
      text,
      ...(entities.length ? { entities } : {}),
    });
    return this.deliver({ message });
  }

  /** A document upload from the user; the bot can getFile + download it. */
  async sendDocument(userId: number, doc: UserDocument): Promise<Update> {
    const user = this.ensureUser(userId);
    user.blocked = false;
    const file = this.files.add(
      "document",
      doc.file_name,
      doc.mime_type,
      doc.content,
      doc.file_size,
    );
    const message = this.userMessage(privateChat(user), user, {
      document: mediaObject("document", file),
      ...(doc.caption ? { caption: doc.caption } : {}),
    });
    return this.deliver({ message });
  }

  async sendPhoto(userId: number): Promise<Update> {
    return this.sendUserMedia(userId, "photo", "photo.jpg", "image/jpeg");
  }

  async sendSticker(userId: number): Promise<Update> {
    return this.sendUserMedia(userId, "sticker", "sticker.webp", "image/webp");
  }

  async sendVoice(userId: number): Promise<Update> {
    return this.sendUserMedia(userId, "voice", "voice.ogg", "audio/ogg");
  }

  private sendUserMedia(
    userId: number,
    kind: MediaKind,
    name: string,
    mime: string,
  ): Promise<Update> {
    const user = this.ensureUser(userId);
    user.blocked = false;
    const file = this.files.add(kind, name, mime, new TextEncoder().encode(`fake ${kind} bytes`));
    const message = this.userMessage(privateChat(user), user, { [kind]: mediaObject(kind, file) });
    return this.deliver({ message });
  }

  /**
   * The user presses an inline button of a bot message. Throws (test bug) if the message or a
   * button with that callback_data doesn't exist. The bot must answer via answerCallbackQuery.
   */
  async pressButton(userId: number, messageId: number, callbackData: string): Promise<Update> {
    const user = this.ensureUser(userId);
    const msg = this.messages(userId).find((m) => m.message_id === messageId && !m.deleted);
    if (!msg) throw new Error(`pressButton: the bot has no message ${messageId} in chat ${userId}`);
    const buttons: InlineKeyboardButton[] = msg.reply_markup?.inline_keyboard.flat() ?? [];
    if (!buttons.some((b) => "callback_data" in b && b.callback_data === callbackData)) {
      const available = buttons.map((b) =>
        "callback_data" in b ? b.callback_data : `(${b.text})`,
      );
      throw new Error(
        `pressButton: message ${messageId} has no button with callback_data ${JSON.stringify(callbackData)}; available: ${JSON.stringify(available)}`,
      );
    }
    const id = String(4_000_000_000_000 + ++this.callbackSeq);
    this.callbackQueries.set(id, { answered: false });
    return this.deliver({
      callback_query: {
        id,
        from: userObject(user),
        message: this.toMessage(msg),
        chat_instance: String(-1_000_000 - userId),
        data: callbackData,
      },
    });
  }

  /** Whether the bot answered the callback query with that id. */
  callbackQueryAnswered(callbackQueryId: string): boolean {
    return this.callbackQueries.get(callbackQueryId)?.answered === true;
  }

  /** A message from `userId` in the group `groupChatId` (negative; created if new). */
  async sendGroupText(groupChatId: number, userId: number, text: string): Promise<Update> {
    if (groupChatId >= 0) throw new Error(`group chat ids are negative, got ${groupChatId}`);
    const group = this.addGroup(groupChatId);
    const user = this.ensureUser(userId);
    const entities = commandEntities(text);
    const message = this.userMessage(group, user, {
      text,
      ...(entities.length ? { entities } : {}),
    });
    return this.deliver({ message });
  }

  /** Registers a group chat the bot is a member of. */
  addGroup(groupChatId: number, title = `Group ${-groupChatId}`): FakeChat {
    return this.store.addGroup(groupChatId, title);
  }

  /** The user blocks ("kicked") or unblocks/restarts ("member") the bot: a my_chat_member update. */
  async myChatMember(userId: number, status: "kicked" | "member"): Promise<Update> {
    const user = this.ensureUser(userId);
    const old = user.blocked ? "kicked" : "member";
    user.blocked = status === "kicked";
    const botUser = botUserObject(this.bot);
    return this.deliver({
      my_chat_member: {
        chat: chatObject(privateChat(user)),
        from: userObject(user),
        date: Math.floor(Date.now() / 1000),
        old_chat_member:
          old === "kicked"
            ? { status: old, user: botUser, until_date: 0 }
            : { status: old, user: botUser },
        new_chat_member:
          status === "kicked"
            ? { status, user: botUser, until_date: 0 }
            : { status, user: botUser },
      },
    });
  }

  // ───────────────────────────── observation ─────────────────────────────

  /** Current state of the bot's messages in a chat (copies), oldest first, deleted included. */
  messages(chatId: number): BotMessage[] {
    return this.store.botMessages(chatId);
  }

  /** The bot's most recent message in the chat that isn't deleted. */
  lastMessage(chatId: number): BotMessage | undefined {
    return this.messages(chatId)
      .filter((m) => !m.deleted)
      .pop();
  }

  /** Both sides of a chat, oldest first (for the playground). */
  transcript(chatId: number): ChatLogEntry[] {
    return this.store.transcript(chatId);
  }

  users(): FakeUser[] {
    return this.store.users();
  }

  /** Known chats: private chats of added users, then groups. */
  chats(): FakeChat[] {
    return this.store.chats();
  }

  /** Stored file by file_id (bytes in `.content`). */
  file(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  /** Commands stored by setMyCommands for a language (default: none) and scope (default scope). */
  commands(
    languageCode?: string,
    scope?: { type: string; chat_id?: number; user_id?: number },
  ): BotCommand[] {
    return this.myCommands.get(commandsKey(scope, languageCode)) ?? [];
  }

  /** Menu button of a chat (or the default one) as set by setChatMenuButton. */
  menuButton(chatId?: number): unknown {
    return (
      this.menuButtons.get(String(chatId ?? "default")) ??
      (chatId !== undefined ? this.menuButtons.get("default") : undefined) ?? { type: "commands" }
    );
  }

  /** The reply keyboard currently shown in a chat (ReplyKeyboardMarkup), if any. */
  replyKeyboard(chatId: number): unknown {
    return this.replyKeyboards.get(chatId);
  }

  /**
   * Injects a failure for the next `times` calls of `method` (after validation), e.g.
   * `{error_code: 429, description: "Too Many Requests: retry after 1", retry_after: 1}` or a 500.
   * `null` clears it.
   */
  setFault(method: string, fault: Fault | null, times = 1): void {
    if (fault === null) this.faults.delete(method);
    else this.faults.set(method, { fault, remaining: times });
  }

  /**
   * Resolves with the first truthy value of `predicate`, re-checked whenever something happens
   * (every recorded call, update, poll start/end). Rejects after `timeoutMs` with the recent calls.
   */
  waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const finish = () => {
        done = true;
        clearTimeout(timer);
        this.events.off("change", check);
      };
      const check = () => {
        if (done) return;
        try {
          const v = predicate();
          if (v !== undefined && v !== null && v !== false) {
            finish();
            resolve(v);
          }
        } catch (e) {
          finish();
          reject(e);
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(
          new Error(
            `waitFor: condition not met within ${timeoutMs} ms: ${predicate.toString().slice(0, 300)}\nlast calls:\n${this.describeCalls(12)}`,
          ),
        );
      }, timeoutMs);
      this.events.on("change", check);
      check();
    });
  }

  /** A readable list of the last `n` calls (for error messages). */
  describeCalls(n = 20): string {
    const lines = this.calls.slice(-n).map((c) => {
      const params = JSON.stringify(c.params, (_k, v) =>
        v instanceof Uint8Array ? `<${v.length} bytes>` : v,
      );
      const status = c.ok ? "ok" : `${c.errorCode} ${c.description}`;
      return `  ${c.method} ${params.length > 200 ? `${params.slice(0, 200)}…` : params} → ${status}`;
    });
    return lines.length ? lines.join("\n") : "  (no calls)";
  }

  /** Subscribes to events (new/edited/deleted bot messages, calls, updates); returns unsubscribe. */
  on<K extends keyof FakeBotApiEvents>(
    event: K,
    listener: (...args: FakeBotApiEvents[K]) => void,
  ): () => void {
    const l = listener as (...args: unknown[]) => void;
    this.events.on(event, l);
    return () => {
      this.events.off(event, l);
    };
  }

  private emit(event: keyof FakeBotApiEvents | "change", ...args: unknown[]): void {
    if (event !== "change") this.events.emit(event, ...args);
    this.events.emit("change");
  }
}

function jsonResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function commandsKey(scope: unknown, languageCode: unknown): string {
  const s = (scope ?? { type: "default" }) as {
    type?: string;
    chat_id?: unknown;
    user_id?: unknown;
  };
  const parts = [s.type ?? "default", s.chat_id ?? "", s.user_id ?? "", languageCode ?? ""];
  return parts.join("|");
}

function setOptional<K extends keyof BotMessage>(
  msg: BotMessage,
  key: K,
  value: BotMessage[K] | undefined,
): void {
  if (value === undefined) delete msg[key];
  else msg[key] = value;
}

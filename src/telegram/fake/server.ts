/**
 * FakeBotApi: the HTTP side and lifecycle of the fake Bot API, and its control surface.
 *
 * HTTP: Hono on 127.0.0.1:<random port>. `POST|GET /bot<token>/<method>` with a JSON,
 * urlencoded or multipart body (or query string); files at `GET /file/bot<token>/<file_path>`.
 * Answers `{ok:true,result}` or `{ok:false,error_code,description,parameters?}` with HTTP status =
 * error_code. Wrong token → 401 `Unauthorized`; unknown method → 404 `Not Found: method not found`.
 * Each call is parsed (body.ts), validated (validate.ts), then meets an injected fault (setFault)
 * if any, then runs (methods.ts); every call is recorded in `calls`.
 *
 * The control methods below are one-liners over users.ts (simulated users) and observation.ts
 * (what tests read), which hold their documentation.
 */
import type { AddressInfo } from "node:net";
import { type HttpBindings, type ServerType, serve } from "@hono/node-server";
import type { BotCommand, Update } from "grammy/types";
import { Hono } from "hono";
import { parseRequestBody } from "./body.js";
import type { NewUser } from "./chat-store.js";
import { TelegramApiError } from "./errors.js";
import { callMethod } from "./methods.js";
import * as observe from "./observation.js";
import { FakeState, type Params } from "./state.js";
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
  RecordedCall,
  StoredFile,
  UserDocument,
} from "./types.js";
import * as userActions from "./users.js";
import { canonicalMethod, validateParams } from "./validate.js";

export class FakeBotApi {
  readonly token: string;
  readonly botUsername: string;
  readonly botId: number;
  /** every API call, in completion order */
  readonly calls: RecordedCall[];
  /** answerCallbackQuery calls that were accepted */
  readonly callbackAnswers: CallbackAnswer[];
  readonly stats: ApiStats;

  private readonly s: FakeState;
  private port = 0;
  private server: ServerType | undefined;
  private readonly faults = new Map<string, { fault: Fault; remaining: number }>();
  private latencyMs = 0;
  private outage = false;
  /** calls that met `setOutage` (answered 502 without acting) */
  outageCalls = 0;

  private constructor(opts: FakeBotApiOptions) {
    this.s = new FakeState(opts);
    this.token = this.s.token;
    this.botUsername = this.s.bot.username;
    this.botId = this.s.bot.id;
    this.calls = this.s.calls;
    this.callbackAnswers = this.s.callbackAnswers;
    this.stats = this.s.stats;
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
    return this.s.delivery.polling;
  }

  /** Direct delivery mode: set by a test harness; awaited for each update (see users.ts). */
  get onUpdate(): ((update: Update) => unknown) | undefined {
    return this.s.onUpdate;
  }

  set onUpdate(handler: ((update: Update) => unknown) | undefined) {
    this.s.onUpdate = handler;
  }

  private listen(): Promise<void> {
    const app = new Hono<{ Bindings: HttpBindings }>();
    app.get("/file/:bot/*", (c) => this.serveFile(c.req.param("bot"), c.req.path));
    app.all("/:bot/:method", (c) =>
      this.handleCall(c.req.param("bot"), c.req.param("method"), c.req.raw, () =>
        c.env.incoming.socket.destroy(),
      ),
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
    this.s.delivery.close();
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ("closeAllConnections" in server) server.closeAllConnections();
    });
  }

  private async handleCall(
    botPart: string,
    methodName: string,
    req: Request,
    dropConnection: () => void,
  ): Promise<Response> {
    let method = methodName;
    let params: Params = {};
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (this.outage) {
      this.outageCalls++;
      return jsonResponse({ ok: false, error_code: 502, description: "Bad Gateway" }, 502);
    }
    try {
      if (botPart !== `bot${this.token}`) throw new TelegramApiError(401, "Unauthorized");
      const canonical = canonicalMethod(methodName);
      if (!canonical) throw new TelegramApiError(404, "Not Found: method not found");
      method = canonical;
      const body = await parseRequestBody(req);
      params = { ...body.fields };
      params = validateParams(method, body, this.s.strict);
      const fault = this.takeFault(method);
      if (fault && !fault.after) {
        if (fault.drop) return this.drop(dropConnection);
        throw fault.error;
      }
      const result = await callMethod(this.s, method, params, req.signal);
      this.s.record({ method, params, ok: true, at: this.s.now() });
      if (fault?.drop) return this.drop(dropConnection);
      if (fault) return jsonResponse(fault.error.toJSON(), fault.error.errorCode);
      return jsonResponse({ ok: true, result }, 200);
    } catch (e) {
      const err =
        e instanceof TelegramApiError
          ? e
          : new TelegramApiError(
              500,
              `Internal Server Error: ${e instanceof Error ? e.message : String(e)}`,
            );
      this.s.record({
        method,
        params,
        ok: false,
        errorCode: err.errorCode,
        description: err.description,
        at: this.s.now(),
      });
      return jsonResponse(err.toJSON(), err.errorCode);
    }
  }

  private serveFile(botPart: string, path: string): Response {
    if (botPart !== `bot${this.token}`) {
      return jsonResponse({ ok: false, error_code: 401, description: "Unauthorized" }, 401);
    }
    const filePath = decodeURIComponent(path.slice(`/file/${botPart}/`.length));
    const file = this.s.files.getByPath(filePath);
    if (!file) return jsonResponse({ ok: false, error_code: 404, description: "Not Found" }, 404);
    return new Response(file.content, {
      status: 200,
      headers: { "content-type": file.mime_type ?? "application/octet-stream" },
    });
  }

  /**
   * Injects a failure for the next `times` calls of `method` (after validation), e.g.
   * `{error_code: 429, description: "Too Many Requests: retry after 1", retry_after: 1}` or a 500;
   * with `when: "after"` the call takes effect first (a lost answer). `null` clears it.
   */
  setFault(method: string, fault: Fault | null, times = 1): void {
    if (fault === null) this.faults.delete(method);
    else this.faults.set(method, { fault, remaining: times });
  }

  private takeFault(
    method: string,
  ): { error: TelegramApiError; after: boolean; drop: boolean } | undefined {
    const f = this.faults.get(method);
    if (!f || f.remaining <= 0) return undefined;
    f.remaining--;
    if (f.remaining <= 0) this.faults.delete(method);
    const { error_code, description, retry_after } = f.fault;
    const error = new TelegramApiError(
      error_code,
      description,
      retry_after !== undefined ? { retry_after } : undefined,
    );
    return { error, after: f.fault.after ?? false, drop: f.fault.drop ?? false };
  }

  /** The connection closes without an answer (the client sees a network error). */
  private drop(dropConnection: () => void): Response {
    dropConnection();
    return new Response(null, { status: 500 });
  }

  /** Every call waits `ms` before it is handled (a slow Telegram); 0 = none. */
  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  /** Telegram down: every call answers 502 Bad Gateway without acting, until switched off. */
  setOutage(on: boolean): void {
    this.outage = on;
  }

  // ─────────────── simulated users (users.ts) ───────────────

  addUser(u: NewUser): FakeUser {
    return userActions.addUser(this.s, u);
  }
  block(userId: number): void {
    userActions.block(this.s, userId);
  }
  unblock(userId: number): void {
    userActions.unblock(this.s, userId);
  }
  /** `replyTo`: the bot message the user replies to (Telegram's "Reply") */
  sendText(userId: number, text: string, replyTo?: number): Promise<Update> {
    return userActions.sendText(this.s, userId, text, replyTo);
  }
  editText(userId: number, messageId: number, text: string): Promise<Update> {
    return userActions.editText(this.s, userId, messageId, text);
  }
  sendDocument(userId: number, doc: UserDocument): Promise<Update> {
    return userActions.sendDocument(this.s, userId, doc);
  }
  sendPhoto(userId: number): Promise<Update> {
    return userActions.sendUserMedia(this.s, userId, "photo");
  }
  sendSticker(userId: number): Promise<Update> {
    return userActions.sendUserMedia(this.s, userId, "sticker");
  }
  sendVoice(userId: number): Promise<Update> {
    return userActions.sendUserMedia(this.s, userId, "voice");
  }
  pressButton(userId: number, messageId: number, callbackData: string): Promise<Update> {
    return userActions.pressButton(this.s, userId, messageId, callbackData);
  }
  sendGroupText(groupChatId: number, userId: number, text: string): Promise<Update> {
    return userActions.sendGroupText(this.s, groupChatId, userId, text);
  }
  addGroup(groupChatId: number, title?: string): FakeChat {
    return userActions.addGroup(this.s, groupChatId, title);
  }
  myChatMember(userId: number, status: "kicked" | "member"): Promise<Update> {
    return userActions.myChatMember(this.s, userId, status);
  }

  // ─────────────── observation (observation.ts) ───────────────

  messages(chatId: number): BotMessage[] {
    return observe.messages(this.s, chatId);
  }
  lastMessage(chatId: number): BotMessage | undefined {
    return observe.lastMessage(this.s, chatId);
  }
  transcript(chatId: number): ChatLogEntry[] {
    return observe.transcript(this.s, chatId);
  }
  users(): FakeUser[] {
    return observe.users(this.s);
  }
  chats(): FakeChat[] {
    return observe.chats(this.s);
  }
  file(fileId: string): StoredFile | undefined {
    return observe.file(this.s, fileId);
  }
  callbackQueryAnswered(callbackQueryId: string): boolean {
    return observe.callbackQueryAnswered(this.s, callbackQueryId);
  }
  commands(
    languageCode?: string,
    scope?: { type: string; chat_id?: number; user_id?: number },
  ): BotCommand[] {
    return observe.commands(this.s, languageCode, scope);
  }
  /** Menu button of a chat (or the default one) as set by setChatMenuButton. */
  menuButton(chatId?: number): unknown {
    return this.s.menuButton(chatId);
  }
  replyKeyboard(chatId: number): unknown {
    return observe.replyKeyboard(this.s, chatId);
  }
  waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs?: number): Promise<T> {
    return observe.waitFor(this.s, predicate, timeoutMs);
  }
  describeCalls(n?: number): string {
    return observe.describeCalls(this.s, n);
  }
  on<K extends keyof FakeBotApiEvents>(
    event: K,
    listener: (...args: FakeBotApiEvents[K]) => void,
  ): () => void {
    return observe.on(this.s, event, listener);
  }
}

function jsonResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

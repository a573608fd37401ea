import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Api, Bot, GrammyError, InputFile, webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { FakeBotApi, type FakeBotApiOptions } from "../src/telegram/fake-bot-api.js";

const USER = 1001;
const opened: FakeBotApi[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((f) => f.close()));
});

async function setup(opts: FakeBotApiOptions = {}): Promise<{ fake: FakeBotApi; api: Api }> {
  const fake = await FakeBotApi.start(opts);
  opened.push(fake);
  fake.addUser({ id: USER, first_name: "Айгерим", language_code: "ru" });
  return { fake, api: new Api(fake.token, { apiRoot: fake.apiRoot }) };
}

/** A manual clock for the rate limiter. */
function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

async function rawCall(fake: FakeBotApi, method: string, body: unknown, token = fake.token) {
  const res = await fetch(`${fake.apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

function apiError(code: number, description: string | RegExp) {
  return expect.objectContaining({
    error_code: code,
    description: typeof description === "string" ? description : expect.stringMatching(description),
  });
}

const keyboard = (data: string, text = "Да") => ({
  inline_keyboard: [[{ text, callback_data: data }]],
});

describe("basics", () => {
  it("getMe describes the bot", async () => {
    const { api } = await setup({ botUsername: "my_bot" });
    const me = await api.getMe();
    expect(me).toMatchObject({ id: 123456, is_bot: true, username: "my_bot" });
  });

  it("sendMessage stores and records the message", async () => {
    const { fake, api } = await setup();
    const sent = await api.sendMessage(USER, "Здравствуйте!", { reply_markup: keyboard("yes") });
    expect(sent).toMatchObject({
      message_id: 1,
      chat: { id: USER, type: "private" },
      text: "Здравствуйте!",
    });
    expect(fake.lastMessage(USER)).toMatchObject({
      message_id: 1,
      text: "Здравствуйте!",
      reply_markup: keyboard("yes"),
      edited: 0,
      deleted: false,
    });
    expect(fake.calls.at(-1)).toMatchObject({
      method: "sendMessage",
      ok: true,
      params: { chat_id: USER, text: "Здравствуйте!" },
    });
    expect(fake.stats.sentMessages).toBe(1);
  });

  it("rejects a wrong token with 401 and an unknown method with 404", async () => {
    const { fake } = await setup();
    expect(await rawCall(fake, "getMe", {}, "999:WRONG")).toEqual({
      status: 401,
      json: { ok: false, error_code: 401, description: "Unauthorized" },
    });
    expect(await rawCall(fake, "sendMesage", { chat_id: USER, text: "x" })).toEqual({
      status: 404,
      json: { ok: false, error_code: 404, description: "Not Found: method not found" },
    });
  });

  it("accepts urlencoded bodies and coerces form strings", async () => {
    const { fake } = await setup();
    const res = await fetch(`${fake.apiRoot}/bot${fake.token}/sendMessage`, {
      method: "POST",
      body: new URLSearchParams({
        chat_id: String(USER),
        text: "<b>hi</b>",
        parse_mode: "HTML",
        disable_notification: "true",
        reply_markup: JSON.stringify(keyboard("a")),
      }),
    });
    expect(res.status).toBe(200);
    expect(fake.lastMessage(USER)).toMatchObject({ text: "hi", reply_markup: keyboard("a") });
    expect(fake.calls.at(-1)?.params).toMatchObject({ chat_id: USER, disable_notification: true });
  });
});

describe("parameter validation against the spec", () => {
  it("missing required parameter → 400", async () => {
    const { fake } = await setup();
    expect(await rawCall(fake, "sendMessage", { chat_id: USER })).toEqual({
      status: 400,
      json: { ok: false, error_code: 400, description: "Bad Request: text is required" },
    });
  });

  it("wrong parameter type → 400", async () => {
    const { fake } = await setup();
    const r1 = await rawCall(fake, "sendMessage", { chat_id: USER, text: 5 });
    expect(r1.status).toBe(400);
    expect(r1.json.description).toBe(
      'Bad Request: parameter "text" must be of type String, got number 5',
    );
    const r2 = await rawCall(fake, "sendMessage", { chat_id: { id: 1 }, text: "x" });
    expect(r2.json.description).toMatch(/"chat_id" must be of type Integer or String/);
    const r3 = await rawCall(fake, "sendMessage", { chat_id: USER, text: "x", reply_markup: "[" });
    expect(r3.status).toBe(400);
    const r4 = await rawCall(fake, "getUpdates", { timeout: 1.5 });
    expect(r4.json.description).toMatch(/"timeout" must be of type Integer/);
  });

  it("unknown parameter → 400 (strict by default)", async () => {
    const { fake } = await setup();
    const r = await rawCall(fake, "sendMessage", { chat_id: USER, text: "x", parse_mod: "HTML" });
    expect(r.status).toBe(400);
    expect(r.json.description).toMatch(/unknown parameter "parse_mod" for method sendMessage/);
    expect(fake.messages(USER)).toHaveLength(0);
  });

  it("validates inline keyboards: callback_data bytes, button text, action, count", async () => {
    const { fake, api } = await setup();
    const data64 = "ж".repeat(32); // 64 UTF-8 bytes
    await api.sendMessage(USER, "ok", { reply_markup: keyboard(data64) });
    await expect(
      api.sendMessage(USER, "x", { reply_markup: keyboard(`${data64}a`) }),
    ).rejects.toEqual(apiError(400, "Bad Request: BUTTON_DATA_INVALID"));
    await expect(api.sendMessage(USER, "x", { reply_markup: keyboard("") })).rejects.toEqual(
      apiError(400, "Bad Request: BUTTON_DATA_INVALID"),
    );
    await expect(api.sendMessage(USER, "x", { reply_markup: keyboard("a", "") })).rejects.toEqual(
      apiError(400, "Bad Request: BUTTON_TEXT_EMPTY"),
    );
    const r = await rawCall(fake, "sendMessage", {
      chat_id: USER,
      text: "x",
      reply_markup: { inline_keyboard: [[{ text: "no action" }]] },
    });
    expect(r.json.description).toBe(
      "Bad Request: text buttons are unallowed in the inline keyboard",
    );
    const many = Array.from({ length: 101 }, (_, i) => [{ text: `b${i}`, callback_data: `d${i}` }]);
    await expect(
      api.sendMessage(USER, "x", { reply_markup: { inline_keyboard: many } }),
    ).rejects.toEqual(apiError(400, "Bad Request: REPLY_MARKUP_TOO_LONG"));
    expect(fake.messages(USER)).toHaveLength(1);
  });
});

describe("message text limits and HTML", () => {
  it("too long text → 400, counted after HTML parsing", async () => {
    const { api } = await setup();
    await expect(api.sendMessage(USER, "x".repeat(4097))).rejects.toEqual(
      apiError(400, "Bad Request: message is too long"),
    );
    const ok = await api.sendMessage(USER, `<b>${"x".repeat(4090)}</b>&amp;&lt;`, {
      parse_mode: "HTML",
    });
    expect(ok.text).toHaveLength(4092);
  });

  it("empty text → 400", async () => {
    const { api } = await setup();
    await expect(api.sendMessage(USER, "")).rejects.toEqual(
      apiError(400, "Bad Request: message text is empty"),
    );
    await expect(api.sendMessage(USER, "<b> </b>", { parse_mode: "HTML" })).rejects.toEqual(
      apiError(400, "Bad Request: message text is empty"),
    );
  });

  it("caption longer than 1024 → 400", async () => {
    const { api } = await setup();
    const doc = new InputFile(new Uint8Array([1, 2, 3]), "a.txt");
    await expect(api.sendDocument(USER, doc, { caption: "c".repeat(1025) })).rejects.toEqual(
      apiError(400, "Bad Request: message caption is too long"),
    );
  });

  it("HTML parse errors → 400 can't parse entities at byte offset N", async () => {
    const { api, fake } = await setup();
    const cases: Array<[string, string]> = [
      ["<b>x", `Can't find end tag corresponding to start tag "b" at byte offset 0`],
      ["a < b", `Unsupported start tag "" at byte offset 2`],
      ["привет <script>", `Unsupported start tag "script" at byte offset 13`],
      ["<b>x</i>", `Unmatched end tag, expected "</b>", found "</i>" at byte offset 4`],
      ["x & y", `character "&" must be escaped as "&amp;" at byte offset 2`],
      ['<span class="x">y</span>', `Tag "span" must have class "tg-spoiler" at byte offset 0`],
    ];
    for (const [html, reason] of cases) {
      const err = await api
        .sendMessage(USER, html, { parse_mode: "HTML" })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GrammyError);
      expect(err).toMatchObject({
        error_code: 400,
        description: `Bad Request: can't parse entities: ${reason}`,
      });
    }
    await expect(api.sendMessage(USER, "*x*", { parse_mode: "MarkdownV2" })).rejects.toEqual(
      apiError(400, /MarkdownV2 is not supported by the fake/),
    );
    expect(fake.messages(USER)).toHaveLength(0);
  });

  it("escaped HTML is accepted and produces UTF-16 entities", async () => {
    const { api, fake } = await setup();
    const html =
      '🙂 <b>Жалоба</b> &lt;3 &amp; <i>ok</i> <a href="https://egov.kz/?a=1&amp;b=2">сайт</a>\n' +
      '<pre><code class="language-ts">const x = 1;</code></pre><code>c</code> ' +
      '<span class="tg-spoiler">s</span> <blockquote expandable>q</blockquote> &#8470;&#x41;';
    const sent = await api.sendMessage(USER, html, { parse_mode: "HTML" });
    expect(sent.text).toBe("🙂 Жалоба <3 & ok сайт\nconst x = 1;c s q №A");
    expect(sent.entities).toEqual([
      { type: "bold", offset: 3, length: 6 },
      { type: "italic", offset: 15, length: 2 },
      { type: "text_link", offset: 18, length: 4, url: "https://egov.kz/?a=1&b=2" },
      { type: "pre", offset: 23, length: 12, language: "ts" },
      { type: "code", offset: 35, length: 1 },
      { type: "spoiler", offset: 37, length: 1 },
      { type: "expandable_blockquote", offset: 39, length: 1 },
    ]);
    expect(fake.lastMessage(USER)).toMatchObject({
      rawText: html,
      parse_mode: "HTML",
      entities: sent.entities,
    });
  });
});

describe("chats", () => {
  it("unknown user → 403 can't initiate conversation", async () => {
    const { api } = await setup();
    await expect(api.sendMessage(5555, "hi")).rejects.toEqual(
      apiError(403, "Forbidden: bot can't initiate conversation with a user"),
    );
  });

  it("blocked user → 403 bot was blocked by the user; myChatMember toggles it", async () => {
    const { api, fake } = await setup();
    const updates: Update[] = [];
    fake.onUpdate = (u) => {
      updates.push(u);
    };
    fake.block(USER);
    await expect(api.sendMessage(USER, "hi")).rejects.toEqual(
      apiError(403, "Forbidden: bot was blocked by the user"),
    );
    await fake.myChatMember(USER, "member");
    await api.sendMessage(USER, "hi");
    await fake.myChatMember(USER, "kicked");
    await expect(api.sendChatAction(USER, "typing")).rejects.toEqual(
      apiError(403, "Forbidden: bot was blocked by the user"),
    );
    expect(updates.at(-1)?.my_chat_member).toMatchObject({
      chat: { id: USER, type: "private" },
      old_chat_member: { status: "member" },
      new_chat_member: { status: "kicked", user: { is_bot: true } },
    });
  });

  it("group messages; unknown group → 400 chat not found", async () => {
    const { api, fake } = await setup();
    const seen: Update[] = [];
    fake.onUpdate = (u) => {
      seen.push(u);
    };
    const u = await fake.sendGroupText(-100200, USER, "/help@review_test_bot please");
    expect(u.message).toMatchObject({
      chat: { id: -100200, type: "group" },
      from: { id: USER },
      entities: [{ type: "bot_command", offset: 0, length: 21 }],
    });
    expect(seen).toEqual([u]);
    await api.sendMessage(-100200, "ok");
    await expect(api.sendMessage(-999, "hi")).rejects.toEqual(
      apiError(400, "Bad Request: chat not found"),
    );
    await expect(api.sendMessage("@nobody", "hi")).rejects.toEqual(
      apiError(400, "Bad Request: chat not found"),
    );
  });
});

describe("editing and deleting", () => {
  it("identical edit → message is not modified; missing → not found", async () => {
    const { api, fake } = await setup();
    const m = await api.sendMessage(USER, "<b>Вопрос</b>", {
      parse_mode: "HTML",
      reply_markup: keyboard("a"),
    });
    await expect(
      api.editMessageText(USER, m.message_id, "<b>Вопрос</b>", {
        parse_mode: "HTML",
        reply_markup: keyboard("a"),
      }),
    ).rejects.toEqual(
      apiError(
        400,
        "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
      ),
    );
    await expect(
      api.editMessageReplyMarkup(USER, m.message_id, { reply_markup: keyboard("a") }),
    ).rejects.toEqual(apiError(400, /message is not modified/));
    // same text without markup removes the keyboard: that is a modification
    await api.editMessageText(USER, m.message_id, "<b>Вопрос</b>", { parse_mode: "HTML" });
    expect(fake.lastMessage(USER)).toMatchObject({ text: "Вопрос", edited: 1 });
    expect(fake.lastMessage(USER)?.reply_markup).toBeUndefined();
    await api.editMessageReplyMarkup(USER, m.message_id, { reply_markup: keyboard("b") });
    expect(fake.lastMessage(USER)).toMatchObject({ edited: 2, reply_markup: keyboard("b") });
    await expect(api.editMessageText(USER, 999, "x")).rejects.toEqual(
      apiError(400, "Bad Request: message to edit not found"),
    );
    await api.deleteMessage(USER, m.message_id);
    expect(fake.messages(USER)[0]?.deleted).toBe(true);
    expect(fake.lastMessage(USER)).toBeUndefined();
    await expect(api.deleteMessage(USER, m.message_id)).rejects.toEqual(
      apiError(400, "Bad Request: message to delete not found"),
    );
    await expect(api.editMessageText(USER, m.message_id, "y")).rejects.toEqual(
      apiError(400, "Bad Request: message to edit not found"),
    );
  });
});

describe("callback queries", () => {
  it("pressButton delivers a callback_query; answered once; recorded", async () => {
    const { api, fake } = await setup();
    const m = await api.sendMessage(USER, "Оцените", { reply_markup: keyboard("rate:5", "5") });
    fake.onUpdate = async (u) => {
      if (u.callback_query) {
        await api.answerCallbackQuery(u.callback_query.id, { text: "Спасибо", show_alert: true });
      }
    };
    const u = await fake.pressButton(USER, m.message_id, "rate:5");
    const id = u.callback_query?.id ?? "";
    expect(u.callback_query).toMatchObject({
      from: { id: USER },
      data: "rate:5",
      message: { message_id: m.message_id, text: "Оцените", chat: { id: USER } },
    });
    expect(fake.callbackAnswers).toEqual([
      { callback_query_id: id, text: "Спасибо", show_alert: true },
    ]);
    expect(fake.callbackQueryAnswered(id)).toBe(true);
    const tooOld =
      "Bad Request: query is too old and response timeout expired or query ID is invalid";
    await expect(api.answerCallbackQuery(id)).rejects.toEqual(apiError(400, tooOld));
    await expect(api.answerCallbackQuery("nope")).rejects.toEqual(apiError(400, tooOld));
    await expect(fake.pressButton(USER, m.message_id, "rate:4")).rejects.toThrow(
      /no button with callback_data/,
    );
  });
});

describe("rate limits (injected clock, no waiting)", () => {
  it("per-chat burst → 429 with retry_after; rejected calls send nothing", async () => {
    const clock = manualClock();
    const { api, fake } = await setup({ perChatBurst: 3, perChatPerSecond: 1, now: clock.now });
    for (let i = 0; i < 3; i++) await api.sendMessage(USER, `m${i}`);
    const err = await api.sendMessage(USER, "m3").catch((e: unknown) => e);
    expect(err).toMatchObject({
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    await expect(api.sendMessage(USER, "m3")).rejects.toMatchObject({ error_code: 429 });
    expect(fake.messages(USER)).toHaveLength(3);
    expect(fake.stats).toEqual({ tooManyRequests: 2, sentMessages: 3 });
    clock.advance(999);
    await expect(api.sendMessage(USER, "m3")).rejects.toMatchObject({ error_code: 429 });
    clock.advance(1);
    await api.sendMessage(USER, "m3");
    expect(fake.messages(USER).map((m) => m.text)).toEqual(["m0", "m1", "m2", "m3"]);
  });

  it("retry_after counts seconds until a token is available at slow refill rates", async () => {
    const clock = manualClock();
    const { api } = await setup({ perChatBurst: 1, perChatPerSecond: 0.25, now: clock.now });
    await api.sendMessage(USER, "a");
    await expect(api.sendMessage(USER, "b")).rejects.toMatchObject({
      parameters: { retry_after: 4 },
    });
    clock.advance(2500);
    await expect(api.sendMessage(USER, "b")).rejects.toMatchObject({
      parameters: { retry_after: 2 },
    });
  });

  it("global rate over many chats → 429", async () => {
    const clock = manualClock();
    const { api, fake } = await setup({ globalPerSecond: 5, now: clock.now });
    for (let id = 1; id <= 6; id++) fake.addUser({ id });
    for (let id = 1; id <= 5; id++) await api.sendMessage(id, "broadcast");
    await expect(api.sendMessage(6, "broadcast")).rejects.toEqual(
      expect.objectContaining({ error_code: 429, parameters: { retry_after: 1 } }),
    );
    clock.advance(200); // 5/s → one token per 200 ms
    await api.sendMessage(6, "broadcast");
    await expect(api.sendMessage(USER, "broadcast")).rejects.toMatchObject({ error_code: 429 });
    expect(fake.stats.sentMessages).toBe(6);
  });
});

describe("update delivery", () => {
  it("getUpdates long polling delivers sendText; offset confirms", async () => {
    const { api, fake } = await setup();
    const poll = api.getUpdates({ timeout: 10 });
    await fake.waitFor(() => fake.polling);
    const handedOver = fake.sendText(USER, "/start abc");
    const updates = await poll;
    expect(updates).toHaveLength(1);
    expect(updates[0]?.message).toMatchObject({
      text: "/start abc",
      from: { id: USER, first_name: "Айгерим", language_code: "ru" },
      chat: { id: USER, type: "private" },
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    });
    await expect(handedOver).resolves.toEqual(updates[0]);
    const id = updates[0]?.update_id ?? 0;
    // not confirmed yet → delivered again
    expect((await api.getUpdates({ timeout: 0 })).map((u) => u.update_id)).toEqual([id]);
    expect(await api.getUpdates({ offset: id + 1, timeout: 0 })).toEqual([]);
    expect((await api.getWebhookInfo()).pending_update_count).toBe(0);
    // queued before the poll: returned immediately, limit respected
    const a = fake.sendText(USER, "a");
    const b = fake.sendText(USER, "b");
    const first = await api.getUpdates({ offset: id + 1, limit: 1, timeout: 10 });
    expect(first.map((u) => u.message?.text)).toEqual(["a"]);
    await a;
    const second = await api.getUpdates({ offset: (first[0]?.update_id ?? 0) + 1, timeout: 10 });
    expect(second.map((u) => u.message?.text)).toEqual(["b"]);
    await b;
  });

  it("webhook: POSTs each update with the secret header; getUpdates conflicts", async () => {
    const { api, fake } = await setup();
    const received: Array<{ headers: IncomingHttpHeaders; body: Update }> = [];
    const server = createServer((req, res) => {
      let data = "";
      req.on("data", (c) => {
        data += c;
      });
      req.on("end", () => {
        received.push({ headers: req.headers, body: JSON.parse(data) as Update });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      await api.setWebhook(url, { secret_token: "s3cret_Token-1" });
      expect((await api.getWebhookInfo()).url).toBe(url);
      const u = await fake.sendText(USER, "привет");
      expect(received).toHaveLength(1);
      expect(received[0]?.headers["x-telegram-bot-api-secret-token"]).toBe("s3cret_Token-1");
      expect(received[0]?.body).toEqual(u);
      await expect(api.getUpdates()).rejects.toMatchObject({ error_code: 409 });
      await api.deleteWebhook();
      expect((await api.getWebhookInfo()).url).toBe("");
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it("direct mode awaits onUpdate; waitFor is event-driven and explains timeouts", async () => {
    const { api, fake } = await setup();
    fake.onUpdate = async (u) => {
      if (u.message?.text) void api.sendMessage(u.message.chat.id, `echo: ${u.message.text}`);
    };
    await fake.sendText(USER, "hi");
    const echoed = await fake.waitFor(
      () => fake.lastMessage(USER)?.text === "echo: hi" && fake.lastMessage(USER),
    );
    expect(echoed).toMatchObject({ text: "echo: hi" });
    await expect(fake.waitFor(() => fake.lastMessage(USER)?.text === "never", 30)).rejects.toThrow(
      /waitFor: condition not met within 30 ms[\s\S]*sendMessage/,
    );
  });
});

describe("a real grammY Bot", () => {
  it("long polling with bot.start(): commands, callback buttons, stop", async () => {
    const { fake } = await setup();
    const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
    bot.command("start", (ctx) =>
      ctx.reply(`Привет, <b>${ctx.match}</b>`, {
        parse_mode: "HTML",
        reply_markup: keyboard("go"),
      }),
    );
    bot.callbackQuery("go", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "ok" });
      await ctx.editMessageText("Поехали");
    });
    const running = bot.start({ drop_pending_updates: true });
    await fake.waitFor(() => fake.polling);
    await fake.sendText(USER, "/start Айгерим");
    const greeting = await fake.waitFor(() => fake.lastMessage(USER));
    expect(greeting).toMatchObject({
      text: "Привет, Айгерим",
      entities: [{ type: "bold", offset: 8, length: 7 }],
    });
    await fake.pressButton(USER, greeting.message_id, "go");
    await fake.waitFor(() => fake.lastMessage(USER)?.edited === 1);
    expect(fake.lastMessage(USER)?.text).toBe("Поехали");
    expect(fake.callbackAnswers).toHaveLength(1);
    await bot.stop();
    await running;
    expect(fake.calls.filter((c) => !c.ok)).toEqual([]);
  });

  it("webhook with grammY webhookCallback and secret token", async () => {
    const { fake } = await setup();
    const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
    bot.on("message:text", (ctx) => ctx.reply(`echo ${ctx.message.text}`));
    await bot.init();
    const handler = webhookCallback(bot, "std/http", { secretToken: "tok" });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: handler, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    try {
      const port = (server.address() as AddressInfo).port;
      await bot.api.setWebhook(`http://127.0.0.1:${port}/`, { secret_token: "tok" });
      await fake.sendText(USER, "hello");
      // the webhook answered only after the handler finished
      expect(fake.lastMessage(USER)?.text).toBe("echo hello");
      await bot.api.setWebhook(`http://127.0.0.1:${port}/`, { secret_token: "wrong" });
      await expect(fake.sendText(USER, "again")).rejects.toThrow(/answered 401/);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe("files", () => {
  it("sendDocument multipart round-trips bytes; getFile + download", async () => {
    const { api, fake } = await setup();
    const bytes = new Uint8Array(Array.from({ length: 3000 }, (_, i) => i % 256));
    const sent = await api.sendDocument(USER, new InputFile(bytes, "Отчёт 2025.pdf"), {
      caption: "<b>Отчёт</b>",
      parse_mode: "HTML",
      reply_markup: keyboard("ack"),
    });
    expect(sent.document).toMatchObject({
      file_name: "Отчёт 2025.pdf",
      mime_type: "application/pdf",
      file_size: 3000,
    });
    expect(sent.caption).toBe("Отчёт");
    const stored = fake.lastMessage(USER);
    expect(stored?.document?.content).toEqual(bytes);
    expect(stored?.reply_markup).toEqual(keyboard("ack"));
    expect(fake.calls.at(-1)?.params).toMatchObject({ chat_id: USER, parse_mode: "HTML" });

    const file = await api.getFile(sent.document?.file_id ?? "");
    const res = await fetch(`${fake.apiRoot}/file/bot${fake.token}/${file.file_path}`);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);

    // resend by file_id
    const again = await api.sendDocument(USER, sent.document?.file_id ?? "");
    expect(again.document?.file_id).toBe(sent.document?.file_id);
    await expect(api.sendDocument(USER, "no-such-id")).rejects.toEqual(
      apiError(400, "Bad Request: wrong file identifier/HTTP URL specified"),
    );
  });

  it("a user's document can be fetched; files over 20 MB → file is too big", async () => {
    const { api, fake } = await setup();
    const docs: Update[] = [];
    fake.onUpdate = (u) => {
      docs.push(u);
    };
    const content = new TextEncoder().encode("name;score\nЦОН;5\n");
    await fake.sendDocument(USER, { file_name: "scores.csv", mime_type: "text/csv", content });
    const doc = docs[0]?.message?.document;
    expect(doc).toMatchObject({
      file_name: "scores.csv",
      mime_type: "text/csv",
      file_size: content.length,
    });
    const file = await api.getFile(doc?.file_id ?? "");
    const res = await fetch(`${fake.apiRoot}/file/bot${fake.token}/${file.file_path}`);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(content);

    const limit = 20 * 1024 * 1024;
    await fake.sendDocument(USER, {
      file_name: "ok.pdf",
      mime_type: "application/pdf",
      content,
      file_size: limit,
    });
    await fake.sendDocument(USER, {
      file_name: "big.pdf",
      mime_type: "application/pdf",
      content,
      file_size: limit + 1,
    });
    await api.getFile(docs[1]?.message?.document?.file_id ?? "");
    await expect(api.getFile(docs[2]?.message?.document?.file_id ?? "")).rejects.toEqual(
      apiError(400, "Bad Request: file is too big"),
    );
    const missing = await fetch(`${fake.apiRoot}/file/bot${fake.token}/documents/nope.pdf`);
    expect(missing.status).toBe(404);
  });

  it("user photo, sticker and voice messages carry file objects", async () => {
    const { fake } = await setup();
    const seen: Update[] = [];
    fake.onUpdate = (u) => {
      seen.push(u);
    };
    await fake.sendPhoto(USER);
    await fake.sendSticker(USER);
    await fake.sendVoice(USER);
    expect(seen[0]?.message?.photo?.[0]?.file_id).toBeTruthy();
    expect(seen[1]?.message?.sticker?.type).toBe("regular");
    expect(seen[2]?.message?.voice?.mime_type).toBe("audio/ogg");
  });
});

describe("commands, menu button, faults", () => {
  it("setMyCommands is stored per language and scope", async () => {
    const { api, fake } = await setup();
    await api.setMyCommands([{ command: "start", description: "Начать" }], { language_code: "ru" });
    await api.setMyCommands([{ command: "start", description: "Бастау" }], { language_code: "kk" });
    await api.setMyCommands([{ command: "stats", description: "Stats" }], {
      scope: { type: "chat", chat_id: USER },
    });
    expect(fake.commands("ru")).toEqual([{ command: "start", description: "Начать" }]);
    expect(fake.commands("kk")?.[0]?.description).toBe("Бастау");
    expect(fake.commands()).toEqual([]);
    expect(fake.commands(undefined, { type: "chat", chat_id: USER })).toHaveLength(1);
    expect(await api.getMyCommands({ language_code: "ru" })).toEqual(fake.commands("ru"));
    await api.deleteMyCommands({ language_code: "ru" });
    expect(fake.commands("ru")).toEqual([]);
    await expect(api.setMyCommands([{ command: "Bad-Command", description: "x" }])).rejects.toEqual(
      apiError(400, "Bad Request: BOT_COMMAND_INVALID"),
    );
    await api.setChatMenuButton({ menu_button: { type: "commands" } });
    expect(fake.menuButton()).toEqual({ type: "commands" });
  });

  it("setFault injects errors for the next N calls of a method", async () => {
    const { api, fake } = await setup();
    fake.setFault("sendMessage", { error_code: 500, description: "Internal Server Error" }, 2);
    await expect(api.sendMessage(USER, "a")).rejects.toEqual(
      apiError(500, "Internal Server Error"),
    );
    await expect(api.sendMessage(USER, "a")).rejects.toEqual(
      apiError(500, "Internal Server Error"),
    );
    await api.sendMessage(USER, "a");
    fake.setFault("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 7",
      retry_after: 7,
    });
    await expect(api.sendMessage(USER, "b")).rejects.toMatchObject({
      error_code: 429,
      parameters: { retry_after: 7 },
    });
    fake.setFault("getMe", { error_code: 502, description: "Bad Gateway" }, 5);
    fake.setFault("getMe", null);
    await api.getMe();
    expect(fake.messages(USER).map((m) => m.text)).toEqual(["a"]);
    expect(fake.calls.filter((c) => !c.ok).map((c) => c.errorCode)).toEqual([500, 500, 429]);
  });

  it("other spec methods are validated and return true", async () => {
    const { api, fake } = await setup();
    expect(await api.setMyDescription("Отзывы о госуслугах")).toBe(true);
    const r = await rawCall(fake, "setMyDescription", { description: 1 });
    expect(r.status).toBe(400);
  });
});

describe("simulator control API", () => {
  it("subscriptions, users/chats, transcript, copy and forward", async () => {
    const { api, fake } = await setup();
    const seen: string[] = [];
    const off = fake.on("message", (m) => seen.push(`new ${m.text}`));
    fake.on("edited", (m) => seen.push(`edited ${m.text}`));
    const a = await api.sendMessage(USER, "a");
    await api.editMessageText(USER, a.message_id, "a2");
    off();
    await api.sendMessage(USER, "b");
    expect(seen).toEqual(["new a", "edited a2"]);

    fake.onUpdate = () => undefined;
    const u = await fake.sendText(USER, "от пользователя");
    expect(fake.transcript(USER).map((e) => e.from)).toEqual(["bot", "bot", "user"]);
    expect(fake.users()).toEqual([
      { id: USER, is_bot: false, first_name: "Айгерим", language_code: "ru", blocked: false },
    ]);
    fake.addGroup(-5, "Комиссия");
    expect(fake.chats().map((c) => c.id)).toEqual([USER, -5]);

    const copy = await api.copyMessage(-5, USER, u.message?.message_id ?? 0);
    expect(fake.messages(-5).find((m) => m.message_id === copy.message_id)?.text).toBe(
      "от пользователя",
    );
    const fwd = await api.forwardMessage(USER, USER, a.message_id);
    expect(fwd).toMatchObject({ text: "a2", forward_origin: { type: "user" } });
    await expect(api.copyMessage(USER, USER, 999)).rejects.toEqual(
      apiError(400, "Bad Request: message to copy not found"),
    );
  });

  it("a second concurrent getUpdates ends the first with 409", async () => {
    const { api, fake } = await setup();
    const first = api.getUpdates({ timeout: 10 });
    await fake.waitFor(() => fake.polling);
    const second = api.getUpdates({ timeout: 10 });
    await expect(first).rejects.toMatchObject({ error_code: 409 });
    await fake.waitFor(() => fake.polling);
    await fake.sendText(USER, "x");
    expect((await second).map((x) => x.message?.text)).toEqual(["x"]);
  });
});

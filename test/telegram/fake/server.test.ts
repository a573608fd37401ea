/**
 * Fake Bot API: HTTP routing, tokens, request bodies (server.ts, body.ts), and a real grammY Bot
 * against the fake.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Bot, webhookCallback } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { closeAll, keyboard, rawCall, setup, USER } from "./setup.js";

afterEach(closeAll);

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

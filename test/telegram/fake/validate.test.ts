/** Fake Bot API: parameter validation against the Bot API spec (validate.ts). */
import { afterEach, describe, expect, it } from "vitest";
import { apiError, closeAll, keyboard, rawCall, setup, USER } from "./setup.js";

afterEach(closeAll);

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

/**
 * Fake Bot API: button presses by simulated users and answerCallbackQuery (users.ts, methods.ts).
 */
import { afterEach, describe, expect, it } from "vitest";
import { apiError, closeAll, keyboard, setup, USER } from "./setup.js";

afterEach(closeAll);

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

/** Fake Bot API: editing and deleting the bot's messages (bot-messages.ts). */
import { afterEach, describe, expect, it } from "vitest";
import { apiError, closeAll, keyboard, setup, USER } from "./setup.js";

afterEach(closeAll);

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

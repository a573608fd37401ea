/**
 * Fake Bot API: what tests read: subscriptions, users/chats, transcripts (observation.ts); copy
 * and forward.
 */
import { afterEach, describe, expect, it } from "vitest";
import { apiError, closeAll, setup, USER } from "./setup.js";

afterEach(closeAll);

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
});

/** Fake Bot API: private chats, blocked users and groups (chat-store.ts). */
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { apiError, closeAll, setup, USER } from "./setup.js";

afterEach(closeAll);

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

/** Fake Bot API: long polling, webhook and direct delivery (update-delivery.ts, users.ts). */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { closeAll, setup, USER } from "./setup.js";

afterEach(closeAll);

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

/** Fake Bot API: flood limits (rate-limit.ts). */
import { afterEach, describe, expect, it } from "vitest";
import { closeAll, manualClock, setup, USER } from "./setup.js";

afterEach(closeAll);

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

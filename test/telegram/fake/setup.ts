/** Shared set-up of the fake Bot API tests: a started fake with one user, and small helpers. */
import { Api } from "grammy";
import { expect } from "vitest";
import { FakeBotApi, type FakeBotApiOptions } from "../../../src/telegram/fake-bot-api.js";

export const USER = 1001;
const opened: FakeBotApi[] = [];

/** Closes every fake started by `setup` (call from afterEach). */
export async function closeAll(): Promise<void> {
  await Promise.all(opened.splice(0).map((f) => f.close()));
}

export async function setup(opts: FakeBotApiOptions = {}): Promise<{ fake: FakeBotApi; api: Api }> {
  const fake = await FakeBotApi.start(opts);
  opened.push(fake);
  fake.addUser({ id: USER, first_name: "Айгерим", language_code: "ru" });
  return { fake, api: new Api(fake.token, { apiRoot: fake.apiRoot }) };
}

/** A manual clock for the rate limiter. */
export function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

export async function rawCall(fake: FakeBotApi, method: string, body: unknown, token = fake.token) {
  const res = await fetch(`${fake.apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export function apiError(code: number, description: string | RegExp) {
  return expect.objectContaining({
    error_code: code,
    description: typeof description === "string" ? description : expect.stringMatching(description),
  });
}

export const keyboard = (data: string, text = "Да") => ({
  inline_keyboard: [[{ text, callback_data: data }]],
});

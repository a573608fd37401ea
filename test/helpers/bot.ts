/**
 * The bot under test: the real app (createApp) with its real grammY HTTP client
 * pointed at a loopback FakeBotApi, on a real database. Updates are delivered
 * directly (fake.onUpdate → bot.handleUpdate), so every user action resolves
 * when the bot has finished handling it: no sleeps, no polling.
 */
import type { Update } from "grammy/types";
import { type App, createApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import {
  type BotMessage,
  FakeBotApi,
  type FakeBotApiOptions,
} from "../../src/telegram/fake-bot-api.js";
import type { OutboxOptions } from "../../src/telegram/outbox.js";
import { createTestDatabase, type TestDatabase } from "./db.js";

export const TEST_TOKEN = "123456789:TEST-token-for-the-fake-api";

export interface Harness {
  fake: FakeBotApi;
  app: App;
  db: TestDatabase;
  /** the clock the app reads; tests move it */
  clock: { now: Date };
  user(id: number, languageCode?: string): TestUser;
  /** what the app logged (with `retryDelaysMs`: the runner's retries and failures) */
  logs: Record<string, unknown>[];
  /** a second app instance on the same database and fake (restart, several instances) */
  restart(): Promise<App>;
  close(): Promise<void>;
}

export interface TestUser {
  id: number;
  /** `replyTo`: the bot message replied to */
  send(text: string, replyTo?: number): Promise<Update>;
  /** presses the inline button whose label contains `label` (or whose data equals it) on the latest message that has it */
  press(label: string | RegExp, messageId?: number): Promise<Update>;
  /** all messages the bot sent to this user, in order, as they are now */
  messages(): BotMessage[];
  last(): BotMessage;
  /** texts of messages sent after `since` (an index into messages()) */
  textsSince(since: number): string[];
  /** the inline button labels of a message */
  buttons(m?: BotMessage): string[];
}

export interface HarnessOptions {
  db?: TestDatabase;
  fake?: FakeBotApiOptions;
  now?: Date;
  env?: Record<string, string>;
  /** outbox pacing/backoff (e.g. no per-chat spacing when a test lives through months in ms) */
  outbox?: OutboxOptions;
  /**
   * Deliver through the app's update runner (in order per chat, transient failures retried after
   * these pauses, then "please repeat") instead of straight to the bot, which throws.
   */
  retryDelaysMs?: readonly number[];
}

export async function startHarness(o: HarnessOptions = {}): Promise<Harness> {
  const db = o.db ?? (await createTestDatabase());
  // Telegram's flood limits run on a clock that moves 2 s per user action: people
  // take seconds to answer, so a bot that bursts within one action is still caught.
  let telegramMs = 0;
  const telegramClock = () => telegramMs + performance.now();
  const fake = await FakeBotApi.start({
    token: TEST_TOKEN,
    perChatBurst: 10,
    now: telegramClock,
    ...o.fake,
  });
  const act = <T>(action: () => Promise<T>) => {
    telegramMs += 2000;
    return action();
  };
  const clock = { now: o.now ?? new Date("2026-04-06T05:00:00Z") }; // Monday 10:00 in Almaty
  const logs: Record<string, unknown>[] = [];
  const logger = o.retryDelaysMs
    ? createLogger("info", { destination: { write: (l: string) => logs.push(JSON.parse(l)) } })
    : createLogger("silent");
  const config = parseConfig({
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    PORT: "0",
    HOST: "127.0.0.1",
    CODE_PEPPER: "test-pepper-test-pepper",
    LOG_LEVEL: "silent",
    ...o.env,
  });
  const build = async () => {
    const app = await createApp(config, {
      database: db,
      logger,
      now: () => clock.now,
      strictI18n: true,
      outbox: o.outbox,
      updateRetryDelaysMs: o.retryDelaysMs,
      // the app paces each chat on Telegram's clock, within the fake's per-chat limits
      budget: {
        clock: o.fake?.now ?? telegramClock,
        perChatBurst: o.fake?.perChatBurst ?? 10,
        perChatPerSecond: o.fake?.perChatPerSecond ?? 1,
      },
    });
    await app.telegram.bot.init();
    return app;
  };
  let app = await build();
  const errors: unknown[] = [];
  const deliver = (a: App) => {
    fake.onUpdate = async (update) => {
      if (o.retryDelaysMs) await a.telegram.runner.handle(update);
      else await a.telegram.bot.handleUpdate(update);
    };
    a.telegram.bot.errorHandler = (err) => {
      errors.push(err.error);
      throw err.error;
    };
  };
  deliver(app);

  const harness: Harness = {
    fake,
    get app() {
      return app;
    },
    db,
    clock,
    logs,
    user(id, languageCode = "ru") {
      fake.addUser({ id, first_name: `User${id}`, language_code: languageCode });
      const messages = () => fake.messages(id).filter((m) => !m.deleted);
      const buttons = (m?: BotMessage) =>
        (m ?? messages().at(-1))?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];
      return {
        id,
        send: (text, replyTo) => act(() => fake.sendText(id, text, replyTo)),
        press(label, messageId) {
          const all = messages();
          const candidates = messageId
            ? all.filter((m) => m.message_id === messageId)
            : [...all].reverse();
          for (const m of candidates) {
            for (const b of m.reply_markup?.inline_keyboard.flat() ?? []) {
              const data = "callback_data" in b ? b.callback_data : undefined;
              if (!data) continue;
              const hit =
                typeof label === "string"
                  ? b.text.includes(label) || data === label
                  : label.test(b.text);
              if (hit) return act(() => fake.pressButton(id, m.message_id, data));
            }
          }
          throw new Error(
            `no button "${label}" in chat ${id}; last buttons: ${JSON.stringify(buttons())}\n${fake.describeCalls(6)}`,
          );
        },
        messages,
        last() {
          const m = messages().at(-1);
          if (!m) throw new Error(`the bot sent nothing to ${id}`);
          return m;
        },
        textsSince: (since) =>
          messages()
            .slice(since)
            .map((m) => m.text ?? ""),
        buttons,
      };
    },
    async restart() {
      // a new process: new bot object, same database; the old one is simply dropped
      app = await build();
      deliver(app);
      return app;
    },
    async close() {
      await fake.close();
      if (!o.db) await db.destroy();
    },
  };
  return harness;
}

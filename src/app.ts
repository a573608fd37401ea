/**
 * The composition root as a value: config → db → migrate → bot → jobs → server,
 * and stop() in reverse. main.ts runs it; tests and benchmarks build their own.
 */

import { type ServerType, serve } from "@hono/node-server";
import type { UserFromGetMe } from "grammy/types";
import { announceSetup, createAdmin } from "../admin/index.js";
import { connectTelegram } from "./bot/connect.js";
import type { InnerContext } from "./bot/context.js";
import type { BotDeps } from "./bot/deps.js";
import { setCommands } from "./bot/features/help.js";
import { ALLOWED_UPDATES, createBot, type TelegramBot } from "./bot/index.js";
import { userLocale } from "./bot/locale.js";
import { type Polling, type PollingOptions, startPolling } from "./bot/polling.js";
import { webhookHandler } from "./bot/webhook.js";
import { type BotMode, botMode, type Config, panelUrl } from "./config.js";
import { type Database, openDatabase } from "./db/client.js";
import { createRepositories } from "./db/repositories/index.js";
import { createI18n } from "./i18n/index.js";
import { type Jobs, startJobs } from "./jobs/scheduler.js";
import { createLogger, type Logger } from "./logger.js";
import { createClaimKeeper } from "./notifications/claims.js";
import { createNotifications, type Notifications } from "./notifications/index.js";
import { loadPepper } from "./secrets.js";
import { createServer, webhookPath } from "./server/index.js";
import { loadAnnualReport } from "./services/annual-report.js";
import { createSharedBudget, type SharedBudgetOptions } from "./telegram/budget.js";
import { FakeBotApi } from "./telegram/fake-bot-api.js";
import {
  createBackgroundApi,
  createOutbox,
  type Outbox,
  type OutboxOptions,
} from "./telegram/outbox.js";

export const SIMULATOR_TOKEN = "1000000001:SIMULATOR-built-in-telegram";

export interface AppOverrides {
  /** an already open database (tests); otherwise one is opened from config */
  database?: Database;
  logger?: Logger;
  now?: () => Date;
  /** known bot identity: skips getMe */
  botInfo?: UserFromGetMe;
  /** throw on missing translations (tests) */
  strictI18n?: boolean;
  /** start-up's wait for Telegram and the backoff of getMe while it is unreachable (tests) */
  connect?: { waitMs?: number; firstDelayMs?: number; maxDelayMs?: number };
  /** pauses before retrying an update that failed for a transient reason (tests) */
  updateRetryDelaysMs?: readonly number[];
  /** pauses of long polling after errors (tests) */
  polling?: Omit<PollingOptions, "logger">;
  /** how long a webhook request waits for its update before answering 200 (tests) */
  webhookTimeoutMs?: number;
  /** pacing/backoff of the outbox (tests, benchmarks) */
  outbox?: OutboxOptions;
  /** the send budget shared by every instance and the bot's replies (tests, benchmarks) */
  budget?: SharedBudgetOptions;
}

export interface App {
  config: Config;
  mode: BotMode;
  logger: Logger;
  database: Database;
  telegram: TelegramBot;
  deps: BotDeps;
  http: ReturnType<typeof createServer>;
  /** messages sent on the product's own initiative (reminders, notifications) */
  outbox: Outbox;
  /** everything sent on the product's own initiative, through one notifier */
  notifications: Notifications;
  /** the reminder planner (node-cron wakes it after start(); tests call jobs.runOnce(now)) */
  jobs: Jobs;
  /** the built-in Telegram, when running without BOT_TOKEN */
  simulator?: FakeBotApi;
  /** listens on PORT (0 = random) and starts taking updates; resolves with the bound port */
  start(): Promise<{ port: number }>;
  /** stops taking updates, lets in-flight ones finish, then closes everything */
  stop(): Promise<void>;
}

export async function createApp(config: Config, o: AppOverrides = {}): Promise<App> {
  const logger =
    o.logger ??
    createLogger(config.LOG_LEVEL, { secrets: [config.BOT_TOKEN, config.WEBHOOK_SECRET] });
  const mode = botMode(config);
  const database =
    o.database ?? (await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR }));
  await database.migrate();

  const pepper = await loadPepper(config.CODE_PEPPER, config.DATA_DIR);
  const i18n = createI18n<InnerContext>({
    strict: o.strictI18n,
    localeNegotiator: (ctx) => userLocale(ctx),
  });
  let simulator: FakeBotApi | undefined;
  let token = config.BOT_TOKEN ?? SIMULATOR_TOKEN;
  let apiRoot = config.TELEGRAM_API_ROOT;
  if (mode === "simulator") {
    simulator = await FakeBotApi.start({
      token: SIMULATOR_TOKEN,
      botUsername: "review_simulator_bot",
    });
    token = SIMULATOR_TOKEN;
    apiRoot = simulator.apiRoot;
  }
  const deps: BotDeps = {
    db: database.db,
    repos: createRepositories(database.db),
    fileBase: `${apiRoot ?? "https://api.telegram.org"}/file/bot${token}/`,
    i18n,
    logger,
    now: o.now ?? (() => new Date()),
    tz: config.TZ_NAME,
    pepper,
    documents: {
      async annualReport({ year, agencyId, lang }) {
        // docx loads on first use, as in the panel
        const { buildAnnualReportDocx } = await import("../admin/documents/annual-report-docx.js");
        const report = await loadAnnualReport(deps, { year, agencyId });
        const agency = (await deps.repos.agencies.byId(agencyId)) ?? null;
        return buildAnnualReportDocx(i18n, report, agency, lang);
      },
    },
  };

  // one send budget for the bot's replies, the reminders and every other instance (30 msg/s)
  const budget = createSharedBudget(deps, {
    name: `bot:${token.split(":")[0]}`,
    local: database.kind === "pglite",
    ...o.budget,
  });
  const telegram = createBot(deps, {
    token,
    apiRoot,
    botInfo: o.botInfo,
    budget,
    retryDelaysMs: o.updateRetryDelaysMs,
  });
  // own Api instance: a fan-out waiting on pacing or retry_after never delays the bot's replies
  // (a 403 is the notifier's business: src/notifications marks the recipient unreachable)
  const outbox = createOutbox(createBackgroundApi(token, apiRoot, budget), {
    pacedByApi: true,
    ...o.outbox,
  });
  // one per app: renews this instance's claims, keeps outcomes through a database outage
  const claims = createClaimKeeper(deps);
  const jobs = startJobs({ ...deps, outbox, claims });
  const botUsername = () =>
    telegram.bot.isInited() ? telegram.bot.botInfo.username : (simulator?.botUsername ?? "bot");
  const notifications = createNotifications(deps, {
    outbox,
    panelUrl: panelUrl(config),
    claims,
  });
  const admin = createAdmin({
    deps,
    database,
    simulator,
    config,
    outbox,
    notifications,
    botUsername,
  });
  const http = createServer({
    database,
    webhook:
      mode === "webhook" && config.WEBHOOK_SECRET
        ? {
            path: webhookPath(token),
            handler: webhookHandler(telegram, {
              secretToken: config.WEBHOOK_SECRET,
              logger,
              timeoutMs: o.webhookTimeoutMs,
            }),
          }
        : undefined,
    admin,
  });

  let server: ServerType | undefined;
  let polling: Polling | undefined;
  const stopping = new AbortController();

  return {
    config,
    mode,
    logger,
    database,
    telegram,
    deps,
    http,
    outbox,
    notifications,
    jobs,
    simulator,
    async start() {
      const { bot } = telegram;
      // the panel and /healthz serve first, whatever Telegram is doing
      const port = await new Promise<number>((resolve, reject) => {
        server = serve({ fetch: http.fetch, port: config.PORT, hostname: config.HOST }, (info) =>
          resolve(info.port),
        );
        server.once("error", reject); // EADDRINUSE and the like: start() fails with the cause
      });
      const connect = async () => {
        await connectTelegram(telegram, { logger, signal: stopping.signal, ...o.connect });
        if (stopping.signal.aborted) return;
        await setCommands(bot.api, deps).catch((err) =>
          logger.warn({ err }, "could not set the command menu"),
        );
        if (mode === "webhook") {
          const url = new URL(webhookPath(bot.token), config.PUBLIC_URL).toString();
          await bot.api.setWebhook(url, {
            secret_token: config.WEBHOOK_SECRET,
            allowed_updates: [...ALLOWED_UPDATES],
          });
        } else {
          await bot.api.deleteWebhook();
          polling = startPolling(telegram, { logger, ...o.polling });
        }
        logger.info({ bot: bot.botInfo.username, mode }, "bot connected");
      };
      const connecting = connect();
      // A refused token fails the start at once; an unreachable Telegram does not.
      const first = await settledWithin(connecting, o.connect?.waitMs ?? 5_000).catch(
        async (err: unknown) => {
          await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
          throw err;
        },
      );
      if (!first) {
        logger.warn(
          "Telegram has not answered yet: the panel runs; the bot connects in the background",
        );
        connecting.catch((err: unknown) => {
          if (!stopping.signal.aborted) logger.error({ err }, "could not connect to Telegram");
        });
      }
      jobs.schedule(config.REMINDER_CRON);
      logger.info({ port, mode, database: database.kind }, "started");
      await announceSetup({ deps, config, logger }, port);
      return { port };
    },
    async stop() {
      stopping.abort();
      // 1. stop taking updates (long polling / new HTTP requests)
      const closing = server
        ? new Promise<void>((r) => server?.close(() => r()))
        : Promise.resolve();
      await polling?.stop();
      // updates waiting to be retried are left to Telegram's redelivery (webhook: not answered)
      telegram.runner.stop();
      // 2. let in-flight updates finish
      await telegram.inFlight.drained();
      await jobs.stop();
      // outcomes kept through a database outage: a last chance to write them
      await claims.flush(3_000);
      claims.close();
      await closing;
      // 3. close the rest
      await simulator?.close();
      await database.close();
      logger.info("stopped");
    },
  };
}

/** True when `p` fulfilled within `ms`, false when it is still pending; rejects when `p` does. */
function settledWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((r) => {
    timer = setTimeout(() => r(false), ms);
  });
  return Promise.race([p.then(() => true), late]).finally(() => clearTimeout(timer));
}

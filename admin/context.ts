/** Types shared by every admin module: the dependencies and the Hono env. */

import type { Config } from "../src/config.js";
import type { Database } from "../src/db/client.js";
import type { AdminRow } from "../src/db/repositories/admins.js";
import type { SessionRow } from "../src/db/repositories/sessions.js";
import type { Locale } from "../src/domain/vocabulary.js";
import type { Translate } from "../src/i18n/index.js";
import type { Logger } from "../src/logger.js";
import type { Notifications } from "../src/notifications/index.js";
import type { CoreDeps } from "../src/services/deps.js";
import type { FakeBotApi } from "../src/telegram/fake-bot-api.js";
import type { Outbox } from "../src/telegram/outbox.js";

export interface AdminDeps {
  deps: CoreDeps;
  database: Database;
  config: Config;
  outbox: Outbox;
  /** everything the product sends on its own initiative (src/notifications) */
  notifications: Notifications;
  /** the bot's @username (for t.me links), once known */
  botUsername: () => string;
  /** the built-in Telegram (no BOT_TOKEN): the playground chats through it */
  simulator?: FakeBotApi;
}

export interface AdminEnv {
  Variables: {
    a: AdminDeps;
    /** the logged-in admin (null on public pages) */
    admin: AdminRow | null;
    session: SessionRow | null;
    locale: Locale;
    t: Translate;
    /** hono/request-id: the X-Request-Id given or generated */
    requestId: string;
    /** the logger of this request: every line carries its requestId */
    log: Logger;
  };
}

/** "admin:3" for the audit log. */
export function actorOf(admin: AdminRow | null): string {
  return admin ? `admin:${admin.id}` : "system";
}

export type Ctx = import("hono").Context<AdminEnv>;

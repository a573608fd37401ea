import type { I18n } from "@grammyjs/i18n";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import type { InnerContext } from "./context.js";

/** Everything the bot's features need from the outside world, passed once at creation. */
export interface BotDeps {
  db: Db;
  i18n: I18n<InnerContext>;
  logger: Logger;
  /** injectable clock (tests move time) */
  now: () => Date;
  tz: string;
  /** base URL of file downloads: `${apiRoot}/file/bot${token}/` */
  fileBase: string;
  /** pepper for hashing one-time codes */
  pepper: string;
}

import type { Db } from "../db/client.js";
import type { Repositories } from "../db/repositories/index.js";
import type { Translations } from "../i18n/index.js";
import type { Logger } from "../logger.js";

/**
 * What services, and the doors above them (bot, admin, jobs), need from the outside world.
 * Built once by the composition root (src/app.ts).
 */
export interface CoreDeps {
  db: Db;
  /** every repository, built once over `db` */
  repos: Repositories;
  i18n: Translations;
  logger: Logger;
  /** injectable clock (tests move time) */
  now: () => Date;
  /** the product's time zone (Asia/Almaty) */
  tz: string;
  /** pepper for hashing one-time codes */
  pepper: string;
}

/**
 * `npm run restore -- FILE` — brings back a snapshot made by `npm run backup`. On the embedded
 * database the current DATA_DIR is moved aside (DATA_DIR.before-restore-<time>), never deleted;
 * the app must be stopped. On a server, pg_restore --clean replaces the tables' contents.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { restoreDatabase } from "../db/backup.js";
import { runCli } from "./run.js";

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error("usage: npm run restore -- FILE");
    return 2;
  }
  const config = await loadConfig();
  const aside = await restoreDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR }, file);
  console.log(`Restored: ${file}`);
  if (aside) console.log(`The data it replaced: ${aside}`);
  return 0;
}

await runCli(main, "stop the app before restoring.");

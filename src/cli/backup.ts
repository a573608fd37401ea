/**
 * `npm run backup [-- --out DIR]` — a consistent snapshot of the configured database
 * (DATABASE_URL: pg_dump; otherwise the embedded one in DATA_DIR, which the app must not be
 * running on) into DIR (default ./backups), named with the time.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { backupDatabase } from "../db/backup.js";
import { runCli } from "./run.js";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const config = await loadConfig();
  const file = await backupDatabase(
    { url: config.DATABASE_URL, dataDir: config.DATA_DIR },
    values.out ?? "backups",
    new Date(),
  );
  console.log(`Backup: ${file}`);
  return 0;
}

await runCli(main, "a backup of the embedded database is taken while the app is stopped.");

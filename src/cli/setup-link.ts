/**
 * `npm run setup-link`: a new one-time setup link (1 hour) for the first secretary, when the one
 * printed at the first start was used up or has expired and nobody has been created yet. Opens
 * the configured database like the app does; refuses while the app holds the embedded database
 * (restart the app instead: it prints a new link itself while there is no admin).
 */
import { loadConfig, panelUrl } from "../config.js";
import { openDatabase } from "../db/client.js";
import { createRepositories } from "../db/repositories/index.js";
import { loadPepper } from "../secrets.js";
import { createSetupLinks } from "../services/setup.js";
import { runCli } from "./run.js";

async function main(): Promise<number> {
  const config = await loadConfig();
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await database.migrate();
    const pepper = await loadPepper(config.CODE_PEPPER, config.DATA_DIR);
    const links = await createSetupLinks({
      admins: createRepositories(database.db).admins,
      pepper,
      now: new Date(),
      port: config.PORT,
      publicUrl: panelUrl(config),
    });
    if (!links) {
      console.error(
        "The panel already has a user: log in at /login (the code comes through the bot). " +
          "New users are added by a secretary on the panel's Users page.",
      );
      return 1;
    }
    console.log(`Setup link (one use, valid 1 hour): ${links.join("  or  ")}`);
    return 0;
  } finally {
    await database.close();
  }
}

await runCli(
  main,
  "restart the app instead (it prints a new setup link while there is no user), or stop it and run this again.",
);

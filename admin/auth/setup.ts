/** First run: the setup link is announced when the app starts (src/services/setup.ts makes it). */
import { panelUrl } from "../../src/config.js";
import type { Repositories } from "../../src/db/repositories/index.js";
import { createSetupLinks } from "../../src/services/setup.js";

export { createSetupLinks, hashSetupToken, SETUP_TTL_MS } from "../../src/services/setup.js";

/** Called from App.start(): logs the setup link on a first run. */
export async function announceSetup(
  app: {
    deps: { repos: Repositories; pepper: string; now: () => Date };
    config: { PUBLIC_URL?: string; ADMIN_URL?: string };
    logger: { info: (obj: object, msg: string) => void };
  },
  port: number,
): Promise<void> {
  const links = await createSetupLinks({
    admins: app.deps.repos.admins,
    pepper: app.deps.pepper,
    now: app.deps.now(),
    port,
    publicUrl: panelUrl(app.config),
  });
  if (!links) return;
  app.logger.info(
    { setupLinks: links },
    `No admin yet. Open this one-time setup link within 1 hour to create the first secretary: ${links.join("  or  ")}`,
  );
}

/** First run: a one-time setup link (1 hour) that creates the first secretary. */
import { createHmac, randomBytes } from "node:crypto";
import { panelUrl } from "../../src/config.js";
import type { Repositories } from "../../src/db/repositories/index.js";

export const SETUP_TTL_MS = 60 * 60 * 1000;

export function hashSetupToken(token: string, pepper: string): string {
  return createHmac("sha256", pepper).update(`setup:${token}`).digest("hex");
}

/**
 * When no admin exists yet, creates a setup token and returns the links to
 * print (localhost with the bound port, and the panel's public address when set: ADMIN_URL or PUBLIC_URL).
 * Returns null when there already is an admin.
 */
export async function createSetupLinks(args: {
  admins: Repositories["admins"];
  pepper: string;
  now: Date;
  port: number;
  publicUrl?: string;
}): Promise<string[] | null> {
  const repo = args.admins;
  if ((await repo.count()) > 0) return null;
  const token = randomBytes(24).toString("base64url");
  await repo.createSetupToken(
    hashSetupToken(token, args.pepper),
    new Date(args.now.getTime() + SETUP_TTL_MS),
  );
  const links = [`http://localhost:${args.port}/setup/${token}`];
  if (args.publicUrl) links.push(new URL(`/setup/${token}`, args.publicUrl).toString());
  return links;
}

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

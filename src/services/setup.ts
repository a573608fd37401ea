/**
 * First run: a one-time setup link (1 hour) that creates the first secretary. Used by the app at
 * start-up and by `npm run setup-link` (a new link while there is still no admin).
 */
import { createHmac, randomBytes } from "node:crypto";
import type { Repositories } from "../db/repositories/index.js";

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

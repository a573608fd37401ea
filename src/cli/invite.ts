/**
 * `npm run invite -- --agency CODE [--services RC1,RC2] [--name ..] [--position ..]
 *   [--campaign ID] [--days 14] [--qr out.png|out.svg] [--bot username]`
 *
 * Creates an invitation for an official of an agency (all of the agency's services in the
 * campaign when --services is absent), prints the code and the deep link, and writes the QR
 * code of the link. Opens the configured database like the app does (config → db → migrate).
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { Api } from "grammy";
import { z } from "zod";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { createRepositories } from "../db/repositories/index.js";
import { formatInviteCode } from "../domain/codes.js";
import { loadPepper } from "../secrets.js";
import { createInvite, inviteQr } from "../services/invites.js";
import { runCli } from "./run.js";

const USAGE =
  "usage: npm run invite -- --agency CODE [--services RC1,RC2] [--name NAME] [--position POSITION] [--campaign ID] [--days 14] [--qr out.png|out.svg] [--bot USERNAME]";

const positiveInt = z
  .string()
  .regex(/^[1-9]\d{0,8}$/, "a positive whole number")
  .transform(Number);
const Args = z.object({
  campaign: positiveInt.optional(),
  days: positiveInt.pipe(z.number().max(365)).optional(),
});

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      agency: { type: "string" },
      services: { type: "string" },
      name: { type: "string" },
      position: { type: "string" },
      campaign: { type: "string" },
      days: { type: "string" },
      qr: { type: "string" },
      bot: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || !values.agency) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const numbers = Args.safeParse({ campaign: values.campaign, days: values.days });
  if (!numbers.success) {
    console.error(
      numbers.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"),
    );
    return 2;
  }
  const { campaign: campaignId, days: ttlDays } = numbers.data;
  const config = await loadConfig();
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await database.migrate();
    const db = database.db;
    const pepper = await loadPepper(config.CODE_PEPPER, config.DATA_DIR);
    const repos = createRepositories(db);
    const [agency] = await repos.agencies.byCodes([values.agency]);
    if (!agency) {
      console.error(`No agency with code ${values.agency}`);
      return 1;
    }
    let serviceIds: number[] | null = null;
    if (values.services) {
      const codes = values.services
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const found = await repos.services.byCodes(codes);
      const missing = codes.filter((c) => !found.some((s) => s.registryCode === c));
      if (missing.length > 0) {
        console.error(`Unknown service registry codes: ${missing.join(", ")}`);
        return 1;
      }
      serviceIds = found.map((s) => s.id);
    }
    let botUsername = values.bot;
    if (!botUsername) {
      if (config.BOT_TOKEN) {
        const api = new Api(
          config.BOT_TOKEN,
          config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : undefined,
        );
        botUsername = (await api.getMe()).username;
      } else {
        botUsername = "review_simulator_bot"; // the built-in simulator (app.ts)
      }
    }
    const invite = await createInvite(
      { db, repos, pepper, now: () => new Date(), botUsername },
      {
        agencyId: agency.id,
        serviceIds,
        fullName: values.name,
        position: values.position,
        campaignId,
        ttlDays,
      },
    );
    console.log(`Code:    ${formatInviteCode(invite.code)}`);
    console.log(`Link:    ${invite.link}`);
    console.log(`Expires: ${invite.expiresAt.toISOString()}`);
    if (values.qr) {
      const format = values.qr.toLowerCase().endsWith(".svg") ? "svg" : "png";
      await writeFile(values.qr, await inviteQr(invite.link, format));
      console.log(`QR:      ${values.qr}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

await runCli(
  main,
  "create the invitation in the admin panel (Invitations), or stop the app and run this again.",
);

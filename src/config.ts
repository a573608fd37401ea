/**
 * One zod schema reads the environment (and `.env` if present). A bad value
 * stops the start with a message that names the variable and says what is expected.
 */
import { isIP } from "node:net";
import { validate as isCronExpression } from "node-cron";
import { z } from "zod";
import { isValidTimeZone } from "./domain/time.js";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const optionalUrl = (what: string) =>
  optionalString.refine((v) => v === undefined || URL.canParse(v), {
    message: `must be a full URL (${what})`,
  });

/** "loopback", an address or a CIDR block (10.0.0.0/8, fd00::/8). */
function isProxyEntry(v: string): boolean {
  if (v === "loopback") return true;
  const [ip, bits, extra] = v.split("/");
  const family = isIP(ip ?? "");
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

export const ConfigSchema = z
  .object({
    BOT_TOKEN: optionalString.refine((v) => v === undefined || /^\d+:[\w-]{10,}$/.test(v), {
      message: "must look like 123456789:AA… (the token BotFather gives)",
    }),
    DATABASE_URL: optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: "must start with postgres:// or postgresql://",
    }),
    DATA_DIR: z.string().trim().min(1).default("./data"),
    PORT: z.coerce
      .number({ message: "must be a number" })
      .int("must be a whole number")
      .min(0)
      .max(65535, "must be at most 65535")
      .default(3000),
    HOST: z.string().default("0.0.0.0"),
    PUBLIC_URL: optionalUrl("e.g. https://review.example.kz"),
    /**
     * The admin panel's public address, for links the product sends (the agenda to members) and
     * the panel's own origin checks. Unset: PUBLIC_URL when set, else no link is sent at all.
     */
    ADMIN_URL: optionalString.refine(
      (v) => v === undefined || (URL.canParse(v) && /^https?:$/.test(new URL(v).protocol)),
      { message: "must be a full http(s) URL of the admin panel (e.g. https://review.example.kz)" },
    ),
    WEBHOOK_SECRET: optionalString.refine(
      (v) => v === undefined || /^[A-Za-z0-9_-]{16,256}$/.test(v),
      { message: "must be 16–256 characters of A–Z, a–z, 0–9, _ or -" },
    ),
    TELEGRAM_API_ROOT: optionalUrl("e.g. http://127.0.0.1:8081 for a self-hosted Bot API server"),
    TZ_NAME: z
      .string()
      .default("Asia/Almaty")
      .refine(isValidTimeZone, { message: "must be an IANA time zone such as Asia/Almaty" }),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    /** Server-side secret mixed into code hashes; generated into DATA_DIR when absent. */
    CODE_PEPPER: optionalString.refine((v) => v === undefined || v.length >= 16, {
      message: "must be at least 16 characters",
    }),
    /**
     * The reverse proxies whose X-Forwarded-For the login rate limit believes (comma-separated
     * "loopback", addresses, CIDR blocks). Unset: the TCP peer is the client.
     */
    TRUST_PROXY: optionalString
      .transform((v) =>
        v === undefined
          ? []
          : v
              .split(",")
              .map((x) => x.trim())
              .filter(Boolean),
      )
      .refine((list) => list.every(isProxyEntry), {
        message:
          'must be a comma-separated list of "loopback", IP addresses or CIDR blocks (e.g. loopback,10.0.0.0/8)',
      }),
    /** Cron expression for the reminder planner's wake-up, checked by node-cron itself. */
    REMINDER_CRON: z
      .string()
      .trim()
      .default("* * * * *")
      .refine((v) => isCronExpression(v), {
        message: 'must be a cron expression such as "*/5 * * * *" (minute hour day month weekday)',
      }),
  })
  .superRefine((c, ctx) => {
    if (c.PUBLIC_URL && !c.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message: "is required when PUBLIC_URL is set (webhook mode)",
      });
    }
    if (c.PUBLIC_URL && !c.BOT_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["BOT_TOKEN"],
        message: "is required when PUBLIC_URL is set (webhook mode needs a real bot)",
      });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses an environment; throws ConfigError with one line per bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"} ${i.message}`);
  throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
}

/** Reads process.env, after loading `.env` from the working directory if there is one. */
export async function loadConfig(): Promise<Config> {
  const { config } = await import("dotenv");
  config({ quiet: true });
  return parseConfig(process.env);
}

/**
 * The panel's public address without a trailing slash (ADMIN_URL, else PUBLIC_URL), or
 * undefined when none is known: then nothing links to the panel, the materials are sent instead.
 */
export function panelUrl(c: Pick<Config, "ADMIN_URL" | "PUBLIC_URL">): string | undefined {
  return (c.ADMIN_URL ?? c.PUBLIC_URL)?.replace(/\/+$/, "");
}

export type BotMode = "webhook" | "polling" | "simulator";

export function botMode(c: Config): BotMode {
  if (!c.BOT_TOKEN) return "simulator";
  return c.PUBLIC_URL ? "webhook" : "polling";
}

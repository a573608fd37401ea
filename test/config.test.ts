import { describe, expect, it } from "vitest";
import { botMode, ConfigError, panelUrl, parseConfig } from "../src/config.js";

describe("configuration", () => {
  it("runs with no variables at all: simulator, embedded database, port 3000", () => {
    const c = parseConfig({});
    expect(botMode(c)).toBe("simulator");
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.DATA_DIR).toBe("./data");
    expect(c.PORT).toBe(3000);
    expect(c.TZ_NAME).toBe("Asia/Almaty");
  });

  it("treats empty values from .env as unset", () => {
    const c = parseConfig({ BOT_TOKEN: "", DATABASE_URL: "  ", PUBLIC_URL: "" });
    expect(botMode(c)).toBe("simulator");
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it("picks polling with a token and webhook with PUBLIC_URL", () => {
    const token = "123456789:AAE-abcdefghijklmnop";
    expect(botMode(parseConfig({ BOT_TOKEN: token }))).toBe("polling");
    expect(
      botMode(
        parseConfig({
          BOT_TOKEN: token,
          PUBLIC_URL: "https://review.example.kz",
          WEBHOOK_SECRET: "s3cret-s3cret-s3cret",
        }),
      ),
    ).toBe("webhook");
  });

  it("names every bad variable in one readable message", () => {
    let message = "";
    try {
      parseConfig({
        PORT: "eighty",
        DATABASE_URL: "mysql://x",
        TZ_NAME: "Mars/Olympus",
        BOT_TOKEN: "nonsense",
      });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toMatch(/^Invalid configuration/);
    expect(message).toContain("PORT must be a number");
    expect(message).toContain("DATABASE_URL must start with postgres://");
    expect(message).toContain("TZ_NAME must be an IANA time zone");
    expect(message).toContain("BOT_TOKEN must look like");
  });

  it("requires a webhook secret and a token in webhook mode", () => {
    expect(() => parseConfig({ PUBLIC_URL: "https://x.kz" })).toThrow(
      /WEBHOOK_SECRET is required when PUBLIC_URL is set[\s\S]*BOT_TOKEN is required/,
    );
    expect(() => parseConfig({ PUBLIC_URL: "not a url" })).toThrow(/PUBLIC_URL must be a full URL/);
  });

  it("takes the panel's address from ADMIN_URL, else PUBLIC_URL, and refuses a non-http one", () => {
    expect(panelUrl(parseConfig({ ADMIN_URL: "https://panel.kz/" }))).toBe("https://panel.kz");
    expect(
      panelUrl(
        parseConfig({
          BOT_TOKEN: "123456789:AAbbccddeeff",
          PUBLIC_URL: "https://hook.kz",
          WEBHOOK_SECRET: "s".repeat(16),
        }),
      ),
    ).toBe("https://hook.kz");
    expect(panelUrl(parseConfig({}))).toBeUndefined();
    expect(() => parseConfig({ ADMIN_URL: "ftp://panel" })).toThrow(
      /ADMIN_URL must be a full http\(s\) URL/,
    );
    expect(() => parseConfig({ ADMIN_URL: "/meetings" })).toThrow(/ADMIN_URL/);
  });

  it("checks REMINDER_CRON with node-cron's own validator", () => {
    expect(parseConfig({}).REMINDER_CRON).toBe("* * * * *");
    expect(parseConfig({ REMINDER_CRON: "0 9 * * 1-5" }).REMINDER_CRON).toBe("0 9 * * 1-5");
    for (const bad of ["every five minutes", "61 * * * *", "* * * *"]) {
      expect(() => parseConfig({ REMINDER_CRON: bad })).toThrow(
        /^Invalid configuration[^\n]*\n {2}REMINDER_CRON must be a cron expression such as "\*\/5 \* \* \* \*" \(minute hour day month weekday\)$/,
      );
    }
  });

  it("rejects a port out of range", () => {
    expect(() => parseConfig({ PORT: "70000" })).toThrow(/PORT must be at most 65535/);
  });
});

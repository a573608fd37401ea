/**
 * The compile-and-export flow in headless Chromium (playwright-core + Debian's chromium):
 * create a meeting (default date: the third Monday), filter the candidates, add services,
 * reorder, set minutes, approve, download the DOCX and read it back.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../../src/app.js";
import { parseConfig } from "../../../src/config.js";
import { adminsRepo } from "../../../src/db/repositories/admins.js";
import { sessionsRepo } from "../../../src/db/repositories/sessions.js";
import { createLogger } from "../../../src/logger.js";
import { type AgendaWorld, docxText, seedAgendaWorld } from "../../helpers/agenda.js";
import { launchChromium } from "../../helpers/browser.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";

let browser: Browser;
let app: App;
let db: TestDatabase;
let base = "";
let w: AgendaWorld;
let dataDir = "";

beforeAll(async () => {
  browser = await launchChromium();
  db = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), "agenda-browser-"));
  app = await createApp(
    parseConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      CODE_PEPPER: "browser-pepper-browser",
      LOG_LEVEL: "silent",
      DATA_DIR: dataDir,
    }),
    { database: db, logger: createLogger("silent") },
  );
  const { port } = await app.start();
  base = `http://127.0.0.1:${port}`;
  w = await seedAgendaWorld(db.db, { services: 5, agencies: 2, year: new Date().getFullYear() });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop().catch(() => {});
  await db?.destroy().catch(() => {});
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("agenda in a browser", () => {
  it("compiles, reorders, approves and exports the agenda", async () => {
    const admin = await adminsRepo(db.db).create({ name: "Секретарь", role: "secretary" });
    const s = await sessionsRepo(db.db).create(admin.id, new Date());
    const ctx = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    await ctx.addCookies([{ name: "sid", value: s.id, domain: "127.0.0.1", path: "/" }]);
    const page = await ctx.newPage();

    await page.goto(`${base}/meetings`);
    const date = await page.inputValue('input[name="date"]');
    expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(1); // a Monday (third Monday unless a holiday)
    await page.fill('input[name="place"]', "Астана, Дом министерств");
    await page.click('form[action="/meetings"] button[type="submit"]');
    await page.waitForURL(/\/meetings\/\d+$/);
    const meetingUrl = page.url();

    // filter by the first agency: only its services are offered
    await page.selectOption('select[name="agency"]', String(w.agencyIds[0]));
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/agency=/);
    const offered = await page.locator("#candidates tbody tr").allInnerTexts();
    expect(offered.every((t) => t.includes("Министерство №1"))).toBe(true);
    expect(offered.join("\n")).toContain("одноразовый пароль");

    // add two services
    await page.check(`#r${w.responses[0]!.id}`);
    await page.check(`#r${w.responses[2]!.id}`);
    await page.click('form[action$="/items"] button[type="submit"]');
    await page.waitForSelector("#agenda");
    let rows = await page.locator("#agenda tbody tr").allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("Услуга 0001");

    // move the first down, give the new first item 30 minutes
    await page
      .locator("#agenda tbody tr")
      .first()
      .locator('form[action$="/move"]')
      .nth(1)
      .locator("button")
      .click();
    await page.waitForLoadState("load");
    rows = await page.locator("#agenda tbody tr").allInnerTexts();
    expect(rows[0]).toContain("Услуга 0003");
    const first = page.locator("#agenda tbody tr").first();
    await first.locator('input[name="minutes"]').fill("30");
    await first.locator('form:has(input[name="minutes"]) button').click();
    await page.waitForLoadState("load");
    expect(await page.textContent("#agenda-total")).toContain("40");

    // approve after the confirmation: the agenda is frozen (no more edit forms)
    let asked = "";
    page.once("dialog", (d) => {
      asked = d.message();
      void d.accept();
    });
    await page.click('form[action$="/approve"] button');
    await page.waitForLoadState("load");
    expect(await page.content()).toContain("Редакция № 1");
    expect(asked).toContain("Утвердить повестку?");
    expect(await page.locator('#agenda input[name="minutes"]').count()).toBe(0);

    // export DOCX (ru) and read it back
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('a[href$="agenda.docx?lang=ru"]'),
    ]);
    const path = await download.path();
    const text = await docxText(await readFile(path!));
    expect(text).toContain("Повестка дня заседания Межведомственной комиссии");
    expect(text).toContain("Астана, Дом министерств");
    expect(text.indexOf("Услуга 0003")).toBeGreaterThan(0);
    expect(text.indexOf("Услуга 0003")).toBeLessThan(text.indexOf("Услуга 0001"));

    // the printable page
    await page.goto(`${meetingUrl}/print`);
    expect(await page.locator("#print-agenda tbody tr").count()).toBe(2);
    await ctx.close();
  }, 60_000);
});

/**
 * The main flows in headless Chromium (playwright-core + Debian's chromium):
 * log in with a code, import services, create a campaign and send the list,
 * open a response and return it for revision, export, screenshot the dashboard.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { adminsRepo } from "../../src/db/repositories/admins.js";
import { agencies, answers, assignments, responses } from "../../src/db/schema.js";
import { createLogger } from "../../src/logger.js";
import { launchChromium } from "../helpers/browser.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

let browser: Browser;
let app: App;
let db: TestDatabase;
let base = "";
/** the data directory and the CSV upload's directory, removed in afterAll */
const tempDirs: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  db = await createTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), "admin-browser-"));
  tempDirs.push(dir);
  app = await createApp(
    parseConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      CODE_PEPPER: "browser-pepper-browser",
      LOG_LEVEL: "silent",
      DATA_DIR: dir,
    }),
    { database: db, logger: createLogger("silent") },
  );
  const { port } = await app.start();
  base = `http://127.0.0.1:${port}`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop().catch(() => {});
  await db?.destroy().catch(() => {});
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

describe("admin panel in a browser", () => {
  it("logs in with a code, imports services, runs a campaign, returns a response, exports", async () => {
    const admin = await adminsRepo(db.db).create({ name: "Секретарь", role: "secretary" });
    await db.db.insert(agencies).values({
      code: "MZ",
      nameKk: "Денсаулық сақтау министрлігі",
      nameRu: "Министерство здравоохранения",
    });
    const ctx = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await ctx.newPage();

    // login with a one-time code from the (simulated) Telegram chat
    await page.goto(`${base}/`);
    expect(page.url()).toContain("/login");
    await page.fill('input[name="login"]', "Секретарь");
    await page.click('button[type="submit"]');
    await page.waitForSelector('input[name="code"]');
    const linked = await adminsRepo(db.db).byId(admin.id);
    const code = /\d{6}/.exec(app.simulator!.lastMessage(linked!.telegramId!)?.text ?? "")?.[0];
    expect(code).toBeDefined();
    await page.fill('input[name="code"]', code!);
    await page.click('button[type="submit"]');
    await page.waitForURL(`${base}/`);

    // import services from a CSV file
    const csvDir = mkdtempSync(join(tmpdir(), "csv-"));
    tempDirs.push(csvDir);
    const csv = join(csvDir, "services.csv");
    writeFileSync(
      csv,
      "registry_code;name_kk;name_ru;agency_code\n00101001;Анықтама беру;Выдача справки;MZ\n00101002;Тіркеу;Регистрация;MZ\n00109999;Х;Y;NOPE\n",
    );
    await page.goto(`${base}/services/import`);
    await page.setInputFiles('input[type="file"]', csv);
    await page.click('form[action="/services/import"] button[type="submit"]');
    await page.waitForSelector("text=нет государственного органа с таким кодом");
    await page.click('form[action="/services/import/confirm"] button');
    await page.waitForURL(/\/services\?ok=/);
    expect(await page.content()).toContain("Выдача справки");

    // create a campaign and send the list
    await page.goto(`${base}/campaigns/new`);
    await page.fill('input[name="year"]', "2026");
    await page.fill('textarea[name="codes"]', "00101001\n00101002");
    await page.click('form[action="/campaigns"] button[type="submit"]');
    await page.waitForURL(/\/campaigns\/\d+\?ok=/);
    page.once("dialog", (d) => void d.accept());
    await page.click('form[action$="/send"] button');
    await page.waitForSelector("text=Перечень направлен");

    // a submitted response to review
    const [a1] = await db.db.select().from(assignments).orderBy(assignments.id);
    const [r] = await db.db
      .insert(responses)
      .values({ assignmentId: a1!.id, status: "submitted", submittedAt: new Date() })
      .returning();
    await db.db.insert(answers).values({
      responseId: r!.id,
      questionNo: 2,
      value: { type: "choice", choice: "yes" },
      justification: "<b>обоснование</b>",
    });
    await page.goto(`${base}/responses/${r!.id}`);
    expect(await page.textContent("table.questionnaire")).toContain("<b>обоснование</b>");
    await page.fill('textarea[name="comment"]', "Уточните параметр 2");
    await page.click('form[action$="/return"] button[type="submit"]');
    await page.waitForURL(/ok=admin-returned/);
    const [after] = await db.db.select().from(responses).where(eq(responses.id, r!.id));
    expect(after?.status).toBe("returned");

    // export DOCX
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click(`a[href^="/responses/${r!.id}/export.docx"]`),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);

    // dashboard screenshot (laptop and phone)
    await page.goto(`${base}/`);
    await page.waitForSelector("svg.chart");
    const out = join("test", "out");
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, "admin-dashboard.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(out, "admin-dashboard-phone.png"), fullPage: true });
    await ctx.close();
  }, 90_000);
});

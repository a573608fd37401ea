/**
 * Issue 10, item 22: every main page fits a phone 390 px wide (headless Chromium at 390×844:
 * the page never scrolls sideways; wide tables scroll inside their own box or stack), and the
 * agenda's speaker, minutes and actions are on screen.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { adminsRepo } from "../../src/db/repositories/admins.js";
import { audit } from "../../src/db/repositories/audit.js";
import { sessionsRepo } from "../../src/db/repositories/sessions.js";
import { agendaItems, officials, roadmapActivities, roadmaps } from "../../src/db/schema.js";
import { createLogger } from "../../src/logger.js";
import { type AgendaWorld, seedAgendaWorld } from "../helpers/agenda.js";
import { launchChromium } from "../helpers/browser.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

let browser: Browser;
let app: App;
let db: TestDatabase;
let base = "";
let dataDir = "";
let w: AgendaWorld;
let cookie = "";
let csrf = "";
let meetingId = 0;
let roadmapId = 0;

const LONG =
  "Выдача разрешения на строительство, реконструкцию и капитальный ремонт объектов инфраструктуры";

/** A POST through the app as the logged-in secretary (seeding what the pages show). */
async function post(path: string, form: Record<string, string | string[]>) {
  const body = new URLSearchParams({ _csrf: csrf });
  for (const [k, v] of Object.entries(form))
    for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return app.http.request(path, {
    method: "POST",
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: "http://localhost",
      cookie,
    },
  });
}

beforeAll(async () => {
  browser = await launchChromium();
  db = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), "phone-"));
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
  w = await seedAgendaWorld(db.db, { services: 6, agencies: 2, year: new Date().getFullYear() });
  const admin = await adminsRepo(db.db).create({ name: "Секретарь Комиссии", role: "secretary" });
  await adminsRepo(db.db).create({ name: "Член Комиссии Длинное Имя", role: "member" });
  const s = await sessionsRepo(db.db).create(admin.id, new Date());
  cookie = `sid=${s.id}`;
  csrf = s.csrfToken;
  await db.db.insert(officials).values({
    telegramId: 880001,
    agencyId: w.agencyIds[0]!,
    fullName: "Сотрудникова Айгерим Нурлановна",
    position: LONG,
  });
  await audit(db.db, {
    actor: `admin:${admin.id}`,
    action: "update",
    entity: "service",
    entityId: 1,
    before: { nameRu: LONG },
    after: { nameRu: `${LONG} (новая редакция)` },
  });
  const next = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const created = await post("/meetings", { date: next, time: "10:00", place: "Астана" });
  meetingId = Number(/\/meetings\/(\d+)/.exec(created.headers.get("location") ?? "")?.[1]);
  expect(meetingId).toBeGreaterThan(0);
  await post(`/meetings/${meetingId}/items`, {
    r: w.responses.slice(0, 3).map((r) => String(r.id)),
  });
  // a roadmap with long texts, for its own page
  const [item] = await db.db.select().from(agendaItems);
  const [rm] = await db.db
    .insert(roadmaps)
    .values({ responseId: item!.responseId, agendaItemId: item!.id, decidedOn: next, dueOn: next })
    .returning();
  roadmapId = rm!.id;
  await db.db
    .insert(roadmapActivities)
    .values(
      [1, 2, 3, 4, 5].map((no) => ({ roadmapId, no, responsible: LONG, completionForm: LONG })),
    );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop().catch(() => {});
  await db?.destroy().catch(() => {});
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The elements sticking out past the viewport's right edge (to say what overflows). */
function overflowing(page: Page): Promise<string[]> {
  // a string: the test is compiled without the DOM's types
  return page.evaluate(`(() => {
    const out = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 0.5 && r.width > 0) {
        // only the outermost offenders: skip those whose parent already sticks out
        const p = el.parentElement && el.parentElement.getBoundingClientRect();
        if (p && p.right > window.innerWidth + 0.5) continue;
        out.push(el.tagName.toLowerCase() + "." + el.className + " (" + Math.round(r.right) + ")");
      }
    }
    return out.slice(0, 8);
  })()`);
}

describe("phone width (390 px)", () => {
  it("every main page fits without sideways scrolling", async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await ctx.addCookies([{ name: "sid", value: cookie.slice(4), domain: "127.0.0.1", path: "/" }]);
    const page = await ctx.newPage();
    const paths = [
      "/",
      "/responses",
      `/responses/${w.responses[0]!.id}`,
      "/campaigns",
      "/campaigns/new",
      "/campaigns/1",
      "/calendar",
      "/meetings",
      `/meetings/${meetingId}`,
      `/meetings/${meetingId}/print`,
      "/roadmaps",
      `/roadmaps/${roadmapId}`,
      "/reports",
      "/agencies",
      "/services",
      "/officials",
      "/invites",
      "/admins",
      "/audit",
      "/playground",
    ];
    const wide: Record<string, { width: number; what: string[] }> = {};
    for (const path of paths) {
      const res = await page.goto(`${base}${path}`);
      expect(res?.status(), path).toBe(200);
      const width = await page.evaluate<number>("document.documentElement.scrollWidth");
      if (width > 390) wide[path] = { width, what: await overflowing(page) };
    }
    expect(wide).toEqual({});
    await ctx.close();
  }, 120_000);

  it("the agenda's speaker, minutes and actions are on screen", async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await ctx.addCookies([{ name: "sid", value: cookie.slice(4), domain: "127.0.0.1", path: "/" }]);
    const page = await ctx.newPage();
    await page.goto(`${base}/meetings/${meetingId}`);
    const row = page.locator("#agenda tbody tr").first();
    for (const sel of [
      'input[name="speaker"]',
      'input[name="minutes"]',
      'form[action$="/remove"] button',
    ]) {
      const box = await row.locator(sel).first().boundingBox();
      expect(box, sel).not.toBeNull();
      expect(box!.x, sel).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, sel).toBeLessThanOrEqual(390);
    }
    await ctx.close();
  }, 60_000);
});

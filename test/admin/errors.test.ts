/**
 * Errors are pages of the panel: its frame (navigation when logged in), its language, a way
 * on — for 401, 403 (CSRF token, Origin, read-only role), 404 (unknown path, unknown record)
 * and 413 (stopped before the session is even read).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, type As, adminHarness, ORIGIN } from "../helpers/admin.js";

let h: AdminHarness;
let sec: As;
let member: As;

beforeAll(async () => {
  h = await adminHarness();
  sec = await h.login("secretary", "Секретарь");
  member = await h.login("member", "Член");
}, 120_000);
afterAll(async () => {
  await h.close();
});

/** the page is the panel's: its frame, an alert with the message, a link on */
function expectPanelPage(html: string, message: string, nav: boolean) {
  expect(html).toMatch(/^<!DOCTYPE html><html lang="(kk|ru)">/);
  expect(html).toContain('<header class="top">');
  expect(html).toContain(`<p class="notice error" role="alert" id="error">${message}</p>`);
  if (nav) expect(html).toContain("<nav aria-label=");
  else expect(html).not.toContain("<nav aria-label=");
}

describe("error pages", () => {
  it("404 in the panel's frame and language, for an unknown path and an unknown record", async () => {
    const path = await h.get("/no-such-page", sec, { cookie: `${sec.cookie}; lang=kk` });
    expect(path.status).toBe(404);
    const html = await path.text();
    expectPanelPage(html, "Бет табылмады.", true);
    expect(html).toContain("<title>Қате: 404");
    const record = await h.get("/responses/999999", sec);
    expect(record.status).toBe(404);
    expectPanelPage(await record.text(), "Не найдено.", true);
  });

  it("401 without a session, with the way back to the login", async () => {
    const res = await h.post("/campaigns", { title: "x" });
    expect(res.status).toBe(401);
    const html = await res.text();
    expectPanelPage(html, "Сессия завершена: войдите снова.", false);
    expect(html).toContain('<a href="/login">Войти</a>');
  });

  it("403 for a stale CSRF token, a foreign Origin and a read-only member", async () => {
    const stale = await h.post("/campaigns", { title: "x" }, { ...sec, csrf: "stale" });
    expect(stale.status).toBe(403);
    expectPanelPage(await stale.text(), "Сессия устарела, обновите страницу.", true);
    const foreign = await h.post("/campaigns", { title: "x" }, sec, {
      origin: "https://evil.example",
    });
    expect(foreign.status).toBe(403);
    expectPanelPage(await foreign.text(), "Сессия устарела, обновите страницу.", false);
    const readOnly = await h.post("/campaigns", { title: "x" }, member);
    expect(readOnly.status).toBe(403);
    expectPanelPage(
      await readOnly.text(),
      "Недостаточно прав: вы можете только просматривать.",
      true,
    );
  });

  it("413 for a body over the limit, in the language of the cookie", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    const res = await h.app.http.request("/agencies/import", {
      method: "POST",
      body: big,
      headers: {
        origin: ORIGIN,
        cookie: `${sec.cookie}; lang=kk`,
        "content-type": "application/octet-stream",
        "content-length": String(big.byteLength),
      },
    });
    expect(res.status).toBe(413);
    const html = await res.text();
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain('role="alert" id="error">');
  });
});

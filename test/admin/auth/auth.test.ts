import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSetupLinks } from "../../../admin/auth/setup.js";
import { adminsRepo } from "../../../src/db/repositories/admins.js";
import { type AdminHarness, adminHarness } from "../../helpers/admin.js";

let h: AdminHarness;
beforeAll(async () => {
  h = await adminHarness();
});
afterAll(async () => {
  await h.close();
});

const cookieOf = (res: Response) => /sid=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];

describe("admin access", () => {
  it("first run: the setup link creates the first secretary and shows a Telegram invitation", async () => {
    const links = await createSetupLinks({
      admins: h.app.deps.repos.admins,
      pepper: h.app.deps.pepper,
      now: h.clock.now,
      port: 3000,
    });
    expect(links?.[0]).toMatch(/^http:\/\/localhost:3000\/setup\//);
    const path = new URL(links![0]!).pathname;
    expect((await h.get(path)).status).toBe(200);
    const bad = await h.post(path, { name: "", locale: "ru" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("aria-invalid");
    const res = await h.post(path, { name: "Айгерим Секретарь", locale: "kk" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<svg");
    expect(html).toMatch(/t\.me\/review_simulator_bot\?start=/);
    expect(cookieOf(res)).toBeTruthy();
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    expect(res.headers.get("set-cookie")).toMatch(/SameSite=Lax/i);
    // used once only
    expect((await h.get(path)).status).toBe(404);
    // no new setup link once an admin exists
    expect(
      await createSetupLinks({
        admins: h.app.deps.repos.admins,
        pepper: h.app.deps.pepper,
        now: h.clock.now,
        port: 3000,
      }),
    ).toBeNull();
  });

  it("no session: pages redirect to the login, posts are refused", async () => {
    const res = await h.get("/responses?state=overdue");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/login?next=%2Fresponses%3Fstate%3Doverdue");
    expect((await h.post("/agencies", { code: "X" })).status).toBe(401);
    expect((await h.get("/login")).status).toBe(200);
    expect((await h.get("/static/admin.css")).headers.get("content-type")).toContain("text/css");
  });

  it("logs in with a one-time code sent by the bot (simulator), then logs out", async () => {
    const admin = await adminsRepo(h.db.db).create({ name: "Ерлан", role: "secretary" });
    await adminsRepo(h.db.db).update(admin.id, { telegramId: 555_000_001 });
    const sim = h.app.simulator!;
    sim.addUser({ id: 555_000_001, first_name: "Ерлан" });
    // issue 10 (6): an unknown name gets the known names' answer (it was a 400 "not found")
    const unknown = await h.post("/login", { login: "Никто" });
    expect(unknown.status).toBe(200);
    const first = await h.post("/login", { login: "ерлан", next: "/audit" });
    expect(first.status).toBe(200);
    const msg = sim.lastMessage(555_000_001);
    const code = /\b(\d{6})\b/.exec(msg?.text ?? "")?.[1];
    expect(code).toBeDefined();
    // issue 10 (1): the form carries the attempt's token (not adminId), valid in this browser
    const token = /name="token" value="([^"]+)"/.exec(await first.text())?.[1] ?? "";
    const browser = {
      cookie: `lb=${/lb=([^;]+)/.exec(first.headers.get("set-cookie") ?? "")?.[1]}`,
    };
    const wrong = await h.post(
      "/login/verify",
      { token, code: code === "000000" ? "111111" : "000000" },
      undefined,
      browser,
    );
    expect(wrong.status).toBe(400);
    const ok = await h.post(
      "/login/verify",
      { token, code: code!, next: "/audit" },
      undefined,
      browser,
    );
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/audit");
    const sid = cookieOf(ok)!;
    const as = { cookie: `sid=${sid}`, csrf: "", adminId: admin.id };
    const page = await h.get("/audit", as);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<td>Вход в панель</td>");
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const out = await h.post("/logout", {}, { ...as, csrf });
    expect(out.status).toBe(303);
    expect((await h.get("/audit", as)).status).toBe(302);
  });

  it("simulator mode: an admin without Telegram still gets a code (in the simulated chat and the log)", async () => {
    const admin = await adminsRepo(h.db.db).create({ name: "Новичок", role: "member" });
    const res = await h.post("/login", { login: "Новичок" });
    expect(res.status).toBe(200);
    const linked = await adminsRepo(h.db.db).byId(admin.id);
    expect(linked?.telegramId).toBeTruthy();
    expect(h.app.simulator!.lastMessage(linked!.telegramId!)?.text).toMatch(/\d{6}/);
  });

  it("rejects cross-site and token-less posts (CSRF)", async () => {
    const as = await h.login();
    const evil = await h.post("/agencies", { code: "EV", nameKk: "a", nameRu: "b" }, as, {
      origin: "https://evil.example",
    });
    expect(evil.status).toBe(403);
    const noToken = await h.post(
      "/agencies",
      { code: "EV", nameKk: "a", nameRu: "b" },
      { ...as, csrf: "wrong" },
    );
    expect(noToken.status).toBe(403);
    const good = await h.post("/agencies", { code: "EV", nameKk: "a", nameRu: "b" }, as);
    expect(good.status).toBe(303);
  });

  it("a member reads but cannot write", async () => {
    const member = await h.login("member");
    expect((await h.get("/agencies", member)).status).toBe(200);
    expect((await h.get("/", member)).status).toBe(200);
    expect(
      (await h.post("/agencies", { code: "M1", nameKk: "a", nameRu: "b" }, member)).status,
    ).toBe(403);
    expect((await h.get("/invites", member)).status).toBe(403);
    expect((await h.get("/playground", member)).status).toBe(403);
  });

  it("sets secure headers and switches the language by cookie", async () => {
    const as = await h.login();
    const res = await h.get("/", as);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const sw = await h.get("/lang/kk?back=/agencies", as);
    expect(sw.status).toBe(303);
    expect(sw.headers.get("location")).toBe("/agencies");
    expect(sw.headers.get("set-cookie")).toContain("lang=kk");
    const kk = await (await h.get("/agencies", { ...as, cookie: `${as.cookie}; lang=kk` })).text();
    expect(kk).toContain("Мемлекеттік органдар");
    expect((await h.get("/lang/ru?back=//evil.example", as)).headers.get("location")).toBe("/");
    // browsers drop tabs/newlines and read "\\" as "/": these would become "//evil.example"
    for (const back of ["/\t/evil.example", "/\n/evil.example", "/\\evil.example", "\\/evil"]) {
      const res = await h.get(`/lang/ru?back=${encodeURIComponent(back)}`, as);
      expect(res.headers.get("location")).toBe("/");
    }
  });

  it("gives every response a request id (X-Request-Id), keeping one sent by a proxy", async () => {
    const first = (await h.get("/login")).headers.get("x-request-id");
    const second = (await h.get("/login")).headers.get("x-request-id");
    expect(first).toMatch(/^[\w-]{8,}$/);
    expect(second).not.toBe(first);
    const given = await h.get("/login", undefined, { "x-request-id": "proxy-42" });
    expect(given.headers.get("x-request-id")).toBe("proxy-42");
  });

  it("writes changes to the audit log, viewable and filterable", async () => {
    const as = await h.login();
    await h.post("/agencies", { code: "AUD", nameKk: "Аудит", nameRu: "Аудит" }, as);
    const html = await (await h.get("/audit?entity=agency&action=create", as)).text();
    expect(html).toContain("AUD");
    const name = (await h.app.deps.repos.admins.byId(as.adminId))?.name;
    expect(html).toContain(`<td>${name}</td>`);
  });
});

/**
 * Login as an outsider meets it (issue 10, items 1, 2, 6, 28): nobody can lock an admin out,
 * unknown names get the known names' answer, "wait a minute", and a rate limit that believes
 * X-Forwarded-For only from the proxies named in TRUST_PROXY, kept in PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/config.js";
import { createRepositories } from "../../../src/db/repositories/index.js";
import { takeLoginBudget } from "../../../src/services/login-codes.js";
import { type AdminHarness, adminHarness, ORIGIN } from "../../helpers/admin.js";

/** A browser: its own cookies, a TCP peer address and optional extra headers. */
function browser(h: AdminHarness, peer = "203.0.113.10") {
  const jar = new Map<string, string>();
  const send = async (path: string, form?: Record<string, string>, headers = {}) => {
    const res = await h.app.http.request(
      path,
      {
        method: form ? "POST" : "GET",
        body: form ? new URLSearchParams(form) : undefined,
        headers: {
          origin: ORIGIN,
          ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
          ...headers,
        },
      },
      { incoming: { socket: { remoteAddress: peer, remoteFamily: "IPv4" } } },
    );
    for (const c of res.headers.getSetCookie()) {
      const m = /^([^=]+)=([^;]*)/.exec(c);
      if (m?.[1]) jar.set(m[1], m[2] ?? "");
    }
    return res;
  };
  return {
    jar,
    send,
    /** asks for a code: the response, its HTML and the attempt's token */
    async ask(login: string, headers = {}) {
      const res = await send("/login", { login }, headers);
      const html = await res.text();
      const token = /name="token" value="([^"]*)"/.exec(html)?.[1] ?? "";
      return { res, html, token };
    },
    verify: (token: string, code: string, headers = {}) =>
      send("/login/verify", { token, code, next: "/" }, headers),
  };
}

const codeIn = (text: string | undefined) => /\b(\d{6})\b/.exec(text ?? "")?.[1] ?? "";
const wrongFor = (code: string) => (code === "000000" ? "111111" : "000000");

let h: AdminHarness;
let adminTg: number;
beforeAll(async () => {
  h = await adminHarness();
  const admin = await h.app.deps.repos.admins.create({
    name: "Айгерим Секретарь",
    role: "secretary",
  });
  adminTg = 555_100_001;
  await h.app.deps.repos.admins.update(admin.id, { telegramId: adminTg });
  h.app.simulator!.addUser({ id: adminTg, first_name: "Айгерим" });
});
afterAll(async () => {
  await h.close();
});

describe("login cannot be used against an admin", () => {
  it("an outsider's wrong codes spend only their own attempt; the admin still logs in", async () => {
    const outsider = browser(h, "198.51.100.7");
    const o = await outsider.ask("айгерим секретарь");
    expect(o.res.status).toBe(200);
    // the form names the attempt by an opaque token, never the admin's (sequential) id
    expect(o.html).not.toMatch(/name="adminId"/);
    expect(o.token).toMatch(/^[\w-]{40,64}$/);
    const outsiderCode = codeIn(h.app.simulator!.lastMessage(adminTg)?.text);
    for (let i = 0; i < 6; i++) await outsider.verify(o.token, wrongFor(outsiderCode));
    const locked = await outsider.verify(o.token, outsiderCode);
    expect(locked.status).toBe(400);
    expect(await locked.text()).toContain("Слишком много неверных попыток");

    const me = browser(h, "203.0.113.20");
    const mine = await me.ask("Айгерим Секретарь");
    expect(mine.res.status).toBe(200);
    const code = codeIn(h.app.simulator!.lastMessage(adminTg)?.text);
    // the outsider cannot spend the admin's attempt even with its token (bound to the browser),
    // from a fresh address with a fresh budget
    const moved = browser(h, "198.51.100.8");
    for (const [k, v] of outsider.jar) moved.jar.set(k, v);
    for (let i = 0; i < 6; i++) {
      const r = await moved.verify(mine.token, wrongFor(code));
      expect(await r.text()).toContain("Код не запрашивался");
    }
    const ok = await me.verify(mine.token, code);
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/");
  });

  it("an unknown name gets exactly the known name's answer, and the same afterwards", async () => {
    const page = (html: string) => html.replace(/name="token" value="[^"]*"/, "");
    const known = await browser(h, "203.0.113.31").ask("Айгерим Секретарь");
    const unknown = await browser(h, "203.0.113.32").ask("Никто Неизвестный");
    expect(unknown.res.status).toBe(known.res.status);
    expect(unknown.res.status).toBe(200);
    expect(page(unknown.html)).toBe(page(known.html));
    expect(unknown.html).not.toContain("не найден");

    const stranger = browser(h, "203.0.113.33");
    const u = await stranger.ask("Никто Неизвестный");
    const verdicts: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await stranger.verify(u.token, "123456");
      verdicts.push(
        `${r.status}:${/Неверный код|Слишком много неверных/.exec(await r.text())?.[0]}`,
      );
    }
    expect(verdicts).toEqual([...Array(5).fill("400:Неверный код"), "400:Слишком много неверных"]);
  });

  it('a second code within a minute: "wait a minute" (the same for unknown names)', async () => {
    const start = h.clock.now;
    try {
      for (const name of ["Айгерим Секретарь", "Неизвестное Имя"]) {
        const b = browser(h, "203.0.113.40");
        expect((await b.ask(name)).res.status).toBe(200);
        const again = await b.ask(name);
        expect(again.res.status).toBe(429);
        expect(again.html).toContain("Подождите минуту");
        // another browser is not held up by this one
        expect((await browser(h, "203.0.113.41").ask(name)).res.status).toBe(200);
        h.clock.now = new Date(h.clock.now.getTime() + 61_000);
        expect((await b.ask(name)).res.status).toBe(200);
      }
    } finally {
      h.clock.now = start;
    }
  });
});

describe("the login rate limit (TRUST_PROXY, PostgreSQL)", () => {
  it("without TRUST_PROXY a forged X-Forwarded-For from a loopback peer buys no fresh budget", async () => {
    const b = browser(h, "127.0.0.1");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await b.send(
        "/login",
        { login: `probe ${i}` },
        { "x-forwarded-for": `10.9.0.${i}` },
      );
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(await (await b.send("/login", { login: "x" })).text()).toContain(
      "Слишком много попыток",
    );
  });

  it("with TRUST_PROXY the right-most untrusted hop is the client; the counters live in PostgreSQL", async () => {
    const p = await adminHarness({ TRUST_PROXY: "loopback, 10.0.0.0/8" });
    try {
      const proxy = browser(p, "127.0.0.1");
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        // the client forges the left part; the proxies append what they saw
        const xff = `${i}.${i}.${i}.${i}, 192.0.2.50, 10.1.2.3`;
        statuses.push(
          (await proxy.send("/login", { login: `p ${i}` }, { "x-forwarded-for": xff })).status,
        );
      }
      expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
      expect(statuses[10]).toBe(429);
      // another client behind the same proxy has its own budget
      const other = await proxy.send(
        "/login",
        { login: "p" },
        { "x-forwarded-for": "192.0.2.51, 10.1.2.3" },
      );
      expect(other.status).toBe(200);
      // a second instance on the same database sees the same spent budget
      const second = { ...p.app.deps, repos: createRepositories(p.db.db) };
      expect(await takeLoginBudget(second, "192.0.2.50")).toBe(false);
      expect(await takeLoginBudget(second, "192.0.2.52")).toBe(true);
      // the window passes
      p.clock.now = new Date(p.clock.now.getTime() + 5 * 60_000 + 1);
      expect(await takeLoginBudget(second, "192.0.2.50")).toBe(true);
    } finally {
      await p.close();
    }
  });

  it("TRUST_PROXY is validated at start-up", () => {
    expect(parseConfig({}).TRUST_PROXY).toEqual([]);
    expect(parseConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8,::1, fd00::/8" }).TRUST_PROXY).toEqual([
      "loopback",
      "10.0.0.0/8",
      "::1",
      "fd00::/8",
    ]);
    for (const bad of ["yes", "10.0.0.0/33", "10.0.0/8", "*"]) {
      expect(() => parseConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY must be/);
    }
  });
});

/**
 * Session loading, the locale, the login guard, role guards and the CSRF
 * token check. Mounted by createAdmin in this order after secureHeaders and
 * the Origin check (hono/csrf).
 */
import { createHash, randomBytes } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { panelUrl } from "../../src/config.js";
import type { AdminRole, Locale } from "../../src/domain/vocabulary.js";
import { translator } from "../../src/i18n/index.js";
import { errorPage } from "../components/layout.js";
import type { AdminDeps, AdminEnv } from "../context.js";

export const SESSION_COOKIE = "sid";
export const LANG_COOKIE = "lang";
/** the browser's login-attempt binding (see loginRequester) */
export const LOGIN_COOKIE = "lb";

/** Paths reachable without a session. */
const PUBLIC = [/^\/login(\/|$)/, /^\/setup\//, /^\/static\//, /^\/lang\//];

export function isSecure(a: AdminDeps): boolean {
  return panelUrl(a.config)?.startsWith("https:") ?? false;
}

export function setSessionCookie(c: Context<AdminEnv>, id: string): void {
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isSecure(c.get("a")),
    path: "/",
    maxAge: 12 * 60 * 60,
  });
}

export function clearSessionCookie(c: Context<AdminEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isSecure(c.get("a")) });
}

/** Loads the session (if any) and picks the locale: cookie → admin's → ru. */
export function loadSession(a: AdminDeps): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    c.set("a", a);
    c.set("admin", null);
    c.set("session", null);
    const sid = getCookie(c, SESSION_COOKIE);
    if (sid) {
      const found = await a.deps.repos.sessions.load(sid, a.deps.now());
      if (found) {
        c.set("admin", found.admin);
        c.set("session", found.session);
      }
    }
    const cookieLang = getCookie(c, LANG_COOKIE);
    const locale: Locale =
      cookieLang === "kk" || cookieLang === "ru" ? cookieLang : (c.get("admin")?.locale ?? "ru");
    c.set("locale", locale);
    c.set("t", translator(a.deps.i18n, locale));
    await next();
  };
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Everything but the public paths needs a session; unsafe requests need the
 * session's CSRF token (form field `_csrf` or header `X-CSRF-Token`); members
 * may only read (and log out).
 */
export function guard(): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const path = c.req.path;
    if (PUBLIC.some((re) => re.test(path))) return next();
    const admin = c.get("admin");
    const session = c.get("session");
    if (!admin || !session) {
      if (SAFE.has(c.req.method)) {
        const u = new URL(c.req.url);
        return c.redirect(`/login?next=${encodeURIComponent(u.pathname + u.search)}`);
      }
      return errorPage(c, 401, c.get("t")("admin-error-401"));
    }
    if (!SAFE.has(c.req.method)) {
      let token = c.req.header("x-csrf-token");
      if (!token) {
        const ct = c.req.header("content-type") ?? "";
        if (ct.includes("form")) {
          const body = await c.req.parseBody();
          token = typeof body._csrf === "string" ? body._csrf : undefined;
        }
      }
      if (token !== session.csrfToken) return errorPage(c, 403, c.get("t")("admin-error-403"));
      if (admin.role !== "secretary" && path !== "/logout") {
        return errorPage(c, 403, c.get("t")("admin-forbidden"));
      }
    }
    await next();
  };
}

/** Route guard: only this role (the secretary does everything). */
export function requireRole(role: AdminRole): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const admin = c.get("admin");
    if (!admin) return c.redirect("/login");
    if (role === "secretary" && admin.role !== "secretary") {
      return errorPage(c, 403, c.get("t")("admin-forbidden"));
    }
    await next();
  };
}

/**
 * The browser asking for a login code: a random HttpOnly cookie (set on first use), so a login
 * attempt and its "wait a minute" belong to that browser, not to everyone behind one address.
 */
export function loginRequester(c: Context<AdminEnv>): string {
  let id = getCookie(c, LOGIN_COOKIE);
  if (!id || !/^[\w-]{20,64}$/.test(id)) {
    id = randomBytes(24).toString("base64url");
    setCookie(c, LOGIN_COOKIE, id, {
      httpOnly: true,
      sameSite: "Lax",
      secure: isSecure(c.get("a")),
      path: "/login",
      maxAge: 24 * 3600,
    });
  }
  return createHash("sha256").update(`login:${id}`).digest("hex");
}

/** Login with a one-time code sent by the bot, logout, first-run setup, language switch. */
import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { translator } from "../../src/i18n/index.js";
import { createAdmin, logOut } from "../../src/services/admins.js";
import { createInvite, inviteQr } from "../../src/services/invites.js";
import {
  logInWithCode,
  requestLoginCode,
  takeLoginBudget,
} from "../../src/services/login-codes.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import type { AdminEnv, Ctx } from "../context.js";
import { accessDeps, localPath } from "../lib.js";
import { ensureSimulatedAdmin } from "../playground/test-users.js";
import { postedValues, validForm } from "../validation.js";
import { clientAddress, trustedProxies } from "./client-address.js";
import { CodePage, LoginPage } from "./pages/login.js";
import { SetupDone, SetupInvalid, SetupPage } from "./pages/setup.js";
import {
  clearSessionCookie,
  LANG_COOKIE,
  loginRequester,
  SESSION_COOKIE,
  setSessionCookie,
} from "./session.js";
import { hashSetupToken } from "./setup.js";

const LoginSchema = z.object({
  login: z.string().trim().min(1, "admin-err-required").max(200, "admin-err-too-long"),
  next: z.string().optional(),
});
const VerifySchema = z.object({
  // the login attempt's opaque token (never an admin's id: nothing to enumerate)
  token: z.string().regex(/^[\w-]{40,64}$/, "admin-login-code-none"),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "admin-login-code-format"),
  next: z.string().optional(),
});
const SetupSchema = z.object({
  name: z.string().trim().min(2, "admin-err-required").max(200, "admin-err-too-long"),
  locale: z.enum(["kk", "ru"]),
});

const LANG_MAX_AGE = 365 * 24 * 3600;

function loginForm(c: Ctx, values: FormValues = {}, errors: FieldErrors = {}) {
  const next = values.next ?? c.req.query("next") ?? "/";
  return c.render(<LoginPage values={values} errors={errors} next={next} />, {
    title: c.get("t")("admin-login-title"),
  });
}

function codeForm(c: Ctx, values: FormValues, errors: FieldErrors = {}) {
  return c.render(<CodePage values={values} errors={errors} />, {
    title: c.get("t")("admin-login-title"),
  });
}

function setupForm(c: Ctx, values: FormValues = {}, errors: FieldErrors = {}) {
  return c.render(
    <SetupPage token={c.req.param("token") ?? ""} values={values} errors={errors} />,
    {
      title: c.get("t")("admin-setup-title"),
    },
  );
}

function setupInvalid(c: Ctx) {
  c.status(404);
  return c.render(<SetupInvalid />, { title: c.get("t")("admin-setup-title") });
}

export function authRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  let trusted: ((address: string) => boolean) | undefined;
  /** false when the client's login budget (PostgreSQL, shared by every instance) is spent */
  const withinBudget = (c: Ctx) => {
    const a = c.get("a");
    trusted ??= trustedProxies(a.config.TRUST_PROXY);
    return takeLoginBudget(a.deps, clientAddress(c, trusted));
  };

  app.get("/login", (c) => {
    if (c.get("admin")) return c.redirect(localPath(c.req.query("next")));
    loginRequester(c);
    return loginForm(c);
  });

  // Every name gets the same answer (the code form, 200): whether it is known, has Telegram
  // or got its code is written to the server log only.
  app.post("/login", validForm(LoginSchema, loginForm), async (c) => {
    const form = c.req.valid("form");
    const values = await postedValues(c);
    const refuse = (key: string, status: 400 | 429) => {
      c.status(status);
      return loginForm(c, values, { login: key });
    };
    if (!(await withinBudget(c))) return refuse("admin-login-rate-limited", 429);
    const a = c.get("a");
    const res = await requestLoginCode(
      accessDeps(a),
      { login: form.login, requester: loginRequester(c) },
      a.simulator ? (admin) => ensureSimulatedAdmin(a, admin) : undefined,
    );
    if (!res.ok) return refuse("admin-login-wait", 429);
    const log = c.get("log");
    if ("code" in res.sent) {
      if (a.simulator) {
        log.info(
          { adminId: res.sent.adminId, code: res.sent.code },
          `Login code for admin ${res.sent.adminId} (built-in Telegram simulator): ${res.sent.code}`,
        );
      }
    } else {
      log.info({ reason: res.sent.reason }, "login: no code sent");
    }
    return codeForm(c, { token: res.token, next: form.next ?? "/" });
  });

  app.post("/login/verify", validForm(VerifySchema, codeForm), async (c) => {
    const form = c.req.valid("form");
    const refuse = async (key: string, status: 400 | 429 = 400) => {
      c.status(status);
      return codeForm(c, await postedValues(c), { code: key });
    };
    if (!(await withinBudget(c))) return refuse("admin-login-rate-limited", 429);
    const a = c.get("a");
    const r = await logInWithCode(a.deps, {
      token: form.token,
      requester: loginRequester(c),
      code: form.code,
    });
    if (!r.ok) return refuse(`admin-login-code-${r.verdict}`);
    setSessionCookie(c, r.session.id);
    return c.redirect(localPath(form.next), 303);
  });

  app.post("/logout", async (c) => {
    await logOut(c.get("a").deps, getCookie(c, SESSION_COOKIE), c.get("admin")?.id);
    clearSessionCookie(c);
    return c.redirect("/login", 303);
  });

  app.get("/lang/:locale", (c) => {
    const locale = c.req.param("locale");
    if (locale === "kk" || locale === "ru") {
      setCookie(c, LANG_COOKIE, locale, { path: "/", sameSite: "Lax", maxAge: LANG_MAX_AGE });
    }
    return c.redirect(localPath(c.req.query("back")), 303);
  });

  // ── first run ──
  app.get("/setup/:token", async (c) => {
    const a = c.get("a");
    const ok = await a.deps.repos.admins.setupTokenValid(
      hashSetupToken(c.req.param("token"), a.deps.pepper),
      a.deps.now(),
    );
    return ok ? setupForm(c) : setupInvalid(c);
  });

  app.post("/setup/:token", validForm(SetupSchema, setupForm), async (c) => {
    const a = c.get("a");
    const form = c.req.valid("form");
    const repo = a.deps.repos.admins;
    const now = a.deps.now();
    if (!(await repo.consumeSetupToken(hashSetupToken(c.req.param("token"), a.deps.pepper), now))) {
      return setupInvalid(c);
    }
    const created = await createAdmin(
      { deps: a.deps, actor: "system" },
      { name: form.name, role: "secretary", locale: form.locale },
    );
    if (!created.ok) return setupInvalid(c); // no admin exists when a setup token is valid
    const admin = created.admin;
    const invite = await createInvite(accessDeps(a), {
      target: "admin",
      adminId: admin.id,
      createdBy: admin.id,
    });
    const s = await a.deps.repos.sessions.create(admin.id, now);
    setSessionCookie(c, s.id);
    setCookie(c, LANG_COOKIE, form.locale, { path: "/", sameSite: "Lax", maxAge: LANG_MAX_AGE });
    // logged in from this response on: the page has the normal navigation, in the chosen language
    const loaded = await a.deps.repos.sessions.load(s.id, now);
    c.set("admin", loaded?.admin ?? admin);
    c.set("session", loaded?.session ?? null);
    c.set("locale", form.locale);
    c.set("t", translator(a.deps.i18n, form.locale));
    const qr = await inviteQr(invite.link, "svg");
    return c.render(
      <SetupDone name={admin.name} code={invite.code} link={invite.link} qrSvg={String(qr)} />,
      { title: c.get("t")("admin-setup-done-title") },
    );
  });

  return app;
}

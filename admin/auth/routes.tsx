/** Login with a one-time code sent by the bot, logout, first-run setup, language switch. */
import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { audit } from "../../src/db/repositories/audit.js";
import { createInvite, inviteQr } from "../../src/services/invites.js";
import { sendLoginCode, verifyLoginCode } from "../../src/services/login-codes.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import type { AdminEnv, Ctx } from "../context.js";
import { accessDeps, localPath } from "../lib.js";
import { ensureSimulatedAdmin } from "../playground/test-users.js";
import { postedValues, validForm } from "../validation.js";
import { CodePage, LoginPage } from "./pages/login.js";
import { SetupDone, SetupInvalid, SetupPage } from "./pages/setup.js";
import {
  clearSessionCookie,
  clientKey,
  createRateLimiter,
  LANG_COOKIE,
  SESSION_COOKIE,
  setSessionCookie,
} from "./session.js";
import { hashSetupToken } from "./setup.js";

const LoginSchema = z.object({
  login: z.string().trim().min(1, "admin-err-required").max(200, "admin-err-too-long"),
  next: z.string().optional(),
});
const VerifySchema = z.object({
  adminId: z.coerce.number().int().positive(),
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
  // 10 login attempts (code requests + verifications) per client per 5 minutes
  const limiter = createRateLimiter(10, 5 * 60_000);

  app.get("/login", (c) => {
    if (c.get("admin")) return c.redirect(localPath(c.req.query("next")));
    return loginForm(c);
  });

  app.post("/login", validForm(LoginSchema, loginForm), async (c) => {
    const form = c.req.valid("form");
    const values = await postedValues(c);
    const refuse = (key: string, status: 400 | 429 = 400) => {
      c.status(status);
      return loginForm(c, values, { login: key });
    };
    if (!limiter(clientKey(c))) return refuse("admin-login-rate-limited", 429);
    const a = c.get("a");
    const admin = await a.deps.repos.admins.findForLogin(form.login);
    if (!admin) return refuse("admin-login-unknown");
    if (a.simulator) await ensureSimulatedAdmin(a, admin);
    const res = await sendLoginCode(accessDeps(a), admin.id);
    if (!res.ok) return refuse(`admin-login-${res.reason}`);
    if (a.simulator) {
      c.get("log").info(
        { adminId: admin.id, name: admin.name, code: res.code },
        `Login code for ${admin.name} (built-in Telegram simulator): ${res.code}`,
      );
    }
    return codeForm(c, { adminId: String(admin.id), next: form.next ?? "/" });
  });

  app.post("/login/verify", validForm(VerifySchema, codeForm), async (c) => {
    const form = c.req.valid("form");
    const refuse = async (key: string, status: 400 | 429 = 400) => {
      c.status(status);
      return codeForm(c, await postedValues(c), { code: key });
    };
    if (!limiter(clientKey(c))) return refuse("admin-login-rate-limited", 429);
    const a = c.get("a");
    const verdict = await verifyLoginCode(accessDeps(a), form.adminId, form.code);
    if (verdict !== "ok") return refuse(`admin-login-code-${verdict}`);
    const s = await a.deps.repos.sessions.create(form.adminId, a.deps.now());
    setSessionCookie(c, s.id);
    await audit(a.deps.db, {
      actor: `admin:${form.adminId}`,
      action: "login",
      entity: "admin",
      entityId: form.adminId,
    });
    return c.redirect(localPath(form.next), 303);
  });

  app.post("/logout", async (c) => {
    const a = c.get("a");
    const admin = c.get("admin");
    const sid = getCookie(c, SESSION_COOKIE);
    if (sid) await a.deps.repos.sessions.destroy(sid);
    clearSessionCookie(c);
    if (admin) {
      await audit(a.deps.db, {
        actor: `admin:${admin.id}`,
        action: "logout",
        entity: "admin",
        entityId: admin.id,
      });
    }
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
    const admin = await repo.create({ name: form.name, role: "secretary", locale: form.locale });
    await audit(a.deps.db, {
      actor: "system",
      action: "create",
      entity: "admin",
      entityId: admin.id,
      after: admin,
    });
    const invite = await createInvite(accessDeps(a), {
      target: "admin",
      adminId: admin.id,
      createdBy: admin.id,
    });
    const s = await a.deps.repos.sessions.create(admin.id, now);
    setSessionCookie(c, s.id);
    setCookie(c, LANG_COOKIE, form.locale, { path: "/", sameSite: "Lax", maxAge: LANG_MAX_AGE });
    const qr = await inviteQr(invite.link, "svg");
    return c.render(
      <SetupDone name={admin.name} code={invite.code} link={invite.link} qrSvg={String(qr)} />,
      { title: c.get("t")("admin-setup-done-title") },
    );
  });

  return app;
}

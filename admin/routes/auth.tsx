/** Login with a one-time code sent by the bot, logout, first-run setup, language switch. */
import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { raw } from "hono/html";
import { z } from "zod";
import { createInvite, inviteQr } from "../../src/access/invites.js";
import { adminsRepo } from "../../src/db/repositories/admins.js";
import { audit } from "../../src/db/repositories/audit.js";
import { sessionsRepo } from "../../src/db/repositories/sessions.js";
import { sendLoginCode, verifyLoginCode } from "../../src/services/login-codes.js";
import { ensureSimulatedAdmin } from "../actions/playground.js";
import {
  clearSessionCookie,
  clientKey,
  createRateLimiter,
  LANG_COOKIE,
  SESSION_COOKIE,
  setSessionCookie,
} from "../auth/session.js";
import { hashSetupToken } from "../auth/setup.js";
import {
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  formValues,
  validate,
} from "../components/forms.js";
import { page } from "../components/layout.js";
import type { AdminEnv, Ctx } from "../context.js";
import { accessDeps, localPath } from "../lib.js";

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

export function authRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  // 10 login attempts (code requests + verifications) per client per 5 minutes
  const limiter = createRateLimiter(10, 5 * 60_000);

  const loginForm = (c: Ctx, values: FormValues = {}, errors: FieldErrors = {}, status = 200) => {
    const t = c.get("t");
    return page(
      c,
      t("admin-login-title"),
      <form method="post" action="/login" class="narrow">
        <FormErrors c={c} errors={errors} />
        <p>{t("admin-login-intro")}</p>
        <input type="hidden" name="next" value={values.next ?? c.req.query("next") ?? "/"} />
        <Field
          c={c}
          name="login"
          label={t("admin-login-name")}
          values={values}
          errors={errors}
          required
        />
        <button type="submit">{t("admin-login-send-code")}</button>
      </form>,
      status,
    );
  };

  const codeForm = (c: Ctx, values: FormValues, errors: FieldErrors = {}, status = 200) => {
    const t = c.get("t");
    return page(
      c,
      t("admin-login-title"),
      <form method="post" action="/login/verify" class="narrow">
        <FormErrors c={c} errors={errors} />
        <p>{t("admin-login-code-sent")}</p>
        <input type="hidden" name="adminId" value={values.adminId ?? ""} />
        <input type="hidden" name="next" value={values.next ?? "/"} />
        <Field
          c={c}
          name="code"
          label={t("admin-login-code")}
          values={{ ...values, code: "" }}
          errors={errors}
          required
        />
        <button type="submit">{t("admin-login-enter")}</button>
        <p>
          <a href="/login">{t("admin-login-again")}</a>
        </p>
      </form>,
      status,
    );
  };

  app.get("/login", (c) => {
    if (c.get("admin")) return c.redirect(localPath(c.req.query("next")));
    return loginForm(c);
  });

  app.post("/login", async (c) => {
    const values = await formValues(c);
    const r = validate(LoginSchema, values);
    if (!r.ok) return loginForm(c, values, r.errors, 400);
    if (!limiter(clientKey(c))) {
      return loginForm(c, values, { login: "admin-login-rate-limited" }, 429);
    }
    const a = c.get("a");
    const admin = await adminsRepo(a.deps.db).findForLogin(r.data.login);
    if (!admin) return loginForm(c, values, { login: "admin-login-unknown" }, 400);
    if (a.simulator) await ensureSimulatedAdmin(a, admin);
    const res = await sendLoginCode(accessDeps(a), admin.id);
    if (!res.ok) {
      return loginForm(c, values, { login: `admin-login-${res.reason}` }, 400);
    }
    if (a.simulator) {
      a.deps.logger.info(
        { adminId: admin.id, name: admin.name, code: res.code },
        `Login code for ${admin.name} (built-in Telegram simulator): ${res.code}`,
      );
    }
    return codeForm(c, { adminId: String(admin.id), next: r.data.next ?? "/" });
  });

  app.post("/login/verify", async (c) => {
    const values = await formValues(c);
    const r = validate(VerifySchema, values);
    if (!r.ok) return codeForm(c, values, r.errors, 400);
    if (!limiter(clientKey(c)))
      return codeForm(c, values, { code: "admin-login-rate-limited" }, 429);
    const a = c.get("a");
    const verdict = await verifyLoginCode(accessDeps(a), r.data.adminId, r.data.code);
    if (verdict !== "ok") return codeForm(c, values, { code: `admin-login-code-${verdict}` }, 400);
    const now = a.deps.now();
    const s = await sessionsRepo(a.deps.db).create(r.data.adminId, now);
    setSessionCookie(c, s.id);
    await audit(a.deps.db, {
      actor: `admin:${r.data.adminId}`,
      action: "login",
      entity: "admin",
      entityId: r.data.adminId,
    });
    return c.redirect(localPath(r.data.next), 303);
  });

  app.post("/logout", async (c) => {
    const a = c.get("a");
    const admin = c.get("admin");
    const sid = getCookie(c, SESSION_COOKIE);
    if (sid) await sessionsRepo(a.deps.db).destroy(sid);
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
      setCookie(c, LANG_COOKIE, locale, { path: "/", sameSite: "Lax", maxAge: 365 * 24 * 3600 });
    }
    return c.redirect(localPath(c.req.query("back")), 303);
  });

  // ── first run ──
  const setupForm = (
    c: Ctx,
    token: string,
    values: FormValues = {},
    errors: FieldErrors = {},
    status = 200,
  ) => {
    const t = c.get("t");
    return page(
      c,
      t("admin-setup-title"),
      <form method="post" action={`/setup/${token}`} class="narrow">
        <FormErrors c={c} errors={errors} />
        <p>{t("admin-setup-intro")}</p>
        <Field
          c={c}
          name="name"
          label={t("admin-field-admin-name")}
          values={values}
          errors={errors}
          required
        />
        <fieldset>
          <legend>{t("admin-field-language")}</legend>
          <label>
            <input type="radio" name="locale" value="kk" checked={values.locale === "kk"} /> Қазақша
          </label>
          <label>
            <input type="radio" name="locale" value="ru" checked={values.locale !== "kk"} /> Русский
          </label>
        </fieldset>
        <button type="submit">{t("admin-setup-create")}</button>
      </form>,
      status,
    );
  };

  app.get("/setup/:token", async (c) => {
    const a = c.get("a");
    const token = c.req.param("token");
    const ok = await adminsRepo(a.deps.db).setupTokenValid(
      hashSetupToken(token, a.deps.pepper),
      a.deps.now(),
    );
    if (!ok)
      return page(
        c,
        c.get("t")("admin-setup-title"),
        <p>{c.get("t")("admin-setup-invalid")}</p>,
        404,
      );
    return setupForm(c, token);
  });

  app.post("/setup/:token", async (c) => {
    const a = c.get("a");
    const t = c.get("t");
    const token = c.req.param("token");
    const values = await formValues(c);
    const r = validate(SetupSchema, values);
    if (!r.ok) return setupForm(c, token, values, r.errors, 400);
    const repo = adminsRepo(a.deps.db);
    const now = a.deps.now();
    if (!(await repo.consumeSetupToken(hashSetupToken(token, a.deps.pepper), now))) {
      return page(c, t("admin-setup-title"), <p>{t("admin-setup-invalid")}</p>, 404);
    }
    const admin = await repo.create({
      name: r.data.name,
      role: "secretary",
      locale: r.data.locale,
    });
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
    const s = await sessionsRepo(a.deps.db).create(admin.id, now);
    setSessionCookie(c, s.id);
    setCookie(c, LANG_COOKIE, r.data.locale, {
      path: "/",
      sameSite: "Lax",
      maxAge: 365 * 24 * 3600,
    });
    const qr = await inviteQr(invite.link, "svg");
    return page(
      c,
      t("admin-setup-done-title"),
      <section>
        <p>{t("admin-setup-done", { name: admin.name })}</p>
        <p>{t("admin-invite-how")}</p>
        <p class="code">
          <code>{invite.code}</code>
        </p>
        <p>
          <a href={invite.link}>{invite.link}</a>
        </p>
        <div class="qr">{raw(String(qr))}</div>
        <p>
          <a href="/" class="button">
            {t("admin-setup-continue")}
          </a>
        </p>
      </section>,
    );
  });

  return app;
}

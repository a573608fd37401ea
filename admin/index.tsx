/**
 * The admin panel (Hono + hono/jsx), mounted at "/" by src/server.
 *
 * Middleware order: secure headers → Origin check (hono/csrf) → session and
 * locale → login/role/CSRF-token guard → the area modules of routes/index.ts.
 *
 * Extension point for other areas (agenda, meetings, roadmaps): write
 * `admin/routes/<area>.tsx` exporting `(): Hono<AdminEnv>`, add it to
 * ROUTE_MODULES in routes/index.ts and a nav line to views/nav.ts; reuse
 * `page`/`Layout` (views/layout.tsx), `PostForm`/`Field`/`parseForm`
 * (views/forms.tsx) and `requireRole` (auth/session.ts).
 */
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import type { Locale } from "../src/domain/vocabulary.js";
import { formatFileSize } from "../src/i18n/format.js";
import { translator } from "../src/i18n/index.js";
import { guard, LANG_COOKIE, loadSession } from "./auth/session.js";
import type { AdminDeps, AdminEnv } from "./context.js";
import { ROUTE_MODULES } from "./routes/index.js";
import { staticRoutes } from "./static.js";

export { requireRole } from "./auth/session.js";
export { announceSetup, createSetupLinks } from "./auth/setup.js";
export type { AdminDeps, AdminEnv } from "./context.js";
export { CsrfField, Field, PostForm, parseForm, Select, TextArea } from "./views/forms.js";
export { Layout, page } from "./views/layout.js";
export { NAV_ITEMS } from "./views/nav.js";

const MAX_BODY = 10 * 1024 * 1024;

export function createAdmin(a: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  // error texts in the panel's language, also for requests stopped before loadSession ran
  const locale = (c: Context<AdminEnv>): Locale =>
    c.get("locale") ?? (getCookie(c, LANG_COOKIE) === "kk" ? "kk" : "ru");
  const errorText = (c: Context<AdminEnv>, key: string, vars?: Record<string, string>) =>
    translator(a.deps.i18n, locale(c))(key, vars);
  const publicOrigin = a.config.PUBLIC_URL ? new URL(a.config.PUBLIC_URL).origin : undefined;

  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      strictTransportSecurity: publicOrigin?.startsWith("https:")
        ? "max-age=15552000; includeSubDomains"
        : false,
    }),
  );
  app.use(
    "*",
    csrf({
      origin: (origin, c) => origin === new URL(c.req.url).origin || origin === publicOrigin,
    }),
  );
  app.route("/static", staticRoutes());
  // uploads (CSV/XLSX imports) are the largest bodies; limit before anything reads one
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY,
      onError: (c) =>
        c.text(errorText(c, "admin-error-413", { max: formatFileSize(MAX_BODY, locale(c)) }), 413),
    }),
  );
  app.use("*", loadSession(a));
  app.use("*", guard());
  for (const mod of ROUTE_MODULES) app.route("/", mod());
  // last: a sub-app's notFound is not used once mounted, so the panel answers unknown paths itself
  app.all("*", (c) => c.text(errorText(c, "admin-error-404"), 404));
  app.onError((err, c) => {
    // hono/csrf's Origin check throws a 403
    if (err instanceof HTTPException && err.status === 403)
      return c.text(errorText(c, "admin-error-403"), 403);
    if (err instanceof HTTPException) return err.getResponse();
    a.deps.logger.error({ err, path: c.req.path }, "admin: unhandled error");
    return c.text(errorText(c, "admin-error-500"), 500);
  });
  return app;
}

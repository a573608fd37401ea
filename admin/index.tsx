/**
 * The admin panel (Hono + hono/jsx), a door like src/bot/: mounted at "/" by
 * src/app.ts, the only file in src/ that imports it.
 *
 * Middleware order: request id and the request's child logger (c.get("log")) →
 * secure headers → Origin check (hono/csrf) → static files → Cache-Control: no-store →
 * body limit → session and locale → login/role/CSRF-token guard → the page
 * renderer (hono/jsx-renderer, components/layout.tsx) → the areas of
 * areas.ts (dashboard, responses, campaigns, calendar, meetings, roadmaps,
 * registries, officials and invites, admins, audit, playground), one folder
 * each: routes.tsx (validate → repository/service → render) and pages/.
 *
 * A route answers with `c.render(<Page />, { title })`; components read the
 * request (translator, locale, admin, CSRF token) with useRequestContext
 * (components/request.ts). A new area exports `(): Hono<AdminEnv>`, joins
 * AREAS and adds its line to components/nav.ts.
 */
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { panelUrl } from "../src/config.js";
import type { Locale } from "../src/domain/vocabulary.js";
import { formatFileSize } from "../src/i18n/format.js";
import { translator } from "../src/i18n/index.js";
import { AREAS } from "./areas.js";
import { guard, LANG_COOKIE, loadSession } from "./auth/session.js";
import { errorPage, pageRenderer } from "./components/layout.js";
import type { AdminDeps, AdminEnv } from "./context.js";
import { staticRoutes } from "./static.js";

export { announceSetup, createSetupLinks } from "./auth/setup.js";
export type { AdminDeps, AdminEnv } from "./context.js";

const MAX_BODY = 10 * 1024 * 1024;

export function createAdmin(a: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("*", requestId());
  app.use("*", async (c, next) => {
    c.set("log", a.deps.logger.child({ requestId: c.get("requestId") }));
    c.set("a", a); // early: error pages before the session is loaded need the translations
    await next();
  });
  // error texts in the panel's language, also for requests stopped before loadSession ran
  const locale = (c: Context<AdminEnv>): Locale =>
    c.get("locale") ?? (getCookie(c, LANG_COOKIE) === "kk" ? "kk" : "ru");
  const errorText = (c: Context<AdminEnv>, key: string, vars?: Record<string, string>) =>
    translator(a.deps.i18n, locale(c))(key, vars);
  const publicAddress = panelUrl(a.config);
  const publicOrigin = publicAddress ? new URL(publicAddress).origin : undefined;

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
  // pages and downloads hold questionnaires and personal data: never kept by the browser or a
  // proxy, so Back after logout shows nothing (static files above stay cacheable)
  app.use("*", async (c, next) => {
    await next();
    c.res.headers.set("Cache-Control", "no-store");
  });
  // uploads (CSV/XLSX imports) are the largest bodies; limit before anything reads one
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY,
      onError: (c) =>
        errorPage(
          c,
          413,
          errorText(c, "admin-error-413", { max: formatFileSize(MAX_BODY, locale(c)) }),
        ),
    }),
  );
  app.use("*", loadSession(a));
  app.use("*", guard());
  app.use("*", pageRenderer());
  for (const area of AREAS) app.route("/", area());
  // last: a sub-app's notFound is not used once mounted, so the panel answers unknown paths itself
  app.all("*", (c) => errorPage(c, 404, errorText(c, "admin-error-404")));
  app.onError((err, c) => {
    // hono/csrf's Origin check throws a 403
    if (err instanceof HTTPException && err.status === 403)
      return errorPage(c, 403, errorText(c, "admin-error-403"));
    if (err instanceof HTTPException) return err.getResponse();
    (c.get("log") ?? a.deps.logger).error({ err, path: c.req.path }, "admin: unhandled error");
    return errorPage(c, 500, errorText(c, "admin-error-500"));
  });
  return app;
}

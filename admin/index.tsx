/**
 * The admin panel (Hono + hono/jsx), a door like src/bot/: mounted at "/" by
 * src/app.ts, the only file in src/ that imports it.
 *
 * Middleware order: secure headers → Origin check (hono/csrf) → static files →
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
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { AREAS } from "./areas.js";
import { guard, loadSession } from "./auth/session.js";
import { pageRenderer } from "./components/layout.js";
import type { AdminDeps, AdminEnv } from "./context.js";
import { staticRoutes } from "./static.js";

export { announceSetup, createSetupLinks } from "./auth/setup.js";
export type { AdminDeps, AdminEnv } from "./context.js";

export function createAdmin(a: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
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
    bodyLimit({ maxSize: 10 * 1024 * 1024, onError: (c) => c.text("Payload Too Large", 413) }),
  );
  app.use("*", loadSession(a));
  app.use("*", guard());
  app.use("*", pageRenderer());
  for (const area of AREAS) app.route("/", area());
  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    a.deps.logger.error({ err, path: c.req.path }, "admin: unhandled error");
    return c.text("Internal Server Error", 500);
  });
  return app;
}

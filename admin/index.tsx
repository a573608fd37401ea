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
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { guard, loadSession } from "./auth/session.js";
import type { AdminDeps, AdminEnv } from "./context.js";
import { ROUTE_MODULES } from "./routes/index.js";
import { staticRoutes } from "./static.js";

export { requireRole } from "./auth/session.js";
export { announceSetup, createSetupLinks } from "./auth/setup.js";
export type { AdminDeps, AdminEnv } from "./context.js";
export { CsrfField, Field, PostForm, parseForm, Select, TextArea } from "./views/forms.js";
export { Layout, page } from "./views/layout.js";
export { NAV_ITEMS } from "./views/nav.js";

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
  for (const mod of ROUTE_MODULES) app.route("/", mod());
  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    a.deps.logger.error({ err, path: c.req.path }, "admin: unhandled error");
    return c.text("Internal Server Error", 500);
  });
  return app;
}

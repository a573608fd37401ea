/**
 * Every area of the panel, mounted at "/" in this order. A new area is a
 * folder with routes.tsx exporting `(): Hono<AdminEnv>`, listed here, and a
 * line in components/nav.ts.
 */
import type { Hono } from "hono";
import { adminsRoutes } from "./admins/routes.js";
import { auditRoutes } from "./audit/routes.js";
import { authRoutes } from "./auth/routes.js";
import { calendarRoutes } from "./calendar/routes.js";
import { campaignsRoutes } from "./campaigns/routes.js";
import type { AdminEnv } from "./context.js";
import { dashboardRoutes } from "./dashboard/routes.js";
import { meetingsRoutes } from "./meetings/routes.js";
import { officialsRoutes } from "./officials/routes.js";
import { playgroundRoutes } from "./playground/routes.js";
import { registriesRoutes } from "./registries/routes.js";
import { reportsRoutes } from "./reports/routes.js";
import { exportsRoutes } from "./responses/exports.js";
import { responsesRoutes } from "./responses/routes.js";
import { roadmapsRoutes } from "./roadmaps/routes.js";

export const AREAS: (() => Hono<AdminEnv>)[] = [
  authRoutes,
  dashboardRoutes,
  responsesRoutes,
  exportsRoutes,
  campaignsRoutes,
  calendarRoutes,
  meetingsRoutes,
  roadmapsRoutes,
  reportsRoutes,
  registriesRoutes,
  officialsRoutes,
  adminsRoutes,
  auditRoutes,
  playgroundRoutes,
];

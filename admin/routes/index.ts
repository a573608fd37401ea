/**
 * Every area of the panel, mounted at "/" in this order. Add a module here
 * (and a nav item in views/nav.ts) to extend the panel.
 */
import type { Hono } from "hono";
import { calendarRoutes } from "../calendar/routes.js";
import { campaignsRoutes } from "../campaigns/routes.js";
import type { AdminEnv } from "../context.js";
import { meetingsRoutes } from "../meetings/routes.js";
import { roadmapsRoutes } from "../roadmaps/routes.js";
import { adminsRoutes } from "./admins.js";
import { auditRoutes } from "./audit.js";
import { authRoutes } from "./auth.js";
import { dashboardRoutes } from "./dashboard.js";
import { exportsRoutes } from "./exports.js";
import { officialsRoutes } from "./officials.js";
import { playgroundRoutes } from "./playground.js";
import { registriesRoutes } from "./registries.js";
import { responsesRoutes } from "./responses.js";

export const ROUTE_MODULES: (() => Hono<AdminEnv>)[] = [
  authRoutes,
  dashboardRoutes,
  responsesRoutes,
  exportsRoutes,
  campaignsRoutes,
  calendarRoutes,
  meetingsRoutes,
  roadmapsRoutes,
  registriesRoutes,
  officialsRoutes,
  adminsRoutes,
  auditRoutes,
  playgroundRoutes,
];

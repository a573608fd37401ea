/**
 * Every area of the panel, mounted at "/" in this order. Add a module here
 * (and a nav item in views/nav.ts) to extend the panel.
 */
import type { Hono } from "hono";
import { adminsRoutes } from "../admins/routes.js";
import { auditRoutes } from "../audit/routes.js";
import { authRoutes } from "../auth/routes.js";
import type { AdminEnv } from "../context.js";
import { dashboardRoutes } from "../dashboard/routes.js";
import { officialsRoutes } from "../officials/routes.js";
import { playgroundRoutes } from "../playground/routes.js";
import { registriesRoutes } from "../registries/routes.js";
import { exportsRoutes } from "../responses/exports.js";
import { responsesRoutes } from "../responses/routes.js";
import { agendaRoutes } from "./agenda.js";
import { campaignsRoutes } from "./campaigns.js";
import { roadmapsRoutes } from "./roadmaps.js";

export const ROUTE_MODULES: (() => Hono<AdminEnv>)[] = [
  authRoutes,
  dashboardRoutes,
  responsesRoutes,
  exportsRoutes,
  campaignsRoutes,
  agendaRoutes,
  roadmapsRoutes,
  registriesRoutes,
  officialsRoutes,
  adminsRoutes,
  auditRoutes,
  playgroundRoutes,
];

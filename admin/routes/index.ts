/**
 * Every area of the panel, mounted at "/" in this order. Add a module here
 * (and a nav item in views/nav.ts) to extend the panel.
 */
import type { Hono } from "hono";
import type { AdminEnv } from "../context.js";
import { adminsRoutes } from "../admins/routes.js";
import { agendaRoutes } from "./agenda.js";
import { auditRoutes } from "../audit/routes.js";
import { authRoutes } from "../auth/routes.js";
import { campaignsRoutes } from "./campaigns.js";
import { dashboardRoutes } from "../dashboard/routes.js";
import { exportsRoutes } from "./exports.js";
import { officialsRoutes } from "./officials.js";
import { playgroundRoutes } from "./playground.js";
import { registriesRoutes } from "./registries.js";
import { responsesRoutes } from "./responses.js";
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

/**
 * The header navigation, in one place. A new area adds one line here and
 * its routes to areas.ts.
 */
import type { AdminRole } from "../../src/domain/vocabulary.js";

export interface NavItem {
  href: string;
  /** Fluent key of the label */
  label: string;
  /** shown only to this role (default: everyone logged in) */
  role?: AdminRole;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "admin-nav-dashboard" },
  { href: "/responses", label: "admin-nav-responses" },
  { href: "/campaigns", label: "admin-nav-campaigns" },
  { href: "/meetings", label: "meeting-nav" },
  { href: "/roadmaps", label: "roadmap-nav" },
  { href: "/reports", label: "report-nav" },
  { href: "/agencies", label: "admin-nav-agencies" },
  { href: "/services", label: "admin-nav-services" },
  { href: "/officials", label: "admin-nav-officials" },
  { href: "/invites", label: "admin-nav-invites", role: "secretary" },
  { href: "/admins", label: "admin-nav-admins", role: "secretary" },
  { href: "/audit", label: "admin-nav-audit" },
  { href: "/playground", label: "admin-nav-playground", role: "secretary" },
];

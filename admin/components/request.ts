/**
 * What a component may read from the request it renders for: the Hono
 * context (through hono/jsx-renderer's useRequestContext), the translator,
 * the locale, the logged-in admin. Works inside anything rendered by
 * c.render(); no `c` prop is threaded through the tree.
 */

import type { Context } from "hono";
import { useRequestContext } from "hono/jsx-renderer";
import type { AdminRow } from "../../src/db/repositories/admins.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDateTime } from "../../src/i18n/format.js";
import type { Translate } from "../../src/i18n/index.js";
import type { AdminEnv } from "../context.js";

export function useCtx(): Context<AdminEnv> {
  return useRequestContext<AdminEnv>();
}

export function useT(): Translate {
  return useCtx().get("t");
}

export function useLocale(): Locale {
  return useCtx().get("locale");
}

export function useAdmin(): AdminRow | null {
  return useCtx().get("admin");
}

/** An instant in the UI's language on the configured clock ("—" for none). */
export function useDateTime(): (d: Date | null | undefined) => string {
  const c = useCtx();
  return (d) => (d ? formatDateTime(d, c.get("locale"), c.get("a").deps.tz) : "—");
}

/** Whether the logged-in admin may change things. */
export function useIsSecretary(): boolean {
  return useAdmin()?.role === "secretary";
}

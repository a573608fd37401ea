/** The audit log: who, what, when, before/after — filterable. */
import { Hono } from "hono";
import { z } from "zod";
import { listAudit } from "../../src/db/repositories/audit.js";
import { addDays, atLocalTime, isLocalDate, type LocalDate } from "../../src/domain/time.js";
import { pageOf, pageParam } from "../components/pager.js";
import type { AdminEnv } from "../context.js";
import { validQuery } from "../validation.js";
import { AuditPage } from "./pages/audit.js";

const PAGE = 100;
const word = z
  .string()
  .trim()
  .max(100)
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);
const day = z
  .string()
  .optional()
  .catch(undefined)
  .transform((v) => (v && isLocalDate(v) ? v : undefined));
const AuditQuery = z.object({
  actor: word,
  entity: word,
  action: word,
  from: day,
  to: day,
  page: pageParam,
});

export function auditRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.get("/audit", validQuery(AuditQuery), async (c) => {
    const a = c.get("a");
    const q = c.req.valid("query");
    const found = await listAudit(
      a.deps.db,
      {
        actor: q.actor,
        entity: q.entity,
        action: q.action,
        from: q.from ? atLocalTime(q.from as LocalDate, "00:00", a.deps.tz) : undefined,
        to: q.to ? atLocalTime(addDays(q.to as LocalDate, 1), "00:00", a.deps.tz) : undefined,
      },
      pageOf(q.page, PAGE),
    );
    return c.render(<AuditPage q={q} found={found} size={PAGE} />, {
      title: c.get("t")("admin-audit-title"),
    });
  });
  return app;
}

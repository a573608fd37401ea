/** The audit log: who (by name), what (in words), when, the change as a table — filterable. */
import { Hono } from "hono";
import { z } from "zod";
import { actorNames, auditVocabulary, listAudit } from "../../src/db/repositories/audit.js";
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
    const [vocabulary, admins, names] = await Promise.all([
      auditVocabulary(a.deps.db),
      a.deps.repos.admins.list(),
      actorNames(
        a.deps.db,
        found.rows.map((r) => r.actor),
      ),
    ]);
    return c.render(
      <AuditPage
        q={q}
        found={found}
        size={PAGE}
        vocabulary={vocabulary}
        admins={admins}
        names={names}
      />,
      { title: c.get("t")("admin-audit-title") },
    );
  });
  return app;
}

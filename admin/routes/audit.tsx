/** The audit log: who, what, when, before/after — filterable. */
import { Hono } from "hono";
import { z } from "zod";
import { listAudit } from "../../src/db/repositories/audit.js";
import { addDays, atLocalTime, isLocalDate, type LocalDate } from "../../src/domain/time.js";
import { page } from "../components/layout.js";
import type { AdminEnv } from "../context.js";
import { fmtDateTime } from "../lib.js";

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
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

function json(v: unknown): string {
  if (v == null) return "";
  const s = JSON.stringify(v);
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
}

export function auditRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.get("/audit", async (c) => {
    const t = c.get("t");
    const a = c.get("a");
    const q = AuditQuery.parse(c.req.query());
    const pageNo = q.page ?? 1;
    const rows = await listAudit(a.deps.db, {
      actor: q.actor,
      entity: q.entity,
      action: q.action,
      from: q.from ? atLocalTime(q.from as LocalDate, "00:00", a.deps.tz) : undefined,
      to: q.to ? atLocalTime(addDays(q.to as LocalDate, 1), "00:00", a.deps.tz) : undefined,
      limit: PAGE + 1,
      offset: (pageNo - 1) * PAGE,
    });
    const u = new URL(c.req.url);
    const href = (n: number) => {
      u.searchParams.set("page", String(n));
      return u.pathname + u.search;
    };
    return page(
      c,
      t("admin-audit-title"),
      <>
        <form method="get" action="/audit" class="filters">
          <input
            name="actor"
            value={q.actor ?? ""}
            placeholder={t("admin-col-who")}
            aria-label={t("admin-col-who")}
          />
          <input
            name="entity"
            value={q.entity ?? ""}
            placeholder={t("admin-col-entity")}
            aria-label={t("admin-col-entity")}
          />
          <input
            name="action"
            value={q.action ?? ""}
            placeholder={t("admin-col-action")}
            aria-label={t("admin-col-action")}
          />
          <input type="date" name="from" value={q.from ?? ""} aria-label={t("admin-filter-from")} />
          <input type="date" name="to" value={q.to ?? ""} aria-label={t("admin-filter-to")} />
          <button type="submit">{t("admin-filter-apply")}</button>
        </form>
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th>{t("admin-col-when")}</th>
                <th>{t("admin-col-who")}</th>
                <th>{t("admin-col-action")}</th>
                <th>{t("admin-col-entity")}</th>
                <th>{t("admin-col-before")}</th>
                <th>{t("admin-col-after")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, PAGE).map((r) => (
                <tr>
                  <td>{fmtDateTime(c, r.at)}</td>
                  <td>{r.actor}</td>
                  <td>{r.action}</td>
                  <td>
                    {r.entity}
                    {r.entityId ? ` #${r.entityId}` : ""}
                  </td>
                  <td class="json">{json(r.before)}</td>
                  <td class="json">{json(r.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <nav class="pager">
          {pageNo > 1 ? <a href={href(pageNo - 1)}>← {t("admin-prev")}</a> : null}
          {rows.length > PAGE ? <a href={href(pageNo + 1)}>{t("admin-next")} →</a> : null}
        </nav>
      </>,
    );
  });
  return app;
}

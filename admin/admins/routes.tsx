/** The authorized body's staff: add a secretary or member, change role, archive; link Telegram by invite. */
import { Hono } from "hono";
import { z } from "zod";
import { audit } from "../../src/db/repositories/audit.js";
import { requireRole } from "../auth/session.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { notFound, redirectOk } from "../lib.js";
import { validForm, validIds } from "../validation.js";
import { AdminsPage } from "./pages/admins.js";

const AdminSchema = z.object({
  name: z.string().trim().min(2, "admin-err-required").max(200, "admin-err-too-long"),
  role: z.enum(["secretary", "member"], { message: "admin-err-required" }),
  locale: z.enum(["kk", "ru"]).default("ru"),
});

async function list(c: Ctx, values: FormValues = {}, errors: FieldErrors = {}) {
  const rows = await c.get("a").deps.repos.admins.list();
  return c.render(<AdminsPage rows={rows} values={values} errors={errors} />, {
    title: c.get("t")("admin-admins-title"),
  });
}

export function adminsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("/admins", requireRole("secretary"));
  app.use("/admins/*", requireRole("secretary"));

  app.get("/admins", (c) => list(c));
  app.post("/admins", validForm(AdminSchema, list), async (c) => {
    const a = c.get("a");
    const row = await a.deps.repos.admins.create(c.req.valid("form"));
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "create",
      entity: "admin",
      entityId: row.id,
      after: row,
    });
    return redirectOk(c, "/admins", "admin-saved");
  });
  app.post("/admins/:id{[0-9]+}/archive", validIds(), async (c) => {
    const a = c.get("a");
    const repo = a.deps.repos.admins;
    const before = await repo.byId(c.req.valid("param").id);
    if (!before || before.id === c.get("admin")?.id) return notFound(c);
    const archivedAt = before.archivedAt ? null : a.deps.now();
    await repo.update(before.id, { archivedAt });
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: archivedAt ? "archive" : "unarchive",
      entity: "admin",
      entityId: before.id,
      before: { archivedAt: before.archivedAt },
      after: { archivedAt },
    });
    return redirectOk(c, "/admins", "admin-saved");
  });
  return app;
}

/**
 * The authorized body's staff: add a secretary or member, edit name/role/language, close and
 * reopen access; link Telegram by invite. Changes go through src/services/admins.ts.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { AdminChange } from "../../src/db/repositories/admins.js";
import { createAdmin, editAdmin, setAdminActive } from "../../src/services/admins.js";
import { requireRole } from "../auth/session.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { notFound, redirectOk } from "../lib.js";
import { validForm, validIds } from "../validation.js";
import { AdminEditPage, AdminsPage } from "./pages/admins.js";

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

async function editForm(c: Ctx, values?: FormValues, errors: FieldErrors = {}) {
  const id = Number(c.req.param("id"));
  const row = Number.isSafeInteger(id) ? await c.get("a").deps.repos.admins.byId(id) : undefined;
  if (!row) return notFound(c);
  const shown = values ?? { name: row.name, role: row.role, locale: row.locale };
  return c.render(<AdminEditPage row={row} values={shown} errors={errors} />, {
    title: c.get("t")("admin-admin-edit-title", { name: row.name }),
  });
}

const acting = (c: Ctx) => ({ deps: c.get("a").deps, actor: actorOf(c.get("admin")) });

/** A refused change: the field it concerns gets the message. */
function changeErrors(r: Exclude<AdminChange, { ok: true }>): FieldErrors {
  return r.error === "name-taken"
    ? { name: "admin-err-name-taken" }
    : { _form: `admin-err-${r.error}` };
}

export function adminsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("/admins", requireRole("secretary"));
  app.use("/admins/*", requireRole("secretary"));

  app.get("/admins", (c) => list(c));
  app.post("/admins", validForm(AdminSchema, list), async (c) => {
    const form = c.req.valid("form");
    const r = await createAdmin(acting(c), form);
    if (!r.ok) {
      c.status(400);
      return list(c, form, { name: "admin-err-name-taken" });
    }
    return redirectOk(c, "/admins", "admin-saved");
  });

  app.get("/admins/:id{[0-9]+}", validIds(), (c) => editForm(c));
  app.post("/admins/:id{[0-9]+}", validIds(), validForm(AdminSchema, editForm), async (c) => {
    const form = c.req.valid("form");
    const r = await editAdmin(acting(c), c.req.valid("param").id, form);
    if (r.ok) return redirectOk(c, "/admins", "admin-saved");
    if (r.error === "not-found") return notFound(c);
    c.status(400);
    return editForm(c, form, changeErrors(r));
  });

  // close or reopen access (deactivate: login refused, sessions end); not one's own
  app.post("/admins/:id{[0-9]+}/archive", validIds(), async (c) => {
    const id = c.req.valid("param").id;
    const before = await c.get("a").deps.repos.admins.byId(id);
    if (!before || before.id === c.get("admin")?.id) return notFound(c);
    const r = await setAdminActive(acting(c), id, Boolean(before.archivedAt));
    if (r.ok) return redirectOk(c, "/admins", "admin-saved");
    if (r.error === "not-found") return notFound(c);
    c.status(400);
    return list(c, {}, changeErrors(r));
  });
  return app;
}

/** The authorized body's staff: add a secretary or member, change role, archive; link Telegram by invite. */
import { Hono } from "hono";
import { z } from "zod";
import { adminsRepo } from "../../src/db/repositories/admins.js";
import { audit } from "../../src/db/repositories/audit.js";
import { requireRole } from "../auth/session.js";
import {
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  formValues,
  LOCALE_OPTIONS,
  PostForm,
  Select,
  validate,
} from "../components/forms.js";
import { page } from "../components/layout.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { idParam, notFound, redirectOk } from "../lib.js";

const AdminSchema = z.object({
  name: z.string().trim().min(2, "admin-err-required").max(200, "admin-err-too-long"),
  role: z.enum(["secretary", "member"], { message: "admin-err-required" }),
  locale: z.enum(["kk", "ru"]).default("ru"),
});

export function adminsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("/admins", requireRole("secretary"));
  app.use("/admins/*", requireRole("secretary"));

  const list = async (c: Ctx, values: FormValues = {}, errors: FieldErrors = {}, status = 200) => {
    const t = c.get("t");
    const rows = await adminsRepo(c.get("a").deps.db).list();
    return page(
      c,
      t("admin-admins-title"),
      <>
        <table>
          <thead>
            <tr>
              <th>{t("admin-col-name")}</th>
              <th>{t("admin-col-role")}</th>
              <th>{t("admin-col-telegram")}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((x) => (
              <tr class={x.archivedAt ? "archived" : undefined}>
                <td>{x.name}</td>
                <td>{t(`admin-role-${x.role}`)}</td>
                <td>
                  {x.telegramId
                    ? x.reachable
                      ? t("admin-yes")
                      : t("admin-unreachable")
                    : t("admin-no")}
                </td>
                <td class="row">
                  {x.id !== c.get("admin")?.id ? (
                    <PostForm c={c} action={`/admins/${x.id}/archive`} class="inline">
                      <button type="submit" class="link">
                        {t(x.archivedAt ? "admin-unarchive" : "admin-archive")}
                      </button>
                    </PostForm>
                  ) : null}
                  <PostForm c={c} action="/invites" class="inline">
                    <input type="hidden" name="target" value="admin" />
                    <input type="hidden" name="adminId" value={String(x.id)} />
                    <button type="submit" class="link">
                      {t("admin-link-telegram")}
                    </button>
                  </PostForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t("admin-admin-new")}</h2>
        <PostForm c={c} action="/admins" class="narrow">
          <FormErrors c={c} errors={errors} />
          <Field
            c={c}
            name="name"
            label={t("admin-field-admin-name")}
            values={values}
            errors={errors}
            required
          />
          <Select
            c={c}
            name="role"
            label={t("admin-col-role")}
            values={values}
            errors={errors}
            options={[
              { value: "member", label: t("admin-role-member") },
              { value: "secretary", label: t("admin-role-secretary") },
            ]}
          />
          <Select
            c={c}
            name="locale"
            label={t("admin-field-language")}
            values={values}
            errors={errors}
            options={LOCALE_OPTIONS}
          />
          <button type="submit">{t("admin-add")}</button>
        </PostForm>
      </>,
      status,
    );
  };

  app.get("/admins", (c) => list(c));
  app.post("/admins", async (c) => {
    const a = c.get("a");
    const values = await formValues(c);
    const r = validate(AdminSchema, values);
    if (!r.ok) return list(c, values, r.errors, 400);
    const row = await adminsRepo(a.deps.db).create(r.data);
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "create",
      entity: "admin",
      entityId: row.id,
      after: row,
    });
    return redirectOk(c, "/admins", "admin-saved");
  });
  app.post("/admins/:id{[0-9]+}/archive", async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    const repo = adminsRepo(a.deps.db);
    const before = id ? await repo.byId(id) : undefined;
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

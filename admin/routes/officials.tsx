/** Officials (who answers in Telegram) and invitations (create with QR and deep link, list, revoke). */
import { Hono } from "hono";
import { raw } from "hono/html";
import { z } from "zod";
import { createInvite, inviteQr, listInvites, revokeInvite } from "../../src/access/invites.js";
import { adminsRepo } from "../../src/db/repositories/admins.js";
import { agenciesRepo } from "../../src/db/repositories/agencies.js";
import { campaignsRepo } from "../../src/db/repositories/campaigns.js";
import { listOfficials } from "../../src/db/repositories/officials.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { requireRole } from "../auth/session.js";
import {
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  formValues,
  PostForm,
  Select,
  validate,
} from "../components/forms.js";
import { page } from "../components/layout.js";
import type { AdminEnv, Ctx } from "../context.js";
import { accessDeps, fmtDateTime, idParam, nameOf, notFound, redirectOk } from "../lib.js";

const OfficialsQuery = z.object({
  agency: z.coerce.number().int().positive().optional().catch(undefined),
  reachable: z.enum(["yes", "no"]).optional().catch(undefined),
});
const optText = z
  .string()
  .trim()
  .max(300, "admin-err-too-long")
  .optional()
  .transform((v) => v || undefined);
const InviteSchema = z
  .object({
    target: z.enum(["official", "admin"]),
    agencyId: z.coerce.number().int().positive().optional().catch(undefined),
    adminId: z.coerce.number().int().positive().optional().catch(undefined),
    campaignId: z.coerce.number().int().positive().optional().catch(undefined),
    fullName: optText,
    position: optText,
  })
  .superRefine((v, ctx) => {
    if (v.target === "official" && !v.agencyId)
      ctx.addIssue({ code: "custom", path: ["agencyId"], message: "admin-err-required" });
    if (v.target === "admin" && !v.adminId)
      ctx.addIssue({ code: "custom", path: ["adminId"], message: "admin-err-required" });
  });

export function officialsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get("/officials", async (c) => {
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const db = c.get("a").deps.db;
    const q = OfficialsQuery.parse(c.req.query());
    const [list, agencies] = await Promise.all([
      listOfficials(db, {
        agencyId: q.agency,
        reachable: q.reachable ? q.reachable === "yes" : undefined,
      }),
      agenciesRepo(db).list(),
    ]);
    return page(
      c,
      t("admin-officials-title"),
      <>
        <form method="get" action="/officials" class="filters">
          <select name="agency" aria-label={t("admin-col-agency")}>
            <option value="">{t("admin-filter-any-agency")}</option>
            {agencies.map((g) => (
              <option value={String(g.id)} selected={q.agency === g.id}>
                {nameOf(g, locale)}
              </option>
            ))}
          </select>
          <select name="reachable" aria-label={t("admin-col-reachable")}>
            <option value="">{t("admin-col-reachable")}</option>
            <option value="yes" selected={q.reachable === "yes"}>
              {t("admin-yes")}
            </option>
            <option value="no" selected={q.reachable === "no"}>
              {t("admin-no")}
            </option>
          </select>
          <button type="submit">{t("admin-filter-apply")}</button>
        </form>
        <p>{t("admin-found", { count: list.length })}</p>
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th>{t("admin-col-name")}</th>
                <th>{t("admin-col-agency")}</th>
                <th>{t("admin-field-language")}</th>
                <th>{t("admin-col-last-seen")}</th>
                <th>{t("admin-col-reachable")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((o) => (
                <tr>
                  <td>
                    {o.fullName ?? `#${o.id}`}
                    {o.position ? <small> · {o.position}</small> : null}
                  </td>
                  <td>{nameOf({ nameKk: o.agencyNameKk, nameRu: o.agencyNameRu }, locale)}</td>
                  <td>{o.locale ?? "—"}</td>
                  <td>{fmtDateTime(c, o.lastSeenAt)}</td>
                  <td>
                    {o.reachable ? (
                      t("admin-yes")
                    ) : (
                      <span class="badge s-overdue">
                        {t("admin-unreachable-since", {
                          date: fmtDateTime(c, o.unreachableSince),
                        })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>,
    );
  });

  const invitesPage = async (
    c: Ctx,
    values: FormValues = {},
    errors: FieldErrors = {},
    status = 200,
  ) => {
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const a = c.get("a");
    const [list, agencies, admins, campaigns] = await Promise.all([
      listInvites(a.deps.db, { now: a.deps.now(), limit: 300 }),
      agenciesRepo(a.deps.db).list(),
      adminsRepo(a.deps.db).list(),
      campaignsRepo(a.deps.db).list(),
    ]);
    const agencyName = new Map(agencies.map((g) => [g.id, nameOf(g, locale)]));
    const adminName = new Map(admins.map((x) => [x.id, x.name]));
    return page(
      c,
      t("admin-invites-title"),
      <>
        <details open={Object.keys(errors).length > 0 || list.length === 0}>
          <summary>{t("admin-invite-new")}</summary>
          <PostForm c={c} action="/invites" class="narrow">
            <FormErrors c={c} errors={errors} />
            <Select
              c={c}
              name="target"
              label={t("admin-invite-target")}
              values={values}
              errors={errors}
              options={[
                { value: "official", label: t("admin-invite-target-official") },
                { value: "admin", label: t("admin-invite-target-admin") },
              ]}
            />
            <Select
              c={c}
              name="agencyId"
              label={t("admin-col-agency")}
              values={values}
              errors={errors}
              empty=""
              options={agencies.map((g) => ({
                value: String(g.id),
                label: `${g.code} — ${nameOf(g, locale)}`,
              }))}
            />
            <Select
              c={c}
              name="campaignId"
              label={t("admin-campaign")}
              values={values}
              errors={errors}
              empty={t("admin-invite-current-campaign")}
              options={campaigns.map((k) => ({
                value: String(k.id),
                label: `${k.year} — ${k.title}`,
              }))}
            />
            <Select
              c={c}
              name="adminId"
              label={t("admin-invite-admin")}
              values={values}
              errors={errors}
              empty=""
              options={admins.map((x) => ({ value: String(x.id), label: x.name }))}
            />
            <Field
              c={c}
              name="fullName"
              label={t("admin-col-name")}
              values={values}
              errors={errors}
            />
            <Field
              c={c}
              name="position"
              label={t("admin-field-position")}
              values={values}
              errors={errors}
            />
            <button type="submit">{t("admin-invite-create")}</button>
          </PostForm>
        </details>
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>{t("admin-invite-target")}</th>
                <th>{t("admin-col-name")}</th>
                <th>{t("admin-col-state")}</th>
                <th>{t("admin-invite-expires")}</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {list.map((i) => (
                <tr>
                  <td>{i.id}</td>
                  <td>
                    {i.target === "admin"
                      ? `${t("admin-invite-target-admin")}: ${adminName.get(i.adminId ?? 0) ?? ""}`
                      : (agencyName.get(i.agencyId ?? 0) ?? i.agencyCode ?? "")}
                  </td>
                  <td>{i.fullName ?? ""}</td>
                  <td>{t(`admin-invite-state-${i.state}`)}</td>
                  <td>{fmtDateTime(c, i.expiresAt)}</td>
                  <td>
                    {i.state === "ok" ? (
                      <PostForm
                        c={c}
                        action={`/invites/${i.id}/revoke`}
                        class="inline"
                        confirm={t("admin-invite-revoke-confirm")}
                      >
                        <button type="submit" class="link">
                          {t("admin-invite-revoke")}
                        </button>
                      </PostForm>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>,
      status,
    );
  };

  app.get("/invites", requireRole("secretary"), (c) => invitesPage(c));

  app.post("/invites", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const t = c.get("t");
    const values = await formValues(c);
    const r = validate(InviteSchema, values);
    if (!r.ok) return invitesPage(c, values, r.errors, 400);
    const admin = c.get("admin");
    const d = r.data;
    const invite = await createInvite(accessDeps(a), {
      target: d.target,
      agencyId: d.target === "official" ? d.agencyId : undefined,
      adminId: d.target === "admin" ? d.adminId : undefined,
      campaignId: d.target === "official" ? d.campaignId : undefined,
      fullName: d.fullName,
      position: d.position,
      createdBy: admin?.id,
    });
    const qr = await inviteQr(invite.link, "svg");
    return page(
      c,
      t("admin-invite-created"),
      <section>
        <p>{t("admin-invite-how")}</p>
        <p class="code">
          <code>{invite.code}</code>
        </p>
        <p>
          <a href={invite.link}>{invite.link}</a>
        </p>
        <div class="qr">{raw(String(qr))}</div>
        <p>
          {t("admin-invite-expires")}: {fmtDateTime(c, invite.expiresAt)}
        </p>
        <p>
          <a href="/invites">{t("admin-back")}</a>
        </p>
      </section>,
    );
  });

  app.post("/invites/:id{[0-9]+}/revoke", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    if (!id) return notFound(c);
    const admin = c.get("admin");
    const ok = await revokeInvite(a.deps.db, id, admin?.id);
    return redirectOk(c, "/invites", ok ? "admin-invite-revoked" : "admin-status-unchanged");
  });

  return app;
}

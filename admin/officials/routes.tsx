/** Officials (who answers in Telegram) and invitations (create with QR and deep link, list, revoke). */
import { Hono } from "hono";
import { z } from "zod";
import { listOfficials } from "../../src/db/repositories/officials.js";
import { createInvite, inviteQr, listInvites, revokeInvite } from "../../src/services/invites.js";
import { requireRole } from "../auth/session.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import { pageOf, pageParam, searchParam } from "../components/pager.js";
import type { AdminEnv, Ctx } from "../context.js";
import { accessDeps, redirectOk } from "../lib.js";
import { validForm, validIds, validQuery } from "../validation.js";
import { InviteCreated, InvitesPage } from "./pages/invites.js";
import { OfficialsPage } from "./pages/officials.js";

const OfficialsQuery = z.object({
  q: searchParam,
  page: pageParam,
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

async function invitesPage(c: Ctx, values: FormValues = {}, errors: FieldErrors = {}) {
  const a = c.get("a");
  const [list, agencies, admins, campaigns] = await Promise.all([
    listInvites(a.deps, { now: a.deps.now(), limit: 300 }),
    a.deps.repos.agencies.list(),
    a.deps.repos.admins.list(),
    a.deps.repos.campaigns.list(),
  ]);
  return c.render(
    <InvitesPage
      list={list}
      agencies={agencies}
      admins={admins}
      campaigns={campaigns}
      values={values}
      errors={errors}
    />,
    { title: c.get("t")("admin-invites-title") },
  );
}

export function officialsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const sec = requireRole("secretary");

  app.get("/officials", validQuery(OfficialsQuery), async (c) => {
    const a = c.get("a");
    const q = c.req.valid("query");
    const [found, agencies] = await Promise.all([
      listOfficials(
        a.deps.db,
        { q: q.q, agencyId: q.agency, reachable: q.reachable ? q.reachable === "yes" : undefined },
        pageOf(q.page),
      ),
      a.deps.repos.agencies.list(),
    ]);
    return c.render(<OfficialsPage found={found} agencies={agencies} q={q} />, {
      title: c.get("t")("admin-officials-title"),
    });
  });

  app.get("/invites", sec, (c) => invitesPage(c));

  app.post("/invites", sec, validForm(InviteSchema, invitesPage), async (c) => {
    const a = c.get("a");
    const d = c.req.valid("form");
    const invite = await createInvite(accessDeps(a), {
      target: d.target,
      agencyId: d.target === "official" ? d.agencyId : undefined,
      adminId: d.target === "admin" ? d.adminId : undefined,
      campaignId: d.target === "official" ? d.campaignId : undefined,
      fullName: d.fullName,
      position: d.position,
      createdBy: c.get("admin")?.id,
    });
    const qr = await inviteQr(invite.link, "svg");
    return c.render(
      <InviteCreated
        code={invite.code}
        link={invite.link}
        qrSvg={String(qr)}
        expiresAt={invite.expiresAt}
      />,
      { title: c.get("t")("admin-invite-created") },
    );
  });

  app.post("/invites/:id{[0-9]+}/revoke", sec, validIds(), async (c) => {
    const ok = await revokeInvite(c.get("a").deps, c.req.valid("param").id, c.get("admin")?.id);
    return redirectOk(c, "/invites", ok ? "admin-invite-revoked" : "admin-status-unchanged");
  });

  return app;
}

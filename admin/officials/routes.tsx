/** Officials (who answers in Telegram) and invitations (create with QR and deep link, list, revoke). */
import { Hono } from "hono";
import { z } from "zod";
import { listOfficials } from "../../src/db/repositories/officials.js";
import {
  createCampaignInvites,
  createInvite,
  inviteQr,
  listInvites,
  revokeInvite,
} from "../../src/services/invites.js";
import { requireRole } from "../auth/session.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import { pageOf, pageParam, searchParam } from "../components/pager.js";
import type { AdminEnv, Ctx } from "../context.js";
import { sheetCsv } from "../documents/sheet.js";
import { accessDeps, nameOf, redirectOk } from "../lib.js";
import { validForm, validIds, validQuery } from "../validation.js";
import { InviteSheet } from "./pages/invite-sheet.js";
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

const BulkSchema = z.object({
  campaignId: z.coerce.number().int().positive().max(2_147_483_647),
});

/** The form state of the bulk form (its own: both forms have a campaign field). */
interface BulkState {
  values: FormValues;
  errors: FieldErrors;
}

const InvitesQuery = z.object({ page: pageParam });

async function invitesPage(
  c: Ctx,
  values: FormValues = {},
  errors: FieldErrors = {},
  bulk: BulkState = { values: {}, errors: {} },
) {
  const a = c.get("a");
  const { page } = InvitesQuery.parse({ page: c.req.query("page") });
  const [list, total, agencies, admins, campaigns] = await Promise.all([
    listInvites(a.deps, { now: a.deps.now(), ...pageOf(page) }),
    a.deps.repos.invites.count({}),
    a.deps.repos.agencies.list(),
    a.deps.repos.admins.list(),
    a.deps.repos.campaigns.list(),
  ]);
  return c.render(
    <InvitesPage
      list={list}
      total={total}
      page={page}
      agencies={agencies}
      admins={admins}
      campaigns={campaigns}
      values={values}
      errors={errors}
      bulk={bulk}
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

  // every agency of a campaign at once; the codes live only in this response (stored hashed)
  app.post(
    "/invites/bulk",
    sec,
    validForm(BulkSchema, (c, values, errors) => invitesPage(c, {}, {}, { values, errors })),
    async (c) => {
      const a = c.get("a");
      const t = c.get("t");
      const { campaignId } = c.req.valid("form");
      const made = await createCampaignInvites(accessDeps(a), {
        campaignId,
        createdBy: c.get("admin")?.id,
      });
      if (made === "not-found" || made === "not-open" || made.length === 0) {
        const key =
          made === "not-open"
            ? "admin-invite-bulk-closed"
            : made === "not-found"
              ? "admin-err-invalid"
              : "admin-invite-bulk-none";
        c.status(made === "not-found" ? 400 : 409);
        return invitesPage(
          c,
          {},
          {},
          { values: { campaignId: String(campaignId) }, errors: { campaignId: key } },
        );
      }
      const campaign = (await a.deps.repos.campaigns.byId(campaignId))!;
      const locale = c.get("locale");
      const invites = await Promise.all(
        made.map(async (i) => ({ ...i, qrSvg: String(await inviteQr(i.link, "svg")) })),
      );
      const csv = sheetCsv(
        {
          header: [
            t("admin-col-code"),
            t("admin-col-agency"),
            t("admin-invite-col-code"),
            t("admin-invite-col-link"),
            t("admin-invite-expires"),
          ],
          rows: made.map((i) => [
            i.agency.code,
            nameOf(i.agency, locale),
            i.code,
            i.link,
            i.expiresAt.toISOString().slice(0, 10),
          ]),
        },
        ";",
      );
      return c.render(
        <InviteSheet
          campaign={campaign}
          invites={invites}
          csv={csv}
          csvName={`invites-campaign-${campaign.id}.csv`}
        />,
        { title: `${t("admin-invite-sheet-title")} ${campaign.year}` },
      );
    },
  );

  app.post("/invites/:id{[0-9]+}/revoke", sec, validIds(), async (c) => {
    const ok = await revokeInvite(c.get("a").deps, c.req.valid("param").id, c.get("admin")?.id);
    return redirectOk(c, "/invites", ok ? "admin-invite-revoked" : "admin-status-unchanged");
  });

  return app;
}

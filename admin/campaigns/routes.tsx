/**
 * Campaigns: create (year, services, dates), edit, the reminder policy, add/remove services,
 * send the list. Routes validate, call src/services/campaigns.ts and render pages/*. The
 * working-day calendar is its own area (admin/calendar).
 */
import { Hono } from "hono";
import { z } from "zod";
import type { CampaignRow } from "../../src/db/repositories/campaigns.js";
import { localDate } from "../../src/domain/time.js";
import type { Acting } from "../../src/services/acting.js";
import {
  addCampaignServices,
  campaignServices,
  changeCampaignStatus,
  createCampaign,
  removeCampaignService,
  resolveServiceCodes,
  sendCampaignList,
  setProcessOptional,
  setReminderPolicy,
  updateCampaign,
} from "../../src/services/campaigns.js";
import { requireRole } from "../auth/session.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import { pageOf, pageParam, searchParam } from "../components/pager.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { readTable, toObjects } from "../documents/read-table.js";
import { notFound, redirectOk } from "../lib.js";
import { postedValues, validForm, validIds } from "../validation.js";
import { CampaignPage, type CampaignPageProps } from "./pages/campaign.js";
import { CampaignListPage } from "./pages/list.js";
import { NewCampaignPage } from "./pages/new.js";
import { ListSentPage } from "./pages/sent.js";
import { PICK_SIZE } from "./pages/service-picker.js";
import {
  CampaignSchema,
  CancelSchema,
  EditSchema,
  type Picked,
  PickedSchema,
  PolicyForm,
  policyOf,
} from "./schemas.js";

const ProcessForm = z.object({ optional: z.enum(["0", "1"]) });
const acting = (c: Ctx): Acting => ({ deps: c.get("a").deps, actor: actorOf(c.get("admin")) });

/** Service ids from the picker, the codes textarea and an optional file (registry_code column). */
async function pickedServices(c: Ctx, p: Picked): Promise<{ ids: number[]; unknown: string[] }> {
  const ids = new Set((p.serviceId ?? []).map(Number).filter((n) => Number.isInteger(n) && n > 0));
  let text = p.codes ?? "";
  if (p.file instanceof File && p.file.size > 0) {
    try {
      const { rows } = toObjects(await readTable(p.file));
      text += `\n${rows.map((r) => r.registry_code ?? r.code ?? "").join("\n")}`;
    } catch {
      return { ids: [], unknown: [p.file.name] };
    }
  }
  const r = await resolveServiceCodes(c.get("a").deps, text);
  for (const id of r.ids) ids.add(id);
  return { ids: [...ids], unknown: r.unknown };
}

/** The page's list parameters: its services (q, agency, page) and the picker's (add_q, add_page). */
const PageQuery = z.object({
  q: searchParam,
  agency: z.coerce.number().int().positive().optional().catch(undefined),
  page: pageParam,
  add_q: searchParam,
  add_page: pageParam,
});
const pageQuery = (c: Ctx) => PageQuery.parse(c.req.query());

/** The picker's page of services that can still be added (none of a test agency's). */
function addable(c: Ctx, q: z.output<typeof PageQuery>, campaignId?: number) {
  return c
    .get("a")
    .deps.repos.services.page(
      { q: q.add_q, notInCampaign: campaignId },
      pageOf(q.add_page, PICK_SIZE),
    );
}

/** The new-campaign form (400 when it comes back with errors). */
/** "Not in the registry: A, B, …" (the first 50), above the form that named them. */
function unknownCodes(c: Ctx, unknown: string[]): string {
  const shown = unknown.slice(0, 50).join(", ") + (unknown.length > 50 ? ", …" : "");
  return c.get("t")("admin-err-unknown-codes-named", { codes: shown, count: unknown.length });
}

async function newForm(c: Ctx, values: FormValues, errors?: FieldErrors, flash?: string) {
  if (errors) c.status(400);
  const q = pageQuery(c);
  return c.render(
    <NewCampaignPage
      found={await addable(c, q)}
      pick={{ q: q.add_q, page: q.add_page }}
      values={values}
      errors={errors}
    />,
    { title: c.get("t")("admin-campaign-new"), flash },
  );
}

async function show(
  c: Ctx,
  campaign: CampaignRow,
  forms?: CampaignPageProps["forms"],
  status: 400 | 409 = 400,
  flash?: string,
) {
  const deps = c.get("a").deps;
  if (forms) c.status(status);
  const q = pageQuery(c);
  const sec = c.get("admin")?.role === "secretary";
  const [found, agencies, services] = await Promise.all([
    campaignServices(
      deps,
      campaign,
      { q: q.q, agencyId: q.agency, locale: c.get("locale") },
      pageOf(q.page),
    ),
    deps.repos.agencies.list(),
    sec ? addable(c, q, campaign.id) : undefined,
  ]);
  return c.render(
    <CampaignPage
      campaign={campaign}
      found={found}
      agencies={agencies}
      services={services}
      q={q}
      forms={forms}
    />,
    { title: `${campaign.year} — ${campaign.title}`, flash },
  );
}

/** A status change the campaign's status does not allow: the page again with why (409). */
async function refused(c: Ctx, campaign: CampaignRow) {
  const fresh = (await load(c)) ?? campaign;
  return show(c, fresh, { status: { values: {}, errors: { _form: "agenda-err-state" } } }, 409);
}

const load = (c: Ctx) => c.get("a").deps.repos.campaigns.byId(Number(c.req.param("id")));

/** A form on the campaign's page that failed: the page again with that form's errors. */
const invalidOn =
  (form: "edit" | "policy" | "add" | "cancel") =>
  async (c: Ctx, values: FormValues, errors: FieldErrors) => {
    const campaign = await load(c);
    return campaign ? show(c, campaign, { [form]: { values, errors } }) : notFound(c);
  };

export function campaignsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const secretary = requireRole("secretary");
  const ids = validIds("id");

  app.get("/campaigns", async (c) => {
    const list = await c.get("a").deps.repos.campaigns.listAll();
    return c.render(<CampaignListPage list={list} />, {
      title: c.get("t")("admin-campaigns-title"),
    });
  });

  app.get("/campaigns/new", secretary, (c) => {
    const year = localDate(c.get("a").deps.now(), c.get("a").deps.tz).slice(0, 4);
    return newForm(c, { year, title: c.get("t")("admin-campaign-default-title", { year }) });
  });

  app.post("/campaigns", secretary, validForm(CampaignSchema, newForm), async (c) => {
    const data = c.req.valid("form");
    const picked = await pickedServices(c, data);
    if (picked.unknown.length)
      return newForm(
        c,
        await postedValues(c),
        { codes: "admin-err-unknown-codes", _form: "admin-err-unknown-codes" },
        unknownCodes(c, picked.unknown),
      );
    const res = await createCampaign(acting(c), data, picked.ids);
    if (!res.ok) return newForm(c, await postedValues(c), { dueOn: "admin-err-due-before-sent" });
    return redirectOk(c, `/campaigns/${res.campaign.id}`, "admin-saved");
  });

  app.get("/campaigns/:id{[0-9]+}", ids, async (c) => {
    const campaign = await load(c);
    return campaign ? show(c, campaign) : notFound(c);
  });

  app.post(
    "/campaigns/:id{[0-9]+}",
    secretary,
    ids,
    validForm(EditSchema, invalidOn("edit")),
    async (c) => {
      const campaign = await load(c);
      if (!campaign) return notFound(c);
      if (!(await updateCampaign(acting(c), campaign, c.req.valid("form")))) {
        const errors = { dueOn: "admin-err-due-before-sent" };
        return show(c, campaign, { edit: { values: await postedValues(c), errors } });
      }
      return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
    },
  );

  app.post(
    "/campaigns/:id{[0-9]+}/policy",
    secretary,
    ids,
    validForm(PolicyForm, invalidOn("policy")),
    async (c) => {
      const campaign = await load(c);
      if (!campaign) return notFound(c);
      const p = policyOf(c.req.valid("form"));
      if (!p.ok)
        return show(c, campaign, { policy: { values: await postedValues(c), errors: p.errors } });
      await setReminderPolicy(acting(c), campaign, p.policy);
      return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
    },
  );

  // Appendix 1 required or optional for this year's submit
  app.post(
    "/campaigns/:id{[0-9]+}/process",
    secretary,
    ids,
    validForm(ProcessForm, invalidOn("edit")),
    async (c) => {
      const campaign = await load(c);
      if (!campaign) return notFound(c);
      await setProcessOptional(acting(c), campaign, c.req.valid("form").optional === "1");
      return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
    },
  );

  app.post(
    "/campaigns/:id{[0-9]+}/services",
    secretary,
    ids,
    validForm(PickedSchema, invalidOn("add")),
    async (c) => {
      const campaign = await load(c);
      if (!campaign) return notFound(c);
      const picked = await pickedServices(c, c.req.valid("form"));
      if (picked.unknown.length || picked.ids.length === 0) {
        const codes = picked.unknown.length ? "admin-err-unknown-codes" : "admin-err-required";
        const flash = picked.unknown.length ? unknownCodes(c, picked.unknown) : undefined;
        return show(
          c,
          campaign,
          { add: { values: await postedValues(c), errors: { codes } } },
          400,
          flash,
        );
      }
      await addCampaignServices(acting(c), campaign, picked.ids);
      return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
    },
  );

  app.post(
    "/campaigns/:id{[0-9]+}/services/:sid{[0-9]+}/remove",
    secretary,
    validIds("id", "sid"),
    async (c) => {
      const campaign = await load(c);
      if (!campaign) return notFound(c);
      await removeCampaignService(acting(c), campaign, c.req.valid("param").sid);
      return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
    },
  );

  app.post("/campaigns/:id{[0-9]+}/send", secretary, ids, async (c) => {
    const campaign = await load(c);
    if (!campaign) return notFound(c);
    const a = c.get("a");
    const res = await sendCampaignList(a.deps, a.notifications, campaign, actorOf(c.get("admin")));
    if (!res) return refused(c, campaign);
    const fresh = (await load(c)) ?? campaign;
    return c.render(<ListSentPage campaign={fresh} res={res} />, {
      title: `${fresh.year} — ${fresh.title}`,
    });
  });

  app.post("/campaigns/:id{[0-9]+}/close", secretary, ids, async (c) => {
    const campaign = await load(c);
    if (!campaign) return notFound(c);
    if (!(await changeCampaignStatus(acting(c), campaign, "close"))) return refused(c, campaign);
    return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
  });

  app.post(
    "/campaigns/:id{[0-9]+}/cancel",
    secretary,
    ids,
    validForm(CancelSchema, invalidOn("cancel")),
    async (c) => {
      const campaign = await load(c);
      if (!campaign) return notFound(c);
      const { reason } = c.req.valid("form");
      if (!(await changeCampaignStatus(acting(c), campaign, "cancel", reason)))
        return refused(c, campaign);
      return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
    },
  );

  return app;
}

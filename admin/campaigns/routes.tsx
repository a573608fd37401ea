/**
 * Campaigns: create (year, services, dates), edit, the reminder policy, add/remove services,
 * send the list. Routes validate, call src/services/campaigns.ts and render pages/*. The
 * working-day calendar is its own area (admin/calendar).
 */
import { Hono } from "hono";
import type { CampaignRow } from "../../src/db/repositories/campaigns.js";
import { localDate } from "../../src/domain/time.js";
import type { Acting } from "../../src/services/acting.js";
import {
  addCampaignServices,
  campaignServices,
  createCampaign,
  removeCampaignService,
  resolveServiceCodes,
  setReminderPolicy,
  updateCampaign,
} from "../../src/services/campaigns.js";
import { sendCampaignList } from "../actions/send-list.js";
import { requireRole } from "../auth/session.js";
import { type FieldErrors, type FormValues, formValues, validate } from "../components/forms.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { readTable, toObjects } from "../documents/read-table.js";
import { idParam, notFound, redirectOk } from "../lib.js";
import { CampaignPage, type CampaignPageProps } from "./pages/campaign.js";
import { CampaignListPage } from "./pages/list.js";
import { NewCampaignPage } from "./pages/new.js";
import { ListSentPage } from "./pages/sent.js";
import { CampaignSchema, EditSchema, PolicyForm, policyOf } from "./schemas.js";

const acting = (c: Ctx): Acting => ({ deps: c.get("a").deps, actor: actorOf(c.get("admin")) });

/** Service ids from the picker, the codes textarea and an optional file (registry_code column). */
async function pickedServices(
  c: Ctx,
  values: FormValues,
): Promise<{ ids: number[]; unknown: string[] }> {
  const ids = new Set(
    (values.serviceId ?? "")
      .split("\n")
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0),
  );
  let text = values.codes ?? "";
  const file = (await c.req.parseBody()).file;
  if (file instanceof File && file.size > 0) {
    try {
      const { rows } = toObjects(await readTable(file));
      text += `\n${rows.map((r) => r.registry_code ?? r.code ?? "").join("\n")}`;
    } catch {
      return { ids: [], unknown: [file.name] };
    }
  }
  const r = await resolveServiceCodes(c.get("a").deps, text);
  for (const id of r.ids) ids.add(id);
  return { ids: [...ids], unknown: r.unknown };
}

async function newForm(c: Ctx, values: FormValues, errors?: FieldErrors) {
  if (errors) c.status(400);
  const services = await c.get("a").deps.repos.services.list();
  return c.render(<NewCampaignPage services={services} values={values} errors={errors} />, {
    title: c.get("t")("admin-campaign-new"),
  });
}

async function show(c: Ctx, campaign: CampaignRow, forms?: CampaignPageProps["forms"]) {
  const deps = c.get("a").deps;
  if (forms) c.status(400);
  const [rows, services] = await Promise.all([
    campaignServices(deps, campaign.id),
    c.get("admin")?.role === "secretary" ? deps.repos.services.list() : Promise.resolve([]),
  ]);
  return c.render(
    <CampaignPage campaign={campaign} rows={rows} services={services} forms={forms} />,
    {
      title: `${campaign.year} — ${campaign.title}`,
    },
  );
}

const load = async (c: Ctx) => {
  const id = idParam(c);
  return id ? c.get("a").deps.repos.campaigns.byId(id) : undefined;
};

export function campaignsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const secretary = requireRole("secretary");

  app.get("/campaigns", async (c) => {
    const list = await c.get("a").deps.repos.campaigns.list();
    return c.render(<CampaignListPage list={list} />, {
      title: c.get("t")("admin-campaigns-title"),
    });
  });

  app.get("/campaigns/new", secretary, (c) => {
    const year = localDate(c.get("a").deps.now(), c.get("a").deps.tz).slice(0, 4);
    return newForm(c, { year, title: c.get("t")("admin-campaign-default-title", { year }) });
  });

  app.post("/campaigns", secretary, async (c) => {
    const values = await formValues(c);
    const r = validate(CampaignSchema, values);
    if (!r.ok) return newForm(c, values, r.errors);
    const picked = await pickedServices(c, values);
    if (picked.unknown.length)
      return newForm(c, values, {
        codes: "admin-err-unknown-codes",
        _form: "admin-err-unknown-codes",
      });
    const res = await createCampaign(acting(c), r.data, picked.ids);
    if (!res.ok) return newForm(c, values, { dueOn: "admin-err-due-before-sent" });
    return redirectOk(c, `/campaigns/${res.campaign.id}`, "admin-saved");
  });

  app.get("/campaigns/:id{[0-9]+}", async (c) => {
    const campaign = await load(c);
    return campaign ? show(c, campaign) : notFound(c);
  });

  app.post("/campaigns/:id{[0-9]+}", secretary, async (c) => {
    const campaign = await load(c);
    if (!campaign) return notFound(c);
    const values = await formValues(c);
    const r = validate(EditSchema, values);
    if (!r.ok) return show(c, campaign, { edit: { values, errors: r.errors } });
    if (!(await updateCampaign(acting(c), campaign, r.data)))
      return show(c, campaign, {
        edit: { values, errors: { dueOn: "admin-err-due-before-sent" } },
      });
    return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
  });

  app.post("/campaigns/:id{[0-9]+}/policy", secretary, async (c) => {
    const campaign = await load(c);
    if (!campaign) return notFound(c);
    const values = await formValues(c);
    const r = validate(PolicyForm, values);
    if (!r.ok) return show(c, campaign, { policy: { values, errors: r.errors } });
    const p = policyOf(r.data);
    if (!p.ok) return show(c, campaign, { policy: { values, errors: p.errors } });
    await setReminderPolicy(acting(c), campaign, p.policy);
    return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
  });

  app.post("/campaigns/:id{[0-9]+}/services", secretary, async (c) => {
    const campaign = await load(c);
    if (!campaign) return notFound(c);
    const values = await formValues(c);
    const picked = await pickedServices(c, values);
    if (picked.unknown.length || picked.ids.length === 0) {
      const codes = picked.unknown.length ? "admin-err-unknown-codes" : "admin-err-required";
      return show(c, campaign, { add: { values, errors: { codes } } });
    }
    await addCampaignServices(acting(c), campaign, picked.ids);
    return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
  });

  app.post("/campaigns/:id{[0-9]+}/services/:sid{[0-9]+}/remove", secretary, async (c) => {
    const campaign = await load(c);
    const sid = idParam(c, "sid");
    if (!campaign || !sid) return notFound(c);
    await removeCampaignService(acting(c), campaign, sid);
    return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
  });

  app.post("/campaigns/:id{[0-9]+}/send", secretary, async (c) => {
    const campaign = await load(c);
    if (!campaign) return notFound(c);
    const res = await sendCampaignList(c.get("a"), campaign, actorOf(c.get("admin")));
    const fresh = (await load(c)) ?? campaign;
    return c.render(<ListSentPage campaign={fresh} res={res} />, {
      title: `${fresh.year} — ${fresh.title}`,
    });
  });

  return app;
}

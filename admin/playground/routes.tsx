/**
 * Playground: chat with the bot as a test official in the built-in Telegram simulator. Only
 * test officials are listed and can be typed as; an admin's simulated chat (their login codes)
 * is shown to that admin alone, read-only.
 */
import { Hono } from "hono";
import { z } from "zod";
import { audit } from "../../src/db/repositories/audit.js";
import { requireRole } from "../auth/session.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import { fragment } from "../components/layout.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { notFound } from "../lib.js";
import { validForm } from "../validation.js";
import { Chat, ChatPage } from "./pages/chat.js";
import { PlaygroundOff, PlaygroundPage } from "./pages/index.js";
import { createTestOfficial, restoreTestUsers } from "./test-users.js";

const NewSchema = z.object({
  name: z.string().trim().min(1, "admin-err-required").max(64, "admin-err-too-long"),
  locale: z.enum(["kk", "ru"]).default("ru"),
});
const SendSchema = z.object({
  text: z.string().trim().min(1, "admin-err-required").max(4096, "admin-err-too-long"),
});
const PressSchema = z.object({
  messageId: z.coerce.number().int().positive(),
  data: z.string().min(1).max(64),
});
const UserParam = z.coerce.number().int().positive();

/** The test officials (never an account an admin is linked to). */
async function testOfficials(c: Ctx): Promise<{ id: number; first_name: string }[]> {
  const repos = c.get("a").deps.repos;
  const out: { id: number; first_name: string }[] = [];
  for (const r of await repos.playground.testOfficials()) {
    if (await repos.admins.byTelegramId(r.telegramId)) continue;
    out.push({ id: r.telegramId, first_name: r.fullName ?? String(r.telegramId) });
  }
  return out;
}

async function index(c: Ctx, values: FormValues = {}, errors: FieldErrors = {}) {
  const title = c.get("t")("admin-playground-title");
  const a = c.get("a");
  if (!a.simulator) return c.render(<PlaygroundOff />, { title });
  await restoreTestUsers(a);
  const me = c.get("admin")?.telegramId;
  const ownChat = me != null && a.simulator.users().some((u) => u.id === me) ? me : null;
  return c.render(
    <PlaygroundPage
      users={await testOfficials(c)}
      ownChat={ownChat}
      values={values}
      errors={errors}
    />,
    { title },
  );
}

/**
 * The simulated user of the path and how it may be used: "test" (a test official: read and
 * type), "own" (the signed-in admin's own simulated account: read only), or null (404).
 */
async function chatOf(c: Ctx): Promise<{ uid: number; own: boolean } | null> {
  const r = UserParam.safeParse(c.req.param("uid"));
  const a = c.get("a");
  if (!r.success || !a.simulator) return null;
  const uid = r.data;
  if (c.get("admin")?.telegramId === uid) {
    return a.simulator.users().some((u) => u.id === uid) ? { uid, own: true } : null;
  }
  if (!(await testOfficials(c)).some((u) => u.id === uid)) return null;
  if (!a.simulator.users().some((u) => u.id === uid)) await restoreTestUsers(a);
  return a.simulator.users().some((u) => u.id === uid) ? { uid, own: false } : null;
}

/** A test official only: nobody types or presses buttons as an admin. */
async function writableUser(c: Ctx): Promise<number | null> {
  const chat = await chatOf(c);
  return chat && !chat.own ? chat.uid : null;
}

export function playgroundRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("/playground", requireRole("secretary"));
  app.use("/playground/*", requireRole("secretary"));

  app.get("/playground", (c) => index(c));
  app.post("/playground", async (c, next) => (c.get("a").simulator ? next() : index(c)));
  app.post("/playground", validForm(NewSchema, index), async (c) => {
    const a = c.get("a");
    const data = c.req.valid("form");
    const uid = await createTestOfficial(a, data);
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "create-test-official",
      entity: "official",
      entityId: uid,
      after: data,
    });
    return c.redirect(`/playground/${uid}`, 303);
  });

  app.get("/playground/:uid", async (c) => {
    const chat = await chatOf(c);
    const sim = c.get("a").simulator;
    if (!chat || !sim) return notFound(c);
    const { uid, own } = chat;
    const user = sim.users().find((u) => u.id === uid);
    return c.render(<ChatPage uid={uid} readOnly={own} entries={sim.transcript(uid)} />, {
      title: `${c.get("t")("admin-playground-title")}: ${user?.first_name ?? uid}`,
    });
  });

  app.get("/playground/:uid/chat", async (c) => {
    const chat = await chatOf(c);
    const sim = c.get("a").simulator;
    if (!chat || !sim) return notFound(c);
    return fragment(
      c,
      <Chat uid={chat.uid} readOnly={chat.own} entries={sim.transcript(chat.uid)} />,
    );
  });

  // the simulator resolves a user action when the bot fetched the update; don't hold the request for it
  const fire = (c: Ctx, p: Promise<unknown>) =>
    p.catch((err) => c.get("log").warn({ err }, "playground: update not delivered"));
  const done = (c: Ctx, uid: number) =>
    c.req.header("x-requested-with") === "fetch"
      ? c.body(null, 204)
      : c.redirect(`/playground/${uid}`, 303);

  app.post("/playground/:uid/send", async (c) => {
    const uid = await writableUser(c);
    if (!uid) return notFound(c);
    const r = SendSchema.safeParse(await c.req.parseBody());
    if (r.success) void fire(c, c.get("a").simulator!.sendText(uid, r.data.text));
    return done(c, uid);
  });

  app.post("/playground/:uid/press", async (c) => {
    const uid = await writableUser(c);
    if (!uid) return notFound(c);
    const r = PressSchema.safeParse(await c.req.parseBody());
    if (r.success)
      void fire(c, c.get("a").simulator!.pressButton(uid, r.data.messageId, r.data.data));
    return done(c, uid);
  });

  return app;
}

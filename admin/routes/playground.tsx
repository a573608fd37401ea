/** Playground: chat with the bot as a test official in the built-in Telegram simulator. */
import { Hono } from "hono";
import { z } from "zod";
import { audit } from "../../src/db/repositories/audit.js";
import { createTestOfficial, restoreTestUsers } from "../actions/playground.js";
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
import { fragment, page } from "../components/layout.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { notFound } from "../lib.js";

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

function userId(c: Ctx): number | null {
  const r = z.coerce.number().int().positive().safeParse(c.req.param("uid"));
  return r.success ? r.data : null;
}

/** The chat transcript (also served alone for polling). */
function Chat(props: { c: Ctx; uid: number }) {
  const sim = props.c.get("a").simulator;
  const t = props.c.get("t");
  if (!sim) return null;
  const entries = sim.transcript(props.uid);
  if (entries.length === 0) return <p class="muted">{t("admin-playground-empty")}</p>;
  return (
    <ol class="chat" data-count={String(entries.length)}>
      {entries.map((e) => {
        if (e.from === "user") {
          if (e.deleted) return null;
          return (
            <li class="msg user">
              <span class="pre">{e.message.text ?? e.message.caption ?? "📎"}</span>
            </li>
          );
        }
        const m = e.message;
        if (m.deleted) return null;
        const rows = m.reply_markup?.inline_keyboard ?? [];
        return (
          <li class="msg bot">
            <span class="pre">{m.text ?? m.caption ?? ""}</span>
            {m.document ? <span class="file">📄 {m.document.file_name ?? "file"}</span> : null}
            {rows.length ? (
              <div class="kbd">
                {rows.map((row) => (
                  <div class="kbd-row">
                    {row.map((b) =>
                      "callback_data" in b && b.callback_data ? (
                        <PostForm
                          c={props.c}
                          action={`/playground/${props.uid}/press`}
                          class="inline"
                        >
                          <input type="hidden" name="messageId" value={String(m.message_id)} />
                          <input type="hidden" name="data" value={b.callback_data} />
                          <button type="submit" class="secondary">
                            {b.text}
                          </button>
                        </PostForm>
                      ) : "url" in b && b.url ? (
                        <a href={b.url} class="button secondary">
                          {b.text}
                        </a>
                      ) : (
                        <button type="button" disabled>
                          {b.text}
                        </button>
                      ),
                    )}
                  </div>
                ))}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function playgroundRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("/playground", requireRole("secretary"));
  app.use("/playground/*", requireRole("secretary"));

  const index = async (c: Ctx, values: FormValues = {}, errors: FieldErrors = {}, status = 200) => {
    const t = c.get("t");
    const sim = c.get("a").simulator;
    if (!sim) {
      return page(
        c,
        t("admin-playground-title"),
        <p class="notice">{t("admin-playground-off")}</p>,
      );
    }
    await restoreTestUsers(c.get("a"));
    const users = sim.users();
    return page(
      c,
      t("admin-playground-title"),
      <>
        <p>{t("admin-playground-intro")}</p>
        {users.length ? (
          <ul>
            {users.map((u) => (
              <li>
                <a href={`/playground/${u.id}`}>
                  {u.first_name} ({u.id})
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <h2>{t("admin-playground-new")}</h2>
        <PostForm c={c} action="/playground" class="narrow">
          <FormErrors c={c} errors={errors} />
          <Field
            c={c}
            name="name"
            label={t("admin-col-name")}
            values={values}
            errors={errors}
            required
          />
          <Select
            c={c}
            name="locale"
            label={t("admin-field-language")}
            values={values}
            errors={errors}
            options={LOCALE_OPTIONS}
          />
          <button type="submit">{t("admin-playground-create")}</button>
        </PostForm>
      </>,
      status,
    );
  };

  app.get("/playground", (c) => index(c));
  app.post("/playground", async (c) => {
    const a = c.get("a");
    if (!a.simulator) return index(c);
    const values = await formValues(c);
    const r = validate(NewSchema, values);
    if (!r.ok) return index(c, values, r.errors, 400);
    const uid = await createTestOfficial(a, r.data);
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "create-test-official",
      entity: "official",
      entityId: uid,
      after: r.data,
    });
    return c.redirect(`/playground/${uid}`, 303);
  });

  const known = async (c: Ctx, uid: number) => {
    const a = c.get("a");
    if (!a.simulator) return false;
    if (!a.simulator.users().some((u) => u.id === uid)) await restoreTestUsers(a);
    return a.simulator.users().some((u) => u.id === uid);
  };

  app.get("/playground/:uid", async (c) => {
    const t = c.get("t");
    const uid = userId(c);
    if (!uid || !(await known(c, uid))) return notFound(c);
    const user = c
      .get("a")
      .simulator?.users()
      .find((u) => u.id === uid);
    return page(
      c,
      `${t("admin-playground-title")}: ${user?.first_name ?? uid}`,
      <section class="phone">
        <div id="chat" data-poll={`/playground/${uid}/chat`}>
          <Chat c={c} uid={uid} />
        </div>
        <PostForm c={c} action={`/playground/${uid}/send`} class="send">
          <input
            name="text"
            aria-label={t("admin-playground-message")}
            placeholder={t("admin-playground-message")}
            autocomplete="off"
            required
            autofocus
          />
          <button type="submit">{t("admin-playground-send")}</button>
        </PostForm>
        <p class="actions">
          <PostForm c={c} action={`/playground/${uid}/send`} class="inline">
            <input type="hidden" name="text" value="/start" />
            <button type="submit" class="link">
              /start
            </button>
          </PostForm>
          <PostForm c={c} action={`/playground/${uid}/send`} class="inline">
            <input type="hidden" name="text" value="/help" />
            <button type="submit" class="link">
              /help
            </button>
          </PostForm>
          <a href="/playground">{t("admin-back")}</a>
        </p>
      </section>,
    );
  });

  app.get("/playground/:uid/chat", async (c) => {
    const uid = userId(c);
    if (!uid || !(await known(c, uid))) return notFound(c);
    c.header("cache-control", "no-store");
    return fragment(c, <Chat c={c} uid={uid} />);
  });

  // the simulator resolves a user action when the bot fetched the update; don't hold the request for it
  const fire = (c: Ctx, p: Promise<unknown>) =>
    p.catch((err) => c.get("a").deps.logger.warn({ err }, "playground: update not delivered"));

  app.post("/playground/:uid/send", async (c) => {
    const uid = userId(c);
    if (!uid || !(await known(c, uid))) return notFound(c);
    const values = await formValues(c);
    const r = validate(SendSchema, values);
    if (r.ok) void fire(c, c.get("a").simulator!.sendText(uid, r.data.text));
    if (c.req.header("x-requested-with") === "fetch") return c.body(null, 204);
    return c.redirect(`/playground/${uid}`, 303);
  });

  app.post("/playground/:uid/press", async (c) => {
    const uid = userId(c);
    if (!uid || !(await known(c, uid))) return notFound(c);
    const values = await formValues(c);
    const r = validate(PressSchema, values);
    if (r.ok) void fire(c, c.get("a").simulator!.pressButton(uid, r.data.messageId, r.data.data));
    if (c.req.header("x-requested-with") === "fetch") return c.body(null, 204);
    return c.redirect(`/playground/${uid}`, 303);
  });

  return app;
}

/**
 * Update delivery of the fake server in webhook and long-polling modes (direct mode, a test
 * harness callback, is handled by FakeBotApi before it gets here).
 *
 * Long polling: updates queue until confirmed by a getUpdates `offset` above their id; a negative
 * offset keeps only the last -offset; `limit` 1–100; `timeout` seconds of waiting, ended at once
 * when an update arrives; `allowed_updates` filters (default: all but chat_member and reactions).
 * A second concurrent getUpdates ends the first with 409, as does setWebhook. The promise from
 * `deliver` resolves once a getUpdates response handed the update over (or it was dropped).
 *
 * Webhook: each update is POSTed as JSON with X-Telegram-Bot-Api-Secret-Token; `deliver`
 * resolves after the response and rejects on a non-2xx answer. Updates still queued for polling
 * when a webhook is set are POSTed in order.
 */
import type { Update } from "grammy/types";
import { badRequest, TelegramApiError } from "./errors.js";

const DEFAULT_EXCLUDED = ["chat_member", "message_reaction", "message_reaction_count"];

interface QueuedUpdate {
  update: Update;
  handedOver: boolean;
  resolve: () => void;
}

interface PendingPoll {
  limit: number;
  finish: (result: Update[] | TelegramApiError) => void;
}

export interface GetUpdatesParams {
  offset?: number;
  limit?: number;
  timeout?: number;
  allowed_updates?: string[];
}

export class UpdateDelivery {
  private queue: QueuedUpdate[] = [];
  private poll: PendingPoll | undefined;
  private allowedUpdates: string[] = [];
  private webhook: { url: string; secret?: string } | undefined;
  private webhookChain: Promise<unknown> = Promise.resolve();
  private lastWebhookError: string | undefined;
  private closed = false;

  /** `changed` is called when polling starts or stops (for event-driven waiting). */
  constructor(private readonly changed: () => void) {}

  /** True while a long-polling getUpdates is waiting. */
  get polling(): boolean {
    return this.poll !== undefined;
  }

  webhookInfo(): Record<string, unknown> {
    return {
      url: this.webhook?.url ?? "",
      has_custom_certificate: false,
      pending_update_count: this.queue.length,
      ...(this.webhook ? { max_connections: 40 } : {}),
      ...(this.lastWebhookError ? { last_error_message: this.lastWebhookError } : {}),
    };
  }

  setWebhook(url: string, secret: string | undefined, dropPending: boolean): void {
    if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
      throw badRequest("secret token contains unallowed characters");
    }
    if (url === "") {
      this.deleteWebhook(dropPending);
      return;
    }
    if (!/^https?:\/\//.test(url)) {
      throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    this.webhook = { url, ...(secret ? { secret } : {}) };
    this.poll?.finish(new TelegramApiError(409, "Conflict: terminated by setWebhook request"));
    if (dropPending) this.dropQueue();
    const queued = this.queue.filter((q) => !q.handedOver);
    this.queue = [];
    for (const q of queued) {
      this.webhookChain = this.webhookChain
        .then(() => this.postWebhook(q.update))
        .catch(() => undefined)
        .finally(q.resolve);
    }
  }

  deleteWebhook(dropPending: boolean): void {
    this.webhook = undefined;
    if (dropPending) this.dropQueue();
  }

  async getUpdates(p: GetUpdatesParams, signal: AbortSignal): Promise<Update[]> {
    if (this.webhook) {
      throw new TelegramApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    this.poll?.finish(
      new TelegramApiError(
        409,
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      ),
    );
    const offset = p.offset;
    if (offset !== undefined) {
      const drop =
        offset < 0
          ? this.queue.slice(0, Math.max(0, this.queue.length + offset))
          : this.queue.filter((q) => q.update.update_id < offset);
      for (const q of drop) q.resolve();
      this.queue = this.queue.filter((q) => !drop.includes(q));
    }
    if (p.allowed_updates) this.allowedUpdates = p.allowed_updates;
    const limit = Math.min(100, Math.max(1, p.limit ?? 100));
    const timeout = Math.max(0, p.timeout ?? 0);
    const ready = this.takeBatch(limit);
    if (ready.length > 0 || timeout === 0 || this.closed) return ready;
    return new Promise<Update[]>((resolve, reject) => {
      const timer = setTimeout(() => poll.finish([]), timeout * 1000);
      const onAbort = () => poll.finish([]);
      const poll: PendingPoll = {
        limit,
        finish: (result) => {
          if (this.poll !== poll) return;
          this.poll = undefined;
          clearTimeout(timer);
          signal.removeEventListener("abort", onAbort);
          if (result instanceof TelegramApiError) reject(result);
          else resolve(result);
          this.changed();
        },
      };
      signal.addEventListener("abort", onAbort);
      this.poll = poll;
      this.changed();
    });
  }

  /** Hands an update over by webhook or to the polling queue (see the file header). */
  async deliver(update: Update): Promise<void> {
    if (this.webhook) return this.postWebhook(update);
    await new Promise<void>((resolve) => {
      this.queue.push({ update, handedOver: false, resolve });
      const poll = this.poll;
      if (poll) {
        const batch = this.takeBatch(poll.limit);
        if (batch.length > 0) poll.finish(batch);
      }
    });
  }

  /** Ends a pending long poll with [] and resolves every pending delivery. */
  close(): void {
    this.closed = true;
    this.poll?.finish([]);
    this.dropQueue();
  }

  /** Returns up to `limit` allowed queued updates, marking them handed over. */
  private takeBatch(limit: number): Update[] {
    const allowed = (u: Update) => {
      const type = Object.keys(u).find((k) => k !== "update_id") ?? "";
      return this.allowedUpdates.length > 0
        ? this.allowedUpdates.includes(type)
        : !DEFAULT_EXCLUDED.includes(type);
    };
    for (const q of this.queue.filter((x) => !allowed(x.update))) q.resolve();
    this.queue = this.queue.filter((q) => allowed(q.update));
    const batch = this.queue.slice(0, limit);
    for (const q of batch) {
      q.handedOver = true;
      q.resolve();
    }
    return batch.map((q) => q.update);
  }

  private dropQueue(): void {
    for (const q of this.queue) q.resolve();
    this.queue = [];
  }

  private async postWebhook(update: Update): Promise<void> {
    const hook = this.webhook;
    if (!hook) throw new Error("no webhook set");
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (hook.secret) headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret;
    const res = await fetch(hook.url, { method: "POST", headers, body: JSON.stringify(update) });
    await res.arrayBuffer();
    if (!res.ok) {
      this.lastWebhookError = `Wrong response from the webhook: ${res.status} ${res.statusText}`;
      throw new Error(`webhook ${hook.url} answered ${res.status} to update ${update.update_id}`);
    }
  }
}

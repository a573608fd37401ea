/**
 * Token buckets for Telegram's flood limits. A bucket holds up to `burst` tokens and refills at
 * `perSecond` tokens per second on an injectable millisecond clock. `RateLimiter.take` consumes
 * one global and one per-chat token together, or neither (a rejected call consumes nothing).
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    const elapsed = Math.max(0, t - this.last) / 1000;
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.perSecond);
    this.last = t;
  }

  /** Seconds (integer >= 1) until a token is available, or 0 if one is available now. */
  waitSeconds(): number {
    this.refill();
    if (this.tokens >= 1) return 0;
    return Math.max(1, Math.ceil((1 - this.tokens) / this.perSecond));
  }

  consume(): void {
    this.refill();
    this.tokens -= 1;
  }
}

export interface RateLimitOptions {
  globalPerSecond: number;
  perChatPerSecond: number;
  perChatBurst: number;
  now: () => number;
}

export class RateLimiter {
  private readonly global: TokenBucket;
  private readonly chats = new Map<number, TokenBucket>();

  constructor(private readonly opts: RateLimitOptions) {
    this.global = new TokenBucket(opts.globalPerSecond, opts.globalPerSecond, opts.now);
  }

  private chat(chatId: number): TokenBucket {
    let bucket = this.chats.get(chatId);
    if (!bucket) {
      bucket = new TokenBucket(this.opts.perChatPerSecond, this.opts.perChatBurst, this.opts.now);
      this.chats.set(chatId, bucket);
    }
    return bucket;
  }

  /** Takes a token for `chatId`; returns 0 on success or the retry_after seconds on rejection. */
  take(chatId: number): number {
    const chat = this.chat(chatId);
    const wait = Math.max(this.global.waitSeconds(), chat.waitSeconds());
    if (wait > 0) return wait;
    this.global.consume();
    chat.consume();
    return 0;
  }
}

import type { Context, NextFunction } from "grammy";

/** Counts updates being handled so shutdown can wait for them to finish. */
export interface InFlight {
  middleware: (ctx: Context, next: NextFunction) => Promise<void>;
  readonly count: number;
  /** resolves when no update is being handled */
  drained(): Promise<void>;
}

export function inFlight(): InFlight {
  let count = 0;
  let waiters: Array<() => void> = [];
  return {
    async middleware(_ctx, next) {
      count++;
      try {
        await next();
      } finally {
        count--;
        if (count === 0) {
          for (const w of waiters) w();
          waiters = [];
        }
      }
    },
    get count() {
      return count;
    },
    drained() {
      return count === 0 ? Promise.resolve() : new Promise((r) => waiters.push(r));
    },
  };
}

/** A failed Bot API call, rendered as `{ok:false, error_code, description, parameters?}`. */
export class TelegramApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(description);
    this.name = "TelegramApiError";
  }

  toJSON(): {
    ok: false;
    error_code: number;
    description: string;
    parameters?: { retry_after?: number; migrate_to_chat_id?: number };
  } {
    return {
      ok: false,
      error_code: this.errorCode,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

/** 400 `Bad Request: <reason>` */
export function badRequest(reason: string): TelegramApiError {
  return new TelegramApiError(400, `Bad Request: ${reason}`);
}

/** 403 `Forbidden: <reason>` */
export function forbidden(reason: string): TelegramApiError {
  return new TelegramApiError(403, `Forbidden: ${reason}`);
}

/** 429 `Too Many Requests: retry after N` with `parameters.retry_after`. */
export function tooManyRequests(retryAfter: number): TelegramApiError {
  return new TelegramApiError(429, `Too Many Requests: retry after ${retryAfter}`, {
    retry_after: retryAfter,
  });
}

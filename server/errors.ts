// The server's one error type: thrown anywhere, turned into `{error:{code,message}}` by the one
// `onError` in createApp. The message is for the agent's eyes: say what happened and what to do.
import type { ErrorCode } from '../core/api/errors';

export type ApiStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 502 | 503;

export class ApiException extends Error {
  constructor(
    readonly status: ApiStatus,
    readonly code: ErrorCode,
    message: string,
    /** Sent with the error (e.g. Retry-After on a 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiException';
  }
}

export const notFound = (what: string) => new ApiException(404, 'not_found', `${what} not found.`);

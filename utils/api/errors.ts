import type { ErrorCode } from '@/core/api/errors';

/**
 * Codes the client adds to the server's: 'offline' when the request never got an answer (network
 * down, server unreachable, CORS/permission refused), 'timeout' when the answer took too long,
 * 'bad_response' when the answer did not match the contract, 'aborted' when the caller cancelled.
 */
export type ClientErrorCode = ErrorCode | 'offline' | 'timeout' | 'bad_response' | 'aborted';

/** The one error type every API call throws; it survives @webext-core/messaging (own fields). */
export class ApiClientError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  /** The server's whole error body, for answers that carry more than a message (a flow's problems). */
  readonly details?: unknown;

  constructor(status: number, code: ClientErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiClientError';
    this.status = status;
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

export function isApiClientError(err: unknown): err is ApiClientError {
  return err instanceof ApiClientError || (err instanceof Error && err.name === 'ApiClientError');
}

/** Network-level failures and 5xx are worth retrying; other 4xx are answers, not accidents. */
export function isTransient(err: unknown): boolean {
  if (!isApiClientError(err)) return false;
  return err.code === 'offline' || err.code === 'timeout' || err.status >= 500 || err.status === 429;
}

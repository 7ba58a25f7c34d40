// The one HTTP call of the extension: bearer token, JSON in and out, a timeout, and every failure
// turned into an ApiClientError whose code says what happened (the server's code, or offline,
// timeout, aborted, bad_response). The per-resource clients beside it only name paths and schemas.
import type { z } from 'zod';
import { ErrorCode } from '@/core/api/errors';
import { ApiClientError } from './errors';

/** Long enough for a slow answer, short enough that a hung request does not block a retry. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface RequestDeps {
  baseUrl: string;
  token?: string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
  /** Overrides the default, e.g. a long-poll that waits on purpose. */
  timeoutMs?: number;
}

export interface Requester {
  readonly baseUrl: string;
  json<S extends z.ZodType>(schema: S, path: string, opts?: RequestOptions): Promise<z.infer<S>>;
  blob(path: string, opts?: RequestOptions): Promise<Blob>;
}

export function createRequester(deps: RequestDeps): Requester {
  const doFetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = deps.baseUrl.replace(/\/+$/, '');

  /** Sends, then reads the body with `read` under the same deadline; non-2xx becomes an error. */
  async function send<T>(path: string, opts: RequestOptions, read: (res: Response) => Promise<T>) {
    const url = new URL(baseUrl + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json' };
    if (deps.token) headers.authorization = `Bearer ${deps.token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';

    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), opts.timeoutMs ?? deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const signal = opts.signal ? AbortSignal.any([opts.signal, deadline.signal]) : deadline.signal;
    const fail = (err: unknown): never => {
      if (opts.signal?.aborted) throw new ApiClientError(0, 'aborted', 'Request cancelled');
      if (deadline.signal.aborted) throw new ApiClientError(0, 'timeout', `${baseUrl} did not answer in time`);
      throw new ApiClientError(0, 'offline', `Can't reach ${baseUrl}: ${(err as Error).message}`);
    };
    try {
      const res = await doFetch(url.toString(), {
        method: opts.method ?? 'GET',
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal,
      }).catch(fail);
      if (!res.ok) throw errorFrom(res.status, await res.text().catch((err) => (signal.aborted ? fail(err) : '')));
      return { status: res.status, value: await read(res).catch(fail) };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    baseUrl,
    async json(schema, path, opts = {}) {
      const { status, value } = await send(path, opts, (res) => res.text());
      const parsed = schema.safeParse(parseJson(value));
      if (!parsed.success) throw new ApiClientError(status, 'bad_response', `Unexpected answer from ${path}`);
      return parsed.data;
    },
    async blob(path, opts = {}) {
      return (await send(path, opts, (res) => res.blob())).value;
    },
  };
}

/** An empty body (204, or a bodiless 200) is `undefined`; text that is not JSON is too. */
function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The server's `{error: {code, message}}`, or a code from the status when a proxy answered instead. */
function errorFrom(status: number, text: string): ApiClientError {
  const body = parseJson(text) as { error?: { code?: unknown; message?: unknown } } | undefined;
  const fallback = status >= 500 ? 'internal' : 'invalid';
  const message = body?.error?.message;
  if (typeof message !== 'string') return new ApiClientError(status, fallback, `HTTP ${status}`);
  const code = ErrorCode.safeParse(body?.error?.code);
  return new ApiClientError(status, code.success ? code.data : fallback, message, body);
}

// Structured JSON logs through pino: one object per line, with the request id of the request that
// logged it (X-Request-Id), readable by any log shipper. Secrets and customer text never reach the
// output: keys that name them are censored at any depth, and bearer tokens inside strings too.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream } from 'pino';
import type { LogLevel } from './parseOpsConfig';

/** The interface every module logs through: an event name and its details. Logged at info. */
export type Log = (message: string, details?: Record<string, unknown>) => void;

/** Set per request by the HTTP layer; every line logged while handling it carries the id. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export const REDACTED = '[redacted]';
/**
 * Compared lower-cased without "_" or "-", by ending: accessToken, access_token, x-access-token,
 * appSecret, newPassword and apiKey all match.
 */
const SECRET_ENDINGS = ['authorization', 'cookie', 'password', 'token', 'secret', 'secretkey', 'apikey'];
/** Customer (and agent) message text: never in a log line. */
const TEXT_KEYS = new Set(['text', 'body', 'caption', 'transcript', 'note']);
const BEARER = /\b(Bearer)\s+[\w.~+/-]+=*/gi;

function censor(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(BEARER, `$1 ${REDACTED}`);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => censor(item, depth + 1));
  if (value instanceof Error) return censor({ name: value.name, message: value.message }, depth);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const normal = key.toLowerCase().replaceAll(/[-_]/g, '');
    const hidden = TEXT_KEYS.has(normal) || SECRET_ENDINGS.some((ending) => normal.endsWith(ending));
    out[key] = hidden ? REDACTED : censor(inner, depth + 1);
  }
  return out;
}

export interface LogOptions {
  level?: LogLevel;
  /** Where lines go; stdout by default (tests pass a stream to read them back). */
  destination?: DestinationStream;
}

export function createLog(options: LogOptions = {}): Log {
  const logger = pino(
    {
      level: options.level ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { log: (object) => censor(object) as Record<string, unknown> },
      mixin: () => requestContext.getStore() ?? {},
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return (message, details) => logger.info(details ?? {}, message.replace(BEARER, `$1 ${REDACTED}`));
}

let stdoutLog: Log | null = null;
/** JSON lines on stdout at info; created on first use. */
export const consoleLog: Log = (message, details) => (stdoutLog ??= createLog())(message, details);

export const silentLog: Log = () => {};

// The one error handler and the one not-found handler: whatever goes wrong, the client gets JSON
// `{error:{code,message}}` with a stable code, never a stack trace.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../../core/api/errors';
import { ApiException } from '../errors';
import type { Log } from '../log';

const CODE_FOR_STATUS: Record<number, ErrorCode> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'invalid',
  415: 'invalid',
};

const MESSAGES: Record<number, string> = {
  415: 'Send the body as JSON (Content-Type: application/json).',
};

export function createErrorHandler(log: Log) {
  return (error: Error, c: Context) => {
    if (error instanceof ApiException) {
      return c.json({ error: { code: error.code, message: error.message } }, error.status, error.headers);
    }
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      const code = CODE_FOR_STATUS[status] ?? 'internal';
      return c.json({ error: { code, message: MESSAGES[status] ?? error.message } }, status);
    }
    log('unhandled error', { method: c.req.method, path: c.req.path, error: error.stack ?? String(error) });
    return c.json({ error: { code: 'internal', message: 'Something went wrong on the server; try again.' } }, 500);
  };
}

export function notFoundHandler(c: Context) {
  return c.json({ error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}.` } }, 404);
}

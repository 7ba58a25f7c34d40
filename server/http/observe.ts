// What an operator sees of the HTTP layer, mounted first by createApp: a request id on every
// request (the caller's X-Request-Id when it sends a sane one, else a new one; echoed back), one
// log line per request carrying it (method, path without the query, status, time: no body, no
// header, so no token and no customer text), the webhook and long-poll metrics, and GET /metrics.
// /metrics is not an agent route (no /v1 OpenAPI guard): it answers 404 unless a token is set,
// and 401 to a scraper without that token.
import { timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { requestContext, type Log } from '../log';
import type { Metrics } from '../ops/createMetrics';
import { ApiException } from '../errors';
import { WEBHOOK_OBJECT } from './webhooks';

export interface ObserveDeps {
  log: Log;
  metrics?: Metrics;
  /** The bearer token /metrics asks for; unset or null: no /metrics. */
  metricsToken?: string | null;
}

// Only the app's own fields are needed here, whatever the app's environment type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Hono env: the middlewares read no variables
type AnyHono = Hono<any, any, any>;

export function observe(app: AnyHono, deps: ObserveDeps): void {
  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    await requestContext.run({ requestId: c.get('requestId') as string }, async () => {
      await next();
      deps.log('request', {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      });
    });
  });

  const { metrics } = deps;
  if (metrics) {
    app.post('/webhooks/*', async (c, next) => {
      await next();
      // Known channels only: a label per made-up path would grow the series without bound.
      const channel = c.req.path.split('/')[2];
      metrics.webhook(Object.hasOwn(WEBHOOK_OBJECT, channel) ? channel : 'other', c.res.status);
    });
    app.get('/v1/sync', async (c, next) => {
      if (!Number(c.req.query('wait'))) return next();
      const closed = metrics.longPollOpened();
      try {
        await next();
      } finally {
        closed();
      }
    });
  }

  app.get('/metrics', async (c) => {
    const expected = deps.metricsToken;
    if (!metrics || !expected) throw new ApiException(404, 'not_found', 'No route for GET /metrics.');
    if (!sameToken(c.req.header('authorization'), `Bearer ${expected}`))
      throw new ApiException(401, 'unauthorized', 'GET /metrics needs Authorization: Bearer <SIDEDESK_METRICS_TOKEN>.');
    await metrics.refresh();
    c.header('content-type', metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
}

function sameToken(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

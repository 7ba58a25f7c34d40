// What browsers are told about every answer: security headers everywhere, nothing under /v1 kept
// in a cache, and /v1 callable cross-origin only from the allowed origins (the extension's). The
// simulator page is served by this server, so it is same-origin and needs no CORS.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Any Chrome extension: an unpacked extension's id differs per install, so a fixed id would lock
 * out every developer and test profile. The token (never a cookie) is what authenticates a call.
 */
export const DEFAULT_ALLOWED_ORIGINS = ['chrome-extension://*'];

/** Exact origins, or `scheme://*` for any origin of that scheme. */
export function originMatcher(patterns: string[]): (origin: string) => boolean {
  const exact = new Set(patterns.filter((p) => !p.endsWith('://*')));
  const schemes = patterns.filter((p) => p.endsWith('://*')).map((p) => p.slice(0, -1));
  return (origin) =>
    exact.has(origin) || schemes.some((scheme) => origin.startsWith(scheme) && origin.length > scheme.length);
}

export function applyBrowserPolicy(app: OpenAPIHono, allowedOrigins: string[] = DEFAULT_ALLOWED_ORIGINS): void {
  app.use('*', secureHeaders());
  app.use('/v1/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store');
  });
  const allowed = originMatcher(allowedOrigins);
  app.use(
    '/v1/*',
    cors({
      origin: (origin) => (allowed(origin) ? origin : null),
      allowHeaders: ['Authorization', 'Content-Type'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      maxAge: 600,
    }),
  );
}

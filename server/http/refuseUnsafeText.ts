// The one check every /v1 string passes before a route validates it: path ids, query values and
// JSON bodies holding NUL or an unpaired surrogate get a 400 `invalid` naming the field, in the
// same words as a schema failure, instead of reaching SQL (where they fail as a 500).
import { createMiddleware } from 'hono/factory';
import { ApiException } from '../errors';
import { findUnsafeText, isUnsafeText, type JsonPath } from '../unsafeText';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
const PROBLEM = 'must not contain NUL characters or unpaired UTF-16 surrogates';

function refuse(path: JsonPath, where: 'path' | 'query' | 'body'): never {
  const field = path.length > 0 ? path.map(String).join('.') : where;
  throw new ApiException(400, 'invalid', `${field}: ${PROBLEM} (in the ${where})`);
}

export function refuseUnsafeText() {
  return createMiddleware(async (c, next) => {
    for (const [name, value] of Object.entries(c.req.param() as Record<string, string>)) {
      if (isUnsafeText(value)) refuse([name], 'path');
    }
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (isUnsafeText(name) || values.some(isUnsafeText)) refuse([name], 'query');
    }
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0].trim();
    if (c.req.raw.body && JSON_MEDIA_TYPE.test(mediaType)) {
      // Malformed JSON is the route validator's to refuse, in its own words; the body is cached.
      const body: unknown = await c.req.json().catch(() => undefined);
      const path = body === undefined ? null : findUnsafeText(body);
      if (path) refuse(path, 'body');
    }
    await next();
  });
}

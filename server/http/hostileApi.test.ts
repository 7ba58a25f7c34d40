// Property: whatever a client sends to any route the OpenAPI document declares — hostile ids,
// query strings, bodies (shaped by the route's schema or not) and headers, signed in or not — the
// answer is never a 5xx, and every refusal is a typed JSON error. Runs on PGlite and PostgreSQL.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ERROR_CODES } from '../../core/api/errors';
import { fixtureText } from '../channels/meta/testFixtures';
import { signatureHeader } from '../channels/meta/verifySignature';
import { createSimulatedServer, SIM_SECRET, type SimulatedServer } from '../testing/createSimulatedServer';
import {
  encodeSegment,
  fromSchema,
  hostileRawBody,
  hostileSegment,
  hostileString,
  hostileValue,
  type Components,
  type Schema,
} from '../testing/hostileArbitraries';
import { describeOnBothDatabases } from '../testing/testDatabases';

type Parameter = { name: string; in: string };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } };
type Route = { method: string; path: string; params: string[]; query: string[]; body: Schema | null };

/** A long-poll that waits is the route working as designed, not a hang: `wait` is left out. */
const NOT_GENERATED = new Set(['wait']);
/** Signing out would end the session the next runs use. */
const ENDS_SESSION = 'POST /v1/auth/logout';

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});

describeOnBothDatabases('hostile requests to every /v1 route', (kind) => {
  let s: SimulatedServer;
  let tokens: Record<'admin' | 'agent', string>;
  let routes: Route[];
  let components: Components;
  let knownIds: string[];

  beforeAll(async () => {
    s = await createSimulatedServer(kind);
    tokens = { admin: (await s.signIn({ role: 'admin' })).token, agent: (await s.signIn()).token };
    // One real conversation, so ids sometimes exist and requests reach past the lookups.
    const webhook = fixtureText('whatsapp-text.json');
    await s.app.request('/webhooks/whatsapp', {
      method: 'POST',
      headers: { 'x-hub-signature-256': signatureHeader(webhook, SIM_SECRET) },
      body: webhook,
    });
    const [row] = await s.store.db.query<{ c: string; ct: string; m: string }>(
      'SELECT cv.id AS c, cv.contact_id AS ct, m.id AS m FROM conversations cv JOIN messages m ON m.conversation_id = cv.id',
    );
    knownIds = [row.c, row.ct, row.m];
    const doc = (await s.request('GET', '/openapi.json')).body;
    components = doc.components?.schemas ?? {};
    routes = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        query: (op.parameters ?? []).filter((p) => p.in === 'query' && !NOT_GENERATED.has(p.name)).map((p) => p.name),
        body: op.requestBody?.content['application/json']?.schema ?? null,
      })),
    );
  });
  afterAll(() => s.close());

  const request = () =>
    fc.constantFrom(...routes).chain((route) =>
      fc.record({
        route: fc.constant(route),
        ids: fc.array(hostileSegment(knownIds), { minLength: route.params.length, maxLength: route.params.length }),
        query: fc.dictionary(fc.constantFrom(...route.query, ...route.query, 'x', '\u0000'), hostileString, {
          maxKeys: 3,
        }),
        body: ['GET', 'HEAD'].includes(route.method)
          ? fc.constant(undefined)
          : fc.oneof(
              { weight: 6, arbitrary: fromSchema(route.body ?? {}, components).map(stringify) },
              { weight: 1, arbitrary: hostileValue.map(stringify) },
              { weight: 1, arbitrary: hostileRawBody },
            ),
        who: fc.constantFrom('admin', 'admin', 'admin', 'agent', 'agent', 'nobody', 'forged'),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          null,
        ),
        language: fc.option(printable),
      }),
    );

  it('never answers 5xx, and refuses with a typed JSON error', async () => {
    expect(routes.length).toBeGreaterThan(40);
    await fc.assert(
      fc.asyncProperty(request(), async ({ route, ids, query, body, who, contentType, language }) => {
        let path = route.path;
        route.params.forEach((name, i) => (path = path.replace(`{${name}}`, ids[i])));
        const search = Object.entries(query).map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`);
        const headers: Record<string, string> = {};
        const token = who === 'forged' ? 'x'.repeat(43) : tokens[who as 'admin' | 'agent'];
        if (token && `${route.method} ${route.path}` !== ENDS_SESSION) headers.authorization = `Bearer ${token}`;
        if (contentType) headers['content-type'] = contentType;
        if (language !== null) headers['accept-language'] = language;
        const url = search.length ? `${path}?${search.join('&')}` : path;
        const res = await s.app.request(url, { method: route.method, headers, body });
        const what = `${route.method} ${url.slice(0, 200)}`;
        expect(res.status, what).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.headers.get('content-type'), what).toMatch(/^application\/json/);
          const answer = await res.json();
          expect(ERROR_CODES, what).toContain(answer.error.code);
          expect(typeof answer.error.message, what).toBe('string');
        } else await res.arrayBuffer();
      }),
      // A hang guard, far above any real answer: a request that never ends fails the property.
      { numRuns: 500, timeout: 30_000, endOnFailure: true },
    );
  });
});

function stringify(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

// Property: Meta's documented payloads for every channel, with hostile values put anywhere in
// them (NUL, lone surrogates, huge strings and numbers, wrong types, deep nesting) or replaced by
// garbage, always get an answer Meta will not retry forever: a signed one is 200 (stored, or kept
// as a dead letter), an unsigned one 401, and never a 5xx. Runs on PGlite and PostgreSQL.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Channel } from '../../core/model';
import { fixture, fixtureNames } from '../channels/meta/testFixtures';
import { signatureHeader } from '../channels/meta/verifySignature';
import { createSimulatedServer, SIM_SECRET, type SimulatedServer } from '../testing/createSimulatedServer';
import { hostileRawBody, hostileString, hostileValue } from '../testing/hostileArbitraries';
import { describeOnBothDatabases } from '../testing/testDatabases';

const CHANNELS: Channel[] = ['whatsapp', 'messenger', 'instagram'];

/** The webhooks Meta sends, not the requests we send or the answers Graph gives. */
const webhookFixtures = (channel: Channel) =>
  fixtureNames(`${channel}-`).filter((name) => !/-(request|response)\.json$/.test(name));

/** Every place in a payload a hostile value can go: each key path, containers included. */
function placesIn(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (path.length > 0) out.push(path);
  if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) placesIn(item, [...path, Array.isArray(value) ? +key : key], out);
  return out;
}

function putAt(payload: unknown, path: (string | number)[], value: unknown): void {
  let target = payload as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]] = value;
}

const oddNumber = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1.5, 1e21, 1e308, Number.MAX_SAFE_INTEGER + 2));

/** Mostly a value of the same kind as the one it replaces (so it passes the schema and reaches SQL). */
function likeValueAt(payload: unknown, path: (string | number)[]): fc.Arbitrary<unknown> {
  const original = path.reduce<any>((at, key) => at?.[key], payload);
  const same = typeof original === 'string' ? hostileString : typeof original === 'number' ? oddNumber : null;
  return same ? fc.oneof({ weight: 3, arbitrary: same }, { weight: 1, arbitrary: hostileValue }) : hostileValue;
}

/** A copy whose message ids are new, so the edited text is stored, not skipped as a redelivery. */
function withFreshMessageIds(payload: unknown, fresh: string): unknown {
  return JSON.parse(JSON.stringify(payload), (key, value) =>
    typeof value === 'string' && (key === 'mid' || value.startsWith('wamid.')) ? `${value}.${fresh}` : value,
  );
}

/** A fixture with one to three hostile values put in, as JSON; or a body of garbage. */
const hostileWebhook = (channel: Channel) => {
  const payloads = webhookFixtures(channel).map((name) => fixture(name));
  const mutated = fc
    .constantFrom(...payloads)
    .chain((payload) => {
      const edit = fc
        .constantFrom(...placesIn(payload))
        .chain((path) => fc.tuple(fc.constant(path), likeValueAt(payload, path)));
      return fc.record({
        payload: fc.constant(payload),
        edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
        fresh: fc.uuid(),
      });
    })
    .map(({ payload, edits, fresh }) => {
      const copy = withFreshMessageIds(payload, fresh);
      // A later edit may land inside a value an earlier one replaced (its own copy), or under one
      // that is no container any more: then it is skipped.
      for (const [path, value] of edits) {
        try {
          putAt(copy, path, structuredClone(value));
        } catch {
          continue;
        }
      }
      return JSON.stringify(copy);
    });
  return fc.oneof({ weight: 5, arbitrary: mutated }, { weight: 1, arbitrary: hostileRawBody });
};

describeOnBothDatabases('hostile webhooks on every channel', (kind) => {
  let s: SimulatedServer;
  beforeAll(async () => {
    s = await createSimulatedServer(kind);
  });
  afterAll(() => s.close());

  it.each(CHANNELS)('%s: signed → 200, unsigned → 401, never a 5xx', async (channel) => {
    expect(webhookFixtures(channel).length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(hostileWebhook(channel), fc.boolean(), async (body, signed) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (signed) headers['x-hub-signature-256'] = signatureHeader(body, SIM_SECRET);
        const res = await s.app.request(`/webhooks/${channel}`, { method: 'POST', headers, body });
        const what = body.slice(0, 300);
        expect(res.status, what).toBe(signed ? 200 : 401);
        expect(res.headers.get('content-type'), what).toMatch(/^application\/json/);
        await res.json();
      }),
      // A hang guard, far above any real answer: a webhook that never ends fails the property.
      { numRuns: 150, timeout: 30_000, endOnFailure: true },
    );
  });
});

// A signed webhook that can never be stored is acknowledged (200) and kept as a dead letter, so
// Meta does not redeliver it for 7 days; one that may store later (a lost database) stays a 500,
// and a bad signature stays a 401 that keeps nothing.
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../channels/meta/testFixtures';
import { signatureHeader } from '../channels/meta/verifySignature';
import type { InboundEvent } from '../channels/types';
import { whatsappAdapter } from '../channels/whatsapp/whatsappAdapter';
import { webhookRoutes, type DeadLetterEntry } from './webhooks';

const SECRET = 'app-secret';

function setup(ingest: (events: InboundEvent[]) => Promise<void> = async () => {}) {
  const kept: DeadLetterEntry[] = [];
  const ingested: InboundEvent[][] = [];
  const app = webhookRoutes({
    appSecret: SECRET,
    verifyToken: 't',
    adapters: { whatsapp: whatsappAdapter },
    ingest: async (events) => {
      ingested.push(events);
      await ingest(events);
    },
    deadLetter: async (entry) => void kept.push(entry),
  });
  const post = async (body: string, signature = signatureHeader(body, SECRET)) => {
    const res = await app.request('/whatsapp', { method: 'POST', headers: { 'x-hub-signature-256': signature }, body });
    return { status: res.status, body: await res.json() };
  };
  return { kept, ingested, post };
}

const withCode = (code: string) => Object.assign(new Error(`refused (${code})`), { code });
const textFixture = () => JSON.parse(fixtureText('whatsapp-text.json'));

describe('webhooks that can never be stored', () => {
  it.each([
    ['JSON that does not parse', '{"object": '],
    ['another channel’s object', fixtureText('messenger-text.json')],
    ['a payload missing a field', JSON.stringify({ object: 'whatsapp_business_account', entry: [{ changes: 1 }] })],
  ])('acknowledges %s and keeps its bytes', async (_, body) => {
    const { kept, ingested, post } = setup();
    const res = await post(body);
    expect(res).toEqual({ status: 200, body: { received: 0, deadLettered: true } });
    expect(kept).toHaveLength(1);
    expect(new TextDecoder().decode(kept[0].body)).toBe(body);
    expect(kept[0]).toMatchObject({ channel: 'whatsapp', error: expect.any(String) });
    expect(ingested).toEqual([]);
  });

  it('keeps a message id too long for the unique index instead of failing at the database', async () => {
    const payload = textFixture();
    payload.entry[0].changes[0].value.messages[0].id = 'w'.repeat(5000);
    const { kept, post } = setup();
    expect((await post(JSON.stringify(payload))).body).toMatchObject({ deadLettered: true });
    expect(kept[0].error).toContain('messages[0].id');
  });

  it('keeps events the database refuses as data, and retries (500) what may pass later', async () => {
    const refused = setup(async () => {
      throw withCode('22021');
    });
    expect(await refused.post(fixtureText('whatsapp-text.json'))).toMatchObject({ status: 200 });
    expect(refused.kept[0].error).toContain('22021');

    for (const error of [new Error('database down'), withCode('08006'), withCode('40P01'), withCode('23505')]) {
      const transient = setup(async () => {
        throw error;
      });
      const res = await transient.post(fixtureText('whatsapp-text.json'));
      expect(res.status, String(error)).toBe(500);
      expect(transient.kept).toEqual([]);
    }
  });

  it('keeps a customer’s text with lone surrogates and NUL, cleaned, instead of refusing it', async () => {
    const body = fixtureText('whatsapp-text.json').replace(
      'Does it come in another color?',
      'Blue\\ud800 or\\u0000 red\\udc00?',
    );
    const { kept, ingested, post } = setup();
    expect((await post(body)).status).toBe(200);
    expect(kept).toEqual([]);
    expect(ingested[0][0]).toMatchObject({ text: 'Blue\uFFFD or red\uFFFD?' });
  });

  it('keeps nothing for a bad signature: that is a 401, not a dead letter', async () => {
    const { kept, post } = setup();
    const res = await post('{"object": ', signatureHeader('other', SECRET));
    expect(res.status).toBe(401);
    expect(kept).toEqual([]);
  });
});

// Dead letters end to end on both databases: a customer's odd text is stored (cleaned), a webhook
// that can never be stored is acknowledged and listed for admins, and a replay stores it once
// the cause is fixed — once, however often it is replayed.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureText } from '../channels/meta/testFixtures';
import { signatureHeader } from '../channels/meta/verifySignature';
import { insertDeadLetter } from '../store/repos/deadLetters';
import { createSimulatedServer, SIM_SECRET, type SimulatedServer } from '../testing/createSimulatedServer';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('dead letters', (kind) => {
  let s: SimulatedServer;
  let admin: { token: string }, agent: { token: string };
  beforeAll(async () => {
    s = await createSimulatedServer(kind);
    admin = await s.signIn({ role: 'admin' });
    agent = await s.signIn();
  });
  afterAll(() => s.close());

  const post = async (channel: string, body: string) => {
    const res = await s.app.request(`/webhooks/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureHeader(body, SIM_SECRET) },
      body,
    });
    return { status: res.status, body: await res.json() };
  };
  const whatsappText = (change: (message: any, value: any) => void) => {
    const payload = JSON.parse(fixtureText('whatsapp-text.json'));
    const value = payload.entry[0].changes[0].value;
    change(value.messages[0], value);
    return JSON.stringify(payload);
  };
  const list = async () => (await s.request('GET', '/v1/dead-letters', { token: admin.token })).body.deadLetters;
  const texts = async () =>
    (await s.store.db.query<{ text: string }>('SELECT text FROM messages ORDER BY n')).map((r) => r.text);

  it('stores a text and a name with lone surrogates and NUL, cleaned, instead of failing at jsonb', async () => {
    const body = whatsappText((message, value) => {
      message.id = 'wamid.surrogates';
      message.text.body = 'blue\ud800 or\u0000 red?';
      value.contacts[0].profile.name = 'Sheena\udfff';
    });
    expect(await post('whatsapp', body)).toEqual({ status: 200, body: { received: 1 } });
    expect(await texts()).toContain('blue\uFFFD or red?');
    expect(await list()).toEqual([]);
  });

  it('acknowledges a webhook with an id no index can hold, and lists it for admins only', async () => {
    const longId = randomBytes(3000).toString('base64');
    const body = whatsappText((message) => (message.id = longId));
    expect(await post('whatsapp', body)).toEqual({ status: 200, body: { received: 0, deadLettered: true } });
    const [letter] = await list();
    expect(letter).toMatchObject({ channel: 'whatsapp', replayedAt: null, size: Buffer.byteLength(body) });
    expect(letter.error).toContain('messages[0].id');
    expect(letter.excerpt.startsWith('{')).toBe(true);
    expect((await s.request('GET', '/v1/dead-letters', { token: agent.token })).status).toBe(403);

    const replayed = await s.request('POST', `/v1/dead-letters/${letter.id}/replay`, { token: admin.token });
    expect(replayed.status).toBe(200);
    expect(replayed.body.deadLetter).toMatchObject({ id: letter.id, replayedAt: null });
    expect(replayed.body.deadLetter.error).toContain('messages[0].id');
  });

  it('stores a dead letter on replay once its cause is gone, and only once', async () => {
    const body = whatsappText((message) => {
      message.id = 'wamid.kept-during-an-outage';
      message.text.body = 'kept, then replayed';
    });
    const id = await insertDeadLetter(
      s.store.db,
      { channel: 'whatsapp', body: new TextEncoder().encode(body), error: 'a bug since fixed' },
      s.clock.now(),
    );
    s.clock.advance(1000);
    const first = await s.request('POST', `/v1/dead-letters/${id}/replay`, { token: admin.token });
    expect(first.status).toBe(200);
    expect(first.body.deadLetter.replayedAt).toBe(s.clock.now());
    const again = await s.request('POST', `/v1/dead-letters/${id}/replay`, { token: admin.token });
    expect(again.body.deadLetter).toEqual(first.body.deadLetter);
    expect((await texts()).filter((t) => t === 'kept, then replayed')).toHaveLength(1);
  });

  it('answers 404 for a dead letter that does not exist', async () => {
    const missing = await s.request('POST', '/v1/dead-letters/nope/replay', { token: admin.token });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });
});

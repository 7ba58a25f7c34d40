// Messenger, Instagram and customers' files end to end on both databases: the simulator plays the
// customer and Meta's Graph API; the real adapters, ingest, background fetcher and routes run.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY, HOUR } from '../../core/replyWindow';
import { fixtureText } from '../channels/meta/testFixtures';
import { createSimulatedServer, SIM_IDS, SIM_SECRET, type SimulatedServer } from '../testing/createSimulatedServer';
import { describeOnBothDatabases } from '../testing/testDatabases';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describeOnBothDatabases('Messenger, Instagram and media', (kind) => {
  let s: SimulatedServer;
  let admin: { token: string; agent: { id: string } };
  let ana: { token: string; agent: { id: string } };
  let ben: { token: string; agent: { id: string } };
  beforeAll(async () => {
    s = await createSimulatedServer(kind);
    admin = await s.signIn({ role: 'admin' });
    ana = await s.signIn();
    ben = await s.signIn();
  });
  afterAll(() => s.close());

  const sim = (path: string, body?: unknown) =>
    s.request(body === undefined ? 'GET' : 'POST', `/simulator/api${path}`, { body });
  const conversationOf = async (contactExternalId: string) => {
    const { body } = await s.request('GET', '/v1/conversations', { token: admin.token });
    const contacts = await s.store.db.query<{ id: string }>('SELECT id FROM contacts WHERE external_id = $1', [
      contactExternalId,
    ]);
    return body.conversations.find((c: any) => c.contactId === contacts[0]?.id);
  };
  const messages = async (conversationId: string) =>
    (await s.request('GET', `/v1/conversations/${conversationId}/messages`, { token: admin.token })).body
      .messages as any[];
  const simThread = async (channel: string, phone: string) =>
    (await sim(`/thread?channel=${channel}&phone=${phone}`)).body.messages as any[];
  const signed = (channel: string, body: string) =>
    s.app.request(`/webhooks/${channel}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': `sha256=${createHmac('sha256', SIM_SECRET).update(body).digest('hex')}`,
      },
      body,
    });

  describe.each(['messenger', 'instagram'] as const)('%s', (channel) => {
    const psid = channel === 'messenger' ? '6643920825689113' : '1131406374983741';
    const page = () => SIM_IDS[channel];

    it('round-trips: the customer writes, the profile names them, the agent replies once (the echo is not a second message)', async () => {
      await sim('/customers', { name: 'Mia Rossi', phone: psid });
      expect((await sim('/messages', { channel: page(), phone: psid, text: 'Is the blue dress in M?' })).status).toBe(
        200,
      );
      const conversation = await vi.waitFor(async () => {
        const c = await conversationOf(psid);
        expect(c?.contactName).toBe('Mia Rossi');
        return c;
      });
      expect(conversation).toMatchObject({ channel, assigneeId: null, unreadCount: 1 });

      expect(
        (await s.request('POST', `/v1/conversations/${conversation.id}/accept`, { token: ana.token })).status,
      ).toBe(200);
      const sent = await s.request('POST', `/v1/conversations/${conversation.id}/messages`, {
        token: ana.token,
        body: { clientId: `c-${channel}-1`, text: 'Yes, size M is in stock!' },
      });
      expect(sent.status).toBe(201);
      expect(sent.body.message).toMatchObject({ status: 'sent', author: 'agent', agentId: ana.agent.id });

      // The phone got it, and Meta's echo of it came back and was taken.
      await vi.waitFor(async () => {
        const business = (await simThread(page(), psid)).filter((m) => m.from === 'business');
        expect(business.map((m) => [m.text, m.status])).toEqual([['Yes, size M is in stock!', 'sent']]);
      });
      expect((await messages(conversation.id)).map((m) => [m.author, m.text])).toEqual([
        ['customer', 'Is the blue dress in M?'],
        ['agent', 'Yes, size M is in stock!'],
      ]);
    });

    it('stores an echo of a message sent outside Sidedesk as an agent message with no agent', async () => {
      const conversation = await conversationOf(psid);
      const payload = JSON.parse(fixtureText(`${channel}-text.json`));
      const item = payload.entry[0].messaging[0];
      item.sender = { id: page() };
      item.recipient = { id: psid };
      item.message = { mid: `${channel}-inbox-echo-1`, is_echo: true, text: 'Sent from the Page inbox' };
      const body = JSON.stringify(payload);
      expect((await signed(channel, body)).status).toBe(200);
      expect((await signed(channel, body)).status).toBe(200);
      const outside = (await messages(conversation.id)).filter((m) => m.text === 'Sent from the Page inbox');
      expect(outside).toEqual([expect.objectContaining({ author: 'agent', agentId: null, status: 'sent' })]);
    });

    it('sends with HUMAN_AGENT past 24 h and refuses past 7 days before calling Meta', async () => {
      const conversation = await conversationOf(psid);
      s.clock.advance(25 * HOUR);
      const tagged = await s.request('POST', `/v1/conversations/${conversation.id}/messages`, {
        token: ana.token,
        body: { clientId: `c-${channel}-2`, text: 'Following up' },
      });
      expect(tagged.body.message).toMatchObject({ status: 'sent' });
      s.clock.advance(7 * DAY);
      const before = (await simThread(page(), psid)).length;
      const refused = await s.request('POST', `/v1/conversations/${conversation.id}/messages`, {
        token: ana.token,
        body: { clientId: `c-${channel}-3`, text: 'Too late' },
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('window_closed');
      expect((await simThread(page(), psid)).length).toBe(before);
      s.clock.advance(-(25 * HOUR + 7 * DAY));
    });
  });

  describe.each(['whatsapp', 'messenger'] as const)('an image from a %s customer', (channel) => {
    const phone = channel === 'whatsapp' ? '5511900000111' : '7000000000111';
    it('is downloaded in the background, then served only to agents who can see the conversation', async () => {
      await sim('/customers', { name: 'Pat Image', phone });
      const file = { data: PNG.toString('base64'), mimeType: 'image/png', filename: 'dot.png' };
      expect((await sim('/messages', { channel: SIM_IDS[channel], phone, text: 'the stain', file })).status).toBe(200);
      const conversation = await vi.waitFor(async () => {
        const c = await conversationOf(phone);
        expect(c).toBeDefined();
        return c;
      });
      const ready = await vi.waitFor(async () => {
        const [m] = await messages(conversation.id);
        expect(m).toMatchObject({ kind: 'image', text: 'the stain', media: { ready: true, mimeType: 'image/png' } });
        return m;
      });
      const path = `/v1/media/${ready.media.id}`;
      expect((await s.request('GET', path)).status).toBe(401);
      const served = await s.request('GET', path, { token: ben.token }); // New: every agent sees it
      expect(served.status).toBe(200);
      expect(served.response.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await served.response.arrayBuffer())).toEqual(PNG);

      await s.request('POST', `/v1/conversations/${conversation.id}/accept`, { token: ana.token });
      expect((await s.request('GET', path, { token: ben.token })).status).toBe(404);
      expect((await s.request('GET', path, { token: ana.token })).status).toBe(200);
      expect((await s.request('GET', path, { token: admin.token })).status).toBe(200);
      expect((await s.request('GET', '/v1/media/nope', { token: admin.token })).status).toBe(404);
    });
  });

  it.each([
    ['whatsapp-voice.json', 'audio', { voice: true, mimeType: 'audio/ogg; codecs=opus', ready: false }],
    ['whatsapp-audio-file.json', 'audio', { voice: false, mimeType: 'audio/mpeg', ready: false }],
    ['whatsapp-document.json', 'document', { filename: 'receipt.pdf', mimeType: 'application/pdf', ready: false }],
    ['whatsapp-image.json', 'image', { mimeType: 'image/jpeg', ready: false }],
  ])('%s is stored as %s media, pending until downloaded', async (name, kind, media) => {
    const body = fixtureText(name)
      .replace('106540352242922', SIM_IDS.whatsapp)
      .replace('16505551234', '16505550000')
      .replace('16505551234', '16505550000');
    const wamid = JSON.parse(body).entry[0].changes[0].value.messages[0].id;
    await s.store.db.query('DELETE FROM media WHERE message_id IN (SELECT id FROM messages WHERE external_id = $1)', [
      wamid,
    ]);
    await s.store.db.query('DELETE FROM messages WHERE external_id = $1', [wamid]);
    expect((await signed('whatsapp', body)).status).toBe(200);
    const [row] = await s.store.db.query<{ kind: string; media: any }>(
      'SELECT kind, media FROM messages WHERE external_id = $1',
      [wamid],
    );
    expect(row.kind).toBe(kind);
    expect(row.media).toMatchObject(media);
  });

  it('stores a WhatsApp location with its coordinates', async () => {
    expect(
      (await signed('whatsapp', fixtureText('whatsapp-location.json').replace('106540352242922', SIM_IDS.whatsapp)))
        .status,
    ).toBe(200);
    const [row] = await s.store.db.query<{ kind: string; location: any; text: string }>(
      `SELECT kind, location, text FROM messages WHERE external_id LIKE 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0%'`,
    );
    expect(row).toEqual({
      kind: 'location',
      text: 'Philz Coffee',
      location: {
        latitude: 37.44221496582,
        longitude: -122.16165924072,
        name: 'Philz Coffee',
        address: '101 Forest Ave, Palo Alto, CA 94301',
      },
    });
  });
});

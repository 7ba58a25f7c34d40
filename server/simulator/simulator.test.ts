import { describe, expect, it } from 'vitest';
import { fixture } from '../channels/meta/testFixtures';
import { verifySignature } from '../channels/meta/verifySignature';
import type { InboundEvent, InboundMessageEvent, StatusEvent } from '../channels/types';
import { whatsappAdapter } from '../channels/whatsapp/whatsappAdapter';
import { buildWhatsappTextWebhook, metaJsonStringify, signBody, simulatorRoutes } from './index';
import { channel, PUBLIC_URL, SECRET, setup } from './testSetup';

const statuses = (events: InboundEvent[]) => events.filter((e): e is StatusEvent => e.type === 'status');

describe('payload builder and signer', () => {
  it("serialises like Meta: the signature vector's body comes out byte for byte", () => {
    const vector = fixture('signature-test-vector.json');
    expect(metaJsonStringify(JSON.parse(vector.raw_body))).toBe(vector.raw_body);
    expect(signBody(JSON.parse(vector.raw_body), vector.app_secret).signature).toBe(vector.x_hub_signature_256);
  });

  it('builds a text webhook that verifies and parses', () => {
    const payload = buildWhatsappTextWebhook({
      phoneNumberId: '100200300',
      customer: { name: 'José Peña', phone: '573001234567' },
      text: '¿Tienen envío? 👍',
      at: 1_749_416_383_900,
    });
    const { body, signature } = signBody(payload, SECRET);
    expect(body).toContain('Jos\\u00e9');
    expect(body).toContain('\\ud83d\\udc4d');
    expect(verifySignature(new TextEncoder().encode(body), signature, SECRET)).toBe(true);
    const [event] = whatsappAdapter.parse(JSON.parse(body)) as InboundMessageEvent[];
    expect(event).toMatchObject({
      channelExternalId: '100200300',
      contact: { externalId: '573001234567', name: 'José Peña' },
      kind: 'text',
      text: '¿Tienen envío? 👍',
      timestamp: 1_749_416_383_000,
    });
    expect(event.externalId).toMatch(/^wamid\./);
  });
});

describe('the phone page API', () => {
  it('serves the page with the ids the end-to-end tests use, and no innerHTML', async () => {
    const { server } = setup();
    const html = await (await server.request('/simulator')).text();
    for (const id of [
      'channel-select',
      'customer-select',
      'new-customer-name',
      'new-customer-phone',
      'thread',
      'message-input',
      'send-button',
      'sim-error',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).not.toContain('innerHTML');
  });

  it('lists channels without their tokens', async () => {
    const { api } = setup();
    const body = await (await api('/channels')).json();
    expect(body).toEqual({
      channels: [{ id: 'ch-sim', kind: 'whatsapp', name: 'Demo shop', externalId: '100200300' }],
    });
  });

  it('sends a customer message as a signed webhook the server ingests', async () => {
    const { api, events } = setup();
    expect((await api('/customers', { name: 'Ana', phone: '+57 300 123 4567' })).status).toBe(201);
    const res = await api('/messages', { channel: '100200300', phone: '573001234567', text: 'Hola' });
    expect(res.status).toBe(200);
    expect(events).toMatchObject([
      { type: 'message', text: 'Hola', contact: { name: 'Ana', externalId: '573001234567' } },
    ]);
    const thread = await (await api('/thread?channel=100200300&phone=573001234567')).json();
    expect(thread.messages).toMatchObject([{ from: 'customer', text: 'Hola', status: 'accepted', error: null }]);
  });

  it("shows the server's refusal on the message", async () => {
    const { api, events } = setup({ serverSecret: 'another-secret' });
    const res = await api('/messages', { channel: '100200300', phone: '573001234567', text: 'Hola' });
    expect(res.status).toBe(502);
    expect((await res.json()).error.message).toContain('401');
    const thread = await (await api('/thread?channel=100200300&phone=573001234567')).json();
    expect(thread.messages[0]).toMatchObject({ status: 'rejected' });
    expect(events).toEqual([]);
  });

  it('validates input and knows its channels', async () => {
    const { api } = setup();
    expect((await api('/customers', { name: '', phone: '1' })).status).toBe(400);
    expect((await api('/messages', { channel: 'nope', phone: '573001234567', text: 'x' })).status).toBe(404);
  });

  it('forwards a raw body signed over its exact bytes, for simulated numbers only', async () => {
    const { server, events } = setup();
    const raw = (body: string) => server.request('/simulator/api/raw', { method: 'POST', body });
    const image = fixture('whatsapp-image.json');
    expect((await raw(JSON.stringify(image))).status).toBe(403);
    expect((await raw('not json')).status).toBe(400);
    image.entry[0].changes[0].value.metadata.phone_number_id = '100200300';
    const res = await raw(JSON.stringify(image));
    expect(await res.json()).toMatchObject({ server: { status: 200 } });
    expect(events).toMatchObject([{ kind: 'image', originalType: 'image' }]);
  });

  it('is off while no simulated channel exists', async () => {
    const app = simulatorRoutes({ appSecret: SECRET, publicUrl: PUBLIC_URL, listSimulatedChannels: async () => [] });
    expect((await app.request('/')).status).toBe(404);
    expect((await app.request('/api/raw', { method: 'POST', body: '{}' })).status).toBe(404);
  });
});

describe('the Graph API stand-in', () => {
  it('answers like Meta and reports sent, delivered, then read once the page shows the thread', async () => {
    const { send, events, api, state } = setup();
    const { externalId } = await send('We have it in green.');
    expect(externalId).toMatch(/^wamid\./);
    const thread = state.thread('100200300', '16505551234');
    expect(thread).toMatchObject([{ id: externalId, from: 'business', text: 'We have it in green.' }]);

    await expect.poll(() => statuses(events).map((e) => e.status)).toEqual(['sent', 'delivered']);
    // Nobody is looking at the phone yet: no read receipt.
    await new Promise((r) => setTimeout(r, 30));
    expect(statuses(events)).toHaveLength(2);

    await api('/thread?channel=100200300&phone=16505551234');
    await expect.poll(() => statuses(events).map((e) => e.status)).toEqual(['sent', 'delivered', 'read']);
    expect(statuses(events).every((e) => e.externalId === externalId && e.channelExternalId === '100200300')).toBe(
      true,
    );
    expect(thread[0].status).toBe('read');
  });

  it("answers with the same shape as Meta's send response", async () => {
    const { fetchImpl } = setup();
    const res = await fetchImpl(`${channel.graphUrl}/100200300/messages`, {
      method: 'POST',
      headers: { authorization: 'Bearer sim-token', 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', to: '16505551234', type: 'text', text: { body: 'hi' } }),
    });
    const keys = (v: any): any =>
      v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, keys(x)])) : typeof v;
    expect(keys(await res.json())).toEqual(keys(fixture('whatsapp-send-response.json')));
  });

  it('refuses a wrong token (190) and a bad body (100) like Graph', async () => {
    const { fetchImpl } = setup();
    const badToken = { ...channel, accessToken: 'stolen' };
    await expect(whatsappAdapter.send(badToken, '1650', { kind: 'text', text: 'x' }, fetchImpl)).rejects.toMatchObject({
      code: 'meta_190',
    });
    const res = await fetchImpl(`${channel.graphUrl}/100200300/messages`, {
      method: 'POST',
      headers: { authorization: 'Bearer sim-token' },
      body: JSON.stringify({ messaging_product: 'whatsapp', to: '16505551234', type: 'text', text: {} }),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: 100, type: 'OAuthException' });
    expect(body.error.error_data.details).toContain('text.body');
  });

  it('answers the next send with a requested Graph error', async () => {
    const { send, api, events } = setup();
    await api('/fail-next', { code: 131047 });
    await expect(send('late reply')).rejects.toMatchObject({ code: 'meta_131047', retryable: false });
    await expect(send('next one works')).resolves.toMatchObject({ externalId: expect.stringMatching(/^wamid\./) });
    await expect.poll(() => statuses(events).length).toBeGreaterThan(0);
  });

  it('can fail asynchronously, by a failed status webhook, as Meta often does for 131047', async () => {
    const { send, api, events } = setup();
    await api('/fail-next', { code: 131047, async: true });
    const { externalId } = await send('late reply');
    await expect
      .poll(() => statuses(events))
      .toMatchObject([
        {
          externalId,
          status: 'failed',
          error: { code: 'meta_131047', message: expect.stringContaining('24-hour window closed') },
        },
      ]);
  });
});

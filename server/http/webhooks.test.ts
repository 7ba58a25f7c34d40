import { describe, expect, it, vi } from 'vitest';
import { fixtureText } from '../channels/meta/testFixtures';
import { signatureHeader } from '../channels/meta/verifySignature';
import type { InboundEvent } from '../channels/types';
import { whatsappAdapter } from '../channels/whatsapp/whatsappAdapter';
import { webhookRoutes, WEBHOOK_MAX_BYTES } from './webhooks';

const SECRET = 'app-secret';

function setup(ingest: (events: InboundEvent[]) => Promise<void> = async () => {}) {
  const spy = vi.fn(ingest);
  const app = webhookRoutes({
    appSecret: SECRET,
    verifyToken: 'meatyhamhock',
    adapters: { whatsapp: whatsappAdapter },
    ingest: spy,
  });
  const post = (body: string, signature: string | null = signatureHeader(body, SECRET)) =>
    app.request('/whatsapp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
      body,
    });
  return { app, ingest: spy, post };
}

describe('GET /whatsapp handshake', () => {
  it('echoes the challenge as text/plain', async () => {
    const { app } = setup();
    const res = await app.request(
      '/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=meatyhamhock',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('1158201444');
  });

  it('answers 403 JSON on a wrong token', async () => {
    const { app } = setup();
    const res = await app.request('/whatsapp?hub.mode=subscribe&hub.challenge=1&hub.verify_token=nope');
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('POST /whatsapp', () => {
  it('checks the signature over the raw bytes, ingests once, then answers 200', async () => {
    const { ingest, post } = setup();
    const res = await post(fixtureText('whatsapp-text.json'));
    expect(res.status).toBe(200);
    expect(ingest).toHaveBeenCalledTimes(1);
    expect(ingest.mock.calls[0][0]).toMatchObject([{ type: 'message', text: 'Does it come in another color?' }]);
  });

  it('drops NUL characters, which no database text column can hold, instead of failing forever', async () => {
    const { ingest, post } = setup();
    const body = fixtureText('whatsapp-text.json').replace(
      'Does it come in another color?',
      'Does it come\\u0000 in blue?',
    );
    expect((await post(body)).status).toBe(200);
    expect(ingest.mock.calls[0][0]).toMatchObject([{ type: 'message', text: 'Does it come in blue?' }]);
  });

  it("accepts the signature vector's escaped non-ASCII body", async () => {
    const vector = JSON.parse(fixtureText('signature-test-vector.json'));
    const app = webhookRoutes({
      appSecret: vector.app_secret,
      verifyToken: 't',
      adapters: { whatsapp: whatsappAdapter },
      ingest: async () => {},
    });
    const res = await app.request('/whatsapp', {
      method: 'POST',
      headers: { 'x-hub-signature-256': vector.x_hub_signature_256 },
      body: vector.raw_body,
    });
    expect(res.status).toBe(200);
  });

  it('answers only after ingest resolves', async () => {
    let release!: () => void;
    const { post } = setup(() => new Promise<void>((resolve) => (release = resolve)));
    let answered = false;
    const pending = Promise.resolve(post(fixtureText('whatsapp-text.json'))).then((res) => ((answered = true), res));
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    release();
    expect((await pending).status).toBe(200);
  });

  it.each([
    ['a wrong signature', signatureHeader('other body', SECRET)],
    ['a missing signature', null],
    ['a malformed signature', 'sha256=xyz'],
  ])('answers 401 bad_signature for %s and stores nothing', async (_, signature) => {
    const { ingest, post } = setup();
    const res = await post(fixtureText('whatsapp-text.json'), signature);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'bad_signature' } });
    expect(ingest).not.toHaveBeenCalled();
  });

  it('answers 500 when ingest throws, so Meta retries', async () => {
    const { post } = setup(async () => {
      throw new Error('database down');
    });
    const res = await post(fixtureText('whatsapp-text.json'));
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: { code: 'internal' } });
  });

  it('answers 400 invalid for JSON that does not parse', async () => {
    const { ingest, post } = setup();
    const res = await post('{"object": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid' } });
    expect(ingest).not.toHaveBeenCalled();
  });

  it('answers 400 naming the field for a malformed payload', async () => {
    const { ingest, post } = setup();
    const payload = JSON.parse(fixtureText('whatsapp-text.json'));
    delete payload.entry[0].changes[0].value.metadata.phone_number_id;
    const res = await post(JSON.stringify(payload));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid');
    expect(body.error.message).toContain('entry[0].changes[0].value.metadata.phone_number_id');
    expect(ingest).not.toHaveBeenCalled();
  });

  it('answers 400 for another object', async () => {
    const { post } = setup();
    const res = await post(fixtureText('messenger-text.json'));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('whatsapp_business_account');
  });

  it('answers 413 above 3 MB, before checking anything', async () => {
    const { ingest, post } = setup();
    const res = await post(`{"object":"${'x'.repeat(WEBHOOK_MAX_BYTES)}"}`);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'too_large' } });
    expect(ingest).not.toHaveBeenCalled();
  });

  it('does not mount channels without an adapter', async () => {
    const { app } = setup();
    expect((await app.request('/messenger', { method: 'POST', body: '{}' })).status).toBe(404);
  });
});

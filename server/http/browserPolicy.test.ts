// What browsers are told: security headers on every answer, no caching of /v1, and CORS only for
// the allowed origins (any Chrome extension by default; configurable), never `*`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../testing/createTestServer';

const preflight = (t: TestServer, origin: string) =>
  t.app.request('/v1/sync', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
  });

describe('browser policy', () => {
  let t: TestServer;
  let custom: TestServer;
  beforeAll(async () => {
    t = await createTestServer('pglite');
    custom = await createTestServer('pglite', { config: { allowedOrigins: ['https://crm.example.com'] } });
  });
  afterAll(async () => {
    await t.close();
    await custom.close();
  });

  it('sends security headers on every answer, errors included', async () => {
    const { token } = await t.signIn();
    const answers = [
      await t.app.request('/healthz'),
      await t.app.request('/v1/me', { headers: { authorization: `Bearer ${token}` } }),
      await t.app.request('/v1/me'),
      await t.app.request('/nothing-here'),
      await t.app.request('/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1'),
      await t.app.request('/openapi.json'),
    ];
    for (const response of answers) {
      expect(response.headers.get('x-content-type-options'), response.url).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    }
  });

  it('tells caches to keep nothing from /v1', async () => {
    const { token } = await t.signIn();
    const me = await t.app.request('/v1/me', { headers: { authorization: `Bearer ${token}` } });
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect((await t.app.request('/v1/me')).headers.get('cache-control')).toBe('no-store');
  });

  it('allows any Chrome extension by default (an unpacked id differs per install) and no web page', async () => {
    const extension = await preflight(t, 'chrome-extension://abcdefghijklmnopabcdefghijklmnop');
    expect(extension.headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    );
    for (const origin of ['https://evil.example', 'http://localhost:3000', 'null']) {
      const response = await preflight(t, origin);
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it('allows exactly the configured origins', async () => {
    expect((await preflight(custom, 'https://crm.example.com')).headers.get('access-control-allow-origin')).toBe(
      'https://crm.example.com',
    );
    expect((await preflight(custom, 'chrome-extension://abc')).headers.get('access-control-allow-origin')).toBeNull();
    expect(
      (await preflight(custom, 'https://crm.example.com.evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });
});

// Sign-in throttling, per account and per address, on the test clock (nothing sleeps): a growing
// wait with 429 and Retry-After, never a minute or more, and the right password works as soon as
// the wait is over.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLoginThrottle } from '../auth/loginThrottle';
import { createTestServer, type TestServer } from '../testing/createTestServer';
import { fakeAgentAccount } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { ensureAgent } from '../workspace/ensureAgent';

/** A sign-in from a given socket address, as @hono/node-server hands the request to the app. */
async function login(t: TestServer, email: string, password: string, address = '198.51.100.7', headers = {}) {
  const response = await t.app.request(
    '/v1/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    },
    { incoming: { socket: { remoteAddress: address } } },
  );
  const body = await response.json();
  return { status: response.status, code: body.error?.code, retryAfter: response.headers.get('retry-after') };
}

describeOnBothDatabases('sign-in throttling', (kind) => {
  let t: TestServer;
  beforeAll(async () => (t = await createTestServer(kind)));
  afterAll(() => t.close());

  it('slows guesses at one account with a growing wait, and the right password works once it is over', async () => {
    const account = fakeAgentAccount();
    await ensureAgent(t.store, account, t.clock.now());
    const waits: number[] = [];
    for (let guess = 0; guess < 12; guess++) {
      let result = await login(t, account.email, 'wrong password', `203.0.113.${guess}`);
      if (result.status === 429) {
        expect(result.code).toBe('too_many_attempts');
        waits.push(Number(result.retryAfter));
        // Asking again during the wait does not stretch it.
        t.clock.advance(Number(result.retryAfter) * 1000 - 1);
        expect((await login(t, account.email, account.password)).status).toBe(429);
        t.clock.advance(1);
        result = await login(t, account.email, 'wrong password', `203.0.113.${guess}`);
      }
      expect(result.status).toBe(401);
    }
    expect(waits.length).toBeGreaterThan(4);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits.at(-1)!).toBeGreaterThan(waits[0]);
    expect(Math.max(...waits)).toBeLessThan(60);

    const locked = await login(t, account.email, account.password);
    expect(locked.status).toBe(429);
    t.clock.advance(Number(locked.retryAfter) * 1000);
    expect((await login(t, account.email, account.password)).status).toBe(200);
    // A fresh start: the next mistake is not slowed.
    expect((await login(t, account.email, 'wrong again')).status).toBe(401);
    expect((await login(t, account.email, account.password)).status).toBe(200);
  });

  it('slows one address spraying many accounts, not the other addresses', async () => {
    let refused: { status: number; retryAfter: string | null } | null = null;
    for (let guess = 0; guess < 40 && !refused; guess++) {
      const result = await login(t, `nobody${guess}@test.example`, 'guess', '192.0.2.99');
      if (result.status === 429) refused = result;
      else expect(result.status).toBe(401);
    }
    expect(refused).not.toBeNull();
    expect(Number(refused!.retryAfter)).toBeLessThan(60);
    const colleague = fakeAgentAccount();
    await ensureAgent(t.store, colleague, t.clock.now());
    expect((await login(t, colleague.email, colleague.password, '192.0.2.100')).status).toBe(200);
    expect((await login(t, colleague.email, colleague.password, '192.0.2.99')).status).toBe(429);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    const account = fakeAgentAccount();
    await ensureAgent(t.store, account, t.clock.now());
    // Untrusted: a made-up header per request does not escape the socket address's count.
    let status = 0;
    for (let guess = 0; guess < 40 && status !== 429; guess++) {
      const headers = { 'x-forwarded-for': `10.0.0.${guess}` };
      status = (await login(t, `spray${guess}@test.example`, 'guess', '192.0.2.150', headers)).status;
    }
    expect(status).toBe(429);
  });
});

it('counts parallel guesses before their passwords are checked', () => {
  let time = 0;
  const throttle = createLoginThrottle(() => time);
  const admitted = Array.from({ length: 50 }, () => throttle.attempt('ana@test.example', '1.2.3.4')).filter(
    (wait) => wait === 0,
  );
  expect(admitted).toHaveLength(5);
  time += 60_000;
  expect(throttle.attempt('ana@test.example', '1.2.3.4')).toBe(0);
});

describeOnBothDatabases('sign-in throttling behind a trusted proxy', (kind) => {
  let t: TestServer;
  beforeAll(async () => (t = await createTestServer(kind, { config: { trustProxy: true } })));
  afterAll(() => t.close());

  it("counts each client by the address the proxy added, not the proxy's own", async () => {
    let status = 0;
    for (let guess = 0; guess < 40 && status !== 429; guess++) {
      const headers = { 'x-forwarded-for': `6.6.6.6, 192.0.2.${guess % 2 ? 1 : 2}, 198.51.100.1` };
      status = (await login(t, `spray${guess}@test.example`, 'guess', '10.0.0.1', headers)).status;
    }
    expect(status).toBe(429);
    const other = { 'x-forwarded-for': '198.51.100.2' };
    expect((await login(t, 'someone@test.example', 'guess', '10.0.0.1', other)).status).toBe(401);
  });
});

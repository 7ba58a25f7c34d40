import { describe, expect, it } from 'vitest';
import { ApiClientError } from '@/utils/api';
import { fakeAgent } from '@/core/testing/fakes';
import { runSignInFlow } from './signInFlow';

const req = { serverUrl: 'http://localhost:8787/', email: 'ana@sidedesk.demo', password: 'sidedesk' };

describe('options sign-in flow', () => {
  it('asks for exactly the server origin, then signs in', async () => {
    const asked: string[][] = [];
    const out = await runSignInFlow(
      { requestOrigins: async (o) => (asked.push(o), true), signIn: async () => fakeAgent() },
      req,
    );
    expect(asked).toEqual([['http://localhost:8787/*']]);
    expect(out).toMatchObject({ ok: true, agent: { name: 'Ana' } });
  });

  it('explains each failure', async () => {
    const refuse = { requestOrigins: async () => false, signIn: async () => fakeAgent() };
    expect(await runSignInFlow(refuse, req)).toEqual({ ok: false, error: expect.stringMatching(/permission/) });
    expect(await runSignInFlow(refuse, { ...req, serverUrl: 'ftp://x' })).toEqual({
      ok: false,
      error: expect.stringMatching(/http/),
    });
    const fail = (err: Error) => ({ requestOrigins: async () => true, signIn: async () => Promise.reject(err) });
    expect(await runSignInFlow(fail(new ApiClientError(401, 'unauthorized', 'nope')), req)).toEqual({
      ok: false,
      error: 'Wrong email or password.',
    });
    expect(await runSignInFlow(fail(new ApiClientError(429, 'too_many_attempts', 'wait 4 s')), req)).toEqual({
      ok: false,
      error: 'Too many sign-in attempts. Wait a moment and try again.',
    });
    expect((await runSignInFlow(fail(new ApiClientError(0, 'offline', 'x')), req)) as { error: string }).toMatchObject({
      error: expect.stringMatching(/Can't reach the server at http:\/\/localhost:8787/),
    });
  });
});

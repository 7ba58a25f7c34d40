import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fakeFetch, json } from '@/utils/testing/fakes';
import { isTransient, type ApiClientError } from './errors';
import { createRequester } from './request';
import { createSyncClient } from './syncClient';

const BASE = 'http://sidedesk.test/';
const Ok = z.object({ ok: z.boolean() });

/** A fetch that never answers on its own: only an abort ends it, the way a real fetch does. */
function hangingFetch() {
  const seen: { signal?: AbortSignal | null }[] = [];
  const fetch = ((_input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({ signal: init?.signal });
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
    });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const failure = (pending: Promise<unknown>) =>
  pending.then(
    () => null,
    (err: ApiClientError) => err,
  );

describe('request', () => {
  it('sends the token and a JSON body, and parses the answer with the schema', async () => {
    const fake = fakeFetch(() => json(200, { ok: true }));
    let headers: Headers | undefined;
    const recording = (async (input: RequestInfo | URL, init?: RequestInit) => {
      headers = new Headers(init?.headers);
      return fake.fetch(input, init);
    }) as typeof globalThis.fetch;
    const request = createRequester({ baseUrl: BASE, token: 'tok', fetch: recording });

    expect(
      await request.json(Ok, '/v1/x', { method: 'POST', body: { a: 1 }, query: { q: 'hi', n: undefined } }),
    ).toEqual({ ok: true });
    expect(headers?.get('authorization')).toBe('Bearer tok');
    expect(headers?.get('content-type')).toBe('application/json');
    expect(fake.calls[0]).toMatchObject({ method: 'POST', body: { a: 1 } });
    expect(fake.calls[0].url.toString()).toBe('http://sidedesk.test/v1/x?q=hi');
    expect(request.baseUrl).toBe('http://sidedesk.test');
  });

  it("turns the server's error body into its code and message", async () => {
    const fake = fakeFetch(() => json(409, { error: { code: 'conflict', message: 'Bruno already took it' } }));
    const err = await failure(createRequester({ baseUrl: BASE, fetch: fake.fetch }).json(Ok, '/v1/x'));
    expect(err).toMatchObject({
      name: 'ApiClientError',
      status: 409,
      code: 'conflict',
      message: 'Bruno already took it',
    });
    expect(isTransient(err)).toBe(false);
  });

  it("keeps the server's message under a status code when its error code is not one this build knows", async () => {
    const fake = fakeFetch(() => json(403, { error: { code: 'some_new_code', message: 'Not yours' } }));
    const err = await failure(createRequester({ baseUrl: BASE, fetch: fake.fetch }).json(Ok, '/v1/x'));
    expect(err).toMatchObject({ status: 403, code: 'invalid', message: 'Not yours' });
  });

  it('an error page that is not JSON (a proxy) still gives a typed error from the status', async () => {
    const fake = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const err = await failure(createRequester({ baseUrl: BASE, fetch: fake.fetch }).json(Ok, '/v1/x'));
    expect(err).toMatchObject({ status: 502, code: 'internal', message: 'HTTP 502' });
    expect(isTransient(err)).toBe(true);
  });

  it('a 2xx whose body is not JSON, or not the contract, is a bad_response', async () => {
    let body = 'not json{';
    const fake = fakeFetch(() => new Response(body, { status: 200 }));
    const request = createRequester({ baseUrl: BASE, fetch: fake.fetch });
    expect(await failure(request.json(Ok, '/v1/x'))).toMatchObject({ status: 200, code: 'bad_response' });
    body = JSON.stringify({ ok: 'yes' });
    expect(await failure(request.json(Ok, '/v1/x'))).toMatchObject({ code: 'bad_response' });
    // An endpoint whose body is not used accepts an empty one.
    body = '';
    expect(await request.json(z.unknown(), '/v1/x')).toBeUndefined();
  });

  it('a request that never reached the server is offline, not a server error', async () => {
    const fake = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const err = await failure(createRequester({ baseUrl: BASE, fetch: fake.fetch }).json(Ok, '/v1/x'));
    expect(err).toMatchObject({ status: 0, code: 'offline' });
    expect(err?.message).toContain('Failed to fetch');
    expect(isTransient(err)).toBe(true);
  });

  it('a server that does not answer in time fails with timeout', async () => {
    const hanging = hangingFetch();
    const request = createRequester({ baseUrl: BASE, fetch: hanging.fetch, timeoutMs: 5 });
    const err = await failure(request.json(Ok, '/v1/x'));
    expect(err).toMatchObject({ status: 0, code: 'timeout' });
    expect(isTransient(err)).toBe(true);
  });

  it("the caller's cancel is aborted, told apart from the timeout", async () => {
    const hanging = hangingFetch();
    const controller = new AbortController();
    const pending = failure(
      createRequester({ baseUrl: BASE, fetch: hanging.fetch }).json(Ok, '/v1/x', { signal: controller.signal }),
    );
    controller.abort();
    expect(await pending).toMatchObject({ code: 'aborted' });
  });

  it('a long-poll gets a deadline past its wait, so waiting is not a timeout', async () => {
    const hanging = hangingFetch();
    const request = createRequester({ baseUrl: BASE, fetch: hanging.fetch, timeoutMs: 5 });
    const controller = new AbortController();
    const pending = failure(createSyncClient(request).sync({ since: 0, wait: 20 }, controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 30));
    // Still pending well past the default deadline: only the caller's cancel ends it.
    expect(hanging.seen[0].signal?.aborted).toBe(false);
    controller.abort();
    expect(await pending).toMatchObject({ code: 'aborted' });
  });

  it('reads a file as a Blob with the token', async () => {
    const fake = fakeFetch(() => new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } }));
    const blob = await createRequester({ baseUrl: BASE, token: 'tok', fetch: fake.fetch }).blob('/v1/media/m1');
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
  });
});

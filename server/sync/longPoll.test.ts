// The long-poll answers as soon as a change commits, not at the end of its wait; with nothing to
// say it returns empty with the same cursor; a client that goes away ends its wait.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { longPollSync } from './longPollSync';

describeOnBothDatabases('sync long-poll', (kind) => {
  let t: TestServer;
  let ana: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    ana = await t.signIn();
  });
  afterAll(() => t.close());

  const cursorNow = async () => (await t.call('GET', '/v1/sync?since=0', { token: ana.token })).body.cursor as number;

  it('a waiting sync resolves with the change once it commits', async () => {
    const cursor = await cursorNow();
    let settled = false;
    const poll = t
      .call('GET', `/v1/sync?since=${cursor}&wait=25`, { token: ana.token })
      .finally(() => (settled = true));
    // Let the request reach its wait; it must still be pending with nothing committed.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);

    await t.ingest(fakeInboundMessage({ text: 'wake up' }));
    const result = await poll;
    expect(result.status).toBe(200);
    expect(result.body.cursor).toBeGreaterThan(cursor);
    expect(
      result.body.changes.some(
        (c: { type: string; data: { text?: string } }) => c.type === 'message' && c.data.text === 'wake up',
      ),
    ).toBe(true);
  });

  it('with nothing to say, returns empty with the same cursor', async () => {
    const cursor = await cursorNow();
    const result = await t.call('GET', `/v1/sync?since=${cursor}&wait=0.2`, { token: ana.token });
    expect(result).toEqual({ status: 200, body: { changes: [], cursor, hasMore: false } });
  });

  it('keeps waiting through changes the viewer may not see, and returns the advanced cursor', async () => {
    const other = await t.signIn();
    const first = fakeInboundMessage({ text: 'for the other agent' });
    await t.ingest(first);
    const id = (await t.call('GET', '/v1/conversations?q=for%20the%20other', { token: other.token })).body
      .conversations[0].id;
    await t.call('POST', `/v1/conversations/${id}/accept`, { token: other.token });
    const cursor = await cursorNow();

    const poll = longPollSync(t.store, ana.agent, { since: cursor, limit: 100, waitMs: 25_000 });
    // The customer writes again in the conversation Ana cannot see: that must not end her wait...
    await t.ingest(fakeInboundMessage({ contact: first.contact, text: 'still hidden' }));
    // ...but something she can see does.
    await t.ingest(fakeInboundMessage({ text: 'for everyone' }));
    const result = await poll;
    expect(result.changes.some((c) => c.type === 'message' && c.data.text === 'for everyone')).toBe(true);
    expect(JSON.stringify(result.changes)).not.toContain('still hidden');
  });

  it('a client that goes away ends the wait at once', async () => {
    const cursor = await cursorNow();
    const controller = new AbortController();
    const poll = longPollSync(t.store, ana.agent, {
      since: cursor,
      limit: 100,
      waitMs: 25_000,
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await expect(poll).resolves.toEqual({ changes: [], cursor, hasMore: false });
  });
});

// An agent sees the New queue and their own conversations, through sync and REST alike; an admin
// sees everything. Another agent's conversation and its messages never reach an agent's browser.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Change } from '../../core/model';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeClientId, fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('visibility', (kind) => {
  let t: TestServer;
  let ana: SignedIn, ben: SignedIn, admin: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    [ana, ben, admin] = [
      await t.signIn({ name: 'Ana' }),
      await t.signIn({ name: 'Ben' }),
      await t.signIn({ role: 'admin' }),
    ];
  });
  afterAll(() => t.close());

  async function syncAll(who: SignedIn, since = 0): Promise<{ changes: Change[]; cursor: number }> {
    const result = await t.call('GET', `/v1/sync?since=${since}`, { token: who.token });
    expect(result.status).toBe(200);
    return result.body;
  }
  const conversationIds = (changes: Change[]) => changes.filter((c) => c.type === 'conversation').map((c) => c.data.id);
  const messageTexts = (changes: Change[]) => changes.flatMap((c) => (c.type === 'message' ? [c.data.text] : []));

  async function newConversation(text: string): Promise<string> {
    const event = fakeInboundMessage({ text, timestamp: t.clock.now() });
    await t.ingest(event);
    const list = await t.call('GET', `/v1/conversations?q=${encodeURIComponent(text)}`, { token: admin.token });
    return list.body.conversations[0].id;
  }

  it("a conversation Ana takes leaves Ben's copy as a removal in his next sync, with none of its later messages", async () => {
    const id = await newConversation('secret order 1');
    const before = await syncAll(ben);
    expect(conversationIds(before.changes)).toContain(id);

    expect((await t.call('POST', `/v1/conversations/${id}/accept`, { token: ana.token })).status).toBe(200);
    await t.call('POST', `/v1/conversations/${id}/messages`, {
      token: ana.token,
      body: { clientId: fakeClientId(), text: 'private reply' },
    });

    const after = await syncAll(ben, before.cursor);
    expect(after.changes).toContainEqual(
      expect.objectContaining({ type: 'remove', data: { entity: 'conversation', id } }),
    );
    expect(conversationIds(after.changes)).not.toContain(id);
    expect(messageTexts(after.changes)).not.toContain('private reply');

    const anaView = await syncAll(ana, before.cursor);
    expect(conversationIds(anaView.changes)).toContain(id);
    expect(messageTexts(anaView.changes)).toContain('private reply');
  });

  it("from scratch, an agent receives New and their own conversations, never another agent's or its messages", async () => {
    const mine = await newConversation('visible to ana only');
    const theirs = await newConversation('visible to ben only');
    const waiting = await newConversation('waiting in new');
    await t.call('POST', `/v1/conversations/${mine}/accept`, { token: ana.token });
    await t.call('POST', `/v1/conversations/${theirs}/accept`, { token: ben.token });

    const { changes } = await syncAll(ana);
    const ids = conversationIds(changes);
    expect(ids).toEqual(expect.arrayContaining([mine, waiting]));
    expect(ids).not.toContain(theirs);
    expect(messageTexts(changes)).toEqual(expect.arrayContaining(['visible to ana only', 'waiting in new']));
    expect(messageTexts(changes)).not.toContain('visible to ben only');
    for (const change of changes) {
      if (change.type === 'message') expect(change.data.conversationId).not.toBe(theirs);
      if (change.type === 'contact') expect(change.data.name).not.toBe(undefined);
    }
    // Agents are visible to everyone.
    expect(changes.filter((c) => c.type === 'agent').map((c) => c.data.id)).toEqual(
      expect.arrayContaining([ana.agent.id, ben.agent.id]),
    );
  });

  it("REST agrees: the list, the messages and the actions hide another agent's conversation", async () => {
    const theirs = await newConversation('ben keeps this');
    await t.call('POST', `/v1/conversations/${theirs}/accept`, { token: ben.token });

    const list = await t.call('GET', '/v1/conversations', { token: ana.token });
    expect(list.body.conversations.map((c: { id: string }) => c.id)).not.toContain(theirs);
    expect((await t.call('GET', '/v1/conversations?q=ben%20keeps', { token: ana.token })).body.conversations).toEqual(
      [],
    );
    expect((await t.call('GET', `/v1/conversations/${theirs}/messages`, { token: ana.token })).status).toBe(404);
    expect((await t.call('POST', `/v1/conversations/${theirs}/read`, { token: ana.token })).status).toBe(404);
    const send = await t.call('POST', `/v1/conversations/${theirs}/messages`, {
      token: ana.token,
      body: { clientId: fakeClientId(), text: 'hijack' },
    });
    expect(send.status).toBe(404);
    expect(t.adapter.sends.map((s) => s.message.text)).not.toContain('hijack');
  });

  it('an admin sees every conversation and message', async () => {
    const theirs = await newConversation('admin can read this');
    await t.call('POST', `/v1/conversations/${theirs}/accept`, { token: ben.token });
    const { changes } = await syncAll(admin);
    expect(conversationIds(changes)).toContain(theirs);
    expect(messageTexts(changes)).toContain('admin can read this');
    expect(
      (await t.call('GET', `/v1/conversations/${theirs}/messages`, { token: admin.token })).body.messages,
    ).toHaveLength(1);
  });

  it('the cursor moves past changes the viewer may not see, and pages with hasMore', async () => {
    const start = (await syncAll(ana)).cursor;
    const theirs = await newConversation('moves the cursor');
    await t.call('POST', `/v1/conversations/${theirs}/accept`, { token: ben.token });
    await t.ingest(fakeInboundMessage({ contact: { externalId: 'ben-customer', name: 'B', phone: null } }));

    const page1 = await t.call('GET', `/v1/sync?since=${start}&limit=1`, { token: ana.token });
    expect(page1.body).toMatchObject({ hasMore: true });
    expect(page1.body.cursor).toBeGreaterThan(start);
    let cursor = page1.body.cursor;
    for (;;) {
      const page = await t.call('GET', `/v1/sync?since=${cursor}&limit=2`, { token: ana.token });
      expect(page.body.cursor).toBeGreaterThanOrEqual(cursor);
      cursor = page.body.cursor;
      if (!page.body.hasMore) break;
    }
    expect(cursor).toBe((await syncAll(admin, start)).cursor);
  });
});

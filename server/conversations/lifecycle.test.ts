// Close, transfer and assign: who may, what each leaves behind, and what the previous assignee's
// and the new assignee's sync say about it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeInboundMessage } from '../testing/fakes';
import {
  conversationsIn,
  newConversation,
  notesIn,
  removedConversations,
  syncFor,
  takenBy,
} from '../testing/lifecycleHelpers';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('close, transfer, assign', (kind) => {
  let t: TestServer;
  let ana: SignedIn, ben: SignedIn, cleo: SignedIn, admin: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    ana = await t.signIn({ name: 'Ana' });
    ben = await t.signIn({ name: 'Ben' });
    cleo = await t.signIn({ name: 'Cleo' });
    admin = await t.signIn({ name: 'Ada', role: 'admin' });
  });
  afterAll(() => t.close());

  it('the assignee closes as positive; the customer writing again opens a new conversation in New', async () => {
    const event = fakeInboundMessage({ text: 'close me positive', timestamp: t.clock.now() });
    await t.ingest(event);
    const id = (await t.call('GET', '/v1/conversations?q=close%20me%20positive', { token: admin.token })).body
      .conversations[0].id;
    await t.call('POST', `/v1/conversations/${id}/accept`, { token: ana.token });

    const closed = await t.call('POST', `/v1/conversations/${id}/close`, {
      token: ana.token,
      body: { type: 'positive' },
    });
    expect(closed.status).toBe(200);
    expect(closed.body.conversation).toMatchObject({
      status: 'closed',
      closeType: 'positive',
      closedAt: t.clock.now(),
      assigneeId: ana.agent.id,
    });
    expect(
      (await t.call('POST', `/v1/conversations/${id}/close`, { token: ana.token, body: { type: 'negative' } })).status,
    ).toBe(409);

    t.clock.advance(60_000);
    await t.ingest(fakeInboundMessage({ contact: event.contact, text: 'me again', timestamp: t.clock.now() }));
    const found = (await t.call('GET', '/v1/conversations?q=me%20again', { token: ben.token })).body.conversations;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ status: 'open', assigneeId: null, contactId: closed.body.conversation.contactId });
    expect(found[0].id).not.toBe(id);
  });

  it("an admin may close anyone's conversation; another agent gets 404 (not theirs to see), a bad type 400", async () => {
    const id = await takenBy(t, admin, ana, 'close by admin');
    const other = await t.call('POST', `/v1/conversations/${id}/close`, {
      token: ben.token,
      body: { type: 'negative' },
    });
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('not_found');
    const bad = await t.call('POST', `/v1/conversations/${id}/close`, {
      token: ana.token,
      body: { type: 'automatic' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('type');
    const byAdmin = await t.call('POST', `/v1/conversations/${id}/close`, {
      token: admin.token,
      body: { type: 'negative' },
    });
    expect(byAdmin.body.conversation).toMatchObject({ status: 'closed', closeType: 'negative' });
  });

  it('closing a New conversation nobody took is refused to agents (403): take it first', async () => {
    const id = await newConversation(t, admin, 'close new queue');
    expect(
      (await t.call('POST', `/v1/conversations/${id}/close`, { token: ana.token, body: { type: 'positive' } })).status,
    ).toBe(403);
  });

  it("a closed conversation leaves the assignee's inbox through sync (it stays in their copy as closed)", async () => {
    const id = await takenBy(t, admin, ana, 'closing synced');
    const before = await syncFor(t, ana);
    await t.call('POST', `/v1/conversations/${id}/close`, { token: ana.token, body: { type: 'positive' } });
    const after = await syncFor(t, ana, before.cursor);
    expect(conversationsIn(after.changes).find((c) => c.id === id)).toMatchObject({ status: 'closed' });
  });

  it('transfer with a note: Ben receives the conversation and every note; Ana loses it within one sync', async () => {
    const id = await takenBy(t, admin, ana, 'transfer me');
    await t.call('POST', `/v1/conversations/${id}/notes`, { token: ana.token, body: { text: 'Wants a refund' } });
    const anaBefore = await syncFor(t, ana);
    const benBefore = await syncFor(t, ben);

    const res = await t.call('POST', `/v1/conversations/${id}/transfer`, {
      token: ana.token,
      body: { agentId: ben.agent.id, note: 'Ben knows refunds' },
    });
    expect(res.status).toBe(200);
    expect(res.body.conversation).toMatchObject({ assigneeId: ben.agent.id, status: 'open' });

    const anaAfter = await syncFor(t, ana, anaBefore.cursor);
    expect(removedConversations(anaAfter.changes)).toContain(id);
    expect(notesIn(anaAfter.changes)).toEqual([]);

    const benAfter = await syncFor(t, ben, benBefore.cursor);
    expect(conversationsIn(benAfter.changes).map((c) => c.id)).toContain(id);
    const notes = notesIn(benAfter.changes).filter((n) => n.conversationId === id);
    expect(notes.map((n) => [n.text, n.agentId]).sort()).toEqual([
      ['Ben knows refunds', ana.agent.id],
      ['Wants a refund', ana.agent.id],
    ]);

    // Ana no longer owns it: she cannot transfer or close it again (she may not see it: 404).
    expect(
      (await t.call('POST', `/v1/conversations/${id}/transfer`, { token: ana.token, body: { agentId: null } })).status,
    ).toBe(404);
  });

  it('transfer back to the New queue: every agent sees it again, the previous assignee as New', async () => {
    const id = await takenBy(t, admin, ana, 'back to new');
    const res = await t.call('POST', `/v1/conversations/${id}/transfer`, { token: ana.token, body: { agentId: null } });
    expect(res.body.conversation).toMatchObject({ assigneeId: null, status: 'open' });
    expect(conversationsIn((await syncFor(t, cleo)).changes).map((c) => c.id)).toContain(id);
    expect((await t.call('POST', `/v1/conversations/${id}/accept`, { token: cleo.token })).status).toBe(200);
  });

  it('transfer refuses an unknown or deactivated agent (400 naming agentId) and other agents (404)', async () => {
    const id = await takenBy(t, admin, ana, 'transfer refusals');
    const unknown = await t.call('POST', `/v1/conversations/${id}/transfer`, {
      token: ana.token,
      body: { agentId: 'nobody' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('agentId');
    await t.store.db.query(`UPDATE agents SET active = false WHERE id = $1`, [cleo.agent.id]);
    const inactive = await t.call('POST', `/v1/conversations/${id}/transfer`, {
      token: ana.token,
      body: { agentId: cleo.agent.id },
    });
    await t.store.db.query(`UPDATE agents SET active = true WHERE id = $1`, [cleo.agent.id]);
    expect(inactive.status).toBe(400);
    expect(
      (await t.call('POST', `/v1/conversations/${id}/transfer`, { token: ben.token, body: { agentId: ben.agent.id } }))
        .status,
    ).toBe(404);
    expect((await t.call('GET', `/v1/conversations/${id}/notes`, { token: ana.token })).body.notes).toEqual([]);
  });

  it("assign is admin-only: an admin assigns a New or someone's conversation; an agent gets 403", async () => {
    const waiting = await newConversation(t, admin, 'assign from new');
    const byAgent = await t.call('POST', `/v1/conversations/${waiting}/assign`, {
      token: ana.token,
      body: { agentId: ana.agent.id },
    });
    expect(byAgent.status).toBe(403);
    const assigned = await t.call('POST', `/v1/conversations/${waiting}/assign`, {
      token: admin.token,
      body: { agentId: ben.agent.id },
    });
    expect(assigned.body.conversation.assigneeId).toBe(ben.agent.id);

    const anas = await takenBy(t, admin, ana, 'assign away from ana');
    const anaBefore = await syncFor(t, ana);
    await t.call('POST', `/v1/conversations/${anas}/assign`, { token: admin.token, body: { agentId: cleo.agent.id } });
    expect(removedConversations((await syncFor(t, ana, anaBefore.cursor)).changes)).toContain(anas);
    expect((await t.call('POST', `/v1/conversations/${anas}/assign`, { token: admin.token, body: {} })).status).toBe(
      400,
    );
  });
});

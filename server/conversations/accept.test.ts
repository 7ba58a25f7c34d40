import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../testing/createTestServer';
import { fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('accept', (kind) => {
  let t: TestServer;
  beforeAll(async () => (t = await createTestServer(kind)));
  afterAll(() => t.close());

  async function newConversationId(text: string, token: string): Promise<string> {
    await t.ingest(fakeInboundMessage({ text }));
    return (await t.call('GET', `/v1/conversations?q=${encodeURIComponent(text)}`, { token })).body.conversations[0].id;
  }

  it('takes a New conversation for the caller, idempotently', async () => {
    const ana = await t.signIn();
    const id = await newConversationId('take me', ana.token);
    const first = await t.call('POST', `/v1/conversations/${id}/accept`, { token: ana.token });
    expect(first.status).toBe(200);
    expect(first.body.conversation).toMatchObject({ id, assigneeId: ana.agent.id, status: 'open' });
    expect((await t.call('POST', `/v1/conversations/${id}/accept`, { token: ana.token })).status).toBe(200);
  });

  it('of agents racing for one conversation, exactly one wins; the others hear who', async () => {
    const racers = await Promise.all([1, 2, 3, 4].map((n) => t.signIn({ name: `Racer ${n}` })));
    const id = await newConversationId('race for me', racers[0].token);
    const results = await Promise.all(
      racers.map((r) => t.call('POST', `/v1/conversations/${id}/accept`, { token: r.token })),
    );

    const winners = results.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    const winner = racers.find((r) => r.agent.id === winners[0].body.conversation.assigneeId)!;
    for (const loser of results.filter((r) => r.status !== 200)) {
      expect(loser).toEqual({
        status: 409,
        body: { error: { code: 'conflict', message: `This conversation was already taken by ${winner.agent.name}.` } },
      });
    }
  });

  it('answers 404 for an unknown conversation', async () => {
    const ana = await t.signIn();
    expect((await t.call('POST', '/v1/conversations/nope/accept', { token: ana.token })).status).toBe(404);
  });

  it('read clears the unread count', async () => {
    const ana = await t.signIn();
    const event = fakeInboundMessage({ text: 'unread one' });
    await t.ingest(event, fakeInboundMessage({ contact: event.contact, text: 'unread two' }));
    const id = (await t.call('GET', '/v1/conversations?q=unread%20one', { token: ana.token })).body.conversations[0].id;
    const before = (await t.call('GET', '/v1/conversations?q=unread%20one', { token: ana.token })).body
      .conversations[0];
    expect(before.unreadCount).toBe(2);
    const read = await t.call('POST', `/v1/conversations/${id}/read`, { token: ana.token });
    expect(read.body.conversation.unreadCount).toBe(0);
  });
});

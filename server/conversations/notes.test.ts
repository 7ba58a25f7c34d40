// Private notes: written by agents who see the conversation, synced exactly with it, and never
// handed to a channel adapter (no Graph call of any kind).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { notesIn, syncFor, takenBy } from '../testing/lifecycleHelpers';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('notes', (kind) => {
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

  it('a note is stored with its author and time, synced to who sees the conversation, and never sent', async () => {
    const id = await takenBy(t, admin, ana, 'note me please');
    const sendsBefore = t.adapter.sends.length;
    const before = await syncFor(t, ben);

    const created = await t.call('POST', `/v1/conversations/${id}/notes`, {
      token: ana.token,
      body: { text: '  VIP, call back after 5  ' },
    });
    expect(created.status).toBe(201);
    expect(created.body.note).toMatchObject({
      conversationId: id,
      agentId: ana.agent.id,
      text: 'VIP, call back after 5',
      createdAt: t.clock.now(),
    });

    // No channel send at all: the recording adapter stands at the only door to Meta.
    expect(t.adapter.sends.length).toBe(sendsBefore);

    expect(notesIn((await syncFor(t, ana)).changes).map((n) => n.text)).toContain('VIP, call back after 5');
    expect(notesIn((await syncFor(t, admin)).changes).map((n) => n.id)).toContain(created.body.note.id);
    expect(notesIn((await syncFor(t, ben, before.cursor)).changes)).toEqual([]);
    expect(notesIn((await syncFor(t, ben)).changes).map((n) => n.id)).not.toContain(created.body.note.id);

    const listed = await t.call('GET', `/v1/conversations/${id}/notes`, { token: ana.token });
    expect(listed.body.notes.map((n: { id: string }) => n.id)).toEqual([created.body.note.id]);
  });

  it('another agent who cannot see the conversation gets 404 and stores nothing', async () => {
    const id = await takenBy(t, admin, ana, 'not yours');
    const refused = await t.call('POST', `/v1/conversations/${id}/notes`, {
      token: ben.token,
      body: { text: 'sneaky' },
    });
    expect(refused.status).toBe(404);
    expect((await t.call('GET', `/v1/conversations/${id}/notes`, { token: ben.token })).status).toBe(404);
    expect((await t.call('GET', `/v1/conversations/${id}/notes`, { token: ana.token })).body.notes).toEqual([]);
  });

  it('an empty note is 400 invalid naming the field', async () => {
    const id = await takenBy(t, admin, ana, 'empty note');
    const res = await t.call('POST', `/v1/conversations/${id}/notes`, { token: ana.token, body: { text: '   ' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid');
    expect(res.body.error.message).toContain('text');
  });
});

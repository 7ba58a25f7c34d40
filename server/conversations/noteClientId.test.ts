// A note queued offline is sent again when its first answer was lost: its clientId makes it land once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { syncFor, takenBy } from '../testing/lifecycleHelpers';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('note clientId', (kind) => {
  let t: TestServer;
  let ana: SignedIn, admin: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    [ana, admin] = [await t.signIn({ name: 'Ana' }), await t.signIn({ role: 'admin' })];
  });
  afterAll(() => t.close());
  const listed = async (id: string): Promise<{ text: string }[]> =>
    (await t.call('GET', `/v1/conversations/${id}/notes`, { token: ana.token })).body.notes;

  it('the same clientId twice makes one note and answers with it both times', async () => {
    const id = await takenBy(t, admin, ana, 'a note twice');
    const before = await syncFor(t, ana);
    const body = { text: 'Call after 5', clientId: 'c0ffee00-0000-4000-8000-000000000001' };
    const first = await t.call('POST', `/v1/conversations/${id}/notes`, { token: ana.token, body });
    t.clock.advance(1_000);
    const again = await t.call('POST', `/v1/conversations/${id}/notes`, { token: ana.token, body });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.note).toEqual(first.body.note);
    expect((await listed(id)).map((n) => n.text)).toEqual(['Call after 5']);
    const after = await syncFor(t, ana, before.cursor);
    expect(after.changes.filter((c: { type: string }) => c.type === 'note')).toHaveLength(1);

    // Another clientId is another note; so is no clientId at all.
    await t.call('POST', `/v1/conversations/${id}/notes`, {
      token: ana.token,
      body: { text: 'Call after 5', clientId: 'c0ffee00-0000-4000-8000-000000000002' },
    });
    await t.call('POST', `/v1/conversations/${id}/notes`, { token: ana.token, body: { text: 'Call after 5' } });
    expect(await listed(id)).toHaveLength(3);
  });
});

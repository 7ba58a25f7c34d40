// Search finds conversations by contact name, phone and message text, beyond the inbox's 30-day
// horizon and after closing, within what the viewer may see.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DAY } from '../../../core/replyWindow';
import { createTestServer, type SignedIn, type TestServer } from '../../testing/createTestServer';
import { fakeCustomer, fakeInboundMessage } from '../../testing/fakes';
import { describeOnBothDatabases } from '../../testing/testDatabases';

describeOnBothDatabases('search', (kind) => {
  let t: TestServer;
  let ana: SignedIn, ben: SignedIn, admin: SignedIn;
  let oldId: string, closedId: string;
  const oldCustomer = fakeCustomer({ name: 'Griselda Oldfield' });

  beforeAll(async () => {
    t = await createTestServer(kind);
    [ana, ben, admin] = [
      await t.signIn({ name: 'Ana' }),
      await t.signIn({ name: 'Ben' }),
      await t.signIn({ role: 'admin' }),
    ];
    await t.ingest(
      fakeInboundMessage({ contact: oldCustomer, text: 'my parcel 77-ZETA never came', timestamp: t.clock.now() }),
    );
    oldId = (await t.call('GET', '/v1/conversations?q=Griselda', { token: admin.token })).body.conversations[0].id;
    await t.call('POST', `/v1/conversations/${oldId}/accept`, { token: ana.token });

    await t.ingest(
      fakeInboundMessage({
        contact: fakeCustomer({ name: 'Closed Carla' }),
        text: 'thanks, solved',
        timestamp: t.clock.now(),
      }),
    );
    closedId = (await t.call('GET', '/v1/conversations?q=Closed%20Carla', { token: admin.token })).body.conversations[0]
      .id;
    await t.call('POST', `/v1/conversations/${closedId}/accept`, { token: ana.token });
    await t.call('POST', `/v1/conversations/${closedId}/close`, { token: ana.token, body: { type: 'positive' } });
    t.clock.advance(45 * DAY);
  });
  afterAll(() => t.close());

  const search = async (who: SignedIn, q: string) =>
    (await t.call('GET', `/v1/conversations?q=${encodeURIComponent(q)}`, { token: who.token })).body.conversations.map(
      (c: { id: string }) => c.id,
    );

  it('finds a 45-day-old conversation by name, phone and message text', async () => {
    expect(await search(ana, 'griselda')).toEqual([oldId]);
    expect(await search(ana, oldCustomer.phone!.slice(-6))).toEqual([oldId]);
    expect(await search(ana, '77-zeta')).toEqual([oldId]);
  });

  it('finds closed conversations for their assignee and admins, not for other agents', async () => {
    expect(await search(ana, 'Closed Carla')).toEqual([closedId]);
    expect(await search(admin, 'solved')).toEqual([closedId]);
    expect(await search(ben, 'Closed Carla')).toEqual([]);
    expect(await search(ben, 'griselda')).toEqual([]);
  });

  it('treats % and _ literally', async () => {
    expect(await search(ana, '%')).toEqual([]);
  });
});

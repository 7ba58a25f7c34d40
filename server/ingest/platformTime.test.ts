// Time is the customer's time: a conversation's activity, its reply window and the 30-day view run
// from the platform's timestamps, clamped to our clock so a timestamp from the future extends nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inboxOf, LAYOUTS } from '../../core/inbox';
import type { Conversation } from '../../core/model';
import { DAY, HOUR } from '../../core/replyWindow';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeCustomer, fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases("a conversation's time is the customer's time", (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
  });
  afterAll(() => t.close());

  const conversationOf = async (name: string, q = name): Promise<Conversation> =>
    (
      await t.call('GET', `/v1/conversations?q=${encodeURIComponent(q)}`, { token: admin.token })
    ).body.conversations.find((c: Conversation) => c.contactName === name);

  it('opens a conversation at the time the customer wrote, not when the webhook arrived', async () => {
    const wrote = t.clock.now() - 2 * DAY;
    await t.ingest(fakeInboundMessage({ contact: fakeCustomer({ name: 'Rosa Delay' }), timestamp: wrote }));
    const c = await conversationOf('Rosa Delay');
    expect(c).toMatchObject({ lastActivityAt: wrote, lastInboundAt: wrote, createdAt: wrote });
  });

  it('lets a message from the future extend nothing past our clock', async () => {
    const now = t.clock.now();
    await t.ingest(fakeInboundMessage({ contact: fakeCustomer({ name: 'Futura' }), timestamp: now + 30 * DAY }));
    const c = await conversationOf('Futura');
    expect(c.lastActivityAt).toBe(now);
    expect(c.lastInboundAt).toBe(now);
    t.clock.advance(25 * HOUR);
    // The window ran from our clock: expired a day later, as for any message written now.
    expect(inboxOf(c, { id: 'anyone' }, 'beta', t.clock.now())).toBeNull();
  });

  it('keeps a conversation whose only message is 31 days old out of every inbox, and finds it by search', async () => {
    const customer = fakeCustomer({ name: 'Old Timer' });
    await t.ingest(
      fakeInboundMessage({ contact: customer, text: 'pedido 31 días', timestamp: t.clock.now() - 31 * DAY }),
    );
    const found = await conversationOf('Old Timer', 'pedido 31');
    expect(found).toBeDefined();
    for (const layout of LAYOUTS) expect(inboxOf(found, { id: admin.agent.id }, layout, t.clock.now())).toBeNull();
  });
});

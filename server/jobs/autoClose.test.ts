// Automatic closing with an injected clock: expired and outgoing conversations quiet for longer
// than settings.autoCloseDays close as 'automatic'; nothing else does; a second run is a no-op.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DAY, HOUR } from '../../core/replyWindow';
import { silentLog } from '../log';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { conversationsIn, syncFor, takenBy } from '../testing/lifecycleHelpers';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { updateSettings } from '../store/repos/settings';
import { createJobRunner, type JobRunner } from './createJobRunner';

describeOnBothDatabases('automatic closing', (kind) => {
  let t: TestServer;
  let ana: SignedIn, admin: SignedIn;
  let jobs: JobRunner;
  beforeAll(async () => {
    t = await createTestServer(kind);
    ana = await t.signIn({ name: 'Ana' });
    admin = await t.signIn({ role: 'admin' });
    jobs = createJobRunner({ store: t.store, now: t.clock.now, log: silentLog, intervalMs: 60_000 });
  });
  afterAll(async () => {
    await jobs.stop();
    await t.close();
  });

  const get = async (id: string) =>
    (await t.call('GET', `/v1/conversations?limit=500`, { token: admin.token })).body.conversations.find(
      (c: { id: string }) => c.id === id,
    );

  it('closes expired conversations quiet for more than 23 days (the default), and only those', async () => {
    const old = await takenBy(t, admin, ana, 'expired long ago');
    t.clock.advance(2 * DAY);
    const younger = await takenBy(t, admin, ana, 'expired not long enough');
    t.clock.advance(21 * DAY + HOUR); // old: 23 d 1 h quiet; younger: 21 d 1 h.
    const fresh = await takenBy(t, admin, ana, 'window still open');
    const before = await syncFor(t, ana);

    const { autoClosed } = await jobs.runOnce();
    expect(autoClosed).toEqual([old]);
    expect(await get(old)).toMatchObject({ status: 'closed', closeType: 'automatic', closedAt: t.clock.now() });
    expect(await get(younger)).toMatchObject({ status: 'open', closeType: null });
    expect(await get(fresh)).toMatchObject({ status: 'open' });
    expect(conversationsIn((await syncFor(t, ana, before.cursor)).changes).find((c) => c.id === old)).toMatchObject({
      status: 'closed',
    });

    // Idempotent: nothing left to do.
    expect((await jobs.runOnce()).autoClosed).toEqual([]);
  });

  it('follows a settings change, and closes unanswered outgoing conversations too', async () => {
    const expired = await takenBy(t, admin, ana, 'expired eleven days');
    const outgoing = await takenBy(t, admin, ana, 'template unanswered');
    await t.store.db.query(`UPDATE conversations SET outgoing_since = $2 WHERE id = $1`, [outgoing, t.clock.now()]);
    t.clock.advance(11 * DAY);
    // (The earlier test's 21-day conversation is now past 23 days and may close here.)
    const first = (await jobs.runOnce()).autoClosed;
    expect(first).not.toContain(expired);
    expect(first).not.toContain(outgoing);

    await t.store.write((tx, changes) => updateSettings(tx, changes, { autoCloseDays: 10 }, t.clock.now()));
    const { autoClosed } = await jobs.runOnce();
    // (Plus the earlier test's still-open conversation, now 11 days quiet too.)
    expect(autoClosed).toEqual(expect.arrayContaining([expired, outgoing]));
    expect(await get(outgoing)).toMatchObject({ status: 'closed', closeType: 'automatic' });
    await t.store.write((tx, changes) => updateSettings(tx, changes, { autoCloseDays: 23 }, t.clock.now()));
  });

  it('leaves alone a conversation whose customer wrote again, and one an agent already closed', async () => {
    const answered = await takenBy(t, admin, ana, 'customer came back');
    const closedByAgent = await takenBy(t, admin, ana, 'closed by ana');
    await t.call('POST', `/v1/conversations/${closedByAgent}/close`, { token: ana.token, body: { type: 'negative' } });
    t.clock.advance(20 * DAY);
    await t.store.db.query(`UPDATE conversations SET last_activity_at = $2, last_inbound_at = $2 WHERE id = $1`, [
      answered,
      t.clock.now(),
    ]);
    t.clock.advance(10 * DAY);
    expect((await jobs.runOnce()).autoClosed).not.toContain(answered);
    expect(await get(closedByAgent)).toMatchObject({ closeType: 'negative' });
    expect(await get(answered)).toMatchObject({ status: 'open' });
  });
});

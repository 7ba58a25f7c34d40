// Group commit through the real webhook route: webhooks that arrive while a transaction is in
// flight are committed together in the next one, each answered only once its own transaction has
// committed; a poisoned webhook fails alone; duplicates and a new customer named twice in one
// batch are stored once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InboundEvent } from '../channels/types';
import { whatsappAdapter } from '../channels/whatsapp/whatsappAdapter';
import { webhookRoutes } from '../http/webhooks';
import { silentLog } from '../log';
import { buildWhatsappTextWebhook } from '../simulator/buildWebhooks';
import { signBody } from '../simulator/signBody';
import type { Store } from '../store/createStore';
import { createTestServer, type TestServer } from '../testing/createTestServer';
import { FAKE_PHONE_NUMBER_ID, fakeCustomer } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { ingestEvents } from './ingestEvents';
import { createIngestQueue, type IngestQueue } from './ingestQueue';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describeOnBothDatabases('ingest queue', (kind) => {
  let t: TestServer;
  let queue: IngestQueue;
  let post: (body: string, signature: string) => Promise<Response>;
  /** Events per committed-or-attempted transaction, in order. */
  const batches: number[] = [];
  /** The next transaction to finish its statements stops before committing until released. */
  let hold: { reached: ReturnType<typeof deferred>; release: ReturnType<typeof deferred> } | null = null;

  beforeAll(async () => {
    t = await createTestServer(kind);
    const store: Store = {
      ...t.store,
      write: (fn) =>
        t.store.write(async (tx, changes) => {
          const value = await fn(tx, changes);
          const h = hold;
          hold = null;
          if (h) {
            h.reached.resolve();
            await h.release.promise;
          }
          return value;
        }),
    };
    queue = createIngestQueue({
      commit: (events: InboundEvent[]) => {
        batches.push(events.length);
        return ingestEvents({ store, now: t.clock.now, log: silentLog }, events);
      },
    });
    const app = webhookRoutes({
      appSecret: 'test-secret',
      verifyToken: 'v',
      adapters: { whatsapp: whatsappAdapter },
      ingest: queue.ingest,
    });
    post = async (body, signature) =>
      app.request('/whatsapp', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
        body,
      });
  });
  afterAll(() => t.close());

  const webhook = (text: string, options: { customer?: ReturnType<typeof fakeCustomer>; id?: string } = {}) => {
    const customer = options.customer ?? fakeCustomer();
    return signBody(
      buildWhatsappTextWebhook({
        phoneNumberId: FAKE_PHONE_NUMBER_ID,
        customer: { name: customer.name, phone: customer.phone! },
        text,
        id: options.id,
      }),
      'test-secret',
    );
  };
  const send = (hook: { body: string; signature: string }) => {
    const state = { settled: false, status: 0 };
    const done = post(hook.body, hook.signature).then((res) => {
      Object.assign(state, { settled: true, status: res.status });
      return res.status;
    });
    return { state, done };
  };

  /** Sends a webhook whose transaction stops before its commit; returns it and how to let it go. */
  async function holdQueue() {
    const h = { reached: deferred(), release: deferred() };
    hold = h;
    const blocker = send(webhook('blocker'));
    await h.reached.promise;
    return { blocker, release: h.release.resolve };
  }
  async function untilWaiting(n: number) {
    while (queue.waiting() < n) await tick();
  }
  const texts = async (phone: string) =>
    (
      await t.store.db.query<{ text: string }>(
        `SELECT m.text FROM messages m JOIN contacts ct ON ct.id = (SELECT contact_id FROM conversations WHERE id = m.conversation_id)
          WHERE ct.external_id = $1 ORDER BY m.n`,
        [phone],
      )
    ).map((r) => r.text);

  it('webhooks arriving during a transaction commit together in the next one, each answered only after its commit', async () => {
    const first = await holdQueue();
    const customers = [fakeCustomer(), fakeCustomer(), fakeCustomer()];
    const sent = customers.map((customer, i) => send(webhook(`coalesced ${i}`, { customer })));
    await untilWaiting(3);
    const second = { reached: deferred(), release: deferred() };
    hold = second;
    const before = batches.length;

    first.release();
    expect(await first.blocker.done).toBe(200);
    await second.reached.promise;
    // The three are in one transaction that has not committed: none of them is answered yet.
    expect(batches.slice(before)).toEqual([3]);
    expect(sent.map((s) => s.state.settled)).toEqual([false, false, false]);

    second.release.resolve();
    expect(await Promise.all(sent.map((s) => s.done))).toEqual([200, 200, 200]);
    for (const [i, customer] of customers.entries()) expect(await texts(customer.phone!)).toEqual([`coalesced ${i}`]);
  });

  it('a webhook that cannot be stored fails alone; the others in its batch are committed', async () => {
    // A database fault that hits one message only: its webhook can never commit. (Created before
    // the queue is held: PGlite has one connection, and the held transaction would block it.)
    await t.store.db.query(`CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.text = 'poison' THEN RAISE EXCEPTION 'poisoned message'; END IF; RETURN NEW; END $$`);
    await t.store.db.query(
      'CREATE TRIGGER refuse_poison BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION refuse_poison()',
    );
    const first = await holdQueue();
    const good = [fakeCustomer(), fakeCustomer()];
    const poisoned = fakeCustomer();
    const sent = [
      send(webhook('good before', { customer: good[0] })),
      send(webhook('poison', { customer: poisoned })),
      send(webhook('good after', { customer: good[1] })),
    ];
    await untilWaiting(3);
    const before = batches.length;
    first.release();

    expect(await Promise.all(sent.map((s) => s.done))).toEqual([200, 500, 200]);
    // The batch of three failed, then each was tried on its own.
    expect(batches.slice(before)).toEqual([3, 1, 1, 1]);
    expect(await texts(good[0].phone!)).toEqual(['good before']);
    expect(await texts(good[1].phone!)).toEqual(['good after']);
    expect(await texts(poisoned.phone!)).toEqual([]);
  });

  it('a redelivery in the same batch is stored once; a new customer named twice gets one contact and one conversation', async () => {
    const first = await holdQueue();
    const customer = fakeCustomer();
    const hello = webhook('hello', { customer, id: 'wamid.QUEUE-DUP-1' });
    const sent = [send(hello), send(hello), send(webhook('are you there?', { customer }))];
    await untilWaiting(3);
    const before = batches.length;
    first.release();

    expect(await Promise.all(sent.map((s) => s.done))).toEqual([200, 200, 200]);
    expect(batches.slice(before)).toEqual([3]);
    expect(await texts(customer.phone!)).toEqual(['hello', 'are you there?']);
    const contacts = await t.store.db.query<{ id: string }>('SELECT id FROM contacts WHERE external_id = $1', [
      customer.phone,
    ]);
    expect(contacts).toHaveLength(1);
    const conversations = await t.store.db.query<{ unread_count: number; last_message_preview: string }>(
      'SELECT unread_count, last_message_preview FROM conversations WHERE contact_id = $1',
      [contacts[0].id],
    );
    expect(conversations).toEqual([{ unread_count: 2, last_message_preview: 'are you there?' }]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Note } from '@/core/model';
import { createApiClient } from '@/utils/api';
import type { SidedeskDb } from '@/utils/db';
import { createCustomerInfoHandlers } from '@/utils/messaging/customerInfoHandlers';
import { createLifecycleHandlers } from '@/utils/messaging/lifecycleHandlers';
import { NOW, fakeContact, fakeConversation } from '@/core/testing/fakes';
import { fakeFetch, freshDb, json, type Recorded } from '@/utils/testing/fakes';
import { deliverOutbox } from './deliverOutbox';
import { createEditQueue } from './editQueue';

/** A server for notes (one per clientId), tags and fields, that can be down. */
function fakeServer(contact: Contact) {
  const notes = new Map<string, Note>();
  const log: string[] = [];
  const state = { down: false, contact };
  const { fetch, calls } = fakeFetch((req: Recorded) => {
    if (state.down) throw new TypeError('Failed to fetch');
    const parts = req.url.pathname.split('/');
    if (parts[4] === 'notes') {
      const body = req.body as { text: string; clientId?: string };
      const key = body.clientId ?? crypto.randomUUID();
      if (!notes.has(key)) {
        notes.set(key, {
          id: `n${notes.size + 1}`,
          conversationId: parts[3],
          agentId: 'ag_ana',
          text: body.text,
          createdAt: NOW,
        });
        log.push(`note ${body.text}`);
      }
      return json(201, { note: notes.get(key) });
    }
    if (parts[4] === 'tags') {
      const tagId = parts[5];
      const tagIds = state.contact.tagIds.filter((id) => id !== tagId);
      state.contact = { ...state.contact, tagIds: req.method === 'PUT' ? [...tagIds, tagId] : tagIds };
      log.push(`${req.method} tag ${tagId}`);
    } else {
      const { values } = req.body as { values: Record<string, string> };
      state.contact = { ...state.contact, fields: { ...state.contact.fields, ...values } };
      log.push(`fields ${JSON.stringify(values)}`);
    }
    return json(200, { contact: state.contact });
  });
  return { fetch, calls, state, log, notes };
}

describe('notes, tags and fields made offline', () => {
  let db: SidedeskDb;
  let seq: number;
  beforeEach(async () => {
    db = freshDb();
    seq = 0;
    await db.conversations.put(fakeConversation());
  });

  function setUp(server: ReturnType<typeof fakeServer>) {
    const api = createApiClient({ baseUrl: 'http://sidedesk.test', token: 't', fetch: server.fetch });
    const uuid = () => `c0ffee00-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
    const edits = createEditQueue({ db, now: () => NOW + seq, uuid, kick: async () => undefined });
    const deps = { db, getApi: async () => api, now: () => NOW, random: () => 0.5 };
    return {
      notes: createLifecycleHandlers({ db, requireApi: async () => api, refreshBadge: async () => 0, edits }),
      customer: createCustomerInfoHandlers({ db, requireApi: async () => api, edits }),
      flush: () => deliverOutbox(deps, undefined, { force: true }),
    };
  }

  it('an offline note is kept and shown, then sent once when the server answers', async () => {
    const server = fakeServer(fakeContact());
    const { notes, flush } = setUp(server);
    server.state.down = true;
    await expect(notes.addNote({ conversationId: 'cv_1', text: 'Call after 5' })).resolves.toBeUndefined();
    await notes.addNote({ conversationId: 'cv_1', text: 'VIP' });
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['Call after 5', 'VIP']);

    server.state.down = false;
    await flush();
    expect(server.log).toEqual(['note Call after 5', 'note VIP']);
    expect((await db.notes.toArray()).map((n) => n.id).sort()).toEqual(['n1', 'n2']);
    await flush();
    expect(server.log).toHaveLength(2);
    expect(await db.outbox.count()).toBe(0);
  });

  it('tag and field edits made offline leave in the order made, and the copy shows them meanwhile', async () => {
    const server = fakeServer(fakeContact({ id: 'c1', tagIds: [], fields: {} }));
    await db.contacts.put(server.state.contact);
    const { customer, flush } = setUp(server);
    server.state.down = true;
    await customer.setContactTag({ contactId: 'c1', tagId: 'vip', on: true });
    await customer.setContactFields({ contactId: 'c1', values: { city: 'Bogotá' } });
    await customer.setContactTag({ contactId: 'c1', tagId: 'vip', on: false });
    expect(await db.contacts.get('c1')).toMatchObject({ tagIds: [], fields: { city: 'Bogotá' } });

    // Back, but the queue is not flushed yet: a new edit goes behind the waiting ones, not past them.
    server.state.down = false;
    await customer.setContactTag({ contactId: 'c1', tagId: 'late', on: true });
    expect(server.log).toEqual([]);
    await flush();
    expect(server.log).toEqual(['PUT tag vip', 'fields {"city":"Bogotá"}', 'DELETE tag vip', 'PUT tag late']);
    expect(await db.contacts.get('c1')).toMatchObject({ tagIds: ['late'], fields: { city: 'Bogotá' } });
  });

  it('a refusal while online is still shown to the agent, not queued', async () => {
    const server = fakeServer(fakeContact({ id: 'c1' }));
    const { fetch } = fakeFetch(() => json(400, { error: { code: 'invalid', message: 'age: expected a number' } }));
    const api = createApiClient({ baseUrl: 'http://sidedesk.test', token: 't', fetch });
    const edits = createEditQueue({ db, now: () => NOW, uuid: () => crypto.randomUUID(), kick: async () => undefined });
    const customer = createCustomerInfoHandlers({ db, requireApi: async () => api, edits });
    await expect(customer.setContactFields({ contactId: 'c1', values: { age: 'x' } })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await db.outbox.count()).toBe(0);
    expect(server.calls).toHaveLength(0);
  });
});

import { createEditQueue } from '@/utils/outbox/editQueue';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, isApiClientError } from '@/utils/api';
import type { SidedeskDb } from '@/utils/db';
import { fakeContact } from '@/core/testing/fakes';
import { fakeFetch, freshDb, json, type Recorded } from '@/utils/testing/fakes';
import { createCustomerInfoHandlers } from './customerInfoHandlers';

describe('customer information handlers', () => {
  let db: SidedeskDb;
  let calls: Recorded[];
  let route: (req: Recorded) => Response;
  let handlers: ReturnType<typeof createCustomerInfoHandlers>;

  beforeEach(() => {
    db = freshDb();
    const fake = fakeFetch((req) => route(req));
    calls = fake.calls;
    const api = createApiClient({ baseUrl: 'http://localhost:8787', token: 'tok', fetch: fake.fetch });
    const edits = createEditQueue({ db, now: () => 0, uuid: () => crypto.randomUUID(), kick: async () => undefined });
    handlers = createCustomerInfoHandlers({ db, requireApi: async () => api, edits });
  });

  it('tags through the API and keeps the answer in the copy, findable by tag', async () => {
    const contact = fakeContact({ id: 'c1', tagIds: [] });
    await db.contacts.put(contact);
    route = () => json(200, { contact: { ...contact, tagIds: ['vip'] } });
    await handlers.setContactTag({ contactId: 'c1', tagId: 'vip', on: true });
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual(['PUT /v1/contacts/c1/tags/vip']);
    expect(await db.contacts.where('tagIds').equals('vip').primaryKeys()).toEqual(['c1']);

    route = () => json(200, { contact: { ...contact, tagIds: [] } });
    await handlers.setContactTag({ contactId: 'c1', tagId: 'vip', on: false });
    expect(calls[1].method).toBe('DELETE');
    expect(await db.contacts.where('tagIds').equals('vip').count()).toBe(0);
  });

  it("a refused value fails with the server's message and leaves the copy as it was", async () => {
    const contact = fakeContact({ id: 'c2', fields: { birthday: '1990-01-01' } });
    await db.contacts.put(contact);
    route = () => json(400, { error: { code: 'invalid', message: 'birthday: not a date (YYYY-MM-DD)' } });
    const error = await handlers
      .setContactFields({ contactId: 'c2', values: { birthday: '1990-02-30' } })
      .catch((e: unknown) => e);
    expect(isApiClientError(error) && error.message).toBe('birthday: not a date (YYYY-MM-DD)');
    expect(calls[0].body).toEqual({ values: { birthday: '1990-02-30' } });
    expect((await db.contacts.get('c2'))?.fields).toEqual({ birthday: '1990-01-01' });
  });
});

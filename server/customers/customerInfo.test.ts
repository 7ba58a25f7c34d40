import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../core/model';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('customer information', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  let ana: SignedIn;
  let ben: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin', name: 'Alex Admin' });
    ana = await t.signIn({ name: 'Ana' });
    ben = await t.signIn({ name: 'Ben' });
  });
  afterAll(() => t.close());

  /** A customer writes; returns their conversation (in New, visible to every agent). */
  async function newCustomer(text: string) {
    await t.ingest(fakeInboundMessage({ text }));
    const { body } = await t.call('GET', `/v1/conversations?q=${encodeURIComponent(text)}`, { token: admin.token });
    return body.conversations[0] as { id: string; contactId: string };
  }
  /** A conversation Ana took: Ben can no longer see the customer. */
  async function anasCustomer(text: string) {
    const conversation = await newCustomer(text);
    expect((await t.call('POST', `/v1/conversations/${conversation.id}/accept`, { token: ana.token })).status).toBe(
      200,
    );
    return conversation;
  }
  const tag = async (name: string, color = '#16a34a') =>
    (await t.call('POST', '/v1/tags', { token: admin.token, body: { name, color } })).body.tag;
  const cursor = async (who: SignedIn) =>
    (await t.call('GET', '/v1/sync?since=0&limit=1000', { token: who.token })).body.cursor as number;
  const changesSince = async (who: SignedIn, since: number) =>
    (await t.call('GET', `/v1/sync?since=${since}&limit=1000`, { token: who.token })).body.changes as Change[];

  describe('tags', () => {
    it('only an admin creates, renames and deletes; every agent reads', async () => {
      const body = { name: 'VIP', color: '#eab308' };
      expect(await t.call('POST', '/v1/tags', { token: ana.token, body })).toMatchObject({
        status: 403,
        body: { error: { code: 'forbidden' } },
      });
      const created = await t.call('POST', '/v1/tags', { token: admin.token, body });
      expect(created).toMatchObject({ status: 201, body: { tag: { name: 'VIP', color: '#eab308' } } });
      const id = created.body.tag.id;
      expect((await t.call('GET', '/v1/tags', { token: ana.token })).body.tags).toContainEqual(created.body.tag);

      expect((await t.call('PATCH', `/v1/tags/${id}`, { token: ana.token, body: { name: 'Gold' } })).status).toBe(403);
      expect((await t.call('DELETE', `/v1/tags/${id}`, { token: ana.token })).status).toBe(403);
      expect(
        (await t.call('PATCH', `/v1/tags/${id}`, { token: admin.token, body: { name: 'Gold' } })).body.tag,
      ).toEqual({ id, name: 'Gold', color: '#eab308' });
      expect((await t.call('DELETE', `/v1/tags/${id}`, { token: admin.token })).status).toBe(204);
      expect((await t.call('DELETE', `/v1/tags/${id}`, { token: admin.token })).status).toBe(404);
    });

    it('refuses a name in use (any case) and a bad colour, naming the field', async () => {
      await tag('Wholesale');
      expect(
        await t.call('POST', '/v1/tags', { token: admin.token, body: { name: 'wholesale', color: '#000000' } }),
      ).toMatchObject({
        status: 409,
        body: { error: { code: 'conflict' } },
      });
      const bad = await t.call('POST', '/v1/tags', { token: admin.token, body: { name: 'Red', color: 'red' } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/^color:/);
    });
  });

  describe('fields', () => {
    it('only an admin defines, changes and deletes; every agent reads them in order', async () => {
      const body = { key: 'plan', label: 'Plan', type: 'choice', choices: ['Basic', 'Pro'] };
      expect((await t.call('POST', '/v1/fields', { token: ana.token, body })).status).toBe(403);
      const created = await t.call('POST', '/v1/fields', { token: admin.token, body });
      expect(created).toMatchObject({
        status: 201,
        body: { field: { key: 'plan', type: 'choice', choices: ['Basic', 'Pro'] } },
      });
      const id = created.body.field.id;
      expect((await t.call('POST', '/v1/fields', { token: admin.token, body })).status).toBe(409);
      expect(
        (await t.call('GET', '/v1/fields', { token: ben.token })).body.fields.map((f: { key: string }) => f.key),
      ).toContain('plan');

      expect((await t.call('PATCH', `/v1/fields/${id}`, { token: ana.token, body: { label: 'x' } })).status).toBe(403);
      expect((await t.call('DELETE', `/v1/fields/${id}`, { token: ben.token })).status).toBe(403);
      const changed = await t.call('PATCH', `/v1/fields/${id}`, {
        token: admin.token,
        body: { label: 'Subscription', choices: ['Basic', 'Pro', 'Team'] },
      });
      expect(changed.body.field).toMatchObject({
        key: 'plan',
        label: 'Subscription',
        choices: ['Basic', 'Pro', 'Team'],
      });
      expect((await t.call('DELETE', `/v1/fields/${id}`, { token: admin.token })).status).toBe(204);
    });

    it('refuses a choice field without choices and a bad key, naming the field', async () => {
      const noChoices = await t.call('POST', '/v1/fields', {
        token: admin.token,
        body: { key: 'size', label: 'Size', type: 'choice' },
      });
      expect(noChoices.status).toBe(400);
      expect(noChoices.body.error.message).toMatch(/^choices:/);
      const badKey = await t.call('POST', '/v1/fields', {
        token: admin.token,
        body: { key: 'Shoe Size', label: 'Shoe', type: 'number' },
      });
      expect(badKey.status).toBe(400);
      expect(badKey.body.error.message).toMatch(/^key:/);
    });
  });

  describe("a customer's values", () => {
    let birthdayId: string;
    beforeAll(async () => {
      birthdayId = (
        await t.call('POST', '/v1/fields', {
          token: admin.token,
          body: { key: 'birthday', label: 'Birthday', type: 'date' },
        })
      ).body.field.id;
      await t.call('POST', '/v1/fields', {
        token: admin.token,
        body: { key: 'orders', label: 'Orders', type: 'number' },
      });
    });

    it('a bad value is a 400 naming the key, and nothing is stored', async () => {
      const { contactId } = await anasCustomer('values one');
      const bad = await t.call('PUT', `/v1/contacts/${contactId}/fields`, {
        token: ana.token,
        body: { values: { orders: 3, birthday: '2023-02-29' } },
      });
      expect(bad).toEqual({
        status: 400,
        body: { error: { code: 'invalid', message: 'birthday: not a date (YYYY-MM-DD)' } },
      });
      const unknown = await t.call('PUT', `/v1/contacts/${contactId}/fields`, {
        token: ana.token,
        body: { values: { shoe: 'x' } },
      });
      expect(unknown.body.error.message).toBe('shoe: no such information field');
      const ok = await t.call('PUT', `/v1/contacts/${contactId}/fields`, {
        token: ana.token,
        body: { values: { orders: 3, birthday: '1990-05-17' } },
      });
      expect(ok).toMatchObject({
        status: 200,
        body: { contact: { id: contactId, fields: { orders: 3, birthday: '1990-05-17' } } },
      });
      const cleared = await t.call('PUT', `/v1/contacts/${contactId}/fields`, {
        token: ana.token,
        body: { values: { orders: null } },
      });
      expect(cleared.body.contact.fields).toEqual({ birthday: '1990-05-17' });
    });

    it('an agent who cannot see the customer gets 404; an admin may', async () => {
      const { contactId } = await anasCustomer('values two');
      const vip = await tag('Priority');
      expect((await t.call('PUT', `/v1/contacts/${contactId}/tags/${vip.id}`, { token: ben.token })).status).toBe(404);
      expect(
        (await t.call('PUT', `/v1/contacts/${contactId}/fields`, { token: ben.token, body: { values: { orders: 1 } } }))
          .status,
      ).toBe(404);
      expect((await t.call('PUT', `/v1/contacts/nobody/tags/${vip.id}`, { token: ana.token })).status).toBe(404);
      expect((await t.call('PUT', `/v1/contacts/${contactId}/tags/no-such-tag`, { token: ana.token })).status).toBe(
        404,
      );

      const tagged = await t.call('PUT', `/v1/contacts/${contactId}/tags/${vip.id}`, { token: ana.token });
      expect(tagged).toMatchObject({ status: 200, body: { contact: { tagIds: [vip.id] } } });
      expect(
        (await t.call('PUT', `/v1/contacts/${contactId}/tags/${vip.id}`, { token: ana.token })).body.contact.tagIds,
      ).toEqual([vip.id]);
      expect((await t.call('DELETE', `/v1/contacts/${contactId}/tags/${vip.id}`, { token: ben.token })).status).toBe(
        404,
      );
      expect(
        (await t.call('DELETE', `/v1/contacts/${contactId}/tags/${vip.id}`, { token: admin.token })).body.contact
          .tagIds,
      ).toEqual([]);
    });

    it('reaches every agent who can see the customer through sync, and no one else', async () => {
      const shared = await newCustomer('values three'); // in New: Ana and Ben both see it
      const hidden = await anasCustomer('values four'); // Ana's: Ben does not
      const vip = await tag('Returning');
      const benSince = await cursor(ben);
      await t.call('PUT', `/v1/contacts/${shared.contactId}/tags/${vip.id}`, { token: ana.token });
      await t.call('PUT', `/v1/contacts/${shared.contactId}/fields`, {
        token: ana.token,
        body: { values: { birthday: '2001-01-01' } },
      });
      await t.call('PUT', `/v1/contacts/${hidden.contactId}/tags/${vip.id}`, { token: ana.token });

      const contacts = (await changesSince(ben, benSince)).filter((c) => c.type === 'contact');
      expect(contacts).toHaveLength(1);
      expect(contacts[0].data).toMatchObject({
        id: shared.contactId,
        tagIds: [vip.id],
        fields: { birthday: '2001-01-01' },
      });
    });

    it('an agent handed the conversation later receives the customer, tags and values included', async () => {
      const { id, contactId } = await anasCustomer('values six');
      const vip = await tag('Handed over');
      await t.call('PUT', `/v1/contacts/${contactId}/tags/${vip.id}`, { token: ana.token });
      const benSince = await cursor(ben);
      // Reassigned the way every hand-over flow records it: a visibility change of the conversation.
      await t.store.write(async (tx, changes) => {
        await tx.query('UPDATE conversations SET assignee_id = $2 WHERE id = $1', [id, ben.agent.id]);
        changes.add('conversation', id, id, { visibility: true });
      });
      const changes = await changesSince(ben, benSince);
      expect(changes.find((c) => c.type === 'contact')?.data).toMatchObject({ id: contactId, tagIds: [vip.id] });
    });

    it('deleting a tag takes it off every customer, and a deleted field takes its values', async () => {
      const { contactId } = await anasCustomer('values five');
      const gone = await tag('Temporary');
      const kept = await tag('Kept');
      await t.call('PUT', `/v1/contacts/${contactId}/tags/${gone.id}`, { token: ana.token });
      await t.call('PUT', `/v1/contacts/${contactId}/tags/${kept.id}`, { token: ana.token });
      await t.call('PUT', `/v1/contacts/${contactId}/fields`, {
        token: ana.token,
        body: { values: { birthday: '1985-12-24' } },
      });
      const since = await cursor(ana);

      expect((await t.call('DELETE', `/v1/tags/${gone.id}`, { token: admin.token })).status).toBe(204);
      expect((await t.call('DELETE', `/v1/fields/${birthdayId}`, { token: admin.token })).status).toBe(204);
      const changes = await changesSince(ana, since);
      expect(changes).toContainEqual(expect.objectContaining({ type: 'remove', data: { entity: 'tag', id: gone.id } }));
      expect(changes).toContainEqual(
        expect.objectContaining({ type: 'remove', data: { entity: 'field', id: birthdayId } }),
      );
      const contact = changes.filter((c) => c.type === 'contact').at(-1);
      expect(contact?.data).toMatchObject({ id: contactId, tagIds: [kept.id], fields: {} });
    });
  });

  it('the conversation list filters by tag, within what the caller may see', async () => {
    const a = await anasCustomer('filter one');
    const b = await newCustomer('filter two');
    await newCustomer('filter three');
    const wanted = await tag('Filter me');
    await t.call('PUT', `/v1/contacts/${a.contactId}/tags/${wanted.id}`, { token: admin.token });
    await t.call('PUT', `/v1/contacts/${b.contactId}/tags/${wanted.id}`, { token: admin.token });
    const ids = async (who: SignedIn) =>
      (await t.call('GET', `/v1/conversations?tag=${wanted.id}`, { token: who.token })).body.conversations
        .map((c: { id: string }) => c.id)
        .sort();
    expect(await ids(admin)).toEqual([a.id, b.id].sort());
    expect(await ids(ana)).toEqual([a.id, b.id].sort());
    expect(await ids(ben)).toEqual([b.id]);
    expect(
      (await t.call('GET', `/v1/conversations?tag=${wanted.id}&q=filter%20two`, { token: ana.token })).body
        .conversations,
    ).toHaveLength(1);
  });
});

// Summaries through the API on both databases: the rules of an on-demand summary (switch, message
// count, visibility), who receives one through sync, and the automatic ones made on a transfer and
// on a WhatsApp Flows answer (which also fills the customer's information fields).
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_MESSAGES_FOR_SUMMARY } from '../../core/api/ai';
import type { Change, Summary } from '../../core/model';
import { fixtureText } from '../channels/meta/testFixtures';
import { upsertChannel } from '../store/repos/channels';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeChannel, fakeClientId, fakeCustomer, fakeInboundMessage } from '../testing/fakes';
import { syncFor } from '../testing/lifecycleHelpers';
import { describeOnBothDatabases } from '../testing/testDatabases';

const summariesIn = (changes: Change[]): Summary[] => changes.flatMap((c) => (c.type === 'summary' ? [c.data] : []));

describeOnBothDatabases('summaries', (kind) => {
  let t: TestServer;
  let admin: SignedIn, ana: SignedIn, ben: SignedIn, cleo: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
    ana = await t.signIn({ name: 'Ana' });
    ben = await t.signIn({ name: 'Ben' });
    cleo = await t.signIn({ name: 'Cleo' });
  });
  afterAll(() => t.close());

  const setSwitch = async (on: boolean) =>
    expect(
      (await t.call('PATCH', '/v1/settings', { token: admin.token, body: { summaryAndSuggestions: on } })).status,
    ).toBe(200);
  const summarize = (id: string, who: SignedIn) =>
    t.call('POST', `/v1/conversations/${id}/summary`, { token: who.token });
  const listed = async (id: string, who: SignedIn) =>
    (await t.call('GET', `/v1/conversations/${id}/summary`, { token: who.token })).body.summaries as Summary[];

  /** A conversation taken by `who` with `customer` customer messages and `replies` of theirs. */
  async function taken(who: SignedIn, label: string, customer: number, replies = 0): Promise<string> {
    const contact = fakeCustomer();
    for (let i = 0; i < customer; i++) {
      t.clock.advance(1000);
      await t.ingest(fakeInboundMessage({ contact, text: `${label} ${i}`, timestamp: t.clock.now() }));
    }
    const found = await t.call('GET', `/v1/conversations?q=${encodeURIComponent(`${label} 0`)}`, {
      token: admin.token,
    });
    const id = found.body.conversations[0].id;
    expect((await t.call('POST', `/v1/conversations/${id}/accept`, { token: who.token })).status).toBe(200);
    for (let i = 0; i < replies; i++) {
      const sent = await t.call('POST', `/v1/conversations/${id}/messages`, {
        token: who.token,
        body: { clientId: fakeClientId(), text: `reply ${i}` },
      });
      expect(sent.status).toBe(201);
    }
    return id;
  }

  describe('on demand', () => {
    it('switched off: 409 feature_off, nothing stored', async () => {
      const id = await taken(ana, 'off summary', MIN_MESSAGES_FOR_SUMMARY);
      const result = await summarize(id, ana);
      expect(result.status).toBe(409);
      expect(result.body.error.code).toBe('feature_off');
      expect(await listed(id, ana)).toEqual([]);
    });

    it('fewer than 5 messages: 422 too_few_messages, nothing stored; agent replies count', async () => {
      await setSwitch(true);
      const id = await taken(ana, 'short summary', 2, 2);
      const result = await summarize(id, ana);
      expect(result.status).toBe(422);
      expect(result.body.error).toMatchObject({ code: 'too_few_messages' });
      expect(await listed(id, ana)).toEqual([]);

      await t.call('POST', `/v1/conversations/${id}/messages`, {
        token: ana.token,
        body: { clientId: fakeClientId(), text: 'fifth' },
      });
      expect((await summarize(id, ana)).status).toBe(201);
    });

    it('made collected-only, listed newest first, and synced to the assignee and admins, not other agents', async () => {
      const id = await taken(ana, 'full summary', 3, 2);
      const [anaCursor, benCursor, adminCursor] = [
        (await syncFor(t, ana)).cursor,
        (await syncFor(t, ben)).cursor,
        (await syncFor(t, admin)).cursor,
      ];
      const first = await summarize(id, ana);
      expect(first.status).toBe(201);
      expect(first.body.summary).toMatchObject({
        conversationId: id,
        trigger: 'on_demand',
        requestedBy: ana.agent.id,
        botAnswers: [],
        formAnswers: [],
        written: null,
        engine: 'collected_only',
        model: null,
        error: null,
        messageCount: 5,
        createdAt: t.clock.now(),
      });
      t.clock.advance(60_000);
      const second = await summarize(id, admin);
      expect(second.body.summary.requestedBy).toBe(admin.agent.id);
      expect((await listed(id, ana)).map((s) => s.id)).toEqual([second.body.summary.id, first.body.summary.id]);

      const ids = (changes: Change[]) => summariesIn(changes).map((s) => s.id);
      expect(ids((await syncFor(t, ana, anaCursor)).changes).sort()).toEqual(
        [first.body.summary.id, second.body.summary.id].sort(),
      );
      expect(ids((await syncFor(t, admin, adminCursor)).changes)).toHaveLength(2);
      expect(ids((await syncFor(t, ben, benCursor)).changes)).toEqual([]);
    });

    it('404 for a conversation the agent may not see, or none', async () => {
      const id = await taken(ana, 'hidden summary', 5);
      expect((await summarize(id, ben)).status).toBe(404);
      const list = await t.call('GET', `/v1/conversations/${id}/summary`, { token: ben.token });
      expect(list.status).toBe(404);
      expect((await summarize('no-such-conversation', admin)).status).toBe(404);
    });
  });

  describe('on transfer', () => {
    it('the new assignee receives a transfer summary through sync, with the earlier ones', async () => {
      await setSwitch(true);
      const id = await taken(ana, 'transfer summary', 4, 1);
      const earlier = (await summarize(id, ana)).body.summary as Summary;
      const cursor = (await syncFor(t, ben)).cursor;
      const moved = await t.call('POST', `/v1/conversations/${id}/transfer`, {
        token: ana.token,
        body: { agentId: ben.agent.id, note: 'VIP' },
      });
      expect(moved.status).toBe(200);
      const received = summariesIn((await syncFor(t, ben, cursor)).changes);
      const made = received.find((s) => s.trigger === 'transfer');
      expect(made).toMatchObject({ conversationId: id, requestedBy: ana.agent.id, messageCount: 5 });
      expect(received.map((s) => s.id)).toContain(earlier.id);
      expect((await listed(id, ben)).map((s) => s.trigger)).toEqual(['transfer', 'on_demand']);
    });

    it('no summary when the switch is off or the conversation is too short', async () => {
      const short = await taken(ana, 'short transfer', 2);
      await t.call('POST', `/v1/conversations/${short}/transfer`, {
        token: ana.token,
        body: { agentId: cleo.agent.id },
      });
      expect(await listed(short, cleo)).toEqual([]);

      await setSwitch(false);
      const off = await taken(ana, 'off transfer', 5);
      await t.call('POST', `/v1/conversations/${off}/transfer`, { token: ana.token, body: { agentId: cleo.agent.id } });
      expect(await listed(off, cleo)).toEqual([]);
    });
  });

  describe('WhatsApp Flows answers', () => {
    const FLOW_PHONE_ID = '106540352242922';
    const FLOW_CUSTOMER = { externalId: '16505551234', name: 'Sheena Nelson', phone: '16505551234' };
    const sign = (body: string) => `sha256=${createHmac('sha256', 'test-secret').update(body).digest('hex')}`;
    const postWebhook = (body: string) =>
      t.app.request('/webhooks/whatsapp', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) },
        body,
      });

    beforeAll(async () => {
      await upsertChannel(
        t.store.db,
        t.store.secrets,
        fakeChannel({ externalId: FLOW_PHONE_ID, name: 'Flows line' }),
        t.clock.now(),
      );
      for (const field of [
        { key: 'full_name', label: 'Name', type: 'text' },
        { key: 'email', label: 'Email', type: 'text' },
        { key: 'preferred_contact', label: 'Contact by', type: 'choice', choices: ['email', 'phone'] },
      ])
        expect((await t.call('POST', '/v1/fields', { token: admin.token, body: field })).status).toBe(201);
    });

    it('a signed nfm_reply becomes a form message, fills the matching fields and makes a flow_answered summary', async () => {
      await setSwitch(true);
      for (let i = 0; i < MIN_MESSAGES_FOR_SUMMARY - 1; i++) {
        t.clock.advance(1000);
        await t.ingest(
          fakeInboundMessage({
            channelExternalId: FLOW_PHONE_ID,
            contact: FLOW_CUSTOMER,
            text: `flow lead ${i}`,
            timestamp: t.clock.now(),
          }),
        );
      }
      expect((await postWebhook(fixtureText('whatsapp-nfm-reply.json'))).status).toBe(200);

      const [conversation] = (
        await t.call('GET', `/v1/conversations?q=${encodeURIComponent('flow lead 0')}`, { token: admin.token })
      ).body.conversations;
      const page = await t.call('GET', `/v1/conversations/${conversation.id}/messages`, { token: admin.token });
      const form = page.body.messages.at(-1);
      expect(form).toMatchObject({ kind: 'form', text: 'Sent', form: { flowToken: 'lead-form-7f3c2a' } });

      const [contact] = (await syncFor(t, admin)).changes.flatMap((c) =>
        c.type === 'contact' && c.data.id === conversation.contactId ? [c.data] : [],
      );
      expect(contact.fields).toEqual({ full_name: 'Sheena Nelson', email: 'sheena@example.com' });

      const [summary] = await listed(conversation.id, admin);
      expect(summary).toMatchObject({ trigger: 'flow_answered', requestedBy: null, messageCount: 5 });
      expect(summary.formAnswers).toEqual([
        { name: 'full_name', value: 'Sheena Nelson', fieldKey: 'full_name' },
        { name: 'email', value: 'sheena@example.com', fieldKey: 'email' },
        { name: 'preferred_contact', value: '0', fieldKey: null },
        { name: 'comments', value: 'Please call after 5pm', fieldKey: null },
      ]);
    });

    it('a reply whose response_json is not JSON stays an unsupported entry, changes no field, makes no summary', async () => {
      const payload = JSON.parse(fixtureText('whatsapp-nfm-reply.json'));
      const message = payload.entry[0].changes[0].value.messages[0];
      message.id = 'wamid.broken-flow';
      message.from = payload.entry[0].changes[0].value.contacts[0].wa_id = '16505559999';
      message.interactive.nfm_reply.response_json = '{"full_name": "Tru';
      for (let i = 0; i < MIN_MESSAGES_FOR_SUMMARY; i++)
        await t.ingest(
          fakeInboundMessage({
            channelExternalId: FLOW_PHONE_ID,
            contact: { externalId: '16505559999', name: 'Broken', phone: '16505559999' },
            text: `broken flow ${i}`,
            timestamp: t.clock.now(),
          }),
        );
      expect((await postWebhook(JSON.stringify(payload))).status).toBe(200);
      const [conversation] = (
        await t.call('GET', `/v1/conversations?q=${encodeURIComponent('broken flow 0')}`, { token: admin.token })
      ).body.conversations;
      const page = await t.call('GET', `/v1/conversations/${conversation.id}/messages`, { token: admin.token });
      expect(page.body.messages.at(-1)).toMatchObject({ kind: 'unsupported', originalType: 'nfm_reply', form: null });
      expect(await listed(conversation.id, admin)).toEqual([]);
    });
  });
});

// Automations on both databases: a closed conversation goes back to the bot N minutes after the
// close (injected clock, the durable queue), once, with a system entry and the rule's template;
// not when an agent wrote to the customer meanwhile; rules are admin-only and checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutomationRule } from '../../core/api/bot';
import type { Flow } from '../../core/bot/flow';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeCustomer, fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { takeBotRestart } from '../store/repos/automations';

const MINUTE = 60_000;
const FLOW: Flow = {
  startStepId: 'hello',
  steps: [
    { kind: 'message', id: 'hello', text: 'Hi, I am the bot.', next: 'menu' },
    { kind: 'menu', id: 'menu', text: 'What do you need?', options: [{ id: 'orders', title: 'Orders', next: 'bye' }] },
    { kind: 'handover', id: 'bye', text: null, to: { kind: 'queue' } },
  ],
};
const isGivenBack = (m: { author: string; text: string }) =>
  m.author === 'system' && m.text.includes('Given back to the bot');
const rule = (overrides: Partial<AutomationRule> = {}): AutomationRule => ({
  id: 'after-positive',
  enabled: true,
  when: 'positive',
  afterMinutes: 30,
  restartAtStepId: 'menu',
  templateId: null,
  ...overrides,
});

describeOnBothDatabases('automations', (kind) => {
  let t: TestServer;
  let admin: SignedIn, ana: SignedIn;
  let templateId: string;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
    ana = await t.signIn({ name: 'Ana' });
    const created = await t.call('POST', '/v1/templates', {
      token: admin.token,
      body: { name: 'back_soon', language: 'en_US', category: 'utility', body: 'We are here if you need us.' },
    });
    templateId = created.body.template.id;
    const bot = await t.call('PUT', '/v1/bot', {
      token: admin.token,
      body: { enabled: true, flow: FLOW, handoverKeywords: [] },
    });
    expect(bot.status, JSON.stringify(bot.body)).toBe(200);
  });
  afterAll(() => t.close());

  async function closedBy(who: SignedIn, type: 'positive' | 'negative') {
    const contact = fakeCustomer();
    await t.ingest(fakeInboundMessage({ contact, text: `hello ${contact.name}`, timestamp: t.clock.now() }));
    const found = await t.call('GET', `/v1/conversations?q=${encodeURIComponent(contact.name)}`, {
      token: admin.token,
    });
    const conversation = found.body.conversations[0];
    expect((await t.call('POST', `/v1/conversations/${conversation.id}/accept`, { token: who.token })).status).toBe(
      200,
    );
    await t.call('POST', `/v1/conversations/${conversation.id}/messages`, {
      token: who.token,
      body: { clientId: `c-${conversation.id}`, text: 'Glad to help' },
    });
    const closed = await t.call('POST', `/v1/conversations/${conversation.id}/close`, {
      token: who.token,
      body: { type },
    });
    expect(closed.status).toBe(200);
    return { id: conversation.id as string, contactId: conversation.contactId as string, contact };
  }
  const save = (rules: AutomationRule[]) => t.call('PUT', '/v1/automations', { token: admin.token, body: { rules } });
  const thread = async (id: string) =>
    (await t.call('GET', `/v1/conversations/${id}/messages`, { token: admin.token })).body.messages as {
      author: string;
      text: string;
    }[];

  it('only an admin reads and saves the rules; a template that needs parameters is refused, named', async () => {
    expect((await t.call('GET', '/v1/automations', { token: ana.token })).status).toBe(403);
    const withParams = await t.call('POST', '/v1/templates', {
      token: admin.token,
      body: { name: 'needs_name', language: 'en_US', category: 'utility', body: 'Hi {{1}}' },
    });
    const refused = await save([rule({ templateId: withParams.body.template.id })]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('rules.0.templateId');
    const twice = await save([rule(), rule()]);
    expect(twice.status).toBe(400);
    expect((await save([rule()])).body.rules).toEqual([rule()]);
    expect((await t.call('GET', '/v1/automations', { token: admin.token })).body.rules).toEqual([rule()]);
  });

  it('gives a positive close back to the bot after 30 minutes of clock, once, with a system entry', async () => {
    await save([rule()]);
    const { id, contactId, contact } = await closedBy(ana, 'positive');
    t.clock.advance(29 * MINUTE);
    await t.workers.queue.drain();
    expect((await thread(id)).some(isGivenBack)).toBe(false);

    t.clock.advance(2 * MINUTE);
    await t.workers.queue.drain();
    await t.workers.queue.drain();
    const entries = (await thread(id)).filter(isGivenBack);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.text).toContain('Given back to the bot');
    const [restart] = await t.store.db.query<{ step_id: string; from_conversation_id: string }>(
      'SELECT step_id, from_conversation_id FROM bot_restarts WHERE contact_id = $1',
      [contactId],
    );
    expect(restart).toEqual({ step_id: 'menu', from_conversation_id: id });

    // The customer writes again: the bot has the new conversation and starts at the rule's step.
    const before = t.adapter.sends.length;
    await t.ingest(fakeInboundMessage({ contact, text: 'hello again', timestamp: t.clock.now() }));
    await t.workers.queue.drain();
    const sent = t.adapter.sends.slice(before).map((s) => JSON.stringify(s.message));
    expect(sent.join(' ')).toContain('What do you need?');
    expect(sent.join(' ')).not.toContain('Hi, I am the bot.');
    expect(await takeBotRestart(t.store.db, contactId)).toBeNull();
  });

  it('does nothing while the bot is switched off', async () => {
    await save([rule()]);
    await t.call('PUT', '/v1/bot', { token: admin.token, body: { enabled: false, flow: FLOW, handoverKeywords: [] } });
    try {
      const { id, contactId } = await closedBy(ana, 'positive');
      t.clock.advance(31 * MINUTE);
      await t.workers.queue.drain();
      expect((await thread(id)).some(isGivenBack)).toBe(false);
      expect(await takeBotRestart(t.store.db, contactId)).toBeNull();
    } finally {
      await t.call('PUT', '/v1/bot', { token: admin.token, body: { enabled: true, flow: FLOW, handoverKeywords: [] } });
    }
  });

  it('does nothing for a negative close when the rule follows positive ones', async () => {
    await save([rule()]);
    const { id, contactId } = await closedBy(ana, 'negative');
    t.clock.advance(31 * MINUTE);
    await t.workers.queue.drain();
    expect((await thread(id)).some(isGivenBack)).toBe(false);
    expect(await takeBotRestart(t.store.db, contactId)).toBeNull();
  });

  it('is cancelled by an agent writing to the customer before the time is up', async () => {
    await save([rule({ when: 'any' })]);
    const { id, contactId } = await closedBy(ana, 'positive');
    t.clock.advance(5 * MINUTE);
    // Ana starts a new conversation with the customer from a template (the way to write after a close).
    const reopened = await t.store.db.query<{ id: string }>(
      `INSERT INTO conversations (id, channel_id, contact_id, status, last_activity_at, created_at, assignee_id)
       SELECT 'again-' || id, channel_id, contact_id, 'open', $2, $2, $3 FROM conversations WHERE id = $1 RETURNING id`,
      [id, t.clock.now(), ana.agent.id],
    );
    const sent = await t.call('POST', `/v1/conversations/${reopened[0]!.id}/messages`, {
      token: ana.token,
      body: { clientId: `again-${id}`, template: { templateId, params: [] } },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    t.clock.advance(30 * MINUTE);
    await t.workers.queue.drain();
    expect((await thread(id)).some(isGivenBack)).toBe(false);
    expect(await takeBotRestart(t.store.db, contactId)).toBeNull();
  });

  it("sends the rule's template first, authored by the bot, in a new conversation the bot holds", async () => {
    await save([rule({ templateId })]);
    const { contactId } = await closedBy(ana, 'positive');
    const before = t.adapter.sends.length;
    t.clock.advance(31 * MINUTE);
    await t.workers.queue.drain();
    expect(t.adapter.sends.length).toBe(before + 1);
    expect(t.adapter.sends.at(-1)!.message).toMatchObject({ kind: 'template', name: 'back_soon' });
    const [held] = await t.store.db.query<{ id: string; with_bot: boolean; assignee_id: string | null }>(
      `SELECT id, with_bot, assignee_id FROM conversations WHERE contact_id = $1 AND status = 'open'`,
      [contactId],
    );
    expect(held).toMatchObject({ with_bot: true, assignee_id: null });
    const messages = await thread(held!.id);
    expect(messages.map((m) => m.author)).toEqual(['system', 'bot']);
    expect(await takeBotRestart(t.store.db, contactId)).toBeNull();
    // Running the queue again sends nothing more.
    await t.workers.queue.drain();
    expect(t.adapter.sends.length).toBe(before + 1);
  });
});

describe('automations off', () => {
  it('schedules nothing without rules', async () => {
    const t = await createTestServer('pglite');
    try {
      const admin = await t.signIn({ role: 'admin' });
      const contact = fakeCustomer();
      await t.ingest(fakeInboundMessage({ contact, text: 'hi', timestamp: t.clock.now() }));
      const id = (await t.call('GET', '/v1/conversations?inbox=new', { token: admin.token })).body.conversations[0].id;
      await t.call('POST', `/v1/conversations/${id}/accept`, { token: admin.token });
      await t.call('POST', `/v1/conversations/${id}/close`, { token: admin.token, body: { type: 'positive' } });
      const jobs = await t.store.db.query(`SELECT id FROM jobs WHERE kind = 'automation'`);
      expect(jobs).toHaveLength(0);
    } finally {
      await t.close();
    }
  });
});

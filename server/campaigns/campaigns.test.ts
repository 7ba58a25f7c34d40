// Campaigns: admin only, invalid numbers fail per recipient with the reason, valid ones get a
// conversation in Outgoing for the assignee, progress syncs to admins only.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inboxOf } from '../../core/inbox';
import { ChannelSendError } from '../channels/types';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { silentLog } from '../log';
import { createCampaign } from './createCampaign';
import { resumeCampaigns } from './resumeCampaigns';

describeOnBothDatabases('campaigns', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  let ana: SignedIn;
  let templateId: string;

  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
    ana = await t.signIn({ name: 'Ana' });
    templateId = (
      await t.call('POST', '/v1/templates', {
        token: admin.token,
        body: { name: 'follow_up', language: 'en_US', category: 'marketing', body: 'Hi {{1}}, anything else?' },
      })
    ).body.template.id;
  });
  afterAll(() => t.close());

  /** The background run, observed through the API until nothing is pending. */
  async function finished(id: string) {
    for (;;) {
      const { body } = await t.call('GET', `/v1/campaigns/${id}/recipients`, { token: admin.token });
      if (body.campaign.status === 'done') return body;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('sends to valid numbers, fails invalid ones with the reason, and each lands in Outgoing for the assignee', async () => {
    t.adapter.sends.length = 0;
    t.adapter.script(
      { externalId: 'wamid.C1' },
      new ChannelSendError('131026', 'Message undeliverable: the recipient may not be on WhatsApp.', false),
    );
    const recipients = ['+49 151 0000 1001', 'not a number', '+49 (151) 0000-1002', '0151 000', '+4915100001001'];
    const created = await t.call('POST', '/v1/campaigns', {
      token: admin.token,
      body: { templateId, params: ['there'], recipients, assigneeId: ana.agent.id },
    });
    expect(created.status).toBe(202);
    expect(created.body.campaign).toMatchObject({ templateId, total: 5, createdBy: admin.agent.id });

    const { campaign, recipients: outcomes } = await finished(created.body.campaign.id);
    expect(campaign).toMatchObject({ total: 5, sent: 1, failed: 4, status: 'done' });
    expect(outcomes.map((r: any) => [r.phone, r.status])).toEqual([
      ['4915100001001', 'sent'],
      [null, 'failed'],
      ['4915100001002', 'failed'],
      [null, 'failed'],
      ['4915100001001', 'failed'],
    ]);
    expect(outcomes[1].error).toMatch(/^Invalid phone number: not a phone number/);
    expect(outcomes[2].error).toBe('Message undeliverable: the recipient may not be on WhatsApp.');
    expect(outcomes[3].error).toMatch(/country code/);
    expect(outcomes[4].error).toBe('Listed twice; sent once.');
    expect(t.adapter.sends.map((s) => [s.to, s.message.kind, s.message.text])).toEqual([
      ['4915100001001', 'template', 'Hi there, anything else?'],
      ['4915100001002', 'template', 'Hi there, anything else?'],
    ]);

    // Ana has it in Outgoing; when the customer answers it moves to Active.
    const mine = (await t.call('GET', '/v1/conversations?limit=500', { token: ana.token })).body.conversations;
    const conversation = mine.find((c: { id: string }) => c.id === outcomes[0].conversationId);
    expect(conversation).toMatchObject({ assigneeId: ana.agent.id, contactName: '4915100001001', lastInboundAt: null });
    expect(inboxOf(conversation, ana.agent, 'beta', t.clock.now())).toBe('outgoing');
    await t.ingest(
      fakeInboundMessage({
        contact: { externalId: '4915100001001', name: 'Greta', phone: '4915100001001' },
        timestamp: t.clock.now(),
      }),
    );
    const answered = (await t.call('GET', '/v1/conversations?limit=500', { token: ana.token })).body.conversations.find(
      (c: { id: string }) => c.id === conversation.id,
    );
    expect(answered).toMatchObject({ contactName: 'Greta', outgoingSince: null });
    expect(inboxOf(answered, ana.agent, 'beta', t.clock.now())).toBe('active');
  });

  it('without an assignee the campaign’s conversations are the sending admin’s', async () => {
    const created = await t.call('POST', '/v1/campaigns', {
      token: admin.token,
      body: { templateId, params: ['you'], recipients: ['+44 7700 900123'] },
    });
    const { recipients } = await finished(created.body.campaign.id);
    const all = (await t.call('GET', '/v1/conversations?limit=500', { token: admin.token })).body.conversations;
    expect(all.find((c: { id: string }) => c.id === recipients[0].conversationId).assigneeId).toBe(admin.agent.id);
  });

  it('refuses a wrong parameter count, an unknown template or assignee (400 naming the field), and agents (403)', async () => {
    const body = { templateId, params: ['x'], recipients: ['+4915100009999'] };
    expect(
      (await t.call('POST', '/v1/campaigns', { token: admin.token, body: { ...body, params: [] } })).body.error.message,
    ).toMatch(/^params: expected 1 parameter, got 0/);
    expect(
      (await t.call('POST', '/v1/campaigns', { token: admin.token, body: { ...body, templateId: 'nope' } })).body.error
        .message,
    ).toMatch(/^templateId: /);
    expect(
      (await t.call('POST', '/v1/campaigns', { token: admin.token, body: { ...body, assigneeId: 'nobody' } })).body
        .error.message,
    ).toMatch(/^assigneeId: /);
    expect(
      (await t.call('POST', '/v1/campaigns', { token: admin.token, body: { ...body, recipients: [] } })).body.error
        .message,
    ).toMatch(/^recipients: /);
    const forbidden = await t.call('POST', '/v1/campaigns', { token: ana.token, body });
    expect(forbidden.status).toBe(403);
    expect((await t.call('GET', '/v1/campaigns/whatever/recipients', { token: ana.token })).status).toBe(403);
  });

  it('campaign progress syncs to admins, never to agents', async () => {
    const adminFeed = (await t.call('GET', '/v1/sync?since=0&limit=1000', { token: admin.token })).body.changes;
    const agentFeed = (await t.call('GET', '/v1/sync?since=0&limit=1000', { token: ana.token })).body.changes;
    expect(adminFeed.filter((c: { type: string }) => c.type === 'campaign').length).toBeGreaterThan(0);
    expect(adminFeed.find((c: any) => c.type === 'campaign' && c.data.total === 5).data).toMatchObject({
      sent: 1,
      failed: 4,
      status: 'done',
    });
    expect(agentFeed.filter((c: { type: string }) => c.type === 'campaign')).toEqual([]);
  });

  it('a campaign interrupted by a stop is finished at the next start, nobody getting it twice', async () => {
    t.adapter.sends.length = 0;
    // Stored but never run: what a crash right after POST /v1/campaigns leaves behind.
    const campaign = await createCampaign(
      t.store,
      admin.agent,
      { templateId, params: ['again'], recipients: ['+4915100002001', '+4915100002002'] },
      t.clock.now(),
    );
    const deps = { store: t.store, now: t.clock.now, log: silentLog, adapters: { whatsapp: t.adapter }, fetch };
    await resumeCampaigns(deps);
    await resumeCampaigns(deps);
    const { campaign: done, recipients } = await finished(campaign.id);
    expect(done).toMatchObject({ total: 2, sent: 2, failed: 0, status: 'done' });
    expect(recipients.map((r: any) => r.status)).toEqual(['sent', 'sent']);
    expect(t.adapter.sends).toHaveLength(2);
  });
});

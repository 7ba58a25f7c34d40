// Summaries and suggestions with a chat model, through the real openai client to the stand-in, and
// suggestions without one (quick replies ranked), on both databases.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Change, Summary } from '../../../core/model';
import { createTestServer, type SignedIn, type TestServer } from '../../testing/createTestServer';
import { fakeCustomer, fakeInboundMessage } from '../../testing/fakes';
import { syncFor } from '../../testing/lifecycleHelpers';
import { startOpenAiStandIn, type OpenAiStandIn } from '../../testing/openaiStandIn';
import { describeOnBothDatabases } from '../../testing/testDatabases';

const KEY = 'sk-test-summaries';
const WRITTEN = { summary: 'Wants a refund for order 452.', openRequest: 'The refund', promises: ['Call back Friday'] };

describeOnBothDatabases('summaries and suggestions with a chat model', (kind) => {
  let standIn: OpenAiStandIn;
  let t: TestServer, plain: TestServer;
  let admin: SignedIn, ana: SignedIn, ben: SignedIn;
  beforeAll(async () => {
    standIn = await startOpenAiStandIn({ apiKey: KEY });
    const aiConfig = {
      baseUrl: standIn.baseUrl,
      apiKey: KEY,
      chatModel: 'chat-test',
      transcribeModel: null,
      azureApiVersion: null,
      timeoutMs: 5_000,
    };
    t = await createTestServer(kind, { aiConfig });
    plain = await createTestServer(kind, { aiConfig: { ...aiConfig, chatModel: null, transcribeModel: 'w' } });
    admin = await t.signIn({ role: 'admin' });
    ana = await t.signIn({ name: 'Ana' });
    ben = await t.signIn({ name: 'Ben' });
    await t.call('PATCH', '/v1/settings', { token: admin.token, body: { summaryAndSuggestions: true } });
  });
  afterAll(async () => {
    await Promise.all([t.close(), plain.close()]);
    await standIn.close();
  });
  afterEach(() => standIn.reset());

  async function taken(server: TestServer, who: SignedIn, label: string, texts: string[]): Promise<string> {
    const contact = fakeCustomer();
    for (const text of texts) {
      server.clock.advance(1000);
      await server.ingest(fakeInboundMessage({ contact, text: `${label} ${text}`, timestamp: server.clock.now() }));
    }
    const found = await server.call('GET', `/v1/conversations?q=${encodeURIComponent(label)}`, { token: who.token });
    const id = found.body.conversations[0].id;
    expect((await server.call('POST', `/v1/conversations/${id}/accept`, { token: who.token })).status).toBe(200);
    return id;
  }
  const five = ['my order', 'has not arrived', 'number 452', 'I want a refund', 'please hurry'];
  const prompt = (i = 0) => JSON.stringify(standIn.requestsTo('chat')[i]!.json);

  it('on demand: the model writes its part from the messages; bad output twice is 502 and stores nothing', async () => {
    const id = await taken(t, ana, 'demand', five);
    standIn.script('chat', { json: WRITTEN });
    const made = await t.call('POST', `/v1/conversations/${id}/summary`, { token: ana.token });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.summary).toMatchObject({
      written: WRITTEN,
      engine: 'chat_model',
      model: 'chat-test',
      error: null,
    });
    expect((standIn.requestsTo('chat')[0]!.json as { model: string }).model).toBe('chat-test');
    expect(prompt()).toContain('demand I want a refund');

    standIn.script('chat', { content: 'not json at all' }, { content: '{"summary": 3}' });
    const bad = await t.call('POST', `/v1/conversations/${id}/summary`, { token: ana.token });
    expect(bad.status).toBe(502);
    expect(bad.body.error.code).toBe('ai_bad_output');
    expect(bad.body.error.message).not.toContain('not json');
    const listed = await t.call('GET', `/v1/conversations/${id}/summary`, { token: ana.token });
    expect(listed.body.summaries).toHaveLength(1);
  });

  it('a provider that is down answers 503 ai_unavailable', async () => {
    const id = await taken(t, ana, 'outage', five);
    standIn.script('chat', { error: { status: 500 } }, { error: { status: 500 } });
    const down = await t.call('POST', `/v1/conversations/${id}/summary`, { token: ana.token });
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('ai_unavailable');
  });

  it('a transfer queues a summary job; the new assignee receives it, written, through sync', async () => {
    const id = await taken(t, ana, 'handover', five);
    const cursor = (await syncFor(t, ben)).cursor;
    standIn.script('chat', { error: { status: 500 } }, { error: { status: 500 } }, { json: WRITTEN });
    const moved = await t.call('POST', `/v1/conversations/${id}/transfer`, {
      token: ana.token,
      body: { agentId: ben.agent.id },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    await t.workers.queue.drain();
    // The outage made the first attempt fail: the job waits for its backoff.
    expect((await t.call('GET', `/v1/conversations/${id}/summary`, { token: ben.token })).body.summaries).toEqual([]);
    t.clock.advance(60_000);
    await t.workers.queue.drain();
    const received = (await syncFor(t, ben, cursor)).changes.flatMap((c: Change) =>
      c.type === 'summary' ? [c.data as Summary] : [],
    );
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ trigger: 'transfer', written: WRITTEN, engine: 'chat_model' });
    expect(standIn.requestsTo('chat')).toHaveLength(3);
  });

  it('after the last attempt an automatic summary is stored with the collected answers and its error', async () => {
    const id = await taken(t, ana, 'given up', five);
    // Nothing scripted: the stand-in answers 500 to every request.
    await t.call('POST', `/v1/conversations/${id}/transfer`, { token: ana.token, body: { agentId: ben.agent.id } });
    for (let attempt = 0; attempt < 3; attempt++) {
      await t.workers.queue.drain();
      t.clock.advance(60_000);
    }
    const listed = await t.call('GET', `/v1/conversations/${id}/summary`, { token: ben.token });
    expect(listed.body.summaries).toHaveLength(1);
    expect(listed.body.summaries[0]).toMatchObject({
      trigger: 'transfer',
      engine: 'collected_only',
      written: null,
      error: { code: 'ai_unavailable' },
    });
    expect(standIn.requestsTo('chat')).toHaveLength(6);
  });

  it('suggestions from the model never repeat those on screen, and name real quick replies only', async () => {
    const reply = (
      await t.call('POST', '/v1/quick-replies', {
        token: admin.token,
        body: { title: 'Refunds', text: 'Refunds take 5 days.' },
      })
    ).body.quickReply;
    const id = await taken(t, ana, 'suggest', five);
    const three = (first: string) => ({
      json: {
        suggestions: [
          { text: first, quickReplyId: reply.id },
          { text: 'Sorry for the wait.', quickReplyId: 'made-up' },
          { text: 'Let me check.', quickReplyId: null },
        ],
      },
    });
    standIn.script('chat', three('On screen already'), three('Refunds take 5 days.'));
    const made = await t.call('POST', `/v1/conversations/${id}/suggestions`, {
      token: ana.token,
      body: { exclude: ['On screen already'] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    expect(made.body.engine).toBe('chat_model');
    expect(made.body.suggestions).toEqual([
      { text: 'Refunds take 5 days.', source: { quickReplyId: reply.id, title: 'Refunds' } },
      { text: 'Sorry for the wait.', source: null },
      { text: 'Let me check.', source: null },
    ]);
    expect(standIn.requestsTo('chat')).toHaveLength(2);
    expect(prompt()).toContain('On screen already');
  });

  it('without a chat model: the quick replies ranked against the last customer message', async () => {
    const boss = await plain.signIn({ role: 'admin' });
    await plain.call('PATCH', '/v1/settings', { token: boss.token, body: { summaryAndSuggestions: true } });
    for (const [title, text] of [
      ['Opening hours', 'We open at nine.'],
      ['Refund', 'Your refund is on its way.'],
      ['Shipping', 'Shipping takes two days.'],
    ])
      await plain.call('POST', '/v1/quick-replies', { token: boss.token, body: { title, text } });
    const id = await taken(plain, boss, 'ranked', ['hello', 'where is my refund']);
    const made = await plain.call('POST', `/v1/conversations/${id}/suggestions`, { token: boss.token, body: {} });
    expect(made.status).toBe(200);
    expect(made.body.engine).toBe('quick_replies');
    expect(made.body.suggestions[0]).toMatchObject({ text: 'Your refund is on its way.', source: { title: 'Refund' } });
    expect(standIn.requests).toEqual([]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAiClient } from '@/utils/api/aiClient';
import type { SidedeskDb } from '@/utils/db';
import { fakeConversation, fakeMessage, fakeQuickReply, fakeSettings, fakeSummary } from '@/core/testing/fakes';
import { fakeFetch, freshDb, json, type Recorded } from '@/utils/testing/fakes';
import { createAiHandlers } from './aiHandlers';
import type { Handlers } from './handlers';
import { registerHandlers } from './handlers';
import { messenger, sendMessage } from './protocol';

const AI = { chat: { kind: 'openai', host: 'llm.test', model: 'm1' }, transcription: { kind: 'none' } };
const pending = { status: 'pending' as const, text: null, engine: null, error: null, retryAt: null };

describe('AI handlers', () => {
  let db: SidedeskDb;
  let calls: Recorded[];
  let route: (req: Recorded) => Response;
  let handlers: ReturnType<typeof createAiHandlers>;
  let controller: AbortController;

  beforeEach(() => {
    fakeBrowser.reset();
    messenger.removeAllListeners();
    controller?.abort();
    controller = new AbortController();
    db = freshDb();
    route = () => json(404, { error: { code: 'not_found', message: 'no route' } });
    const fake = fakeFetch((req) => route(req));
    calls = fake.calls;
    const ai = createAiClient({ baseUrl: 'http://localhost:8787', token: 'tok', fetch: fake.fetch });
    handlers = createAiHandlers({ db, requireAi: async () => ai });
    // Only the AI part of the table: enough to cross the real messaging bridge.
    registerHandlers(handlers as unknown as Handlers, controller.signal);
  });

  const asked = () => calls.map((c) => `${c.method} ${c.url.pathname}`);

  it("switches a feature on and keeps the answer's settings in the copy, with the server's setup", async () => {
    route = (req) =>
      json(200, {
        settings: fakeSettings({
          summaryAndSuggestions: (req.body as { summaryAndSuggestions: boolean }).summaryAndSuggestions,
        }),
        ai: AI,
      });
    const answer = await sendMessage('updateAiSettings', { summaryAndSuggestions: true });
    expect(calls[0]).toMatchObject({ method: 'PATCH', body: { summaryAndSuggestions: true } });
    expect(calls[0]!.url.pathname).toBe('/v1/settings');
    expect(answer.ai).toEqual(AI);
    expect((await db.settings.get('workspace'))?.summaryAndSuggestions).toBe(true);
  });

  it('creates, edits and deletes quick replies, the copy following each answer', async () => {
    route = (req) => json(req.method === 'POST' ? 201 : 200, { quickReply: fakeQuickReply(req.body as object) });
    await sendMessage('saveQuickReply', { body: { title: 'Opening hours', text: 'From 9.', tags: [] } });
    await sendMessage('saveQuickReply', {
      id: 'qr_1',
      body: { title: 'Hours', text: 'From 9 to 6.', tags: ['hours'] },
    });
    expect(await db.quickReplies.get('qr_1')).toMatchObject({ title: 'Hours', tags: ['hours'] });
    route = () => new Response(null, { status: 204 });
    await sendMessage('deleteQuickReply', { id: 'qr_1' });
    expect(asked()).toEqual(['POST /v1/quick-replies', 'PUT /v1/quick-replies/qr_1', 'DELETE /v1/quick-replies/qr_1']);
    expect(await db.quickReplies.count()).toBe(0);
  });

  it('summarizes on demand into the copy; a refusal keeps its code across the bridge and stores nothing', async () => {
    await db.conversations.put(fakeConversation());
    route = () => json(201, { summary: fakeSummary({ id: 'sm_9' }) });
    await sendMessage('summarize', { conversationId: 'cv_1' });
    expect(await db.summaries.get('sm_9')).toBeDefined();

    route = () => json(422, { error: { code: 'too_few_messages', message: 'needs 5 messages' } });
    await expect(sendMessage('summarize', { conversationId: 'cv_1' })).rejects.toMatchObject({
      code: 'too_few_messages',
      status: 422,
    });
    expect(await db.summaries.count()).toBe(1);
  });

  it("loads a conversation's earlier summaries, but not for one outside the copy", async () => {
    await db.conversations.put(fakeConversation());
    route = (req) =>
      json(200, {
        summaries: [fakeSummary({ id: 'a', conversationId: req.url.pathname.split('/')[3] }), fakeSummary({ id: 'b' })],
      });
    await sendMessage('loadSummaries', { conversationId: 'cv_1' });
    expect(await db.summaries.count()).toBe(2);
    await db.summaries.clear();
    await sendMessage('loadSummaries', { conversationId: 'cv_elsewhere' });
    expect(await db.summaries.count()).toBe(0);
  });

  it('asks for others excluding those on screen, and passes the engine and base through', async () => {
    route = () =>
      json(200, {
        suggestions: [{ text: 'We open at 9.', source: { quickReplyId: 'qr_1', title: 'Opening hours' } }],
        engine: 'quick_replies',
        basedOnMessageId: 'ms_1',
      });
    const result = await sendMessage('suggest', { conversationId: 'cv_1', exclude: ['Hello!', 'Hi there'] });
    expect(calls[0]).toMatchObject({ method: 'POST', body: { exclude: ['Hello!', 'Hi there'] } });
    expect(calls[0]!.url.pathname).toBe('/v1/conversations/cv_1/suggestions');
    expect(result).toMatchObject({ engine: 'quick_replies', basedOnMessageId: 'ms_1' });
  });

  it('a transcription retry shows pending at once, but never steps back from a transcript sync already finished', async () => {
    const failed = { ...pending, status: 'failed' as const, error: { code: 'ai_unavailable', message: 'x' } };
    await db.messages.put(fakeMessage({ kind: 'audio', transcript: failed }));
    route = () => json(202, { message: fakeMessage({ kind: 'audio', transcript: pending }) });
    await sendMessage('retryTranscription', { messageId: 'ms_1' });
    expect(calls[0]!.url.pathname).toBe('/v1/messages/ms_1/transcription');
    expect((await db.messages.get('ms_1'))?.transcript?.status).toBe('pending');

    const done = { ...pending, status: 'done' as const, text: 'hola', engine: 'openai' as const };
    await db.messages.put(fakeMessage({ kind: 'audio', transcript: done }));
    await sendMessage('retryTranscription', { messageId: 'ms_1' });
    expect((await db.messages.get('ms_1'))?.transcript).toEqual(done);
  });

  it('an answer that breaks the contract is a bad_response, not a crash', async () => {
    route = () => json(200, { settings: { id: 'workspace' }, ai: AI });
    await expect(sendMessage('getAiSettings')).rejects.toMatchObject({ code: 'bad_response' });
  });
});

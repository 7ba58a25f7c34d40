// Suggestions through their maker seam and the transcription retry, through the API on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../core/model';
import { markTranscriptPending, setTranscriptDone, setTranscriptFailed } from '../store/repos/transcripts';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeCustomer, fakeInboundMessage } from '../testing/fakes';
import { syncFor } from '../testing/lifecycleHelpers';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('suggestions and transcription retry', (kind) => {
  let t: TestServer;
  let admin: SignedIn, ana: SignedIn, ben: SignedIn;
  const queued: string[] = [];
  beforeAll(async () => {
    t = await createTestServer(kind, { ai: { onTranscriptionQueued: (id) => queued.push(id) } });
    admin = await t.signIn({ role: 'admin' });
    ana = await t.signIn({ name: 'Ana' });
    ben = await t.signIn({ name: 'Ben' });
  });
  afterAll(() => t.close());

  const setSettings = async (body: object) => {
    const result = await t.call('PATCH', '/v1/settings', { token: admin.token, body });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    return result.body;
  };

  /** A conversation from a fresh customer with these customer messages; returns its id and message ids. */
  async function conversationWith(...texts: string[]): Promise<{ id: string; messageIds: string[] }> {
    const contact = fakeCustomer();
    for (const text of texts) {
      t.clock.advance(1000);
      await t.ingest(fakeInboundMessage({ contact, text, timestamp: t.clock.now() }));
    }
    const found = await t.call('GET', `/v1/conversations?q=${encodeURIComponent(texts[0])}`, { token: admin.token });
    const id = found.body.conversations[0].id;
    const page = await t.call('GET', `/v1/conversations/${id}/messages`, { token: admin.token });
    return { id, messageIds: page.body.messages.map((m: { id: string }) => m.id) };
  }

  describe('suggestions', () => {
    it('off means 409 feature_off; on, the quick replies ranked against the last message, never repeating', async () => {
      const { id, messageIds } = await conversationWith('hola', 'Do you ship to Bogotá? And what about returns?');
      const off = await t.call('POST', `/v1/conversations/${id}/suggestions`, { token: ana.token, body: {} });
      expect(off.status).toBe(409);
      expect(off.body.error.code).toBe('feature_off');

      await setSettings({ summaryAndSuggestions: true });
      const bodies = [
        { title: 'Opening hours', text: 'We open 9 to 6, Monday to Friday.' },
        { title: 'Shipping', text: 'We ship to Bogotá in 48 hours.', tags: ['ship', 'delivery'] },
        { title: 'Payment', text: 'We take cards and transfers.' },
        { title: 'Returns', text: 'Returns are free within 30 days.' },
      ];
      const replies = [];
      for (const body of bodies)
        replies.push((await t.call('POST', '/v1/quick-replies', { token: admin.token, body })).body.quickReply);
      const source = (r: { id: string; title: string }) => ({ quickReplyId: r.id, title: r.title });
      const first = await t.call('POST', `/v1/conversations/${id}/suggestions`, { token: ana.token });
      expect(first.status).toBe(200);
      expect(first.body.engine).toBe('quick_replies');
      expect(first.body.basedOnMessageId).toBe(messageIds[messageIds.length - 1]);
      // Only what matches what the customer asked, never an unrelated reply to fill three slots.
      expect(new Set(first.body.suggestions.map((s: { source: unknown }) => s.source))).toEqual(
        new Set([source(replies[1]), source(replies[3])]),
      );
      const again = await t.call('POST', `/v1/conversations/${id}/suggestions`, {
        token: ana.token,
        body: { exclude: ['We ship to Bogotá in 48 hours.'] },
      });
      expect(again.body.suggestions.map((s: { text: string }) => s.text)).toEqual(['Returns are free within 30 days.']);
      for (const r of replies) await t.call('DELETE', `/v1/quick-replies/${r.id}`, { token: admin.token });
      await setSettings({ summaryAndSuggestions: false });
    });

    it('404 for a conversation the agent may not see', async () => {
      const { id } = await conversationWith('taken by ben for suggestions');
      await t.call('POST', `/v1/conversations/${id}/accept`, { token: ben.token });
      const result = await t.call('POST', `/v1/conversations/${id}/suggestions`, { token: ana.token, body: {} });
      expect(result.status).toBe(404);
    });
  });

  describe('transcription retry', () => {
    async function voiceNote(text: string): Promise<{ conversationId: string; messageId: string }> {
      const contact = fakeCustomer();
      await t.ingest(fakeInboundMessage({ contact, text, timestamp: t.clock.now() }));
      t.clock.advance(1000);
      await t.ingest(
        fakeInboundMessage({
          contact,
          kind: 'audio',
          text: '',
          originalType: 'voice',
          timestamp: t.clock.now(),
          media: {
            source: { type: 'graph_media_id', id: `media-${text}` },
            mimeType: 'audio/ogg',
            filename: null,
            voice: true,
          },
        }),
      );
      const { id, messageIds } = await (async () => {
        const found = await t.call('GET', `/v1/conversations?q=${encodeURIComponent(text)}`, { token: admin.token });
        const cid = found.body.conversations[0].id;
        const page = await t.call('GET', `/v1/conversations/${cid}/messages`, { token: admin.token });
        return { id: cid, messageIds: page.body.messages.map((m: { id: string }) => m.id) };
      })();
      return { conversationId: id, messageId: messageIds[1] };
    }
    const transcribe = (messageId: string, who: SignedIn) =>
      t.call('POST', `/v1/messages/${messageId}/transcription`, { token: who.token });

    it('off: 409 feature_off and nothing queued', async () => {
      const { messageId } = await voiceNote('voice while off');
      const result = await transcribe(messageId, ana);
      expect(result.status).toBe(409);
      expect(result.body.error.code).toBe('feature_off');
      expect(queued).not.toContain(messageId);
    });

    it('on: pending, synced, queued once; a second request while pending is a 409 conflict', async () => {
      await setSettings({ transcribeVoiceNotes: true });
      const { messageId, conversationId } = await voiceNote('voice while on');
      const cursor = (await syncFor(t, ana)).cursor;
      const result = await transcribe(messageId, ana);
      expect(result.status).toBe(202);
      expect(result.body.message.transcript).toEqual({
        status: 'pending',
        text: null,
        engine: null,
        error: null,
        retryAt: null,
      });
      expect(queued.filter((id) => id === messageId)).toHaveLength(1);
      const synced = (await syncFor(t, ana, cursor)).changes.filter(
        (c): c is Extract<Change, { type: 'message' }> => c.type === 'message',
      );
      expect(synced.map((c) => [c.data.id, c.data.transcript?.status])).toEqual([[messageId, 'pending']]);

      const twice = await transcribe(messageId, ana);
      expect(twice.status).toBe(409);
      expect(twice.body.error.code).toBe('conflict');
      expect(queued.filter((id) => id === messageId)).toHaveLength(1);

      // Not customer audio: the conversation's first (text) message.
      const page = await t.call('GET', `/v1/conversations/${conversationId}/messages`, { token: admin.token });
      const text = await transcribe(page.body.messages[0].id, ana);
      expect(text.status).toBe(409);
      expect(text.body.error.code).toBe('conflict');
    });

    it('the repo moves a transcript pending → done or failed only from pending, and never re-queues a done one', async () => {
      const { messageId } = await voiceNote('voice repo');
      const write = <T>(fn: Parameters<typeof t.store.write<T>>[0]) => t.store.write(fn);
      expect(await write((tx, c) => setTranscriptDone(tx, c, messageId, { text: 'x', engine: 'local' }))).toBeNull();
      expect((await write((tx, c) => markTranscriptPending(tx, c, messageId)))?.transcript?.status).toBe('pending');
      const failed = await write((tx, c) =>
        setTranscriptFailed(tx, c, messageId, {
          error: { code: 'ai_unavailable', message: 'The transcription service did not answer.' },
          engine: 'openai',
          retryAt: t.clock.now() + 60_000,
        }),
      );
      expect(failed?.transcript).toEqual({
        status: 'failed',
        text: null,
        engine: 'openai',
        error: { code: 'ai_unavailable', message: 'The transcription service did not answer.' },
        retryAt: t.clock.now() + 60_000,
      });
      await write((tx, c) => markTranscriptPending(tx, c, messageId));
      const done = await write((tx, c) => setTranscriptDone(tx, c, messageId, { text: 'hola', engine: 'local' }));
      expect(done?.transcript).toEqual({ status: 'done', text: 'hola', engine: 'local', error: null, retryAt: null });
      expect(await write((tx, c) => markTranscriptPending(tx, c, messageId))).toBeNull();
    });

    it('a failed transcript may be retried; another agent’s conversation is a 404', async () => {
      const { messageId, conversationId } = await voiceNote('voice failed');
      await t.store.write((tx) =>
        tx.query(
          `UPDATE messages SET transcript = '{"status":"failed","text":null,"engine":"local","error":{"code":"unsupported_audio","message":"x"},"retryAt":null}' WHERE id = $1`,
          [messageId],
        ),
      );
      await t.call('POST', `/v1/conversations/${conversationId}/accept`, { token: ben.token });
      expect((await transcribe(messageId, ana)).status).toBe(404);
      expect((await transcribe('no-such-message', ana)).status).toBe(404);
      const retried = await transcribe(messageId, ben);
      expect(retried.status).toBe(202);
      expect(retried.body.message.transcript.status).toBe('pending');
      expect(queued).toContain(messageId);
    });
  });
});

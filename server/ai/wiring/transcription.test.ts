// Voice notes end to end: the simulator's webhook, the media download, the `transcribe` job and
// the engine (the OpenAI stand-in through the real client, or local pocketsphinx), on both databases.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSimulatedServer, SIM_IDS, type SimulatedServer } from '../../testing/createSimulatedServer';
import { voiceFixtures } from '../../testing/audioFixtures';
import { startOpenAiStandIn, type OpenAiStandIn } from '../../testing/openaiStandIn';
import { describeOnBothDatabases, type DatabaseKind } from '../../testing/testDatabases';

const KEY = 'sk-test-wiring';
const OGG = 'audio/ogg; codecs=opus';
const fixture = voiceFixtures()[0]!;
const bytes = readFileSync(fixture.file);

async function voiceNoteFlow(s: SimulatedServer, prefix: string) {
  let sent = 0;
  const admin = await s.signIn({ role: 'admin' });
  const sim = (path: string, body: unknown) => s.request('POST', `/simulator/api${path}`, { body });
  const setSettings = (body: object) => s.request('PATCH', '/v1/settings', { token: admin.token, body });
  // Each note from a customer of its own: the newest audio message is then the one.
  const send = async () => {
    const phone = `${prefix}${++sent}`;
    await sim('/customers', { name: `Voice ${phone}`, phone });
    const file = { data: bytes.toString('base64'), mimeType: OGG, filename: null, voice: true };
    expect((await sim('/messages', { channel: SIM_IDS.whatsapp, phone, text: '', file })).status).toBe(200);
    const message = await vi.waitFor(async () => {
      const [row] = await s.store.db.query<{ id: string }>(
        `SELECT m.id FROM messages m JOIN contacts c ON c.id = (SELECT contact_id FROM conversations WHERE id = m.conversation_id)
          WHERE c.external_id = $1 AND m.kind = 'audio' AND (m.media->>'ready')::boolean`,
        [phone],
      );
      expect(row).toBeDefined();
      return row!;
    });
    await s.workers.idle();
    return message.id;
  };
  const transcript = async (id: string) =>
    (await s.store.db.query<{ transcript: any }>('SELECT transcript FROM messages WHERE id = $1', [id]))[0]!.transcript;
  const jobs = async (id: string) =>
    s.store.db.query<{ status: string }>(`SELECT status FROM jobs WHERE kind = 'transcribe' AND dedupe_key = $1`, [id]);
  return { admin, setSettings, send, transcript, jobs };
}

describeOnBothDatabases('voice-note transcription through the provider', (kind: DatabaseKind) => {
  let standIn: OpenAiStandIn;
  let s: SimulatedServer;
  let flow: Awaited<ReturnType<typeof voiceNoteFlow>>;
  beforeAll(async () => {
    standIn = await startOpenAiStandIn({ apiKey: KEY });
    const ai = {
      baseUrl: standIn.baseUrl,
      apiKey: KEY,
      chatModel: null,
      transcribeModel: 'whisper-test',
      azureApiVersion: null,
      timeoutMs: 5_000,
    };
    s = await createSimulatedServer(kind, { ai });
    flow = await voiceNoteFlow(s, '551190000071');
  });
  afterEach(() => standIn.reset());
  afterAll(async () => {
    await s.close();
    await standIn.close();
  });

  it('switched off: no transcript, no job, nothing asked of the provider', async () => {
    const id = await flow.send();
    await s.workers.queue.drain();
    expect(await flow.transcript(id)).toBeNull();
    expect(await flow.jobs(id)).toEqual([]);
    expect(standIn.requests).toEqual([]);
  });

  it('on: pending once the file is in, then the provider’s text, from the bytes and type as received', async () => {
    expect((await flow.setSettings({ transcribeVoiceNotes: true })).status).toBe(200);
    standIn.script('transcription', { json: { text: 'hello from the stand-in' } });
    const id = await flow.send();
    expect(await flow.transcript(id)).toMatchObject({ status: 'pending' });
    await s.workers.queue.drain();
    expect(await flow.transcript(id)).toMatchObject({
      status: 'done',
      text: 'hello from the stand-in',
      engine: 'openai',
      error: null,
    });
    const [request] = standIn.requestsTo('transcription');
    expect(request!.fields.model).toBe('whisper-test');
    expect(request!.upload!.mimeType).toBe(OGG);
    expect(Buffer.compare(request!.upload!.bytes, bytes)).toBe(0);
    expect(await flow.jobs(id)).toEqual([{ status: 'done' }]);
  });

  it('a provider 500 twice fails ai_unavailable with the next attempt’s time; Retry transcribes it', async () => {
    standIn.script(
      'transcription',
      { error: { status: 500, message: 'secret upstream words' } },
      {
        error: { status: 500 },
      },
    );
    const id = await flow.send();
    await s.workers.queue.drain();
    const failed = await flow.transcript(id);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'ai_unavailable' } });
    expect(failed.retryAt).toBeGreaterThan(s.clock.now());
    expect(JSON.stringify(failed)).not.toContain('secret upstream words');
    expect(standIn.requestsTo('transcription')).toHaveLength(2);

    standIn.script('transcription', { json: { text: 'second time lucky' } });
    const retried = await s.request('POST', `/v1/messages/${id}/transcription`, { token: flow.admin.token });
    expect(retried.status, JSON.stringify(retried.body)).toBe(202);
    // The Retry queues its job after the answer: drain until it ran.
    await vi.waitFor(async () => {
      await s.workers.queue.drain();
      expect(await flow.transcript(id)).toMatchObject({ status: 'done', text: 'second time lucky' });
    });
  });
});

describeOnBothDatabases('voice-note transcription without a provider', (kind: DatabaseKind) => {
  let s: SimulatedServer;
  afterAll(() => s.close());

  it('the local pocketsphinx engine transcribes the fixture: its key words come back', async () => {
    s = await createSimulatedServer(kind, { ai: null });
    const flow = await voiceNoteFlow(s, '551190000072');
    await flow.setSettings({ transcribeVoiceNotes: true });
    const id = await flow.send();
    await s.workers.queue.drain();
    const done = await flow.transcript(id);
    expect(done).toMatchObject({ status: 'done', engine: 'local' });
    const words = (done.text as string).toLowerCase();
    const keyWords = fixture.sentence.toLowerCase().match(/[a-z]{5,}/g) ?? [];
    expect(keyWords.filter((word) => words.includes(word)).length).toBeGreaterThanOrEqual(
      Math.ceil(keyWords.length / 2),
    );
  }, 120_000);
});

describe('voice-note transcription with nothing to transcribe', () => {
  it('fails engine_not_installed at once, with no job', async () => {
    const s = await createSimulatedServer('pglite', { ai: null, localEngine: 'not_installed' });
    try {
      const flow = await voiceNoteFlow(s, '551190000073');
      await flow.setSettings({ transcribeVoiceNotes: true });
      const id = await flow.send();
      expect(await flow.transcript(id)).toMatchObject({
        status: 'failed',
        error: { code: 'engine_not_installed' },
        retryAt: null,
      });
      expect(await flow.jobs(id)).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

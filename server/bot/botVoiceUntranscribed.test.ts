// The bot never goes silent on a voice note it cannot get a transcript for: with a chat model but
// nothing that transcribes (no transcription model, pocketsphinx not installed), or with the
// provider refusing the audio for good, or with its file never downloaded, the turn goes on as
// untranscribed: the bot says it cannot listen and asks again, as with the switch off.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { voiceFixtures } from '../testing/audioFixtures';
import { SIM_IDS, type SimulatedServer } from '../testing/createSimulatedServer';
import { startOpenAiStandIn, type OpenAiStandIn } from '../testing/openaiStandIn';
import { describeOnBothDatabases, type DatabaseKind } from '../testing/testDatabases';
import { conversationOf, createBotServer, phone } from './botTestSetup';

const KEY = 'sk-bot-untranscribed';
const bytes = readFileSync(voiceFixtures()[0]!.file);

describeOnBothDatabases('the bot and a voice note that gets no transcript', (kind: DatabaseKind) => {
  let standIn: OpenAiStandIn;
  beforeAll(async () => {
    standIn = await startOpenAiStandIn({ apiKey: KEY });
    standIn.setDefault('chat', { json: { asksForPerson: false } });
    // Bad audio, for good (a 400 is not retried).
    standIn.setDefault('transcription', { error: { status: 400, message: 'Invalid file format.' } });
  });
  afterAll(() => standIn.close());

  const ai = (transcribeModel: string | null) => ({
    baseUrl: standIn.baseUrl,
    apiKey: KEY,
    chatModel: 'gpt-test',
    transcribeModel,
    azureApiVersion: null,
    timeoutMs: 5_000,
  });

  async function botAnswering(
    transcribeModel: string | null,
    wrapFetch?: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch,
  ): Promise<SimulatedServer> {
    const options = { ai: ai(transcribeModel), localEngine: 'not_installed' as const, wrapFetch };
    const { s, admin } = await createBotServer(kind, options);
    const patch = { botAnswersVoiceNotes: true };
    expect((await s.request('PATCH', '/v1/settings', { token: admin.token, body: patch })).status).toBe(200);
    return s;
  }

  /** The voice note, with the bot's turn run before its file is downloaded (as the queue may in production). */
  async function sendVoice(s: SimulatedServer, number: string) {
    const file = { data: bytes.toString('base64'), mimeType: 'audio/ogg; codecs=opus', filename: null, voice: true };
    const sent = await s.request('POST', '/simulator/api/messages', {
      body: { channel: SIM_IDS.whatsapp, phone: number, text: '', file },
    });
    expect(sent.status).toBe(200);
    await s.workers.queue.drain();
    // Then the download, the transcription and its automatic retries (the clock moved past each).
    for (let i = 0; i < 6; i++) {
      s.workers.kick('fetch');
      await s.workers.idle();
      await s.workers.queue.drain();
      s.clock.advance(60 * 60_000);
    }
  }

  async function expectCannotListen(s: SimulatedServer, number: string) {
    const customer = phone(s, number);
    await customer.say('hola');
    expect((await customer.received()).map((m) => m.text).at(-1)).toBe('How many people?');
    await sendVoice(s, number);
    const texts = (await customer.received()).map((m) => m.text);
    expect(texts.at(-2)).toMatch(/^Sorry, I cannot listen to audio messages/);
    expect(texts.at(-1)).toBe('How many people?');
    expect((await conversationOf(s, number)).with_bot).toBe(true);
    // The flow goes on from there.
    await customer.say('4');
    expect((await customer.received()).length).toBeGreaterThan(texts.length);
  }

  describe('with nothing that can transcribe', () => {
    let s: SimulatedServer;
    beforeAll(async () => {
      s = await botAnswering(null);
    });
    afterAll(() => s.close());

    it('says it cannot listen and asks again, with no request for a transcript', async () => {
      await expectCannotListen(s, '5215550000701');
      expect(standIn.requestsTo('transcription')).toHaveLength(0);
      const [row] = await s.store.db.query<{ transcript: { status: string; error: { code: string } } }>(
        `SELECT transcript FROM messages WHERE kind = 'audio' ORDER BY n DESC LIMIT 1`,
      );
      expect(row?.transcript).toMatchObject({ status: 'failed', error: { code: 'engine_not_installed' } });
    });
  });

  describe('with a transcription that fails for good', () => {
    let s: SimulatedServer;
    beforeAll(async () => {
      s = await botAnswering('whisper-test');
    });
    afterAll(() => s.close());

    it('says it cannot listen and asks again once the provider refused the audio', async () => {
      await expectCannotListen(s, '5215550000702');
      expect(standIn.requestsTo('transcription').length).toBeGreaterThan(0);
    });
  });

  describe('with its file never downloaded', () => {
    let s: SimulatedServer;
    beforeAll(async () => {
      const filesFail = (fetch: typeof globalThis.fetch) =>
        (async (input: string | URL | Request, init?: RequestInit) =>
          String(input).includes('/files/')
            ? new Response('gone', { status: 500 })
            : fetch(input, init)) as typeof fetch;
      s = await botAnswering('whisper-test', filesFail);
    });
    afterAll(() => s.close());

    it('says it cannot listen and asks again once the download is given up, the customer writing nothing more', async () => {
      const before = standIn.requestsTo('transcription').length;
      await expectCannotListen(s, '5215550000703');
      expect(standIn.requestsTo('transcription')).toHaveLength(before);
      const [row] = await s.store.db.query<{ media: { failure: string } }>(
        `SELECT media FROM messages WHERE kind = 'audio' ORDER BY n DESC LIMIT 1`,
      );
      expect(row?.media.failure).toBe('gave_up');
    });
  });
});

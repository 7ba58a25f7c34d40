// PostgreSQL only: a voice note's `transcribe` job outlives the server. The provider is down while
// the first server runs (the job waits for its retry); the next server on the same database
// transcribes it.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { silentLog } from '../../log';
import { parseConfig } from '../../parseConfig';
import { startServer, type RunningServer } from '../../startServer';
import { voiceFixtures } from '../../testing/audioFixtures';
import { startOpenAiStandIn } from '../../testing/openaiStandIn';
import { freePort } from '../../testing/postgresCluster';
import { createPostgresDatabase, postgresUrl } from '../../testing/testDatabases';
import { DEMO_PHONE_NUMBER_ID } from '../../workspace/seedDemo';

const KEY = 'sk-test-restart';

describe.skipIf(!postgresUrl())('a transcribe job across a restart (PostgreSQL)', () => {
  it('queued before the close, done after reopening', async () => {
    const database = await createPostgresDatabase();
    const standIn = await startOpenAiStandIn({ apiKey: KEY });
    const port = await freePort();
    const config = parseConfig({
      SIDEDESK_DEMO: '1',
      PORT: String(port),
      DATABASE_URL: database.url,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    });
    const ai = {
      baseUrl: standIn.baseUrl,
      apiKey: KEY,
      chatModel: null,
      transcribeModel: 'whisper-restart',
      azureApiVersion: null,
      timeoutMs: 5_000,
    };
    const start = (now: () => number) =>
      startServer(config, { log: silentLog, hostname: '127.0.0.1', ai, now, queuePollMs: 50 });
    const transcriptOf = async (server: RunningServer) =>
      (
        await server.store.db.query<{ transcript: { status: string; text: string | null } | null }>(
          `SELECT transcript FROM messages WHERE kind = 'audio' AND author = 'customer' ORDER BY created_at DESC LIMIT 1`,
        )
      )[0]?.transcript ?? null;
    let server = await start(Date.now);
    try {
      const post = (path: string, body: unknown, token?: string) =>
        fetch(`${server.url}${path}`, {
          method: path.startsWith('/v1/settings') ? 'PATCH' : 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
      const login = await post('/v1/auth/login', { email: 'admin@sidedesk.demo', password: 'sidedesk' });
      const { token } = (await login.json()) as { token: string };
      expect((await post('/v1/settings', { transcribeVoiceNotes: true }, token)).status).toBe(200);
      standIn.setDefault('transcription', { error: { status: 500 } });
      const data = readFileSync(voiceFixtures()[0]!.file).toString('base64');
      const file = { data, mimeType: 'audio/ogg; codecs=opus', filename: null, voice: true };
      const phone = '5511900000999';
      await post('/simulator/api/customers', { name: 'Restart Voice', phone });
      expect(
        (await post('/simulator/api/messages', { channel: DEMO_PHONE_NUMBER_ID, phone, text: '', file })).status,
      ).toBe(200);
      await vi.waitFor(async () => expect(await transcriptOf(server)).toMatchObject({ status: 'failed' }), {
        timeout: 20_000,
      });
      await server.close();

      standIn.setDefault('transcription', { json: { text: 'after the restart' } });
      const later = () => Date.now() + 10 * 60_000;
      server = await start(later);
      await vi.waitFor(
        async () => expect(await transcriptOf(server)).toMatchObject({ status: 'done', text: 'after the restart' }),
        { timeout: 20_000 },
      );
      expect(standIn.requestsTo('transcription').length).toBe(3);
    } finally {
      await server.close();
      await standIn.close();
      await database.drop();
    }
  }, 60_000);
});

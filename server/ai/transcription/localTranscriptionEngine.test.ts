import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { voiceFixtures } from '../../testing/audioFixtures';
import { AiError } from '../aiErrors';
import { findExecutable } from './findExecutable';
import { createLocalTranscriptionEngine, detectLocalEngine, LOCAL_ENGINE_LABEL } from './localTranscriptionEngine';
import { decodeOggOpus, SAMPLE_RATE } from './pcm';

// Fixtures are looked up even when the engine is missing: a missing copy of shared/ is an error.
const fixtures = voiceFixtures();
const detection = detectLocalEngine();
if (detection.status !== 'installed') {
  const line = `SKIPPED: local transcription suite — ${detection.missing} is not installed`;
  if (process.env.CI === 'true') throw new Error(`${line}; CI=true does not allow skipping it.`);
  console.warn(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n`);
}

const STOPWORDS = new Set(
  'i a an the to of my me and it is has can you for would like get by need want please yet'.split(' '),
);
const words = (text: string) => text.toLowerCase().match(/[a-z']+/g) ?? [];
const contentWords = (sentence: string) => words(sentence).filter((w) => !STOPWORDS.has(w));

/** Share of the sentence's content words the recognizer returned. */
function recall(sentence: string, heard: string): number {
  const got = new Set(words(heard));
  const wanted = contentWords(sentence);
  return wanted.filter((w) => got.has(w)).length / wanted.length;
}

const work = mkdtempSync(join(tmpdir(), 'sidedesk-stt-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const read = (file: string) => new Uint8Array(readFileSync(file));
const voice = (bytes: Uint8Array) => ({ bytes, mimeType: 'audio/ogg; codecs=opus', fileName: 'voice.ogg' });

async function failure(promise: Promise<unknown>): Promise<AiError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  if (!(error instanceof AiError)) throw error;
  return error;
}

describe.runIf(detection.status === 'installed')('local transcription (pocketsphinx, real)', () => {
  const engine = createLocalTranscriptionEngine({ tmpDir: work });

  it('hears the key words of every fixture sentence, two jobs at a time, and cleans up', async () => {
    expect(engine).toMatchObject({ id: 'local', label: LOCAL_ENGINE_LABEL });
    const inputs = await Promise.all(
      fixtures.map(async (fixture) => {
        const bytes = read(fixture.file);
        return { ...fixture, bytes, seconds: (await decodeOggOpus(bytes)).length / SAMPLE_RATE };
      }),
    );
    const audioSeconds = inputs.reduce((sum, input) => sum + input.seconds, 0);
    const started = performance.now();
    const results = await Promise.all(
      inputs.map(async (input) => ({ ...input, heard: (await engine.transcribe(voice(input.bytes))).text })),
    );
    const wallSeconds = (performance.now() - started) / 1000;
    console.log(
      `local transcription: ${audioSeconds.toFixed(1)} s of audio in ${wallSeconds.toFixed(1)} s ` +
        `(${(audioSeconds / wallSeconds).toFixed(2)} s of audio per second, 2 processes)`,
    );
    for (const { sentence, heard } of results) {
      expect.soft(recall(sentence, heard), `"${sentence}" heard as "${heard}"`).toBeGreaterThanOrEqual(0.7);
    }
    expect(readdirSync(work)).toEqual([]);
  });

  it('converts non-Ogg audio (Messenger-style AAC in MP4) through ffmpeg', async () => {
    const ffmpeg = findExecutable('ffmpeg');
    if (!ffmpeg) {
      if (process.env.CI === 'true') throw new Error('ffmpeg is not installed; CI=true does not allow skipping this');
      console.warn('SKIPPED: ffmpeg conversion test — ffmpeg is not installed');
      return;
    }
    const [fixture] = fixtures;
    const mp4 = join(work, 'message.mp4');
    execFileSync(ffmpeg, ['-loglevel', 'error', '-i', fixture.file, '-c:a', 'aac', '-b:a', '64k', '-y', mp4]);
    const bytes = read(mp4);
    rmSync(mp4);
    const { text } = await engine.transcribe({ bytes, mimeType: 'audio/mp4', fileName: 'audioclip.mp4' });
    expect(recall(fixture.sentence, text)).toBeGreaterThanOrEqual(0.7);
    expect(readdirSync(work)).toEqual([]);
  });

  it('without ffmpeg, non-Ogg audio fails clearly as unsupported_audio', async () => {
    const noFfmpeg = createLocalTranscriptionEngine({ ffmpeg: null, tmpDir: work });
    const error = await failure(
      noFfmpeg.transcribe({ bytes: new Uint8Array(2000).fill(7), mimeType: 'audio/mp4', fileName: 'a.mp4' }),
    );
    expect(error).toMatchObject({ code: 'unsupported_audio', reason: 'unsupported_audio' });
  });

  it('an Ogg file that decodes to nothing is unsupported, not an empty transcript', async () => {
    const garbage = new Uint8Array(4000).map((_, i) => (i < 4 ? 'OggS'.charCodeAt(i) : (i * 37) % 251));
    const error = await failure(engine.transcribe(voice(garbage)));
    expect(error.reason).toBe('unsupported_audio');
    expect(readdirSync(work)).toEqual([]);
  });

  it('kills a recognizer past its deadline and says timeout', async () => {
    const hasty = createLocalTranscriptionEngine({ timeoutMs: 1, tmpDir: work });
    const error = await failure(hasty.transcribe(voice(read(fixtures[0].file))));
    expect(error.reason).toBe('timeout');
    expect(readdirSync(work)).toEqual([]);
  });
});

describe('local engine detection', () => {
  it('says not installed, and what is missing, instead of pretending', () => {
    expect(detectLocalEngine({ pocketsphinx: '/nonexistent/pocketsphinx_continuous' })).toEqual({
      status: 'not_installed',
      missing: 'pocketsphinx_continuous (Debian package pocketsphinx)',
    });
    expect(detectLocalEngine({ modelDir: work })).toMatchObject({ status: 'not_installed' });
  });

  it('a missing binary at transcription time is not_installed', async () => {
    const missing = createLocalTranscriptionEngine({
      pocketsphinx: '/nonexistent/pocketsphinx_continuous',
      tmpDir: work,
    });
    const error = await failure(missing.transcribe(voice(read(fixtures[1].file))));
    expect(error).toMatchObject({ reason: 'not_installed', code: 'ai_unavailable' });
  });
});

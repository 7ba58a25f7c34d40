// Local transcription benchmark: seconds of voice-note audio transcribed per second of wall time by
// the local engine (Debian's pocketsphinx) with 1 and with 2 jobs in parallel, and the durable
// queue's overhead (enqueue, lease, run, complete on PGlite) against calling the engine directly on
// the same notes in the same run. Prints ratios; absolute times on a shared machine are noise.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decodeOggOpus, SAMPLE_RATE } from '../server/ai/transcription/pcm';
import { createLocalTranscriptionEngine, detectLocalEngine } from '../server/ai/transcription/localTranscriptionEngine';
import { silentLog } from '../server/log';
import { createJobQueue } from '../server/queue/createJobQueue';
import { openStore } from '../server/openStore';
import { voiceFixtures } from '../server/testing/audioFixtures';

const ROUNDS = Number(process.env.BENCH_TRANSCRIBE_ROUNDS ?? 2);

/** CPU seconds of this process and its finished children (the recognizer processes): steadier than wall time. */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // utime, stime, cutime, cstime are fields 14–17 of the whole line, in clock ticks (100 per second).
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
}

async function runAll(notes: Uint8Array[], parallel: number, transcribe: (bytes: Uint8Array) => Promise<unknown>) {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < notes.length) await transcribe(notes[next++]);
    }),
  );
  return (performance.now() - started) / 1000;
}

export async function runTranscriptionBenchmark() {
  if (detectLocalEngine().status !== 'installed') {
    console.log('transcription: SKIPPED (pocketsphinx + pocketsphinx-en-us not installed)');
    return;
  }
  const fixtures = voiceFixtures().map((f) => new Uint8Array(readFileSync(f.file)));
  const notes = Array.from({ length: ROUNDS }, () => fixtures).flat();
  let audioSeconds = 0;
  for (const note of notes) audioSeconds += (await decodeOggOpus(note)).length / SAMPLE_RATE;

  const engine = createLocalTranscriptionEngine({ maxProcesses: 2 });
  const direct = (bytes: Uint8Array) =>
    engine.transcribe({ bytes, mimeType: 'audio/ogg; codecs=opus', fileName: 'note.ogg' });
  await direct(fixtures[0]); // warm the page cache and the decoder
  const serial = await runAll(notes, 1, direct);
  const cpuBefore = cpuSeconds();
  const parallel = await runAll(notes, 2, direct);
  const directCpu = cpuSeconds() - cpuBefore;

  // The same notes through the queue: one job each, two at a time, as the server runs them.
  const store = await openStore({ databaseUrl: null, dataDir: null });
  const queue = createJobQueue({ store, now: Date.now, log: silentLog, pollMs: 2000 });
  let done = 0;
  let allDone: () => void = () => {};
  const finished = new Promise<void>((resolve) => (allDone = resolve));
  queue.register<{ index: number }>(
    'transcribe',
    async (job, context) => {
      await direct(notes[job.payload.index]);
      await context.completeIn(store.db);
      if (++done === notes.length) allDone();
    },
    { concurrency: 2 },
  );
  await queue.start();
  const started = performance.now();
  const queueCpuBefore = cpuSeconds();
  for (let index = 0; index < notes.length; index++) await queue.enqueue({ kind: 'transcribe', payload: { index } });
  queue.kick();
  await finished;
  const queued = (performance.now() - started) / 1000;
  const queuedCpu = cpuSeconds() - queueCpuBefore;
  await queue.stop();
  await store.close();

  console.log(
    `\nLocal transcription (pocketsphinx), ${notes.length} voice notes, ${audioSeconds.toFixed(1)} s of audio`,
  );
  console.log(`  1 job at a time:   ${(audioSeconds / serial).toFixed(2)} s of audio per s of wall time`);
  console.log(
    `  2 jobs in parallel: ${(audioSeconds / parallel).toFixed(2)} s of audio per s (×${(serial / parallel).toFixed(2)} of one)`,
  );
  console.log(
    `  through the queue (2 at a time): ${(queuedCpu / directCpu).toFixed(3)}× the direct calls' CPU, ` +
      `${(queued / parallel).toFixed(3)}× their wall time (goal ≤ 1.10)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await runTranscriptionBenchmark();

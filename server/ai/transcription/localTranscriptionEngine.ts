// The offline engine: Debian's pocketsphinx with its en-us model. English only, low accuracy, and
// labelled so. Ogg/Opus is decoded in process; anything else goes through ffmpeg when installed.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../../log';
import { AiError } from '../aiErrors';
import { convertWithFfmpeg } from './convertWithFfmpeg';
import { findExecutable } from './findExecutable';
import { decodeOggOpus, encodeWav, isOgg, SAMPLE_RATE } from './pcm';
import { runProcess } from './runProcess';
import { createSemaphore } from './semaphore';
import type { AudioInput, TranscriptionEngine } from './transcriptionEngine';

export const LOCAL_ENGINE_LABEL = 'local, English, low accuracy';
export const DEFAULT_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';

export interface LocalEngineOptions {
  /** Default: `pocketsphinx_continuous` from PATH. */
  pocketsphinx?: string;
  /** Holds `en-us/` (acoustic model), `en-us.lm.bin` and `cmudict-en-us.dict`. */
  modelDir?: string;
  /** Default: `ffmpeg` from PATH; null never converts (only Ogg/Opus is accepted). */
  ffmpeg?: string | null;
  /** Per process run. Default: 30 s plus three times the audio's length. */
  timeoutMs?: number;
  /** Recognizer processes at once in this server (100–130 MB each). Default: the cores. */
  maxProcesses?: number;
  tmpDir?: string;
  log?: Log;
}

export type LocalEngineStatus = 'installed' | 'not_installed';

export function detectLocalEngine(options: LocalEngineOptions = {}): {
  status: LocalEngineStatus;
  missing: string | null;
} {
  if (!findExecutable(options.pocketsphinx ?? 'pocketsphinx_continuous'))
    return { status: 'not_installed', missing: 'pocketsphinx_continuous (Debian package pocketsphinx)' };
  const model = modelFiles(options.modelDir ?? DEFAULT_MODEL_DIR);
  if (!existsSync(join(model.hmm, 'mdef')) || !existsSync(model.lm) || !existsSync(model.dict))
    return { status: 'not_installed', missing: 'the en-us model (Debian package pocketsphinx-en-us)' };
  return { status: 'installed', missing: null };
}

const modelFiles = (dir: string) => ({
  hmm: join(dir, 'en-us'),
  lm: join(dir, 'en-us.lm.bin'),
  dict: join(dir, 'cmudict-en-us.dict'),
});

export function createLocalTranscriptionEngine(options: LocalEngineOptions = {}): TranscriptionEngine {
  const log = options.log ?? (() => {});
  const model = modelFiles(options.modelDir ?? DEFAULT_MODEL_DIR);
  const slots = createSemaphore(options.maxProcesses ?? availableParallelism());

  async function toPcm(audio: AudioInput, workDir: string): Promise<Int16Array> {
    const pcm = isOgg(audio.bytes) ? await decodeOggOpus(audio.bytes) : new Int16Array(0);
    if (pcm.length > 0) return pcm;
    // Not Ogg, or an Ogg that is not Opus (Vorbis): ffmpeg reads nearly everything.
    const ffmpeg = options.ffmpeg === null ? null : findExecutable(options.ffmpeg ?? 'ffmpeg');
    if (!ffmpeg) {
      log('transcription: unsupported audio, no ffmpeg to convert it', { mimeType: audio.mimeType });
      throw new AiError('unsupported_audio');
    }
    const converted = await convertWithFfmpeg(ffmpeg, audio.bytes, workDir, {
      timeoutMs: options.timeoutMs ?? 60_000,
      signal: audio.signal,
    });
    if (converted.pcm.length === 0) {
      log('transcription: ffmpeg could not read the audio', { mimeType: audio.mimeType, error: converted.error });
      throw new AiError('unsupported_audio');
    }
    return converted.pcm;
  }

  async function recognize(pcm: Int16Array, workDir: string, signal: AbortSignal | undefined): Promise<string> {
    const wav = join(workDir, 'audio.wav');
    await writeFile(wav, encodeWav(pcm));
    const seconds = pcm.length / SAMPLE_RATE;
    const args = ['-infile', wav, '-logfn', '/dev/null', '-hmm', model.hmm, '-lm', model.lm, '-dict', model.dict];
    const timeoutMs = options.timeoutMs ?? 30_000 + seconds * 3_000;
    const result = await slots
      .run(() => runProcess(options.pocketsphinx ?? 'pocketsphinx_continuous', args, { timeoutMs, signal }))
      .catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw new AiError('not_installed');
        throw error;
      });
    if (result.timedOut) {
      log('transcription: pocketsphinx timed out', { seconds, timeoutMs });
      throw new AiError('timeout');
    }
    if (result.code !== 0) {
      log('transcription: pocketsphinx failed', { code: result.code, stderr: result.stderr.slice(-500) });
      throw new AiError('engine_failed');
    }
    // One line per utterance it heard.
    return result.stdout
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' ');
  }

  return {
    id: 'local',
    label: LOCAL_ENGINE_LABEL,
    async transcribe(audio) {
      const workDir = await mkdtemp(join(options.tmpDir ?? tmpdir(), 'sidedesk-stt-'));
      try {
        const pcm = await toPcm(audio, workDir);
        return { text: await recognize(pcm, workDir, audio.signal) };
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    },
  };
}

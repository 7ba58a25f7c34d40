// Audio that is not Ogg/Opus (Messenger's mp4/aac, WhatsApp audio files as mp3/amr…) becomes 16 kHz
// mono PCM through ffmpeg, from a temp file: mp4 keeps its index at the end, so a pipe will not do.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SAMPLE_RATE } from './pcm';
import { runProcess } from './runProcess';

export async function convertWithFfmpeg(
  ffmpeg: string,
  bytes: Uint8Array,
  workDir: string,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<{ pcm: Int16Array; error: string | null }> {
  const input = join(workDir, 'input');
  const output = join(workDir, 'converted.raw');
  await writeFile(input, bytes);
  const args = ['-nostdin', '-hide_banner', '-loglevel', 'error', '-i', input];
  args.push('-vn', '-ac', '1', '-ar', String(SAMPLE_RATE), '-f', 's16le', '-y', output);
  const result = await runProcess(ffmpeg, args, options);
  if (result.code !== 0) return { pcm: new Int16Array(0), error: result.timedOut ? 'timed out' : result.stderr.trim() };
  const raw = await readFile(output);
  const pcm = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + (raw.length & ~1)));
  return { pcm, error: null };
}

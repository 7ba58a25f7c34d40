// 16 kHz mono 16-bit PCM, what pocketsphinx's en-us model expects, from Ogg/Opus (in process, WASM)
// and as a plain 44-byte-header WAV file.
import { OggOpusDecoder } from 'ogg-opus-decoder';

export const SAMPLE_RATE = 16_000;

export const isOgg = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x4f && bytes[1] === 0x67 && bytes[2] === 0x67 && bytes[3] === 0x53;

/**
 * Decodes Ogg/Opus to 16 kHz mono. A fresh decoder per call: one instance crashes under parallel
 * decodes. Returns an empty array for what it cannot read (it does not throw on garbage).
 */
export async function decodeOggOpus(bytes: Uint8Array): Promise<Int16Array> {
  // The type declarations lag the package: it accepts `sampleRate` (8000…48000) since 1.6.
  const options = { sampleRate: SAMPLE_RATE } as ConstructorParameters<typeof OggOpusDecoder>[0];
  const decoder = new OggOpusDecoder(options);
  try {
    await decoder.ready;
    const { channelData, samplesDecoded } = await decoder.decodeFile(bytes);
    return toInt16Mono(channelData, samplesDecoded);
  } finally {
    decoder.free();
  }
}

function toInt16Mono(channels: Float32Array[], length: number): Int16Array {
  const out = new Int16Array(channels.length ? length : 0);
  for (let i = 0; i < out.length; i++) {
    let sum = 0;
    for (const channel of channels) sum += channel[i];
    const s = Math.max(-1, Math.min(1, sum / channels.length));
    out[i] = Math.round(s < 0 ? s * 0x8000 : s * 0x7fff);
  }
  return out;
}

export function encodeWav(pcm: Int16Array, sampleRate = SAMPLE_RATE): Buffer {
  const dataBytes = pcm.length * 2;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  const data = Buffer.from(pcm.buffer, pcm.byteOffset, dataBytes);
  // WAV is little-endian, as is every machine Node runs on here.
  return Buffer.concat([header, data]);
}

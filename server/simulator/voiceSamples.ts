// Voice notes the phone can send without a microphone: short English sentences a customer might
// say, spoken by flite and encoded as WhatsApp records them (Ogg/Opus, mono, 16 kHz, ~24 kbit/s):
//   flite -voice rms -t "<text>" -o x.wav
//   ffmpeg -i x.wav -ac 1 -ar 16000 -c:a libopus -b:a 24k -application voip <id>.ogg
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface VoiceSample {
  id: string;
  /** What is said: the phone shows it so the tester knows what a transcript should read. */
  text: string;
}

export const VOICE_SAMPLES: readonly VoiceSample[] = [
  {
    id: 'where-is-my-order',
    text: 'Hi, I ordered a blue jacket last week and it has not arrived yet. Where is my order?',
  },
  { id: 'wrong-size', text: 'The shoes I received are the wrong size. Can I exchange them for a bigger pair?' },
  { id: 'talk-to-a-person', text: 'I have a problem with my payment. Can I talk to a person, please?' },
];

/** WhatsApp's MIME type for a recorded voice note. */
export const VOICE_NOTE_MIME = 'audio/ogg; codecs=opus';

const DIR = join(import.meta.dirname, 'voiceSamples');

export async function readVoiceSample(id: string): Promise<Uint8Array | null> {
  if (!VOICE_SAMPLES.some((s) => s.id === id)) return null;
  return new Uint8Array(await readFile(join(DIR, `${id}.ogg`)));
}

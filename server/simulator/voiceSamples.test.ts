import { describe, expect, it } from 'vitest';
import type { InboundMessageEvent } from '../channels/types';
import { setup } from './testSetup';
import { readVoiceSample, VOICE_SAMPLES } from './voiceSamples';

describe('voice notes from the phone', () => {
  it('lists the ready-made samples and serves each as Ogg/Opus', async () => {
    const { api } = setup();
    const { samples, mimeType } = await (await api('/voice-samples')).json();
    expect(samples.map((s: { id: string }) => s.id)).toEqual(VOICE_SAMPLES.map((s) => s.id));
    expect(mimeType).toBe('audio/ogg; codecs=opus');
    for (const sample of VOICE_SAMPLES) {
      const response = await api(`/voice-samples/${sample.id}`);
      expect(response.headers.get('content-type')).toBe('audio/ogg; codecs=opus');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('OggS');
      expect(bytes.byteLength).toBeGreaterThan(5_000);
    }
    expect((await api('/voice-samples/../../etc/passwd')).status).toBe(404);
    expect((await api('/voice-samples/nope')).status).toBe(404);
  });

  it('sends a sample as a WhatsApp voice note whose file the Graph stand-in serves byte for byte', async () => {
    const { api, events, state } = setup();
    const bytes = (await readVoiceSample('wrong-size'))!;
    const response = await api('/messages', {
      channel: '100200300',
      phone: '573001234567',
      file: { data: Buffer.from(bytes).toString('base64'), mimeType: 'audio/ogg; codecs=opus', voice: true },
    });
    expect(response.status).toBe(200);
    const [event] = events as InboundMessageEvent[];
    expect(event).toMatchObject({ kind: 'audio', media: { voice: true, mimeType: 'audio/ogg; codecs=opus' } });
    const stored = [...state.media.values()][0];
    expect(Buffer.from(stored.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

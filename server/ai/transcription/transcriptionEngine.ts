// One small interface over every way of turning a voice note into text, so the queue's job does
// not care which one the server has.
export interface AudioInput {
  bytes: Uint8Array;
  /** As received from the platform, e.g. `audio/ogg; codecs=opus`, `audio/mp4`. */
  mimeType: string;
  fileName: string;
  /** ISO-639-1 when known; engines that know one language ignore it. */
  language?: string;
  signal?: AbortSignal;
}

export interface TranscriptionEngine {
  id: 'openai' | 'local';
  /** Shown to agents under the transcript: what produced it. */
  label: string;
  /** The text, or an AiError (its `reason` and agent-facing message are what the transcript stores). */
  transcribe(audio: AudioInput): Promise<{ text: string }>;
}

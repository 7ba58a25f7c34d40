// The OpenAI-compatible `/audio/transcriptions` endpoint: the file uploaded as received, with its
// real name and MIME type (servers pick the decoder from them).
import { toFile, type OpenAI } from 'openai';
import { attemptTwice, BadOutput, type AttemptContext } from './attemptTwice';

export interface TranscribeRequest {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  /** ISO-639-1, when known: better accuracy and speed on most servers. */
  language?: string;
  signal?: AbortSignal;
}

export interface AiTranscription {
  model: string;
  transcribe(request: TranscribeRequest): Promise<{ text: string }>;
}

export function createAiTranscription(
  client: OpenAI,
  context: AttemptContext & { timeoutMs: number },
): AiTranscription {
  return {
    model: context.model,
    transcribe: (request) =>
      attemptTwice(context, async () => {
        const file = await toFile(request.bytes, request.fileName, { type: request.mimeType });
        const result: unknown = await client.audio.transcriptions.create(
          {
            file,
            model: context.model,
            response_format: 'json',
            ...(request.language ? { language: request.language } : {}),
          },
          { signal: request.signal, timeout: context.timeoutMs },
        );
        const text = (result as { text?: unknown } | null)?.text;
        if (typeof text !== 'string') throw new BadOutput('the transcription has no text');
        return { text: text.trim() };
      }),
  };
}

// The `transcribe` job: one per voice note (keyed by the message id, so never two), queued once
// the note's file is downloaded. The transcript turns done with the engine's text, or failed
// with a stable code and, when the queue will try again, when; the provider's own words stay in
// the log (the engine already wrote them there).
import { z } from 'zod';
import type { Message, TranscriptEngine } from '../../core/model';
import { AiError, type AiFailureReason } from '../ai/aiErrors';
import type { TranscriptionEngine } from '../ai/transcription/transcriptionEngine';
import type { Log } from '../log';
import { backoffDelay, DEFAULT_BACKOFF } from '../queue/backoff';
import { PermanentJobError } from '../queue/errors';
import type { JobHandler } from '../queue/types';
import type { Store } from '../store/createStore';
import type { ChangeSet } from '../store/createStore';
import type { Queryable } from '../store/db';
import { findMedia } from '../store/repos/media';
import { findMessageRow } from '../store/repos/messages';
import { queueBotTurnIfWithBot } from '../bot/queueBotTurns';
import { markTranscriptPending, setTranscriptDone, setTranscriptFailed } from '../store/repos/transcripts';
import { toMessage } from '../store/rows';

export const TRANSCRIBE = 'transcribe';

const queueBotTurnAfterTranscript = (q: Queryable, message: Message, now: number) =>
  queueBotTurnIfWithBot(q, message.conversationId, `transcript:${message.id}`, now);
export const TranscribePayload = z.object({ messageId: z.string() });
export type TranscribePayload = z.infer<typeof TranscribePayload>;
export const TRANSCRIBE_BACKOFF = DEFAULT_BACKOFF;

/** The codes a failed transcript carries (the panel words them; `message` says it for the agent). */
export type TranscriptErrorCode =
  'engine_not_installed' | 'unsupported_audio' | 'ai_unavailable' | 'ai_bad_output' | 'media_unavailable';

const CODE: Record<AiFailureReason, TranscriptErrorCode> = {
  not_configured: 'engine_not_installed',
  not_installed: 'engine_not_installed',
  unsupported_audio: 'unsupported_audio',
  engine_failed: 'unsupported_audio',
  bad_output: 'ai_bad_output',
  timeout: 'ai_unavailable',
  unreachable: 'ai_unavailable',
  rate_limited: 'ai_unavailable',
  rejected: 'ai_unavailable',
  provider_error: 'ai_unavailable',
};

export const MEDIA_UNAVAILABLE = 'The voice note’s file could not be downloaded, so it cannot be transcribed.';

export interface TranscribeDeps {
  store: Store;
  now: () => number;
  log: Log;
  engine: TranscriptionEngine | null;
}

/** Marks the note failed at once: nothing on this server can transcribe it. */
export function failNotInstalled(q: Queryable, changes: ChangeSet, messageId: string): Promise<Message | null> {
  const error = new AiError('not_installed');
  return setTranscriptFailed(q, changes, messageId, {
    error: { code: 'engine_not_installed', message: error.message },
    engine: null,
    retryAt: null,
  });
}

export function createTranscribeHandler(deps: TranscribeDeps): JobHandler<TranscribePayload> {
  return async (job, context) => {
    const { messageId } = job.payload;
    const row = await findMessageRow(deps.store.db, messageId);
    if (!row) throw new PermanentJobError('message is gone');
    // A later attempt after a failure: pending again while it runs.
    await deps.store.write((tx, changes) => markTranscriptPending(tx, changes, messageId));
    const message = toMessage(row);
    const fail = async (code: TranscriptErrorCode, text: string, retry: boolean) => {
      const retryAt =
        retry && job.attempt < job.maxAttempts ? deps.now() + backoffDelay(job.attempt, TRANSCRIBE_BACKOFF) : null;
      const engine: TranscriptEngine | null = deps.engine?.id ?? null;
      await deps.store.write(async (tx, changes) => {
        await setTranscriptFailed(tx, changes, messageId, { error: { code, message: text }, engine, retryAt });
        // The bot waiting on this voice note goes on without it (it says it cannot listen).
        if (retryAt === null) await queueBotTurnAfterTranscript(tx, message, deps.now());
      });
      if (retryAt === null) throw new PermanentJobError(code);
      throw new Error(code);
    };
    if (!deps.engine) {
      await deps.store.write(async (tx, changes) => {
        await failNotInstalled(tx, changes, messageId);
        await queueBotTurnAfterTranscript(tx, message, deps.now());
      });
      throw new PermanentJobError('engine_not_installed');
    }
    const media = message.media ? await findMedia(deps.store.db, message.media.id) : null;
    if (!media || media.status !== 'ready' || !media.bytes) return fail('media_unavailable', MEDIA_UNAVAILABLE, false);
    let text: string;
    try {
      ({ text } = await deps.engine.transcribe({
        bytes: media.bytes,
        mimeType: media.mime_type,
        fileName: media.filename ?? fileNameFor(media.mime_type),
        signal: context.signal,
      }));
    } catch (error) {
      if (context.signal.aborted) throw error;
      if (error instanceof AiError) return fail(CODE[error.reason], error.message, error.retryable);
      deps.log('transcription failed', { messageId, error: String(error) });
      return fail('unsupported_audio', new AiError('engine_failed').message, false);
    }
    await context.completeWith(async (tx, changes) => {
      await setTranscriptDone(tx, changes, messageId, { text, engine: deps.engine!.id });
      // The bot's turn on this voice note waited for the transcript: queued with it, never before.
      await queueBotTurnAfterTranscript(tx, message, deps.now());
    });
  };
}

function fileNameFor(mimeType: string): string {
  const subtype = mimeType.split(';')[0]!.split('/')[1] ?? 'bin';
  return `voice-note.${subtype === 'mpeg' ? 'mp3' : subtype}`;
}

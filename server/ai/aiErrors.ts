// The AI half's one error: an ApiException (so the one onError answers it) with a finer `reason`
// for the job queue (retry later or not) and a message in words an agent understands. The
// provider's own text never goes in here: it goes to the server log.
import { ApiException } from '../errors';

export type AiFailureReason =
  | 'not_configured'
  | 'timeout'
  | 'unreachable'
  | 'rate_limited'
  | 'rejected'
  | 'provider_error'
  | 'bad_output'
  | 'unsupported_audio'
  | 'not_installed'
  | 'engine_failed';

const MESSAGES: Record<AiFailureReason, string> = {
  not_configured: 'No AI service is set up for this. Ask an admin.',
  timeout: 'The AI service took too long to answer. Try again in a moment.',
  unreachable: 'The AI service could not be reached. Try again later; if it keeps failing, tell an admin.',
  rate_limited: 'The AI service is busy right now. Try again in a minute.',
  rejected: 'The AI service refused the request. An admin needs to check the AI settings on the server.',
  provider_error: 'The AI service had a problem answering. Try again later.',
  bad_output: 'The AI service gave an answer that could not be used. Try again.',
  unsupported_audio: 'This audio file is in a format that cannot be transcribed here.',
  not_installed: 'Local transcription is not installed on the server. Ask an admin.',
  engine_failed: 'The transcription engine could not read this audio.',
};

/** Worth another attempt later (the queue's backoff); the rest need a person to change something. */
const RETRYABLE = new Set<AiFailureReason>(['timeout', 'unreachable', 'rate_limited', 'provider_error', 'bad_output']);

export class AiError extends ApiException {
  readonly retryable: boolean;

  constructor(readonly reason: AiFailureReason) {
    super(
      // Bad output is a bad gateway answer; a provider that cannot be reached is unavailable.
      reason === 'unsupported_audio' ? 400 : reason === 'bad_output' ? 502 : 503,
      reason === 'bad_output'
        ? 'ai_bad_output'
        : reason === 'unsupported_audio'
          ? 'unsupported_audio'
          : 'ai_unavailable',
      MESSAGES[reason],
    );
    this.name = 'AiError';
    this.retryable = RETRYABLE.has(reason);
  }
}

export const isAiError = (error: unknown): error is AiError => error instanceof AiError;

// AI failures in words for the agent, in the active language: the server's codes are stable, its
// sentences are for the log. Pure apart from the active language.
import { t } from '@/utils/i18n';

/** A summary or suggestion request that failed (an ApiClientError, after the messaging bridge). */
export function aiErrorText(err: unknown): string {
  const { code, message } = (err ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && Object.hasOwn(t.ai.errors, code)) return t.ai.errors[code]!;
  return t.ai.genericError(typeof message === 'string' && message ? message : String(err));
}

/** Why a voice note has no text, from its transcript's error code; an unknown code gets a general sentence. */
export function transcriptFailureText(code: string | null | undefined): string {
  const reasons = t.ai.transcript.reasons;
  return code && Object.hasOwn(reasons, code) ? reasons[code]! : t.ai.transcript.unknownReason;
}

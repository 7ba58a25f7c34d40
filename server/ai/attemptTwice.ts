// The failure policy of every provider action: one retry at most, so at most two requests (the
// client itself never retries: `maxRetries: 0`), then an AiError an agent can read. The provider's
// own words go to the server log, with the key scrubbed out.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Log } from '../log';
import { AiError, type AiFailureReason } from './aiErrors';

/** The provider answered, but with something we cannot use (not JSON, off-schema, a refusal). */
export class BadOutput extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'BadOutput';
  }
}

interface Failure {
  reason: AiFailureReason;
  /** Worth a second request now. 401/403/404 are settings problems: asking again changes nothing. */
  retryNow: boolean;
  status: number | null;
}

export function classifyFailure(error: unknown): Failure {
  if (error instanceof BadOutput) return { reason: 'bad_output', retryNow: true, status: null };
  // A 200 whose body is not JSON: the client's parse fails with a bare SyntaxError.
  if (error instanceof SyntaxError) return { reason: 'bad_output', retryNow: true, status: null };
  if (error instanceof APIConnectionTimeoutError) return { reason: 'timeout', retryNow: true, status: null };
  if (error instanceof APIConnectionError) return { reason: 'unreachable', retryNow: true, status: null };
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    if (status === 401 || status === 403 || status === 404) return { reason: 'rejected', retryNow: false, status };
    if (status === 429) return { reason: 'rate_limited', retryNow: true, status };
    return { reason: 'provider_error', retryNow: true, status };
  }
  return { reason: 'provider_error', retryNow: false, status: null };
}

export interface AttemptContext {
  action: 'chat' | 'transcribe';
  model: string;
  log: Log;
  redact: (text: string) => string;
}

export async function attemptTwice<T>(context: AttemptContext, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      // The caller gave up (its signal): not a provider failure, nothing to retry.
      if (error instanceof APIUserAbortError) throw error;
      const failure = classifyFailure(error);
      const last = attempt >= 2 || !failure.retryNow;
      context.log(last ? 'ai: request failed, giving up' : 'ai: request failed, retrying once', {
        action: context.action,
        model: context.model,
        attempt,
        reason: failure.reason,
        status: failure.status,
        providerMessage: context.redact(error instanceof Error ? error.message : String(error)),
      });
      if (last) throw new AiError(failure.reason);
    }
  }
}

/** Scrubs the key, and anything shaped like an OpenAI key, out of text bound for the log. */
export function createRedactor(apiKey: string | null): (text: string) => string {
  return (text) => {
    const scrubbed = apiKey ? text.split(apiKey).join('[key]') : text;
    return scrubbed.replace(/\bsk-[A-Za-z0-9_*.-]{4,}/g, 'sk-[key]');
  };
}

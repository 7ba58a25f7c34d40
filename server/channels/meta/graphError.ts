// Graph API errors (WhatsApp Cloud API, Messenger, Instagram) turned into ChannelSendError.
// Meta advises branching on `code` (+ details), never on the English title.
import { UNCERTAIN_SEND } from '../../../core/deliveryStatus';
import { ChannelSendError } from '../types';

export interface GraphErrorBody {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  error_user_msg?: string;
  error_data?: { details?: string };
  is_transient?: boolean;
  fbtrace_id?: string;
}

/** Codes after which the same request may succeed later: rate limits and temporary failures. */
const RETRYABLE_CODES = new Set([
  1, // unknown error
  2, // temporary service error
  4, // app rate limit
  17, // user rate limit
  32, // page rate limit
  613, // calls rate limit
  1200, // Messenger temporary send failure
  80007, // WABA rate limit
  130429, // Cloud API throughput
  131000, // WhatsApp "something went wrong"
  131048, // spam rate limit
  131056, // pair rate limit
]);

/** WhatsApp 131047 (and legacy 470); Messenger 10/2018278; Instagram 10/2534022. */
export function isWindowClosedError(code: number | undefined, subcode?: number): boolean {
  if (code === 131047 || code === 470) return true;
  return code === 10 && (subcode === 2018278 || subcode === 2534022);
}

export const WINDOW_CLOSED_REASON =
  '24-hour window closed: the customer last wrote more than 24 hours ago, so only an approved template can be sent.';

/** A short human reason for an error object, preferring Meta's `details` over the generic title. */
export function describeGraphError(error: GraphErrorBody): string {
  if (isWindowClosedError(error.code, error.error_subcode)) return WINDOW_CLOSED_REASON;
  const details = error.error_data?.details ?? error.error_user_msg;
  const title = error.message ?? 'Unknown error';
  if (details && details !== title) return `${title}: ${details}`;
  return title;
}

/** Map a non-2xx Graph response (status + parsed body, if JSON) to a ChannelSendError. */
export function graphErrorToSendError(status: number, body: unknown): ChannelSendError {
  const error = extractGraphError(body);
  if (!error || typeof error.code !== 'number') {
    return new ChannelSendError(
      `meta_http_${status}`,
      `Meta answered HTTP ${status} without an error body.`,
      status >= 500 || status === 429,
    );
  }
  const retryable = status >= 500 || status === 429 || error.is_transient === true || RETRYABLE_CODES.has(error.code);
  return new ChannelSendError(`meta_${error.code}`, describeGraphError(error), retryable);
}

export function extractGraphError(body: unknown): GraphErrorBody | null {
  if (!body || typeof body !== 'object' || !('error' in body)) return null;
  const error = (body as { error: unknown }).error;
  return error && typeof error === 'object' ? (error as GraphErrorBody) : null;
}

/** Failures before any byte of the request left: Meta cannot have the message. */
const NEVER_SENT = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|CERT|certificate|self.signed/i;

/**
 * A fetch that threw. DNS failures and refused connections never reached Meta: safe to retry. A
 * timeout or a connection cut mid-way may have delivered the request: `uncertain`, which the
 * panel asks the agent to check before resending (a second copy would reach the customer).
 */
export function networkSendError(cause: unknown, timeoutMs: number): ChannelSendError {
  const name = cause instanceof Error ? cause.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ChannelSendError(
      UNCERTAIN_SEND,
      `Meta did not answer within ${Math.round(timeoutMs / 1000)} s; the message may have gone out.`,
      true,
    );
  }
  const reason =
    cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
  if (!NEVER_SENT.test(reason))
    return new ChannelSendError(
      UNCERTAIN_SEND,
      `The connection to Meta broke (${reason}); the message may have gone out.`,
      true,
    );
  return new ChannelSendError('meta_unreachable', `Could not reach Meta's Graph API (${reason}); try again.`, true);
}

import type { ClientErrorCode } from '@/utils/api/errors';

/** Every error code in words for the agent; the server's own (English) message is never shown. */
export const enErrors = {
  codes: {
    invalid: 'Sidedesk could not accept that. Check what you entered and try again.',
    unauthorized: 'Your session ended. Sign in again.',
    forbidden: "You don't have permission to do that.",
    not_found: 'That is no longer here. It may have been closed or moved.',
    conflict: 'Someone else took this conversation.',
    window_closed: 'The 24-hour window has closed: only a template can reach this customer now.',
    bad_signature: 'The request was refused as not authentic.',
    upstream: "WhatsApp didn't accept it. Try again in a moment.",
    internal: 'The Sidedesk server had a problem. Try again in a moment.',
    too_few_messages: 'There is not enough in this conversation to do that yet.',
    feature_off: 'An admin has turned this feature off.',
    ai_unavailable: 'The assistant is not available right now. Try again later.',
    ai_bad_output: "The assistant's answer could not be used. Try again.",
    unsupported_audio: 'This voice note could not be read.',
    session_expired: 'Your session ended after a while. Sign in again.',
    too_many_attempts: 'Too many sign-in attempts. Wait a moment and try again.',
    offline: "You're offline. Try again when the connection is back.",
    timeout: "Can't reach the Sidedesk server. Try again in a moment.",
    bad_response: 'The Sidedesk server answered something unexpected. Try again, or tell an admin.',
    aborted: 'Cancelled.',
  } satisfies Record<ClientErrorCode, string>,
  /** The browser is online but the server does not answer (network error or timeout). */
  unreachable: "Can't reach the Sidedesk server. Try again in a moment.",
  unknown: 'Something went wrong. Try again.',
  /** A message WhatsApp refused, with Meta's numeric code. */
  notDelivered: "WhatsApp didn't deliver this message.",
};

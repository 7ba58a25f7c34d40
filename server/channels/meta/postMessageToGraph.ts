// The one POST every channel's send makes: {graphUrl}/{our id}/messages with the channel's token.
// Network failures and Graph errors come back as ChannelSendError; the caller reads its id field.
import { ChannelSendError, type ChannelConfig } from '../types';
import { graphErrorToSendError, networkSendError } from './graphError';

/** Meta documents no send timeout; 15 s keeps an agent's "sending" state honest. */
export const SEND_TIMEOUT_MS = 15_000;

export async function postMessageToGraph(
  channel: ChannelConfig,
  body: unknown,
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(`${channel.graphUrl.replace(/\/+$/, '')}/${channel.externalId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${channel.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw networkSendError(error, timeoutMs);
  }
  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    // A proxy's HTML error page, or a cut connection: judged by the status below.
  }
  if (!response.ok) throw graphErrorToSendError(response.status, parsed);
  return parsed;
}

/** Meta accepted the request, so it may have gone out: retrying could send it twice. */
export function missingMessageId(): ChannelSendError {
  return new ChannelSendError('meta_bad_response', 'Meta accepted the message but returned no message id.', false);
}

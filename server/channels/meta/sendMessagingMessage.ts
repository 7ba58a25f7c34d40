// One outbound Messenger / Instagram message through the Send API (or the simulator's stand-in):
// POST {graphUrl}/{page-or-ig-id}/messages with the channel's token (PLATFORM.md §4.2, §5.2).
import { ChannelSendError, type ChannelConfig, type OutboundMessage } from '../types';
import { graphErrorToSendError, networkSendError } from './graphError';

export const MESSAGING_SEND_TIMEOUT_MS = 15_000;

/**
 * The body exactly as the fixtures show: Messenger states messaging_type RESPONSE; Instagram's
 * plain reply has none. Past 24 h both send MESSAGE_TAG + HUMAN_AGENT (7-day human-agent window).
 */
export function messagingSendBody(channel: 'messenger' | 'instagram', to: string, message: OutboundMessage) {
  const recipient = { id: to };
  const content = { text: message.text };
  if (message.humanAgentTag) return { recipient, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: content };
  if (channel === 'messenger') return { recipient, messaging_type: 'RESPONSE', message: content };
  return { recipient, message: content };
}

export async function sendMessagingMessage(
  channel: ChannelConfig,
  to: string,
  message: OutboundMessage,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = MESSAGING_SEND_TIMEOUT_MS,
): Promise<{ externalId: string }> {
  if (channel.kind === 'whatsapp') throw new Error('sendMessagingMessage is for Messenger and Instagram channels');
  let response: Response;
  try {
    response = await fetchImpl(`${channel.graphUrl.replace(/\/+$/, '')}/${channel.externalId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${channel.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(messagingSendBody(channel.kind, to, message)),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw networkSendError(error, timeoutMs);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Judged by the status below.
  }
  if (!response.ok) throw graphErrorToSendError(response.status, body);
  const id = (body as { message_id?: unknown } | null)?.message_id;
  if (typeof id !== 'string' || !id) {
    throw new ChannelSendError('meta_bad_response', 'Meta accepted the message but returned no message id.', false);
  }
  return { externalId: id };
}

// One outbound Messenger / Instagram message through the Send API (or the simulator's stand-in):
// POST {graphUrl}/{page-or-ig-id}/messages with the channel's token (PLATFORM.md §4.2, §5.2).
import type { ChannelConfig, OutboundMessage } from '../types';
import { missingMessageId, postMessageToGraph, SEND_TIMEOUT_MS } from './postMessageToGraph';

export const MESSAGING_SEND_TIMEOUT_MS = SEND_TIMEOUT_MS;

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
  const body = await postMessageToGraph(channel, messagingSendBody(channel.kind, to, message), fetchImpl, timeoutMs);
  const id = (body as { message_id?: unknown } | null)?.message_id;
  if (typeof id !== 'string' || !id) throw missingMessageId();
  return { externalId: id };
}

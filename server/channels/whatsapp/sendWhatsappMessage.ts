// One outbound WhatsApp message through the Cloud API (or the simulator's stand-in for it).
import { missingMessageId, postMessageToGraph, SEND_TIMEOUT_MS } from '../meta/postMessageToGraph';
import type { ChannelConfig, OutboundMessage } from '../types';
import { whatsappInteractiveBody } from './whatsappInteractiveBody';
import { whatsappTemplateBody } from './whatsappTemplateBody';

export { SEND_TIMEOUT_MS };

/**
 * The request body exactly as Meta documents it (fixtures/whatsapp-send-text-request.json,
 * whatsapp-send-template-positional-request.json).
 */
export function whatsappSendBody(to: string, message: OutboundMessage) {
  if (message.kind === 'template') return whatsappTemplateBody(to, message);
  if (message.kind === 'interactive') return whatsappInteractiveBody(to, message);
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'text',
    // A link preview helps when the agent shares a link; it is noise otherwise.
    text: { preview_url: /https?:\/\//i.test(message.text), body: message.text },
  };
}

export async function sendWhatsappMessage(
  channel: ChannelConfig,
  to: string,
  message: OutboundMessage,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = SEND_TIMEOUT_MS,
): Promise<{ externalId: string }> {
  const body = await postMessageToGraph(channel, whatsappSendBody(to, message), fetchImpl, timeoutMs);
  const id = (body as { messages?: { id?: unknown }[] } | null)?.messages?.[0]?.id;
  if (typeof id !== 'string' || !id) throw missingMessageId();
  return { externalId: id };
}

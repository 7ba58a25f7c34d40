// One outbound WhatsApp message through the Cloud API (or the simulator's stand-in for it).
import { graphErrorToSendError, networkSendError } from '../meta/graphError';
import { ChannelSendError, type ChannelConfig, type OutboundMessage } from '../types';
import { whatsappTemplateBody } from './whatsappTemplateBody';

/** Meta documents no send timeout; 15 s keeps an agent's "sending" state honest. */
export const SEND_TIMEOUT_MS = 15_000;

/**
 * The request body exactly as Meta documents it (fixtures/whatsapp-send-text-request.json,
 * whatsapp-send-template-positional-request.json).
 */
export function whatsappSendBody(to: string, message: OutboundMessage) {
  if (message.kind === 'template') return whatsappTemplateBody(to, message);
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
  let response: Response;
  try {
    response = await fetchImpl(`${channel.graphUrl.replace(/\/+$/, '')}/${channel.externalId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${channel.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(whatsappSendBody(to, message)),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw networkSendError(error, timeoutMs);
  }

  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page, or a cut connection: judged by the status below.
  }
  if (!response.ok) throw graphErrorToSendError(response.status, body);

  const id = (body as { messages?: { id?: unknown }[] } | null)?.messages?.[0]?.id;
  if (typeof id !== 'string' || !id) {
    // Meta accepted the request, so it may have gone out: retrying could send it twice.
    throw new ChannelSendError('meta_bad_response', 'Meta accepted the message but returned no message id.', false);
  }
  return { externalId: id };
}

// Meta-shaped customer webhooks for every channel kind the simulator plays: WhatsApp media and
// location (fixtures whatsapp-image/voice/document.json), Messenger "page" and Instagram
// "instagram" messaging events (fixtures messenger-*.json, instagram-*.json), and their echoes.
import { randomBytes } from 'node:crypto';
import type { Channel } from '../../core/model';
import { buildWhatsappTextWebhook, newWamid, SIMULATED_DISPLAY_NUMBER } from './buildWebhooks';

/** A mid in the shape each channel uses (opaque strings either way). */
export function newMid(channel: Channel): string {
  if (channel === 'whatsapp') return newWamid();
  const blob = randomBytes(24).toString('base64url');
  return channel === 'instagram' ? `aWdfZAG1faXRlbT${blob}` : `m_${blob}`;
}

export interface CustomerFile {
  /** The simulator's media id: a WhatsApp media id, and the key of the Messenger/IG CDN URL. */
  id: string;
  mimeType: string;
  filename: string | null;
  voice: boolean;
}

export type CustomerInteractive =
  | { type: 'button_reply' | 'list_reply'; id: string; title: string; context: string | null }
  | { type: 'nfm_reply'; flowToken: string; answers: Record<string, unknown>; context: string | null };

export interface CustomerWebhookInput {
  kind: Channel;
  channelExternalId: string;
  customer: { name: string; phone: string };
  id: string;
  at: number;
  text: string;
  file?: CustomerFile;
  /** WhatsApp: a tapped reply button / list row, or a submitted Flows form (nfm_reply). */
  interactive?: CustomerInteractive;
  /** Where Messenger/Instagram attachment URLs point: `${graphBase}/cdn/{id}`. */
  graphBase: string;
}

export function buildCustomerWebhook(input: CustomerWebhookInput) {
  if (input.kind === 'whatsapp') return whatsappWebhook(input);
  const message: Record<string, unknown> = { mid: input.id };
  if (input.text) message.text = input.text;
  if (input.file)
    message.attachments = [
      { type: attachmentType(input.file.mimeType), payload: { url: `${input.graphBase}/cdn/${input.file.id}` } },
    ];
  return messagingEnvelope(
    input.kind,
    input.channelExternalId,
    {
      sender: { id: input.customer.phone },
      recipient: { id: input.channelExternalId },
      timestamp: input.at,
      message,
    },
    input.at,
  );
}

/** The echo Meta sends after the Page / IG account sent `text` to `recipient`. */
export function buildEchoWebhook(
  kind: 'messenger' | 'instagram',
  channelExternalId: string,
  recipient: string,
  mid: string,
  text: string,
  at: number,
) {
  return messagingEnvelope(
    kind,
    channelExternalId,
    {
      sender: { id: channelExternalId },
      recipient: { id: recipient },
      timestamp: at,
      message: { mid, is_echo: true, text },
    },
    at,
  );
}

function messagingEnvelope(
  kind: 'messenger' | 'instagram',
  entryId: string,
  event: Record<string, unknown>,
  at: number,
) {
  return {
    object: kind === 'messenger' ? 'page' : 'instagram',
    entry: [{ id: entryId, time: at, messaging: [event] }],
  };
}

function attachmentType(mimeType: string): string {
  if (mimeType.startsWith('image/')) return 'image';
  if (mimeType.startsWith('audio/')) return 'audio';
  if (mimeType.startsWith('video/')) return 'video';
  return 'file';
}

function whatsappWebhook(input: CustomerWebhookInput) {
  const payload = buildWhatsappTextWebhook({
    phoneNumberId: input.channelExternalId,
    customer: input.customer,
    text: input.text || ' ',
    id: input.id,
    at: input.at,
  });
  const value = payload.entry[0].changes[0].value as unknown as { messages: Record<string, unknown>[] };
  const message = value.messages[0];
  if (input.interactive) return withInteractive(payload, message, input.interactive);
  if (!input.file) return payload;
  delete message.text;
  const { id, mimeType, filename, voice } = input.file;
  const type = mimeType.startsWith('image/') ? 'image' : mimeType.startsWith('audio/') ? 'audio' : 'document';
  message.type = type;
  const body: Record<string, unknown> = { mime_type: mimeType, sha256: 'c2ltdWxhdGVk', id };
  if (type === 'audio') body.voice = voice;
  else if (input.text) body.caption = input.text;
  if (type === 'document') body.filename = filename ?? 'file';
  message[type] = body;
  return payload;
}

/** As Meta sends them (fixtures whatsapp-button-reply.json, whatsapp-nfm-reply.json). */
function withInteractive<T>(payload: T, message: Record<string, unknown>, reply: CustomerInteractive): T {
  delete message.text;
  message.type = 'interactive';
  if (reply.context) message.context = { from: SIMULATED_DISPLAY_NUMBER, id: reply.context };
  message.interactive =
    reply.type === 'nfm_reply'
      ? {
          type: 'nfm_reply',
          nfm_reply: {
            name: 'flow',
            body: 'Sent',
            response_json: JSON.stringify({ ...reply.answers, flow_token: reply.flowToken }),
          },
        }
      : { type: reply.type, [reply.type]: { id: reply.id, title: reply.title } };
  return payload;
}

export { SIMULATED_DISPLAY_NUMBER };

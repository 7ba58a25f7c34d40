// What the agent sees for one inbound WhatsApp message: text; image, audio (voice note or file)
// and document as media the server downloads later; location as coordinates. Every other type
// becomes an 'unsupported' entry with its type name and the most useful short text the payload
// carries (button title, emoji...), so nothing is dropped.
import type { InboundKind, InboundMessageEvent } from '../types';
import { parseFlowReply } from './parseFlowReply';
import type { WhatsappMessage } from './webhookSchema';

export interface MessageContent {
  kind: InboundKind;
  text: string;
  originalType: string | null;
  media?: InboundMessageEvent['media'];
  location?: InboundMessageEvent['location'];
  form?: InboundMessageEvent['form'];
  replyId?: string;
}

type Loose = Record<string, unknown> | undefined;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const obj = (value: unknown): Loose =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

export function describeMessage(message: WhatsappMessage): MessageContent {
  if (message.type === 'text' && message.text) {
    return { kind: 'text', text: message.text.body, originalType: null };
  }
  const body = obj((message as Record<string, unknown>)[message.type]);
  const unsupported = (originalType: string, text?: string): MessageContent => ({
    kind: 'unsupported',
    text: text ?? '',
    originalType,
  });

  const media = (
    kind: 'image' | 'audio' | 'document',
    originalType: string,
    text: string | undefined,
  ): MessageContent | null => {
    const id = str(body?.id);
    if (!id) return null;
    return {
      kind,
      text: text ?? '',
      originalType,
      media: {
        source: { type: 'graph_media_id', id },
        mimeType: str(body?.mime_type) ?? 'application/octet-stream',
        filename: str(body?.filename) ?? null,
        voice: body?.voice === true,
      },
    };
  };
  switch (message.type) {
    case 'audio':
      // A voice note (recorded in WhatsApp) is named apart from an audio file: transcription
      // and the bot treat them differently.
      return (
        media('audio', body?.voice === true ? 'voice' : 'audio', undefined) ??
        unsupported(body?.voice === true ? 'voice' : 'audio')
      );
    case 'image':
      return media('image', 'image', str(body?.caption)) ?? unsupported('image', str(body?.caption));
    case 'document':
      return (
        media('document', 'document', str(body?.caption) ?? str(body?.filename)) ??
        unsupported('document', str(body?.caption) ?? str(body?.filename))
      );
    case 'video':
    case 'sticker':
      return unsupported(message.type, str(body?.caption));
    case 'location':
      return (
        describeLocation(body) ?? unsupported('location', str(body?.name) ?? str(body?.address) ?? coordinates(body))
      );
    case 'button':
      return unsupported('button', str(body?.text) ?? str(body?.payload));
    case 'reaction':
      // No emoji means the customer removed the reaction.
      return unsupported('reaction', str(body?.emoji));
    case 'interactive':
      return describeInteractive(body);
    case 'contacts':
      return unsupported('contacts', contactNames(message.contacts));
    case 'unsupported':
      return unsupported('unsupported', str(body?.type));
    default:
      return unsupported(message.type);
  }
}

function describeInteractive(body: Loose): MessageContent {
  const type = str(body?.type) ?? 'interactive';
  const reply = obj(body?.[type]);
  // Reply buttons and list rows carry the title the customer tapped; a Flows form (nfm_reply)
  // carries a short body such as "Sent" and its answers in response_json.
  const text = str(reply?.title) ?? str(reply?.body) ?? '';
  const form = type === 'nfm_reply' ? parseFlowReply(reply) : null;
  if (form) return { kind: 'form', text, originalType: type, form };
  // A tapped reply button or list row reads as what the customer chose; its id is the bot's branch.
  const replyId = str(reply?.id);
  if ((type === 'button_reply' || type === 'list_reply') && replyId) {
    return { kind: 'text', text, originalType: type, replyId };
  }
  return { kind: 'unsupported', text, originalType: type };
}

function describeLocation(body: Loose): MessageContent | null {
  const { latitude, longitude } = body ?? {};
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  const name = str(body?.name) ?? null;
  const address = str(body?.address) ?? null;
  return {
    kind: 'location',
    text: name ?? address ?? '',
    originalType: 'location',
    location: { latitude, longitude, name, address },
  };
}

function coordinates(body: Loose): string | undefined {
  const { latitude, longitude } = body ?? {};
  return typeof latitude === 'number' && typeof longitude === 'number' ? `${latitude}, ${longitude}` : undefined;
}

function contactNames(contacts: unknown): string | undefined {
  if (!Array.isArray(contacts)) return undefined;
  const names = contacts.map((c) => str(obj(obj(c)?.name)?.formatted_name)).filter(Boolean);
  return names.length ? names.join(', ') : undefined;
}

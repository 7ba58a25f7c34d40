// What the agent sees for one inbound WhatsApp message. Only text is supported for now; every
// other type becomes an 'unsupported' entry with its type name and the most useful short text
// the payload carries (caption, button title, place name, emoji...), so nothing is dropped.
import type { WhatsappMessage } from './webhookSchema';

export interface MessageContent {
  kind: 'text' | 'unsupported';
  text: string;
  originalType: string | null;
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

  switch (message.type) {
    case 'audio':
      // A voice note (recorded in WhatsApp) is named apart from an audio file: transcription
      // and the bot treat them differently.
      return unsupported(body?.voice === true ? 'voice' : 'audio');
    case 'image':
    case 'video':
    case 'sticker':
      return unsupported(message.type, str(body?.caption));
    case 'document':
      return unsupported('document', str(body?.caption) ?? str(body?.filename));
    case 'location':
      return unsupported('location', str(body?.name) ?? str(body?.address) ?? coordinates(body));
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
  // carries a short body such as "Sent" (its answers are in response_json, used later).
  const text = str(reply?.title) ?? str(reply?.body);
  return { kind: 'unsupported', text: text ?? '', originalType: type };
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

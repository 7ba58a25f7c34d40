// What the conversation list shows for a customer's message.
import type { InboundMessageEvent } from '../channels/types';

/** The text, or the platform's type name in brackets for a message without text. */
export function previewOf(event: Pick<InboundMessageEvent, 'kind' | 'text' | 'originalType'>): string {
  if (event.kind === 'text' || event.text) return event.text;
  return `[${event.originalType ?? 'unsupported'}]`;
}

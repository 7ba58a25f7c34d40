import { onMessage } from '@/utils/messaging/protocol';
import { insertText } from './insertText';

/** The marker end-to-end tests wait for: the listener below is registered. */
export const READY_ATTRIBUTE = 'sidedeskReady';

export function startContentScript(doc: Document, signal: AbortSignal): void {
  const remove = onMessage('insertText', ({ data }) => insertText(doc, data.text));
  signal.addEventListener('abort', remove, { once: true });
  doc.documentElement.dataset[READY_ATTRIBUTE] = '1';
}

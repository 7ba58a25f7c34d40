import { onMessage } from '@/utils/messaging/protocol';
import { insertText } from './insertText';
import { readPage, readSelection } from './readPage';

/** The marker end-to-end tests wait for: the listener below is registered. */
export const READY_ATTRIBUTE = 'sidedeskReady';

export function startContentScript(doc: Document, signal: AbortSignal): void {
  const removers = [
    onMessage('insertText', ({ data }) => insertText(doc, data.text)),
    // Page context: read only when the agent asks, from the panel or the menu (see readPage.ts).
    onMessage('readPage', () => readPage(doc)),
    onMessage('readSelection', () => ({ text: readSelection(doc) })),
  ];
  signal.addEventListener('abort', () => removers.forEach((remove) => remove()), { once: true });
  doc.documentElement.dataset[READY_ATTRIBUTE] = '1';
}

// How a menu reaches the customer: WhatsApp reply buttons (≤ 3, titles ≤ 20 characters) or a
// list (≤ 10 rows, titles ≤ 24); a numbered text menu on Messenger and Instagram (and on
// WhatsApp when the interactive message cannot be sent).
import type { Channel } from '../model';
import { MENU_BUTTON_TITLE_MAX, MENU_BUTTONS_MAX } from './flow';

export type MenuStyle = 'buttons' | 'list' | 'numbered';

export function menuStyle(channel: Channel, options: readonly { title: string }[]): MenuStyle {
  if (channel !== 'whatsapp') return 'numbered';
  const fitButtons =
    options.length <= MENU_BUTTONS_MAX && options.every((o) => o.title.length <= MENU_BUTTON_TITLE_MAX);
  return fitButtons ? 'buttons' : 'list';
}

/** The menu as plain text: what Messenger/Instagram show, and what the thread shows agents. */
export function numberedMenuText(text: string, options: readonly { title: string }[]): string {
  return [text, '', ...options.map((o, i) => `${i + 1}. ${o.title}`)].join('\n');
}

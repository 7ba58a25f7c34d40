// The side panel's keyboard shortcuts: ONE table that both the key handler and the help overlay
// read, so what the overlay lists is exactly what the keys do. Pure; no DOM here.

export type ShortcutId =
  | 'next'
  | 'prev'
  | 'open'
  | 'back'
  | 'reply'
  | 'take'
  | 'close'
  | 'inbox'
  | 'prevInbox'
  | 'nextInbox'
  | 'search'
  | 'help'
  | 'suggest'
  | 'useSuggestion';

export type ShortcutScope = 'list' | 'thread' | 'anywhere';

export interface Shortcut {
  id: ShortcutId;
  /** KeyboardEvent.key values, any of which triggers it. */
  keys: readonly string[];
  /** Where it does something; the help overlay groups by it. */
  scope: ShortcutScope;
  /** Also fires while typing in a text field (only Esc: leave the field / go back). */
  whileTyping?: boolean;
  /** Only there while the admin has this AI feature on (the help overlay hides it otherwise). */
  feature?: 'summaryAndSuggestions';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'next', keys: ['ArrowDown', 'j'], scope: 'list' },
  { id: 'prev', keys: ['ArrowUp', 'k'], scope: 'list' },
  { id: 'open', keys: ['Enter'], scope: 'list' },
  { id: 'inbox', keys: ['1', '2', '3'], scope: 'list' },
  { id: 'prevInbox', keys: ['['], scope: 'list' },
  { id: 'nextInbox', keys: [']'], scope: 'list' },
  { id: 'take', keys: ['t'], scope: 'anywhere' },
  { id: 'reply', keys: ['r'], scope: 'thread' },
  { id: 'close', keys: ['c'], scope: 'thread' },
  { id: 'back', keys: ['Escape'], scope: 'thread', whileTyping: true },
  { id: 'suggest', keys: ['s'], scope: 'thread', feature: 'summaryAndSuggestions' },
  // The list's inbox keys, reused: the list and a thread are never on screen together.
  { id: 'useSuggestion', keys: ['1', '2', '3'], scope: 'thread', feature: 'summaryAndSuggestions' },
  { id: 'search', keys: ['/'], scope: 'anywhere' },
  { id: 'help', keys: ['?'], scope: 'anywhere' },
];

/** What the key handler needs to know about the event, without the DOM. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Where the key went: a text field, a control that handles Enter/Space itself, or anything else. */
  target: 'text' | 'control' | 'other';
}

export interface ShortcutMatch {
  id: ShortcutId;
  key: string;
}

/**
 * The shortcut a key press triggers, or null. A key means one thing per scope (the list's 1-3 are
 * a thread's suggestion keys): callers pass the shortcuts they handle as `table`. Never while typing (except those marked whileTyping),
 * never with Ctrl/Cmd/Alt (those belong to the browser), and Enter on a button is the button's own.
 */
export function matchShortcut(press: KeyPress, table: readonly Shortcut[] = SHORTCUTS): ShortcutMatch | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const shortcut = table.find((s) => s.keys.includes(press.key));
  if (!shortcut) return null;
  if (press.target === 'text' && !shortcut.whileTyping) return null;
  if (press.target === 'control' && press.key === 'Enter') return null;
  return { id: shortcut.id, key: press.key };
}

/** The inbox a list-scope key moves to: "1".."3" pick by position, "[" and "]" step and wrap. */
export function inboxForKey<T>(inboxes: readonly T[], current: T, match: ShortcutMatch): T | null {
  const i = inboxes.indexOf(current);
  if (match.id === 'inbox') return inboxes[Number(match.key) - 1] ?? null;
  if (match.id === 'nextInbox') return inboxes[(i + 1) % inboxes.length] ?? null;
  if (match.id === 'prevInbox') return inboxes[(i - 1 + inboxes.length) % inboxes.length] ?? null;
  return null;
}

/** The id a list-scope move lands on: next/prev from the current one, clamped; the first when none. */
export function moveCursor(ids: readonly string[], current: string | null, id: 'next' | 'prev'): string | null {
  if (ids.length === 0) return null;
  const i = current === null ? -1 : ids.indexOf(current);
  if (i === -1) return id === 'next' ? ids[0]! : ids[ids.length - 1]!;
  return ids[Math.min(ids.length - 1, Math.max(0, i + (id === 'next' ? 1 : -1)))]!;
}

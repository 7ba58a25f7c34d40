import { useEffect, useEffectEvent } from 'react';
import {
  matchShortcut,
  SHORTCUTS,
  type KeyPress,
  type ShortcutId,
  type ShortcutMatch,
} from '@/utils/keyboard/shortcuts';

export type ShortcutHandlers = Partial<Record<ShortcutId, (match: ShortcutMatch, event: KeyboardEvent) => void>>;

/** Classifies where a key went, for matchShortcut. */
export function keyTarget(el: EventTarget | null): KeyPress['target'] {
  if (!(el instanceof HTMLElement)) return 'other';
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return 'text';
  if (el instanceof HTMLInputElement)
    return ['button', 'checkbox', 'radio', 'submit', 'reset'].includes(el.type) ? 'control' : 'text';
  if (el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || el.getAttribute('role') === 'button')
    return 'control';
  return 'other';
}

/**
 * Listens on the window while the calling component is mounted and runs the handler of the matched
 * shortcut. Components register only what they can do (the list, the thread, the app shell); a
 * shortcut without a handler here is left alone.
 */
export function useShortcuts(handlers: ShortcutHandlers, enabled = true) {
  // Reads the handlers of the latest render without re-subscribing on every render.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    // Only the shortcuts handled here: a key the list and a thread both use goes to whichever is mounted.
    const handled = SHORTCUTS.filter((s) => handlers[s.id] !== undefined);
    const match = matchShortcut(
      {
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: keyTarget(event.target),
      },
      handled,
    );
    const handler = match && handlers[match.id];
    if (!match || !handler) return;
    event.preventDefault();
    handler(match, event);
  });
  useEffect(() => {
    if (!enabled) return;
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

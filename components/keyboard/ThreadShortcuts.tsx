import { useShortcuts } from '../hooks/useShortcuts';

/**
 * Elements other features render mark themselves with data-shortcut-target so a key can reach them
 * without this file importing those features: "close" is the close menu's button (it opens the menu).
 */
export const CLOSE_MENU_SELECTOR = '[data-shortcut-target="close"]';
const COMPOSER_SELECTOR = '[data-testid="composer-input"]';

/** Esc back, r reply, t take (a New conversation), c close: the thread's keys. Renders nothing. */
export function ThreadShortcuts({
  canTake,
  onTake,
  onBack,
}: {
  canTake: boolean;
  onTake: () => void;
  onBack: () => void;
}) {
  useShortcuts({
    back: (_, event) => {
      // Esc in a field first leaves the field (the composer keeps its draft); the next Esc goes back.
      if (event.target instanceof HTMLElement && event.target.matches('input, textarea, select, [contenteditable]'))
        event.target.blur();
      else onBack();
    },
    reply: () => {
      const composer = document.querySelector<HTMLTextAreaElement>(COMPOSER_SELECTOR);
      if (composer && !composer.disabled) composer.focus();
    },
    take: () => {
      if (canTake) onTake();
    },
    close: () => document.querySelector<HTMLElement>(CLOSE_MENU_SELECTOR)?.click(),
  });
  return null;
}

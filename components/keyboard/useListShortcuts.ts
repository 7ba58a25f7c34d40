import { INBOXES, type InboxName, type Layout } from '@/core/inbox';
import type { Conversation } from '@/core/model';
import { inboxForKey, moveCursor } from '@/utils/keyboard/shortcuts';
import { useShortcuts } from '../hooks/useShortcuts';
import type { ListKeyboardState } from './usePanelShortcuts';

export interface ListKeyboard extends ListKeyboardState {
  onTake: (conversationId: string) => void;
}

interface Args {
  keyboard: ListKeyboard;
  layout: Layout;
  inbox: InboxName;
  visible: Conversation[] | undefined;
  onOpen: (id: string) => void;
}

/** j/k/↑/↓ move the highlight, Enter opens it, t takes it from New, 1-3 and [ ] switch inbox. */
export function useListShortcuts({ keyboard, layout, inbox, visible, onOpen }: Args) {
  const ids = visible?.map((c) => c.id) ?? [];
  const cursor = keyboard.cursorId !== null && ids.includes(keyboard.cursorId) ? keyboard.cursorId : null;
  const switchInbox = (match: Parameters<typeof inboxForKey>[2]) => {
    const next = inboxForKey(INBOXES[layout], inbox, match);
    if (next && next !== inbox) {
      keyboard.setInboxChoice(layout, next);
      keyboard.setCursor(null);
    }
  };
  useShortcuts(
    {
      next: () => keyboard.setCursor(moveCursor(ids, cursor, 'next')),
      prev: () => keyboard.setCursor(moveCursor(ids, cursor, 'prev')),
      open: () => {
        if (cursor) onOpen(cursor);
      },
      take: () => {
        if (cursor && inbox === 'new') keyboard.onTake(cursor);
      },
      inbox: switchInbox,
      nextInbox: switchInbox,
      prevInbox: switchInbox,
    },
    !keyboard.paused,
  );
  return cursor;
}

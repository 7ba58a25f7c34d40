import { useState } from 'react';
import type { InboxName, Layout } from '@/core/inbox';
import { useShortcuts } from '../hooks/useShortcuts';

/** What the inbox list needs to keep across a thread visit: the highlighted row and chosen inbox. */
export interface ListKeyboardState {
  /** A dialog is open over the list: its keys are the dialog's. */
  paused: boolean;
  cursorId: string | null;
  setCursor: (id: string | null) => void;
  inboxChoice: Record<Layout, InboxName>;
  setInboxChoice: (layout: Layout, inbox: InboxName) => void;
}

/** Focuses the search field another part of the panel renders (it marks it with this attribute). */
export const SEARCH_FIELD_SELECTOR = '[data-shortcut-target="search"], [data-testid="search-input"]';

/** The app-wide shortcuts (help, search) and the list state the list shortcuts act on. */
export function usePanelShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);
  const [cursorId, setCursor] = useState<string | null>(null);
  const [inboxChoice, setChoice] = useState<Record<Layout, InboxName>>({ classic: 'new', beta: 'active' });

  useShortcuts(
    {
      help: () => setHelpOpen((open) => !open),
      search: () => {
        const field = document.querySelector<HTMLElement>(SEARCH_FIELD_SELECTOR);
        field?.focus();
      },
    },
    !helpOpen,
  );

  const list: ListKeyboardState = {
    paused: helpOpen,
    cursorId,
    setCursor,
    inboxChoice,
    setInboxChoice: (layout, inbox) => setChoice((s) => ({ ...s, [layout]: inbox })),
  };
  return { helpOpen, openHelp: () => setHelpOpen(true), closeHelp: () => setHelpOpen(false), list };
}

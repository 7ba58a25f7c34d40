import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { InboxName } from '@/core/inbox';
import type { Conversation } from '@/core/model';
import { t } from '@/utils/i18n';
import { InboxIcon } from '../common/icons';
import { ConversationRow, ROW_HEIGHT } from './ConversationRow';

interface Props {
  conversations: Conversation[] | undefined;
  now: number;
  onOpen: (id: string) => void;
  /** The keyboard's highlighted row: the one tab stop of the list (roving tabindex), kept in view. */
  activeId?: string | null;
  /** Called when the rows near the end are on screen: the list holds only a first screen so far. */
  onNearEnd?: () => void;
  /** Which inbox this is: its empty state describes that inbox. */
  inbox?: InboxName;
}

/** Virtualized: an agent's queue can hold thousands; only the visible rows are in the DOM. */
export function ConversationList({ conversations, now, onOpen, activeId = null, onNearEnd, inbox = 'new' }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: conversations?.length ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const activeIndex = activeId === null ? -1 : (conversations?.findIndex((c) => c.id === activeId) ?? -1);
  const lastShown = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  const count = conversations?.length ?? 0;
  useEffect(() => {
    if (onNearEnd && count > 0 && lastShown >= count - 10) onNearEnd();
  }, [onNearEnd, lastShown, count]);

  // The highlight moved (j/k, arrows, back from a thread): bring its row into the DOM, then focus it.
  // Not on a mere reorder (a new message), and never out of a text field the agent is typing in.
  useEffect(() => {
    if (activeIndex < 0) return;
    virtualizer.scrollToIndex(activeIndex);
    const frame = requestAnimationFrame(() => {
      const focused = document.activeElement;
      if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) return;
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"] button`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a moved highlight scrolls, not a reorder
  }, [activeId]);

  if (!conversations) return <ListSkeleton />;
  if (conversations.length === 0) {
    return (
      <div
        data-testid="empty-inbox"
        data-inbox={inbox}
        className="flex flex-1 flex-col items-center justify-center gap-2 px-8 text-center"
      >
        <span className="rounded-full bg-zinc-100 p-3 text-zinc-400">
          <InboxIcon width={22} height={22} />
        </span>
        <p className="text-sm font-medium text-zinc-800">{t.lifecycle.inboxEmpty[inbox].title}</p>
        <p className="text-[12.5px] leading-relaxed text-zinc-500">{t.lifecycle.inboxEmpty[inbox].body}</p>
      </div>
    );
  }

  return (
    <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto">
      <ul
        aria-label={t.list.label}
        data-testid="conversation-list"
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <li
            key={conversations[item.index].id}
            data-index={item.index}
            className="absolute left-0 top-0 w-full"
            style={{ height: item.size, transform: `translateY(${item.start}px)` }}
          >
            <ConversationRow
              conversation={conversations[item.index]}
              now={now}
              onOpen={onOpen}
              active={item.index === Math.max(0, activeIndex)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ListSkeleton() {
  return (
    <div role="status" aria-label={t.list.loading} data-testid="list-loading" className="flex-1">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="flex items-start gap-3 border-b border-zinc-100 px-3 py-3">
          <span className="h-9 w-9 animate-pulse rounded-full bg-zinc-100" />
          <span className="flex-1 space-y-2 pt-1">
            <span className="block h-3 w-1/2 animate-pulse rounded bg-zinc-100" />
            <span className="block h-3 w-4/5 animate-pulse rounded bg-zinc-100" />
          </span>
        </div>
      ))}
    </div>
  );
}

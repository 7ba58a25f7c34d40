import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { StoredMessage } from '@/utils/db';
import type { Agent, Note } from '@/core/model';
import { mergeTimeline } from '@/utils/thread/timeline';
import { notesInWindow, prependedCount, shouldLoadOlder } from '@/utils/thread/messageWindow';
import { dayLabel, isSameDay } from '@/utils/format/time';
import { t } from '@/utils/i18n';
import { runPlace, showsFooter } from '@/utils/thread/runs';
import { MessageItem } from './MessageItem';
import { NoteItem } from './NoteItem';

interface Props {
  messages: StoredMessage[] | undefined;
  agents: Map<string, Agent>;
  now: number;
  onInsert: (text: string) => void;
  onRetry: (id: string) => void;
  /** Private notes, shown inline in time order. */
  notes?: Note[];
  /** `messages` is the newest window of a longer thread: scrolling to the top calls onLoadOlder. */
  hasOlder?: boolean;
  onLoadOlder?: () => void;
}

/** A first guess at a row's height; each row is measured once rendered. */
const ESTIMATED_ROW = 64;
/** Within this many pixels of the end, the agent is reading the newest message. */
const BOTTOM_SLACK = 24;

/**
 * The thread with day separators, virtualized (a thread can hold thousands of messages: only the
 * rows on screen are in the DOM); sticks to the bottom as messages arrive, and keeps the agent's
 * place when older messages are added above.
 */
export function MessageList({
  messages,
  agents,
  now,
  onInsert,
  onRetry,
  notes = [],
  hasOlder = false,
  onLoadOlder,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const items = useMemo(
    () => (messages ? mergeTimeline(messages, notesInWindow(notes, { messages, hasOlder })) : []),
    [messages, notes, hasOlder],
  );
  const keys = useMemo(
    () => items.map((item) => (item.kind === 'message' ? item.message.id : `note:${item.note.id}`)),
    [items],
  );
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    getItemKey: (index) => keys[index],
    overscan: 8,
    // A thread opens at its newest message: the first render already holds the bottom rows, so they
    // are on screen as soon as the layout effect scrolls there (not after its re-measuring frames).
    initialOffset: () => items.length * ESTIMATED_ROW,
    paddingStart: 8,
    paddingEnd: 8,
  });

  // A new last row (the thread opened, a message arrived): to the bottom. Rows added on top (older
  // messages loaded): shift by their height so the row the agent was reading stays put.
  const edges = useRef<{ first?: string; last?: string }>({});
  const first = keys[0];
  const last = keys[keys.length - 1];
  useLayoutEffect(() => {
    const previous = edges.current;
    edges.current = { first, last };
    const scroller = scrollRef.current;
    if (!scroller || keys.length === 0) return;
    if (previous.last !== last) {
      virtualizer.scrollToIndex(keys.length - 1, { align: 'end' });
      return;
    }
    const added = prependedCount(previous.first, keys);
    if (added > 0) {
      const measurements = virtualizer.measurementsCache;
      scroller.scrollTop += measurements[added].start - measurements[0].start;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a changed first or last row moves the scroll
  }, [first, last]);

  // The list getting shorter (a tab or the suggestions opening under it, at 360 px) or its rows
  // taller (re-measured after a narrower width, a picture loaded) keeps the newest message in view
  // when the agent was at the bottom; scrolled up, their place stays.
  const listRef = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);
  const hasRows = items.length > 0;
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || !listRef.current) return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) scroller.scrollTop = scroller.scrollHeight;
    });
    observer.observe(scroller);
    observer.observe(listRef.current);
    return () => observer.disconnect();
  }, [hasRows]);
  const onScroll = (scroller: HTMLDivElement) => {
    atBottom.current = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < BOTTOM_SLACK;
    if (shouldLoadOlder(scroller.scrollTop, hasOlder)) onLoadOlder?.();
  };

  if (!messages)
    return (
      <p role="status" className="flex-1 p-6 text-center text-[12.5px] text-zinc-500">
        {t.thread.loading}
      </p>
    );
  if (items.length === 0) return <p className="flex-1 p-6 text-center text-[12.5px] text-zinc-500">{t.thread.empty}</p>;

  return (
    <div
      ref={scrollRef}
      data-testid="thread-scroll"
      onScroll={(e) => onScroll(e.currentTarget)}
      className="min-h-24 flex-1 overflow-y-auto bg-zinc-50 px-3 [overflow-anchor:none]"
    >
      <ol
        ref={listRef}
        data-testid="thread"
        aria-label={t.list.label}
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          const showDay = row.index === 0 || !isSameDay(items[row.index - 1].at, item.at);
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className="absolute left-0 top-0 flex w-full flex-col"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {showDay && <DaySeparator label={dayLabel(item.at, now)} />}
              {item.kind === 'note' ? (
                <NoteItem note={item.note} authorName={agents.get(item.note.agentId)?.name} />
              ) : (
                <MessageItem
                  message={item.message}
                  authorName={item.message.agentId ? agents.get(item.message.agentId)?.name : undefined}
                  onInsert={onInsert}
                  onRetry={onRetry}
                  showName={runPlace(items, row.index).first}
                  showFooter={showsFooter(items, row.index)}
                />
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function DaySeparator({ label }: { label: string }) {
  return (
    <div
      role="separator"
      data-testid="day-separator"
      className="my-3 flex items-center gap-3 text-[10.5px] font-medium uppercase tracking-wide text-zinc-500"
    >
      <span className="h-px flex-1 bg-zinc-200" />
      {label}
      <span className="h-px flex-1 bg-zinc-200" />
    </div>
  );
}

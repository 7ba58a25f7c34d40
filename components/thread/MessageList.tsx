import { useEffect, useRef } from 'react';
import type { StoredMessage } from '@/utils/db';
import type { Agent, Note } from '@/core/model';
import { mergeTimeline } from '@/utils/thread/timeline';
import { dayLabel, isSameDay } from '@/utils/format/time';
import { t } from '@/utils/i18n';
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
}

/** The thread with day separators; sticks to the bottom as messages arrive. */
export function MessageList({ messages, agents, now, onInsert, onRetry, notes = [] }: Props) {
  const endRef = useRef<HTMLDivElement>(null);
  const count = (messages?.length ?? 0) + notes.length;
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [count]);

  if (!messages) return <p role="status" className="flex-1 p-6 text-center text-[12.5px] text-zinc-400">{t.thread.loading}</p>;
  if (messages.length === 0 && notes.length === 0) return <p className="flex-1 p-6 text-center text-[12.5px] text-zinc-400">{t.thread.empty}</p>;

  return (
    <div className="min-h-0 flex-1 overflow-y-auto bg-zinc-50 px-3 py-2">
      <ol data-testid="thread" aria-label={t.list.label} className="flex flex-col">
        {mergeTimeline(messages, notes).map((item, i, items) => (
          <Day
            key={item.kind === 'message' ? item.message.id : item.note.id}
            show={i === 0 || !isSameDay(items[i - 1].at, item.at)}
            label={dayLabel(item.at, now)}
          >
            {item.kind === 'note' ? (
              <NoteItem note={item.note} authorName={agents.get(item.note.agentId)?.name} />
            ) : (
              <MessageItem
                message={item.message}
                authorName={item.message.agentId ? agents.get(item.message.agentId)?.name : undefined}
                onInsert={onInsert}
                onRetry={onRetry}
              />
            )}
          </Day>
        ))}
      </ol>
      <div ref={endRef} />
    </div>
  );
}

function Day({ show, label, children }: { show: boolean; label: string; children: React.ReactNode }) {
  return (
    <>
      {show && (
        <li role="separator" data-testid="day-separator" className="my-3 flex items-center gap-3 text-[10.5px] font-medium uppercase tracking-wide text-zinc-400">
          <span className="h-px flex-1 bg-zinc-200" />
          {label}
          <span className="h-px flex-1 bg-zinc-200" />
        </li>
      )}
      {children}
    </>
  );
}

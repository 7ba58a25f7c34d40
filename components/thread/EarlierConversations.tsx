import { useEffect, useState } from 'react';
import type { HistoryEntry } from '@/core/api/history';
import type { Agent, Conversation } from '@/core/model';
import { dayLabel } from '@/utils/format/time';
import { t } from '@/utils/i18n';
import { earlierConversations } from '@/utils/thread/earlierConversations';

type Loaded =
  { status: 'loading' } | { status: 'done'; entries: HistoryEntry[] } | { status: 'failed'; message: string };

/**
 * "Earlier conversations (N)" at the top of the thread: the customer's other conversations (closed,
 * other agents'), with who handled them, when and how they ended. One opens read-only (`onOpen`).
 */
export function EarlierConversations({
  conversation: c,
  agents,
  now,
  history,
  onOpen,
}: {
  conversation: Conversation;
  agents: Map<string, Agent>;
  now: number;
  history: (contactId: string) => Promise<{ entries: HistoryEntry[] }>;
  onOpen: (earlier: Conversation) => void;
}) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    let current = true;
    history(c.contactId).then(
      (page) => current && setLoaded({ status: 'done', entries: page.entries }),
      (err: unknown) => current && setLoaded({ status: 'failed', message: (err as Error)?.message ?? String(err) }),
    );
    return () => {
      current = false;
    };
  }, [c.contactId, c.id, history]);
  const h = t.lifecycle.history;
  if (loaded.status === 'failed')
    return <p className="shrink-0 px-3 py-1 text-[11.5px] text-rose-600">{h.failed(loaded.message)}</p>;
  const rows = loaded.status === 'done' ? earlierConversations(loaded.entries, c.id, agents) : [];
  if (rows.length === 0) return null;
  return (
    <section data-testid="earlier-conversations" className="shrink-0 border-b border-zinc-200 bg-zinc-50">
      <button
        type="button"
        aria-expanded={expanded}
        data-testid="earlier-toggle"
        onClick={() => setExpanded((open) => !open)}
        className="flex w-full items-center gap-1.5 px-3 py-1.5 text-left text-[12px] font-medium text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500"
      >
        <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        {h.toggle(rows.length)}
      </button>
      {expanded && (
        <ul aria-label={h.label} className="max-h-48 overflow-y-auto">
          {rows.map((row) => {
            const from = dayLabel(row.from, now);
            const to = dayLabel(row.to, now);
            return (
              <li key={row.conversation.id}>
                <button
                  type="button"
                  data-testid="earlier-conversation"
                  data-conversation-id={row.conversation.id}
                  onClick={() => onOpen(row.conversation)}
                  className="block w-full border-t border-zinc-200 px-3 py-1.5 text-left text-[11.5px] hover:bg-white focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500"
                >
                  <span className="flex items-baseline gap-2">
                    <span data-testid="earlier-outcome" className="font-medium text-zinc-800">
                      {row.outcome === 'open' ? h.open : t.lifecycle.status[row.outcome]}
                    </span>
                    <span className="ml-auto shrink-0 text-zinc-500">{from === to ? from : `${from} – ${to}`}</span>
                  </span>
                  <span className="block break-words text-zinc-600">
                    {row.handledBy.length ? h.handledBy(row.handledBy.join(', ')) : h.nobody} ·{' '}
                    {h.messages(row.messageCount)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import { isWithinHorizon } from '@/core/inbox';
import type { Conversation } from '@/core/model';
import { relativeTime } from '@/utils/format/time';
import { t } from '@/utils/i18n';
import { Avatar } from '../common/Avatar';
import { ChannelMark } from '../common/ChannelMark';
import type { SearchState } from './useSearch';

/** Server search results: every visible conversation, old and closed ones marked as such. */
export function SearchResults({
  query,
  state,
  now,
  onOpen,
  onMore,
}: {
  query: string;
  state: SearchState;
  now: number;
  onOpen: (c: Conversation) => void;
  /** The next page of the same query. */
  onMore: () => void;
}) {
  const s = t.lifecycle.search;
  if (state.status === 'idle' || state.status === 'searching')
    return (
      <p role="status" className="p-6 text-center text-[12.5px] text-zinc-400">
        {s.searching}
      </p>
    );
  if (state.status === 'failed')
    return (
      <p role="alert" className="p-6 text-center text-[12.5px] text-rose-600">
        {s.failed(state.message)}
      </p>
    );
  if (state.results.length === 0)
    return (
      <p data-testid="search-empty" className="p-6 text-center text-[12.5px] text-zinc-500">
        {s.none(query.trim())}
      </p>
    );
  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <p className="px-3 pt-2 text-[11px] font-medium uppercase tracking-wide text-zinc-400">
        {state.nextCursor ? s.resultsMore(state.results.length) : s.results(state.results.length)}
      </p>
      <ul aria-label={s.label}>
        {state.results.map((c) => {
          const old = !isWithinHorizon(c, now);
          const closed = c.status === 'closed';
          return (
            <li key={c.id}>
              <button
                type="button"
                data-testid="search-result"
                data-conversation-id={c.id}
                onClick={() => onOpen(c)}
                className="flex w-full items-start gap-3 border-b border-zinc-100 px-3 py-2.5 text-left hover:bg-zinc-50 focus-visible:bg-indigo-50/60 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500"
              >
                <span className="relative mt-0.5">
                  <Avatar name={c.contactName} size={32} />
                  <ChannelMark channel={c.channel} className="absolute -right-0.5 -bottom-0.5 h-3.5 w-3.5" />
                </span>
                <span className="min-w-0 flex-1">
                  <span className="flex items-baseline gap-2">
                    <span className="truncate text-[13px] font-medium text-zinc-800">{c.contactName}</span>
                    <span className="ml-auto shrink-0 text-[11px] text-zinc-400">
                      {relativeTime(c.lastActivityAt, now)}
                    </span>
                  </span>
                  <span className="block truncate text-[12px] text-zinc-500">{c.lastMessagePreview}</span>
                  {(old || closed) && (
                    <span className="mt-1 flex gap-1">
                      {closed && (
                        <span
                          data-testid="result-closed"
                          className="rounded bg-zinc-100 px-1.5 py-0.5 text-[10.5px] font-medium text-zinc-600"
                        >
                          {c.closeType ? t.lifecycle.status[c.closeType] : s.closed}
                        </span>
                      )}
                      {old && (
                        <span
                          data-testid="result-old"
                          className="rounded bg-sky-50 px-1.5 py-0.5 text-[10.5px] font-medium text-sky-700"
                        >
                          {s.old}
                        </span>
                      )}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {state.nextCursor && (
        <button
          type="button"
          data-testid="search-more"
          disabled={state.loadingMore}
          onClick={onMore}
          className="block w-full px-3 py-2.5 text-center text-[12.5px] font-medium text-indigo-600 hover:bg-zinc-50 disabled:text-zinc-400 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500"
        >
          {state.loadingMore ? s.loadingMore : s.more}
        </button>
      )}
    </div>
  );
}

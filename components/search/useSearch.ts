import { useCallback, useEffect, useState } from 'react';
import type { SearchPage } from '@/core/api/search';
import type { Conversation } from '@/core/model';
import { appendPage } from './searchPages';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; results: Conversation[]; nextCursor: string | null; loadingMore: boolean }
  | { status: 'failed'; message: string };

const DEBOUNCE_MS = 250;
const messageOf = (err: unknown) => (err as Error)?.message ?? String(err);

/**
 * Asks the server (through the background) once typing pauses; a newer query wins. `loadMore`
 * fetches the next page of the same query ("More results"), never a silent cut-off.
 */
export function useSearch(
  query: string,
  search: (q: string, cursor?: string) => Promise<SearchPage>,
): { state: SearchState; loadMore: () => void } {
  // The last answer and the query it answers: idle and searching are derived, not stored.
  const [answer, setAnswer] = useState<{ q: string; state: SearchState } | null>(null);
  const q = query.trim();
  useEffect(() => {
    if (!q) return;
    let current = true;
    const timer = setTimeout(() => {
      search(q).then(
        (page) =>
          current &&
          setAnswer({
            q,
            state: { status: 'done', results: page.conversations, nextCursor: page.nextCursor, loadingMore: false },
          }),
        (err: unknown) => current && setAnswer({ q, state: { status: 'failed', message: messageOf(err) } }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, search]);

  const loadMore = useCallback(() => {
    const shown = answer?.q === q ? answer.state : null;
    if (shown?.status !== 'done' || !shown.nextCursor || shown.loadingMore) return;
    setAnswer({ q, state: { ...shown, loadingMore: true } });
    search(q, shown.nextCursor).then(
      (page) =>
        // Only if the query is still the one this page continues.
        setAnswer((prev) =>
          prev?.q === q && prev.state.status === 'done'
            ? {
                q,
                state: {
                  status: 'done',
                  results: appendPage(prev.state.results, page),
                  nextCursor: page.nextCursor,
                  loadingMore: false,
                },
              }
            : prev,
        ),
      (err: unknown) =>
        setAnswer((prev) => (prev?.q === q ? { q, state: { status: 'failed', message: messageOf(err) } } : prev)),
    );
  }, [answer, q, search]);

  if (!q) return { state: { status: 'idle' }, loadMore };
  return { state: answer?.q === q ? answer.state : { status: 'searching' }, loadMore };
}

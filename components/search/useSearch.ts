import { useEffect, useState } from 'react';
import type { Conversation } from '@/core/model';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; results: Conversation[] }
  | { status: 'failed'; message: string };

const DEBOUNCE_MS = 250;

/** Asks the server (through the background) once typing pauses; a newer query wins. */
export function useSearch(query: string, search: (q: string) => Promise<Conversation[]>): SearchState {
  // The last answer and the query it answers: idle and searching are derived, not stored.
  const [answer, setAnswer] = useState<{ q: string; state: SearchState } | null>(null);
  const q = query.trim();
  useEffect(() => {
    if (!q) return;
    let current = true;
    const timer = setTimeout(() => {
      search(q).then(
        (results) => current && setAnswer({ q, state: { status: 'done', results } }),
        (err: unknown) =>
          current && setAnswer({ q, state: { status: 'failed', message: (err as Error)?.message ?? String(err) } }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, search]);
  if (!q) return { status: 'idle' };
  return answer?.q === q ? answer.state : { status: 'searching' };
}

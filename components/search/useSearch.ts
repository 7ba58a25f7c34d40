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
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const q = query.trim();
  useEffect(() => {
    if (!q) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState({ status: 'searching' });
    const timer = setTimeout(() => {
      search(q).then(
        (results) => current && setState({ status: 'done', results }),
        (err: unknown) => current && setState({ status: 'failed', message: (err as Error)?.message ?? String(err) }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, search]);
  return state;
}

import { useState, type ReactNode } from 'react';
import type { Agent, Conversation } from '@/core/model';
import { useDb } from '../hooks/DbContext';
import type { PanelActions } from '../sidepanel/usePanelActions';
import { RemoteThreadView } from './RemoteThreadView';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { useSearch } from './useSearch';

interface Props {
  now: number;
  agents: Map<string, Agent>;
  actions: PanelActions;
  /** Opens a conversation held in the local copy (the normal thread). */
  onOpen: (id: string) => void;
  /** The inboxes, shown while no query is typed. */
  children: ReactNode;
  /** Beside the search box. */
  aside?: ReactNode;
}

/** The search box over the inboxes; a query swaps the inboxes for the server's results. */
export function SearchableInbox({ now, agents, actions, onOpen, children, aside }: Props) {
  const db = useDb();
  const [query, setQuery] = useState('');
  const [remote, setRemote] = useState<Conversation | null>(null);
  const { state, loadMore } = useSearch(query, actions.search);

  if (remote)
    return (
      <RemoteThreadView
        conversation={remote}
        agents={agents}
        now={now}
        actions={actions}
        onBack={() => setRemote(null)}
      />
    );

  const open = async (c: Conversation) => {
    // In the local copy (recent, visible): the live thread. Otherwise a fetched, read-only view.
    if (await db.conversations.get(c.id)) onOpen(c.id);
    else setRemote(c);
  };
  return (
    <>
      <SearchBox value={query} onChange={setQuery} aside={aside} />
      {query.trim() ? (
        <SearchResults query={query} state={state} now={now} onOpen={(c) => void open(c)} onMore={loadMore} />
      ) : (
        children
      )}
    </>
  );
}

import { useEffect, useState } from 'react';
import type { Agent, Conversation, Message, Note } from '@/core/model';
import { t } from '@/utils/i18n';
import { ThreadShortcuts } from '../keyboard/ThreadShortcuts';
import type { PanelActions } from '../sidepanel/usePanelActions';
import { MessageList } from '../thread/MessageList';
import { ThreadHeader } from '../thread/ThreadHeader';

type Loaded =
  | { status: 'loading' }
  | { status: 'done'; messages: Message[]; notes: Note[] }
  | { status: 'failed'; message: string };

/**
 * A conversation found by search that is not in the local copy (older than 30 days, or closed and
 * pruned): its messages and notes fetched from the server into this view only, read-only.
 */
export function RemoteThreadView({
  conversation: c,
  agents,
  now,
  actions,
  onBack,
}: {
  conversation: Conversation;
  agents: Map<string, Agent>;
  now: number;
  actions: PanelActions;
  onBack: () => void;
}) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    actions.fetchThread(c.id).then(
      (r) => current && setLoaded({ status: 'done', ...r }),
      (err: unknown) => current && setLoaded({ status: 'failed', message: (err as Error)?.message ?? String(err) }),
    );
    return () => {
      current = false;
    };
  }, [c.id, actions]);
  const closedLabel = c.status === 'closed' && c.closeType ? t.lifecycle.status[c.closeType] : null;
  return (
    <div data-testid="remote-thread" className="flex min-h-0 flex-1 flex-col">
      <ThreadShortcuts canTake={false} onTake={() => undefined} onBack={onBack} />
      <ThreadHeader conversation={c} now={now} onBack={onBack} />
      <p className="shrink-0 border-b border-sky-100 bg-sky-50 px-3 py-1.5 text-[11.5px] text-sky-800">
        {t.lifecycle.remote.banner}
        {closedLabel && <span className="font-medium"> · {closedLabel}</span>}
      </p>
      {loaded.status === 'failed' ? (
        <p role="alert" className="flex-1 p-6 text-center text-[12.5px] text-rose-600">
          {t.lifecycle.remote.failed(loaded.message)}
        </p>
      ) : (
        <MessageList
          messages={loaded.status === 'done' ? loaded.messages : undefined}
          notes={loaded.status === 'done' ? loaded.notes : []}
          agents={agents}
          now={now}
          onInsert={actions.insert}
          onRetry={() => undefined}
        />
      )}
    </div>
  );
}

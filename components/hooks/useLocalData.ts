// Live views of the local copy. Each returns undefined while Dexie is still answering (loading).
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Layout } from '@/core/inbox';
import type { Agent } from '@/core/model';
import { readSyncState } from '@/utils/db';
import { effectiveLayout } from '@/utils/prefs/effectiveLayout';
import { useDb } from './DbContext';

export function useSyncState() {
  const db = useDb();
  return useLiveQuery(() => readSyncState(db), [db]);
}

export function useMe() {
  const db = useDb();
  return useLiveQuery(async () => ({ me: (await db.session.get('me')) ?? null }), [db]);
}

export function useLayout(): [Layout, (layout: Layout) => void] {
  const db = useDb();
  const layout =
    useLiveQuery(
      async () =>
        effectiveLayout((await db.prefs.get('prefs'))?.layout, (await db.settings.get('workspace'))?.defaultLayout),
      [db],
    ) ?? 'classic';
  const setLayout = (next: Layout) => void db.prefs.put({ id: 'prefs', layout: next });
  return [layout, setLayout];
}

export function useConversation(id: string) {
  const db = useDb();
  return useLiveQuery(async () => ({ conversation: (await db.conversations.get(id)) ?? null }), [db, id]);
}

export function useThread(conversationId: string) {
  const db = useDb();
  return useLiveQuery(
    () =>
      db.messages
        .where('[conversationId+order]')
        .between([conversationId, Dexie.minKey], [conversationId, Dexie.maxKey])
        .toArray(),
    [db, conversationId],
  );
}

export function useAgents(): Map<string, Agent> {
  const db = useDb();
  const agents = useLiveQuery(() => db.agents.toArray(), [db]);
  return new Map((agents ?? []).map((a) => [a.id, a]));
}

import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from './DbContext';

/** The conversation's private notes in the local copy, oldest first. */
export function useNotes(conversationId: string) {
  const db = useDb();
  return useLiveQuery(
    () =>
      db.notes
        .where('[conversationId+createdAt]')
        .between([conversationId, Dexie.minKey], [conversationId, Dexie.maxKey])
        .toArray(),
    [db, conversationId],
  );
}

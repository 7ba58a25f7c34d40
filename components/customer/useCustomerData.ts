// Live views of customer information in the local copy (undefined while Dexie answers).
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../hooks/DbContext';

export function useContact(id: string) {
  const db = useDb();
  return useLiveQuery(async () => ({ contact: (await db.contacts.get(id)) ?? null }), [db, id]);
}

/** Every tag, by name. */
export function useTags() {
  const db = useDb();
  return useLiveQuery(async () => (await db.tags.toArray()).sort((a, b) => a.name.localeCompare(b.name)), [db]);
}

/** Every information field, in the admin's order. */
export function useFieldDefinitions() {
  const db = useDb();
  return useLiveQuery(() => db.fields.orderBy('position').toArray(), [db]);
}

/** Ids of the customers carrying the tag (through the multi-entry tag index); null for no filter. */
export function useTaggedContactIds(tagId: string | null) {
  const db = useDb();
  return useLiveQuery(
    async () => (tagId === null ? null : new Set(await db.contacts.where('tagIds').equals(tagId).primaryKeys())),
    [db, tagId],
  );
}

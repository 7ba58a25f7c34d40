// Live views of the workspace catalog in the synced copy, for the administration sections.
import { useLiveQuery } from 'dexie-react-hooks';
import { byPosition } from '@/utils/admin/reorderFields';
import { useDb } from '../../hooks/DbContext';

export function useTags() {
  const db = useDb();
  return useLiveQuery(() => db.tags.toArray().then((tags) => tags.sort((a, b) => a.name.localeCompare(b.name))), [db]);
}

export function useFields() {
  const db = useDb();
  return useLiveQuery(() => db.fields.toArray().then(byPosition), [db]);
}

export function useTemplates() {
  const db = useDb();
  return useLiveQuery(() => db.templates.orderBy('name').toArray(), [db]);
}

export function useAgentList() {
  const db = useDb();
  return useLiveQuery(
    () => db.agents.toArray().then((agents) => agents.sort((a, b) => a.name.localeCompare(b.name))),
    [db],
  );
}

export function useWorkspaceSettings() {
  const db = useDb();
  return useLiveQuery(async () => ({ settings: (await db.settings.get('workspace')) ?? null }), [db]);
}

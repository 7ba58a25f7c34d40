// One sync page: the change rows after the cursor in sequence order, the current state of what
// they name, filtered for the viewer. The cursor advances over every scanned row, visible or not.
import type { SyncResponse } from '../../core/api/sync';
import type { Principal } from '../../core/visibility';
import type { Queryable } from '../store/db';
import type { Entity } from '../store/recordChanges';
import { findContactsByIds } from '../store/repos/contacts';
import { findConversationsByContacts, findConversationsByIds } from '../store/repos/conversations';
import { catalogEntities, conversationScopedEntities, isCatalogType, isConversationScopedType } from './syncedEntities';
import { toViewerChanges, type ChangeRow, type LoadedEntities } from './toViewerChanges';

export async function readSync(q: Queryable, viewer: Principal, since: number, limit: number): Promise<SyncResponse> {
  const raw = await q.query<{ entity: Entity; entity_id: string; seq: number; visibility_seq: number | null }>(
    'SELECT entity, entity_id, seq, visibility_seq FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2',
    [since, limit],
  );
  if (raw.length === 0) return { changes: [], cursor: since, hasMore: false };
  const rows: ChangeRow[] = raw.map((r) => ({
    entity: r.entity,
    entityId: r.entity_id,
    seq: Number(r.seq),
    visibilitySeq: r.visibility_seq === null ? null : Number(r.visibility_seq),
  }));
  const idsByEntity = new Map<Entity, string[]>();
  for (const r of raw) idsByEntity.set(r.entity, [...(idsByEntity.get(r.entity) ?? []), r.entity_id]);
  const ids = (entity: Entity) => idsByEntity.get(entity) ?? [];

  const scoped: LoadedEntities['scoped'] = new Map();
  const catalog: LoadedEntities['catalog'] = new Map();
  await Promise.all(
    [...idsByEntity.keys()].map(async (entity) => {
      if (isConversationScopedType(entity)) {
        const spec = conversationScopedEntities[entity];
        if (spec) scoped.set(entity, new Map((await spec.load(q, ids(entity))).map((r) => [r.id, r])));
      } else if (isCatalogType(entity)) {
        const spec = catalogEntities[entity];
        if (spec) catalog.set(entity, new Map((await spec.load(q, ids(entity))).map((r) => [r.id, r] as const)));
      }
    }),
  );

  // Conversations named directly, and those that decide who receives a message or note.
  const conversationIds = new Set(ids('conversation'));
  for (const records of scoped.values()) for (const r of records.values()) conversationIds.add(r.conversationId);
  const contactIds = ids('contact');
  const [conversations, contacts, contactConversations] = await Promise.all([
    findConversationsByIds(q, [...conversationIds]),
    findContactsByIds(q, contactIds),
    viewer.role === 'admin' ? Promise.resolve([]) : findConversationsByContacts(q, contactIds),
  ]);
  const conversationsByContact = new Map<string, typeof conversations>();
  for (const c of contactConversations)
    conversationsByContact.set(c.contactId, [...(conversationsByContact.get(c.contactId) ?? []), c]);

  const changes = toViewerChanges(
    rows,
    {
      conversations: new Map(conversations.map((c) => [c.id, c])),
      contacts: new Map(contacts.map((c) => [c.id, c])),
      conversationsByContact,
      catalog,
      scoped,
    },
    viewer,
    since,
  );
  return { changes, cursor: rows[rows.length - 1].seq, hasMore: raw.length === limit };
}

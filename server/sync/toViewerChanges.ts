// Turns scanned change rows plus the entities' current state into what one viewer receives. Pure.
// A conversation the viewer may not see becomes a removal when it left their sight after their
// cursor (taken or reassigned away: they may hold a copy); otherwise it is skipped, so others'
// activity neither wakes nor informs them. Records of a conversation (messages, notes) go exactly
// where the conversation goes. Workspace records go to everyone (or admins only).
import { RemovableEntity, type Change, type Contact, type Conversation } from '../../core/model';
import { canSee, type Principal } from '../../core/visibility';
import type { Entity } from '../store/recordChanges';
import { catalogEntities, isCatalogType, isConversationScopedType, conversationScopedEntities } from './syncedEntities';

const isRemovable = (entity: string): entity is RemovableEntity =>
  (RemovableEntity.options as readonly string[]).includes(entity);

export interface ChangeRow {
  entity: Entity;
  entityId: string;
  seq: number;
  /** For conversations: when it last changed who may see it. */
  visibilitySeq: number | null;
}

type Data = { id: string };
type ScopedData = Data & { conversationId: string };

export interface LoadedEntities {
  conversations: Map<string, Conversation>;
  contacts: Map<string, Contact>;
  /** For each contact, its conversations: a contact is visible with any of them. */
  conversationsByContact: Map<string, Conversation[]>;
  /** Catalog entities (agent, tag, field, …) by entity, then id. */
  catalog: Map<Entity, Map<string, Data>>;
  /** Conversation-scoped entities (message, note) by entity, then id. */
  scoped: Map<Entity, Map<string, ScopedData>>;
}

/** `since` is the viewer's cursor: 0 means an empty copy, which needs no removals. */
export function toViewerChanges(rows: ChangeRow[], loaded: LoadedEntities, viewer: Principal, since: number): Change[] {
  const out: Change[] = [];
  const remove = (seq: number, entity: RemovableEntity, id: string) => {
    if (since > 0) out.push({ seq, type: 'remove', data: { entity, id } });
  };
  for (const { entity, entityId: id, seq, visibilitySeq } of rows) {
    if (entity === 'conversation') {
      const conversation = loaded.conversations.get(id);
      if (conversation && canSee(conversation, viewer)) out.push({ seq, type: 'conversation', data: conversation });
      else if (conversation === undefined || (visibilitySeq !== null && since < visibilitySeq))
        remove(seq, 'conversation', id);
    } else if (entity === 'contact') {
      const contact = loaded.contacts.get(id);
      const theirs = loaded.conversationsByContact.get(id) ?? [];
      if (contact && (viewer.role === 'admin' || theirs.some((c) => canSee(c, viewer)))) {
        out.push({ seq, type: 'contact', data: contact });
      }
    } else if (isConversationScopedType(entity)) {
      const record = loaded.scoped.get(entity)?.get(id);
      const conversation = record && loaded.conversations.get(record.conversationId);
      if (record && conversation && canSee(conversation, viewer))
        out.push({ seq, type: entity, data: record } as Change);
      else if (!record && conversationScopedEntities[entity]?.removable && isRemovable(entity)) remove(seq, entity, id);
    } else if (isCatalogType(entity)) {
      const spec = catalogEntities[entity];
      if (!spec || (spec.audience === 'admins' && viewer.role !== 'admin')) continue;
      const record = loaded.catalog.get(entity)?.get(id);
      if (record) out.push({ seq, type: entity, data: record } as Change);
      else if (spec.removable && entity !== 'agent' && entity !== 'settings') remove(seq, entity, id);
    }
  }
  return out;
}

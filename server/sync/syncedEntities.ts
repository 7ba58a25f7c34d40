// The table every synced entity besides conversations and contacts registers in: how to load its
// current state by id, and who receives it. A feature adds one entry here, nothing else in sync.
import type { Change } from '../../core/model';
import type { Queryable } from '../store/db';
import { findAgentsByIds } from '../store/repos/agents';
import { findFieldsByIds } from '../store/repos/fieldDefinitions';
import { findMessagesByIds } from '../store/repos/messages';
import { findNotesByIds } from '../store/repos/notes';
import { findSettingsByIds } from '../store/repos/settings';
import { findTemplatesByIds } from '../store/repos/templates';
import { findCampaignsByIds } from '../store/repos/campaigns';
import { findTagsByIds } from '../store/repos/tags';
import { findQuickRepliesByIds } from '../store/repos/quickReplies';
import { findSummariesByIds } from '../store/repos/summaries';

type Payload<T extends Change['type']> = Extract<Change, { type: T }>['data'];

/** Workspace-wide records: every viewer (or only admins) receives them; a deleted one is removed. */
export interface CatalogEntity<T extends Change['type']> {
  audience: 'everyone' | 'admins';
  load(q: Queryable, ids: string[]): Promise<Payload<T>[]>;
  /** Loaded-but-gone rows become a `remove` of this entity (omit when they are never deleted). */
  removable: boolean;
}

/** Records that belong to one conversation: received exactly when that conversation is visible. */
export interface ConversationScopedEntity<T extends Change['type']> {
  load(q: Queryable, ids: string[]): Promise<Payload<T>[]>;
  removable: boolean;
}

const CATALOG_TYPES = ['agent', 'tag', 'field', 'template', 'settings', 'campaign', 'quickReply'] as const;
const CONVERSATION_SCOPED_TYPES = ['message', 'note', 'summary'] as const;
export type CatalogType = (typeof CATALOG_TYPES)[number];
export type ConversationScopedType = (typeof CONVERSATION_SCOPED_TYPES)[number];

export const catalogEntities: { [T in CatalogType]?: CatalogEntity<T> } = {
  agent: { audience: 'everyone', load: findAgentsByIds, removable: false },
  settings: { audience: 'everyone', load: findSettingsByIds, removable: false },
  tag: { audience: 'everyone', load: findTagsByIds, removable: true },
  field: { audience: 'everyone', load: findFieldsByIds, removable: true },
  template: { audience: 'everyone', load: findTemplatesByIds, removable: true },
  campaign: { audience: 'admins', load: findCampaignsByIds, removable: false },
  quickReply: { audience: 'everyone', load: findQuickRepliesByIds, removable: true },
};

export const conversationScopedEntities: { [T in ConversationScopedType]?: ConversationScopedEntity<T> } = {
  message: { load: findMessagesByIds, removable: false },
  note: { load: findNotesByIds, removable: false },
  summary: { load: findSummariesByIds, removable: false },
};

export const isCatalogType = (entity: string): entity is CatalogType =>
  (CATALOG_TYPES as readonly string[]).includes(entity);
export const isConversationScopedType = (entity: string): entity is ConversationScopedType =>
  (CONVERSATION_SCOPED_TYPES as readonly string[]).includes(entity);

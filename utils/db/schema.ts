// The worker's local copy of what the signed-in agent may see, plus the records that make sync
// and the outbox survive a worker restart. The side panel only reads it (useLiveQuery).
import { Dexie, type EntityTable } from 'dexie';
import type {
  Agent,
  Campaign,
  Contact,
  Conversation,
  DeliveryStatus,
  FieldDefinition,
  Message,
  Note,
  QuickReply,
  Settings,
  Summary,
  Tag,
  Template,
} from '@/core/model';
import type { Layout } from '@/core/inbox';
import { localOrder } from './messageOrder';
import { queueKeyMiddleware, queueKeyOf, withQueueKey, type StoredConversation } from './queueKey';
import type { TemplateSend } from '@/core/api/messages';

/**
 * Local-only statuses: 'sending' is a reply in the outbox that the server has not answered yet;
 * 'held' one waiting behind an earlier reply of the same conversation that the server refused.
 */
export type LocalDeliveryStatus = DeliveryStatus | 'sending' | 'held';

export interface StoredMessage extends Omit<Message, 'status'> {
  status: LocalDeliveryStatus | null;
  /** Local template sends only: what to send again if the server never accepted it. */
  template?: TemplateSend;
}

/** An edit made while the server may be away, sent through the outbox like a reply. */
export type OutboxEdit =
  | { kind: 'note'; text: string }
  | { kind: 'tag'; contactId: string; tagId: string; on: boolean }
  | { kind: 'fields'; contactId: string; values: Record<string, string | number | null> };

export interface OutboxEntry {
  clientId: string;
  /** The queue it waits in: the conversation, or `contact:<id>` for a customer's tags and fields. */
  conversationId: string;
  /** For a template: the rendered body, as the thread shows it. */
  text: string;
  /** Set when the entry is a template send rather than a text reply. */
  template?: TemplateSend;
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  /** Breaks createdAt ties: the order written, increasing across the outbox. */
  position?: number;
  /** Set for a note, tag or field edit; absent for a reply or a template. */
  edit?: OutboxEdit;
  /** The server refused this entry: it stays as its conversation's head and holds the replies behind it. */
  refused?: { code: string; message: string };
}

export const SYNC_STATUSES = ['signed_out', 'connecting', 'live', 'reconnecting', 'offline', 'error'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

export interface SyncStateRecord {
  id: 'sync';
  cursor: number;
  status: SyncStatus;
  /** The server's (or network's) message for 'error', 'reconnecting' and 'offline'. */
  lastError: string | null;
  /** The code behind lastError: the panel words it in its own language (utils/i18n/errorWords). */
  lastErrorCode?: string | null;
  lastSyncAt: number | null;
  /** Consecutive failures, for the backoff; reset by a successful pull. */
  failures: number;
}

/** Who is signed in, mirrored from storage so the panel can render it live. The token is not here. */
export interface SessionRecord {
  id: 'me';
  agent: Agent;
  serverUrl: string;
}

export interface PrefsRecord {
  id: 'prefs';
  layout: Layout;
}

/** A conversation that newly appeared in our copy and whose older messages must be fetched. */
export interface PendingBackfill {
  conversationId: string;
}

export class SidedeskDb extends Dexie {
  conversations!: EntityTable<Conversation, 'id'>;
  messages!: EntityTable<StoredMessage, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  agents!: EntityTable<Agent, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'clientId'>;
  syncState!: EntityTable<SyncStateRecord, 'id'>;
  session!: EntityTable<SessionRecord, 'id'>;
  prefs!: EntityTable<PrefsRecord, 'id'>;
  pendingBackfill!: EntityTable<PendingBackfill, 'conversationId'>;
  tags!: EntityTable<Tag, 'id'>;
  fields!: EntityTable<FieldDefinition, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  campaigns!: EntityTable<Campaign, 'id'>;
  quickReplies!: EntityTable<QuickReply, 'id'>;
  summaries!: EntityTable<Summary, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      // assigneeId is null for the New queue, and null is not an IndexedDB key: inbox queries
      // range over lastActivityAt (the 30-day horizon) and let core's inboxOf decide the rest.
      conversations: 'id, lastActivityAt, [assigneeId+lastActivityAt]',
      messages: 'id, conversationId, [conversationId+createdAt], clientId',
      contacts: 'id',
      agents: 'id',
      outbox: 'clientId, conversationId, nextAttemptAt',
      syncState: 'id',
      session: 'id',
      prefs: 'id',
      pendingBackfill: 'conversationId',
    });
    // The workspace's catalog (tags, fields, templates, settings), notes and campaigns.
    this.version(2).stores({
      tags: 'id',
      fields: 'id, position',
      notes: 'id, [conversationId+createdAt]',
      templates: 'id, name',
      settings: 'id',
      campaigns: 'id, createdAt',
    });
    // The inbox's tag filter looks customers up by tag (multi-entry: one key per tag id).
    this.version(3).stores({ contacts: 'id, *tagIds' });
    // The inbox reads its two queues (New and mine) by index: queueKey is derived on every write
    // (utils/db/queueKey.ts); existing rows get it here.
    this.version(4)
      .stores({ conversations: 'id, lastActivityAt, [assigneeId+lastActivityAt], [queueKey+lastActivityAt]' })
      .upgrade((tx) =>
        tx
          .table('conversations')
          .toCollection()
          .modify((c: Conversation & { queueKey?: string }) => {
            const key = queueKeyOf(c);
            if (key === undefined) delete c.queueKey;
            else c.queueKey = key;
          }),
      );
    // The AI half: the workspace's quick replies, and each conversation's summaries (newest last).
    this.version(5).stores({ quickReplies: 'id', summaries: 'id, conversationId, [conversationId+createdAt]' });
    // Threads sort by the server's order, not Meta's whole-second timestamps (a burst scrambled):
    // copies stored before it existed are fetched again; unacknowledged replies sort last.
    this.version(6)
      .stores({ messages: 'id, conversationId, [conversationId+createdAt], [conversationId+order], clientId' })
      .upgrade(async (tx) => {
        const stale = new Set<string>();
        await tx
          .table('messages')
          .toCollection()
          .modify((m: StoredMessage, ref: { value?: StoredMessage }) => {
            if (typeof m.order === 'number') return;
            if (m.id.startsWith('local:')) m.order = localOrder(m.createdAt);
            else {
              stale.add(m.conversationId);
              delete ref.value;
            }
          });
        await tx.table('pendingBackfill').bulkPut([...stale].map((conversationId) => ({ conversationId })));
      });
    // New is a queue (longest waiting first): its first screen reads [queueKey+waitingSince] in
    // that order instead of every waiting row. Existing rows get the derived key here.
    this.version(7)
      .stores({
        conversations:
          'id, lastActivityAt, [assigneeId+lastActivityAt], [queueKey+lastActivityAt], [queueKey+waitingSince]',
      })
      .upgrade((tx) =>
        tx
          .table('conversations')
          .toCollection()
          .modify((c: StoredConversation, ref: { value?: StoredConversation }) => {
            ref.value = withQueueKey(c);
          }),
      );
    this.use(queueKeyMiddleware);
  }
}

/** The tables one sync batch may write, all in its single transaction. */
export function syncedTables(db: SidedeskDb) {
  return [
    db.conversations,
    db.messages,
    db.contacts,
    db.agents,
    db.outbox,
    db.syncState,
    db.pendingBackfill,
    db.tags,
    db.fields,
    db.notes,
    db.templates,
    db.settings,
    db.campaigns,
    db.quickReplies,
    db.summaries,
  ];
}

/**
 * The tables that hold the signed-in agent's data, cleared together at sign-out: the workspace's
 * catalog too, since another server's (or, for campaigns, another role's) must not linger.
 */
export function dataTables(db: SidedeskDb) {
  return [...syncedTables(db), db.session];
}

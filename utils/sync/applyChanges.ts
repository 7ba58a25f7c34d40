import { Dexie } from 'dexie';
import type { Change, RemovableEntity } from '@/core/model';
import { putServerMessage, readSyncState, syncedTables, type SidedeskDb } from '@/utils/db';
import type { Pulled } from './pullOnce';
import { arrivalOf, type Arrival } from '@/utils/notifications/arrivals';

export interface ApplyResult {
  /** false when another pull already moved the cursor: the batch was dropped, not half-applied. */
  applied: boolean;
  newConversationIds: string[];
  /** What newly arrived in this batch (for notifications), judged against the copy before it; empty on a replay. */
  arrivals: Arrival[];
}

/**
 * Applies one batch and advances the cursor in ONE read-write transaction: either both happen or
 * neither, so a crash or an error mid-batch leaves the copy at the previous cursor and the next
 * pull repeats the batch in full. Every write is an upsert or a delete, so a repeat is harmless.
 */
export async function applyChanges(db: SidedeskDb, pulled: Pulled, now: number): Promise<ApplyResult> {
  return db.transaction('rw', syncedTables(db), async () => {
    const state = await readSyncState(db);
    if (state.cursor !== pulled.since) return { applied: false, newConversationIds: [], arrivals: [] };

    // From cursor 0 the feed carries every visible message; later, a conversation that newly
    // appears (assigned to us, say) brings no history, because its messages are older than our cursor.
    const trackNew = pulled.since > 0;
    const newConversationIds: string[] = [];
    const arrivals: Arrival[] = [];
    for (const change of pulled.response.changes) {
      // Judged before the write: a batch repeated after a commit finds everything already here.
      const arrival = trackNew ? await arrivalOf(db, change) : null;
      if (arrival) arrivals.push(arrival);
      const isNew = await applyOne(db, change, trackNew);
      if (isNew && change.type === 'conversation') newConversationIds.push(change.data.id);
    }
    if (newConversationIds.length > 0) {
      await db.pendingBackfill.bulkPut(newConversationIds.map((conversationId) => ({ conversationId })));
    }
    await db.syncState.put({
      ...state,
      cursor: pulled.response.cursor,
      status: 'live',
      lastError: null,
      lastErrorCode: null,
      lastSyncAt: now,
      failures: 0,
    });
    return { applied: true, newConversationIds, arrivals };
  });
}

/** Returns true when the change brought a conversation we did not have. */
async function applyOne(db: SidedeskDb, change: Change, trackNew: boolean): Promise<boolean> {
  switch (change.type) {
    case 'conversation': {
      const isNew = trackNew && (await db.conversations.get(change.data.id)) === undefined;
      await db.conversations.put(change.data);
      return isNew;
    }
    case 'message':
      await putServerMessage(db, change.data, 'latest');
      return false;
    case 'contact':
      await db.contacts.put(change.data);
      return false;
    case 'agent':
      await db.agents.put(change.data);
      return false;
    case 'tag':
      await db.tags.put(change.data);
      return false;
    case 'field':
      await db.fields.put(change.data);
      return false;
    case 'note':
      await db.notes.put(change.data);
      return false;
    case 'template':
      await db.templates.put(change.data);
      return false;
    case 'settings':
      await db.settings.put(change.data);
      return false;
    case 'campaign':
      await db.campaigns.put(change.data);
      return false;
    case 'quickReply':
      await db.quickReplies.put(change.data);
      return false;
    case 'summary':
      await db.summaries.put(change.data);
      return false;
    case 'remove':
      await applyRemove(db, change.data);
      return false;
  }
}

async function applyRemove(db: SidedeskDb, { entity, id }: Extract<Change, { type: 'remove' }>['data']): Promise<void> {
  if (entity === 'conversation') {
    await db.conversations.delete(id);
    // Its messages (and our unsent replies to it) go too: we may no longer see it.
    await db.messages.where('conversationId').equals(id).delete();
    await db.outbox.where('conversationId').equals(id).delete();
    await db.pendingBackfill.delete(id);
    await db.notes.where('[conversationId+createdAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
    await db.summaries.where('conversationId').equals(id).delete();
  } else {
    await removableTables(db)[entity].delete(id);
  }
}

function removableTables(db: SidedeskDb) {
  return {
    message: db.messages,
    contact: db.contacts,
    tag: db.tags,
    field: db.fields,
    note: db.notes,
    template: db.templates,
    campaign: db.campaigns,
    quickReply: db.quickReplies,
  } satisfies Record<Exclude<RemovableEntity, 'conversation'>, unknown>;
}

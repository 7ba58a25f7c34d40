import { isApiClientError, isTransient, type ApiClient } from '@/utils/api';
import { putServerMessage, type OutboxEntry } from '@/utils/db';
import { backoffDelay } from '@/utils/sync/backoff';
import type { DeliverDeps } from './deliverOutbox';
import { localMessageId } from './enqueueOutgoing';
import { dropEdit, sendEdit } from './sendEdit';

export type SendOutcome =
  | { kind: 'sent' }
  | { kind: 'later'; at: number }
  | { kind: 'refused' }
  /** Aborted, or the entry vanished meanwhile: leave the queue alone until the next run. */
  | { kind: 'stop' };

/**
 * One attempt at one entry, always with its clientId (the server answers a repeat with the same
 * message, so a lost response never sends twice). A Meta refusal comes back as a 'failed'
 * message: it is the server's copy all the same, and the queue moves on.
 */
export async function sendEntry(
  api: ApiClient,
  deps: DeliverDeps,
  entry: OutboxEntry,
  signal?: AbortSignal,
): Promise<SendOutcome> {
  const { db } = deps;
  try {
    if (entry.edit) {
      await sendEdit(api, db, entry, entry.edit);
      return { kind: 'sent' };
    }
    const body = entry.template
      ? { clientId: entry.clientId, template: entry.template }
      : { clientId: entry.clientId, text: entry.text };
    const { message } = await api.send(entry.conversationId, body, signal);
    await db.transaction('rw', [db.messages, db.outbox], () => putServerMessage(db, message, 'forward'));
    return { kind: 'sent' };
  } catch (err) {
    if (isApiClientError(err) && err.code === 'aborted') return { kind: 'stop' };
    return db.transaction('rw', [db.messages, db.outbox, db.notes], async (): Promise<SendOutcome> => {
      // Sync may have delivered the server copy meanwhile (a lost response): then the queue goes on.
      if (!(await db.outbox.get(entry.clientId))) return { kind: 'sent' };
      if (isTransient(err) || (isApiClientError(err) && err.status === 401)) {
        const attempts = entry.attempts + 1;
        const at = deps.now() + backoffDelay(attempts, deps.random);
        await db.outbox.update(entry.clientId, { attempts, nextAttemptAt: at });
        return { kind: 'later', at };
      }
      // A refused edit is dropped (sync shows the server's truth) and holds nothing behind it.
      if (entry.edit) {
        await dropEdit(db, entry);
        return { kind: 'sent' };
      }
      const refused = isApiClientError(err)
        ? { code: err.code, message: err.message }
        : { code: 'internal', message: String(err) };
      await db.outbox.update(entry.clientId, { refused });
      await db.messages.update(localMessageId(entry.clientId), { status: 'failed', error: refused });
      return { kind: 'refused' };
    });
  }
}

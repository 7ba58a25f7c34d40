import { isApiClientError, isTransient, type ApiClient } from '@/utils/api';
import { putServerMessage, type OutboxEntry, type SidedeskDb } from '@/utils/db';
import { backoffDelay } from '@/utils/sync/backoff';
import { localMessageId } from './enqueueOutgoing';

export interface DeliverDeps {
  db: SidedeskDb;
  getApi: () => Promise<ApiClient | null>;
  now: () => number;
  random: () => number;
}

/**
 * Sends every due outbox entry once. Transient failures (network, 5xx) stay queued with a later
 * nextAttemptAt; any other refusal (window_closed, invalid, ...) is final and shown on the local
 * message. Returns when the next entry is due, or null when the outbox is empty.
 */
export async function deliverOutbox(deps: DeliverDeps, signal?: AbortSignal): Promise<number | null> {
  const api = await deps.getApi();
  if (!api) return null;
  const due = await deps.db.outbox.where('nextAttemptAt').belowOrEqual(deps.now()).sortBy('createdAt');
  for (const entry of due) {
    if (signal?.aborted) break;
    await deliverOne(api, deps, entry, signal);
  }
  const next = await deps.db.outbox.orderBy('nextAttemptAt').first();
  return next ? next.nextAttemptAt : null;
}

async function deliverOne(api: ApiClient, deps: DeliverDeps, entry: OutboxEntry, signal?: AbortSignal): Promise<void> {
  const { db } = deps;
  try {
    const body = entry.template
      ? { clientId: entry.clientId, template: entry.template }
      : { clientId: entry.clientId, text: entry.text };
    const { message } = await api.send(entry.conversationId, body, signal);
    // A Meta refusal comes back as a 'failed' message: it is the server's copy all the same.
    await db.transaction('rw', [db.messages, db.outbox], () => putServerMessage(db, message, 'forward'));
  } catch (err) {
    if (isApiClientError(err) && err.code === 'aborted') return;
    await db.transaction('rw', [db.messages, db.outbox], async () => {
      // Sync may have delivered the server copy meanwhile (a lost response): then nothing is left to do.
      if (!(await db.outbox.get(entry.clientId))) return;
      if (isTransient(err) || (isApiClientError(err) && err.status === 401)) {
        const attempts = entry.attempts + 1;
        await db.outbox.update(entry.clientId, {
          attempts,
          nextAttemptAt: deps.now() + backoffDelay(attempts, deps.random),
        });
        return;
      }
      const error = isApiClientError(err)
        ? { code: err.code, message: err.message }
        : { code: 'internal', message: String(err) };
      await db.outbox.delete(entry.clientId);
      await db.messages.update(localMessageId(entry.clientId), { status: 'failed', error });
    });
  }
}

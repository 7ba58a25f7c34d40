import type { ApiClient } from '@/utils/api';
import type { OutboxEntry, SidedeskDb } from '@/utils/db';
import { localMessageId } from './enqueueOutgoing';
import { outboxQueues } from './outboxOrder';
import { sendEntry } from './sendEntry';

export interface DeliverDeps {
  db: SidedeskDb;
  getApi: () => Promise<ApiClient | null>;
  now: () => number;
  random: () => number;
}

/**
 * Sends the outbox as one queue per conversation: within a conversation strictly in the order
 * written, the next only once the one before it is accepted. A transient failure stops that queue
 * until its head is due again; a refusal keeps the head (failed) and holds the text replies behind
 * it, marked 'held'. A template is never held (it is how an agent reopens a closed window), nor
 * a note (it never reaches the customer). Tag and field edits queue per customer.
 * Conversations run side by side. `force` treats every head as due (the server just came back).
 * Returns when the next head is due, or null when nothing is waiting on a timer.
 */
export async function deliverOutbox(
  deps: DeliverDeps,
  signal?: AbortSignal,
  opts: { force?: boolean } = {},
): Promise<number | null> {
  const api = await deps.getApi();
  if (!api) return null;
  const queues = await outboxQueues(deps.db);
  const due = await Promise.all(queues.map((queue) => deliverQueue(api, deps, queue, signal, opts.force ?? false)));
  const next = due.filter((d): d is number => d !== null);
  return next.length > 0 ? Math.min(...next) : null;
}

async function deliverQueue(
  api: ApiClient,
  deps: DeliverDeps,
  queue: OutboxEntry[],
  signal: AbortSignal | undefined,
  force: boolean,
): Promise<number | null> {
  let held = false;
  for (const entry of queue) {
    if (signal?.aborted) return null;
    if (entry.refused) {
      held = true;
      continue;
    }
    if (held && !entry.template && !entry.edit) {
      await markHeld(deps.db, entry);
      continue;
    }
    if (!force && entry.nextAttemptAt > deps.now()) return entry.nextAttemptAt;
    const outcome = await sendEntry(api, deps, entry, signal);
    if (outcome.kind === 'later') return outcome.at;
    if (outcome.kind === 'stop') return null;
    if (outcome.kind === 'refused') held = true;
  }
  return null;
}

async function markHeld(db: SidedeskDb, entry: OutboxEntry): Promise<void> {
  const id = localMessageId(entry.clientId);
  await db.transaction('rw', [db.messages], async () => {
    const message = await db.messages.get(id);
    if (message && message.status === 'sending') await db.messages.update(id, { status: 'held' });
  });
}

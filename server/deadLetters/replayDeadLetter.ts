// An admin's replay of a dead letter, after a fix: the kept bytes go through the same reading and
// ingest as on arrival (no signature check: it was checked when the webhook came in). Stored, it
// is marked replayed; still unstorable, it keeps waiting with the new reason. Replaying one that
// was stored already changes nothing (ingest is idempotent, and it is not even run).
import type { DeadLetter } from '../../core/api/deadLetters';
import type { Channel } from '../../core/model';
import type { ChannelAdapter, InboundEvent } from '../channels/types';
import { notFound } from '../errors';
import { readWebhook, UnstorableWebhook } from '../http/readWebhook';
import type { Store } from '../store/createStore';
import { findDeadLetter, recordReplay, toDeadLetter } from '../store/repos/deadLetters';
import { isPermanentStoreError } from './isPermanentStoreError';

export interface ReplayDeps {
  store: Store;
  adapters: Partial<Record<Channel, ChannelAdapter>>;
  ingest: (events: InboundEvent[]) => Promise<void>;
  now: () => number;
}

export async function replayDeadLetter(deps: ReplayDeps, id: string): Promise<DeadLetter> {
  const row = await findDeadLetter(deps.store.db, id);
  if (!row) throw notFound('Dead letter');
  if (row.replayed_at !== null) return toDeadLetter(row);
  const adapter = deps.adapters[row.channel];
  if (!adapter)
    return recordReplay(deps.store.db, id, { error: `No ${row.channel} channel is set up on this server.` });
  try {
    const events = readWebhook(row.channel, adapter, new Uint8Array(row.body));
    if (events.length > 0) await deps.ingest(events);
  } catch (error) {
    if (error instanceof UnstorableWebhook || isPermanentStoreError(error))
      return recordReplay(deps.store.db, id, { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  return recordReplay(deps.store.db, id, { replayedAt: deps.now() });
}

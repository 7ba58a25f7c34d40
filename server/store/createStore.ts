// The database plus the change feed's two ends: `write` (a transaction whose touched entities get
// sequence numbers) and `changeSignal` (wakes long-polls when a change commits, in this process
// through an EventEmitter, from other processes through PostgreSQL's LISTEN/NOTIFY).
import { EventEmitter } from 'node:events';
import { CHANNEL_TOKEN_PURPOSE, createSecretBox, type SecretBox } from '../secrets/secretBox';
import { BUILT_IN_SECRET_KEY } from '../secrets/secretSettings';
import type { Db, Tx } from './db';
import { CHANGE_CHANNEL, recordChanges, type ChangeEntry, type Entity } from './recordChanges';
import { withNewViewersContacts } from './withNewViewersContacts';

export interface ChangeSet {
  /**
   * Marks an entity as changed by this transaction (repeats are merged). `visibility` when the
   * change alters who may see a conversation, so viewers who lose it are told to drop it.
   */
  add(entity: Entity, id: string, conversationId: string | null, options?: { visibility?: boolean }): void;
}

export interface ChangeSignal {
  /** Resolves 'change' at the next commit after subscribing, 'timeout' or 'aborted' otherwise. */
  wait(timeoutMs: number, signal?: AbortSignal): Promise<'change' | 'timeout' | 'aborted'>;
  dispose(): void;
}

export interface Store {
  db: Db;
  /** Seals and opens the secrets kept in this database (channel access tokens). */
  secrets: SecretBox;
  write<T>(fn: (tx: Tx, changes: ChangeSet) => Promise<T>): Promise<T>;
  /** Subscribe before reading, then wait: a commit between the read and the wait is not missed. */
  changeSignal(): ChangeSignal;
  close(): Promise<void>;
}

/** `secrets` defaults to the built-in key (tests); the server passes SIDEDESK_SECRET_KEY's. */
export async function createStore(db: Db, options: { secrets?: SecretBox } = {}): Promise<Store> {
  const emitter = new EventEmitter();
  // One listener per waiting long-poll: many are expected.
  emitter.setMaxListeners(0);
  const unlisten = db.listen ? await db.listen(CHANGE_CHANNEL, () => emitter.emit('change')) : null;

  return {
    db,
    secrets: options.secrets ?? createSecretBox(BUILT_IN_SECRET_KEY, CHANNEL_TOKEN_PURPOSE),
    async write<T>(fn: (tx: Tx, changes: ChangeSet) => Promise<T>) {
      let changed = false;
      const result = await db.transaction(async (tx) => {
        const entries = new Map<string, ChangeEntry>();
        const value = await fn(tx, {
          add: (entity, id, conversationId, options) => {
            const key = `${entity}:${id}`;
            const visibility = Boolean(options?.visibility || entries.get(key)?.visibility);
            entries.set(key, { entity, id, conversationId, visibility });
          },
        });
        changed = entries.size > 0;
        await recordChanges(tx, await withNewViewersContacts(tx, [...entries.values()]));
        return value;
      });
      if (changed) emitter.emit('change');
      return result;
    },
    changeSignal() {
      let fired = false;
      let wake: (() => void) | null = null;
      const onChange = () => {
        fired = true;
        wake?.();
      };
      emitter.on('change', onChange);
      return {
        wait(timeoutMs, signal) {
          if (fired) return Promise.resolve('change');
          if (signal?.aborted) return Promise.resolve('aborted');
          return new Promise((resolve) => {
            const finish = (outcome: 'change' | 'timeout' | 'aborted') => {
              clearTimeout(timer);
              signal?.removeEventListener('abort', onAbort);
              wake = null;
              resolve(outcome);
            };
            const onAbort = () => finish('aborted');
            const timer = setTimeout(() => finish('timeout'), Math.max(0, timeoutMs));
            signal?.addEventListener('abort', onAbort, { once: true });
            wake = () => finish('change');
          });
        },
        dispose() {
          emitter.off('change', onChange);
          wake = null;
        },
      };
    },
    async close() {
      emitter.removeAllListeners();
      await unlisten?.();
      await db.close();
    },
  };
}

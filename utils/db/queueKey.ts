// The inbox's index key. IndexedDB cannot index null, so the New queue (assigneeId null) has no
// entry in [assigneeId+lastActivityAt]. Every stored conversation therefore carries a derived
// `queueKey`: '' for an open conversation waiting in New, the assignee's id for an open assigned one,
// and nothing (not indexed) for a closed one. The inbox then reads exactly two index ranges,
// [''+since..] and [me+since..], instead of every conversation of the last 30 days.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { Conversation } from '@/core/model';

export const NEW_QUEUE = '';
/** The bot's conversations: in no inbox (not in New's range, nor its count), only in "With the bot". */
export const WITH_BOT_QUEUE = '~bot';

export type StoredConversation = Conversation & { queueKey?: string };

/** The queue an open conversation waits in ('' = New); undefined when closed (in no inbox). */
export function queueKeyOf(
  conversation: Pick<Conversation, 'status' | 'assigneeId'> & { withBot?: boolean },
): string | undefined {
  if (conversation.status !== 'open') return undefined;
  if (conversation.withBot) return WITH_BOT_QUEUE;
  return conversation.assigneeId ?? NEW_QUEUE;
}

/** The record as stored: the conversation with its derived queueKey (never a stale one). */
export function withQueueKey<T extends Pick<Conversation, 'status' | 'assigneeId'>>(
  conversation: T,
): T & { queueKey?: string } {
  const { queueKey: _stale, ...rest } = conversation as T & { queueKey?: string };
  const key = queueKeyOf(conversation);
  return (key === undefined ? rest : { ...rest, queueKey: key }) as T & { queueKey?: string };
}

/**
 * Derives queueKey on every write to the conversations table, whichever path writes it (sync,
 * a send's response, mark-read, take): no caller has to remember. Sits above Dexie's own
 * middlewares, so live queries see the derived key change.
 */
export const queueKeyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'queueKey',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'conversations') return table;
      return {
        ...table,
        mutate(request: DBCoreMutateRequest) {
          if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
          return table.mutate({
            ...request,
            values: request.values.map((value) => withQueueKey(value as Conversation)),
          } as DBCoreMutateRequest);
        },
      };
    },
  }),
};

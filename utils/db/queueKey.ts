// The inbox's index keys. IndexedDB cannot index null, so the New queue (assigneeId null) has no
// entry in [assigneeId+lastActivityAt]. Every stored conversation therefore carries a derived
// `queueKey`: '' for an open conversation waiting in New, the assignee's id for an open assigned one,
// and nothing (not indexed) for a closed one. The inbox then reads exactly two index ranges,
// [''+since..] and [me+since..], instead of every conversation of the last 30 days.
// A queued conversation also carries core's `waitingSince`: New is a queue (longest waiting first),
// and [queueKey+waitingSince] hands its first screen over in that order without reading the rest.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { waitingSince } from '@/core/inbox';
import type { Conversation } from '@/core/model';

export const NEW_QUEUE = '';
/** The bot's conversations: in no inbox (not in New's range, nor its count), only in "With the bot". */
export const WITH_BOT_QUEUE = '~bot';

type DerivedKeys = { queueKey?: string; waitingSince?: number };

export type StoredConversation = Conversation & DerivedKeys;

type Keyed = Pick<Conversation, 'status' | 'assigneeId' | 'createdAt' | 'lastActivityAt'>;

/** The queue an open conversation waits in ('' = New); undefined when closed (in no inbox). */
export function queueKeyOf(
  conversation: Pick<Conversation, 'status' | 'assigneeId'> & { withBot?: boolean },
): string | undefined {
  if (conversation.status !== 'open') return undefined;
  if (conversation.withBot) return WITH_BOT_QUEUE;
  return conversation.assigneeId ?? NEW_QUEUE;
}

/** The record as stored: the conversation with its derived keys (never stale ones). */
export function withQueueKey<T extends Keyed>(conversation: T): T & DerivedKeys {
  const { queueKey: _staleKey, waitingSince: _staleSince, ...rest } = conversation as T & DerivedKeys;
  const key = queueKeyOf(conversation);
  const derived = key === undefined ? rest : { ...rest, queueKey: key, waitingSince: waitingSince(conversation) };
  return derived as T & DerivedKeys;
}

/**
 * Derives the keys on every write to the conversations table, whichever path writes it (sync,
 * a send's response, mark-read, take): no caller has to remember. Sits above Dexie's own
 * middlewares, so live queries see the derived keys change.
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

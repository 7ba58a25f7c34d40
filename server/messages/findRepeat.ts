// The client id is the idempotency key of a send: a repeat gets the stored message back.
import type { Message } from '../../core/model';
import { ApiException } from '../errors';
import type { Queryable } from '../store/db';
import { findMessageByClientId } from '../store/repos/messages';

export async function findRepeat(q: Queryable, clientId: string, conversationId: string): Promise<Message | null> {
  const existing = await findMessageByClientId(q, clientId);
  if (existing && existing.conversationId !== conversationId) {
    throw new ApiException(409, 'conflict', 'This clientId was already used for a message in another conversation.');
  }
  return existing;
}

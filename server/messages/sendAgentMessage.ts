// POST /conversations/:id/messages. The client id is the idempotency key: the first request stores
// the message as pending (committed, so it syncs at once) and is the only one that calls the
// channel; any repeat, during or after that call, gets the stored message back.
import type { SendMessageRequest } from '../../core/api/messages';
import type { Agent, Message } from '../../core/model';
import { canSee } from '../../core/visibility';
import { ApiException, notFound } from '../errors';
import { findConversation, recordOutbound } from '../store/repos/conversations';
import { findMessageByClientId, insertAgentMessage } from '../store/repos/messages';
import { assertMaySend } from './assertMaySend';
import { deliverMessage, type DeliverDeps } from './deliverMessage';
import { sendTemplateMessage } from './sendTemplateMessage';

export interface SendDeps extends DeliverDeps {
  now: () => number;
}

export async function sendAgentMessage(
  deps: SendDeps,
  sender: Agent,
  conversationId: string,
  request: SendMessageRequest,
): Promise<{ message: Message; created: boolean }> {
  if ('template' in request) return sendTemplateMessage(deps, sender, conversationId, request);
  const { db } = deps.store;
  const conversation = await findConversation(db, conversationId);
  if (!conversation || !canSee(conversation, sender)) throw notFound('Conversation');

  const repeat = await findRepeat(db, request.clientId, conversationId);
  if (repeat) return { message: repeat, created: false };

  const now = deps.now();
  const { humanAgentTag } = assertMaySend(conversation, sender, now);
  const stored = await deps.store.write(async (tx, changes) => {
    const message = await insertAgentMessage(tx, {
      conversationId,
      channelId: conversation.channelId,
      agentId: sender.id,
      clientId: request.clientId,
      text: request.text,
      createdAt: now,
    });
    if (!message) return null;
    await recordOutbound(tx, conversationId, { at: now, preview: request.text });
    changes.add('message', message.id, conversationId);
    changes.add('conversation', conversationId, conversationId);
    return message;
  });
  // Lost the race to a concurrent repeat: that request sends; this one reports its message.
  if (!stored) return { message: (await findRepeat(db, request.clientId, conversationId))!, created: false };

  const message = await deliverMessage(deps, stored, conversation, { humanAgentTag });
  return { message, created: true };
}

async function findRepeat(
  db: SendDeps['store']['db'],
  clientId: string,
  conversationId: string,
): Promise<Message | null> {
  const existing = await findMessageByClientId(db, clientId);
  if (existing && existing.conversationId !== conversationId) {
    throw new ApiException(409, 'conflict', 'This clientId was already used for a message in another conversation.');
  }
  return existing;
}

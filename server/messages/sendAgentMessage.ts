// POST /conversations/:id/messages. The client id is the idempotency key: the first request stores
// the message as pending (committed, so it syncs at once) and is the only one that calls the
// channel; any repeat, during or after that call, gets the stored message back.
import type { SendMessageRequest } from '../../core/api/messages';
import type { Agent, Message } from '../../core/model';
import { assertMayAct, loadVisible } from '../conversations/loadForAction';
import { recordOutbound } from '../store/repos/conversations';
import { insertAgentMessage } from '../store/repos/messages';
import { deliverMessage } from './deliverMessage';
import { findRepeat } from './findRepeat';
import type { SendDeps } from './sendDeps';
import { sendTemplateMessage } from './sendTemplateMessage';

export async function sendAgentMessage(
  deps: SendDeps,
  sender: Agent,
  conversationId: string,
  request: SendMessageRequest,
): Promise<{ message: Message; created: boolean }> {
  if ('template' in request) return sendTemplateMessage(deps, sender, conversationId, request);
  const now = deps.now();
  // Checked in the transaction that stores the message, so the answer holds for that write.
  const stored = await deps.store.write(async (tx, changes) => {
    const conversation = await loadVisible(tx, sender, conversationId);
    const repeat = await findRepeat(tx, request.clientId, conversationId);
    if (repeat) return { repeat };
    const { humanAgentTag } = assertMayAct(conversation, sender, 'reply', now);
    const message = await insertAgentMessage(tx, {
      conversationId,
      channelId: conversation.channelId,
      agentId: sender.id,
      clientId: request.clientId,
      text: request.text,
      createdAt: now,
    });
    if (!message) return { repeat: null };
    await recordOutbound(tx, conversationId, { at: now, preview: request.text });
    changes.add('message', message.id, conversationId);
    changes.add('conversation', conversationId, conversationId);
    return { message, conversation, humanAgentTag };
  });
  if ('repeat' in stored) {
    // A null repeat lost the race to a concurrent one: that request sends; this one reports its message.
    const repeat = stored.repeat ?? (await findRepeat(deps.store.db, request.clientId, conversationId))!;
    return { message: repeat, created: false };
  }
  const message = await deliverMessage(deps, stored.message, stored.conversation, {
    humanAgentTag: stored.humanAgentTag,
  });
  return { message, created: true };
}

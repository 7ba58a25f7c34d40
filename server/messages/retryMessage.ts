// POST /messages/:id/retry: the same row goes out again, after the same checks as a first send.
import type { Agent, Message } from '../../core/model';
import { canSee } from '../../core/visibility';
import { ApiException, notFound } from '../errors';
import { findConversation } from '../store/repos/conversations';
import { claimRetry, findMessageRow } from '../store/repos/messages';
import { toMessage } from '../store/rows';
import { assertMaySend } from './assertMaySend';
import { deliverMessage } from './deliverMessage';
import { assertMaySendTemplate } from './sendTemplateMessage';
import { findSentTemplate } from '../store/repos/templateMessages';
import type { SendDeps } from './sendAgentMessage';

export async function retryMessage(
  deps: SendDeps,
  sender: Agent,
  messageId: string,
): Promise<{ message: Message; retried: boolean }> {
  const { db } = deps.store;
  const row = await findMessageRow(db, messageId);
  const conversation = row ? await findConversation(db, row.conversation_id) : null;
  if (!row || !conversation || !canSee(conversation, sender)) throw notFound('Message');
  if (row.author !== 'agent') throw new ApiException(409, 'conflict', 'Only agent messages can be retried.');
  // A retry already under way: report it rather than send twice.
  if (row.status === 'pending') return { message: toMessage(row), retried: false };
  if (row.status !== 'failed')
    throw new ApiException(409, 'conflict', 'This message did not fail; there is nothing to retry.');

  // A template goes out again as the same template, and needs no open window.
  const template = await findSentTemplate(db, messageId);
  const { humanAgentTag } = template
    ? (assertMaySendTemplate(conversation, sender), { humanAgentTag: false })
    : assertMaySend(conversation, sender, deps.now());
  const claimed = await deps.store.write(async (tx, changes) => {
    if (!(await claimRetry(tx, messageId))) return false;
    changes.add('message', messageId, conversation.id);
    return true;
  });
  if (!claimed) return { message: toMessage((await findMessageRow(db, messageId))!), retried: false };
  const outbound = template ? { kind: 'template' as const, ...template, text: row.text } : undefined;
  const message = await deliverMessage(deps, { ...toMessage(row), status: 'pending', error: null }, conversation, {
    humanAgentTag,
    outbound,
  });
  return { message, retried: true };
}

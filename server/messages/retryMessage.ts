// POST /messages/:id/retry: the same row goes out again, after the same checks as a first send.
import type { Agent, Message } from '../../core/model';
import { assertMayAct, loadVisible } from '../conversations/loadForAction';
import { ApiException, notFound } from '../errors';
import { claimRetry, findMessageRow } from '../store/repos/messages';
import { findSentTemplate } from '../store/repos/templateMessages';
import { toMessage } from '../store/rows';
import { deliverMessage } from './deliverMessage';
import type { SendDeps } from './sendDeps';

export async function retryMessage(
  deps: SendDeps,
  sender: Agent,
  messageId: string,
): Promise<{ message: Message; retried: boolean }> {
  // Checked in the transaction that claims the row, so the answer holds for that write.
  const claim = await deps.store.write(async (tx, changes) => {
    const row = await findMessageRow(tx, messageId);
    if (!row) throw notFound('Message');
    const conversation = await loadVisible(tx, sender, row.conversation_id, 'Message');
    if (row.author !== 'agent') throw new ApiException(409, 'conflict', 'Only agent messages can be retried.');
    // A retry already under way: report it rather than send twice.
    if (row.status === 'pending') return { current: toMessage(row) };
    if (row.status !== 'failed')
      throw new ApiException(409, 'conflict', 'This message did not fail; there is nothing to retry.');
    // A template goes out again as the same template, and needs no open window.
    const template = await findSentTemplate(tx, messageId);
    const { humanAgentTag } = assertMayAct(conversation, sender, template ? 'template' : 'reply', deps.now());
    if (!(await claimRetry(tx, messageId, deps.now())))
      return { current: toMessage((await findMessageRow(tx, messageId))!) };
    changes.add('message', messageId, conversation.id);
    return { row, conversation, template, humanAgentTag };
  });
  if (claim.current) return { message: claim.current, retried: false };
  const { row, conversation, template, humanAgentTag } = claim;
  const outbound = template ? { kind: 'template' as const, ...template, text: row.text } : undefined;
  const message = await deliverMessage(deps, { ...toMessage(row), status: 'pending', error: null }, conversation, {
    humanAgentTag,
    outbound,
  });
  return { message, retried: true };
}

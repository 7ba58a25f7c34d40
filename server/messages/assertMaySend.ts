// The checks every free-form send passes before anything is stored or sent: the conversation is
// the sender's (or the sender is an admin), it was taken, and Meta's reply window is open.
import type { Agent, Conversation } from '../../core/model';
import { replyWindow } from '../../core/replyWindow';
import { ApiException } from '../errors';

/** Returns whether the HUMAN_AGENT tag is needed (Messenger/Instagram past 24 h). */
export function assertMaySend(conversation: Conversation, sender: Agent, now: number): { humanAgentTag: boolean } {
  if (conversation.status !== 'open') {
    throw new ApiException(409, 'conflict', 'This conversation is closed.');
  }
  if (conversation.assigneeId === null) {
    throw new ApiException(409, 'conflict', 'Take this conversation before replying: it is still waiting in New.');
  }
  if (conversation.assigneeId !== sender.id && sender.role !== 'admin') {
    throw new ApiException(403, 'forbidden', 'Only the agent handling this conversation can reply.');
  }
  const window = replyWindow(conversation.channel, conversation.lastInboundAt, now);
  if (!window.open) {
    const message =
      window.reason === 'never_wrote' || window.closedAt === null
        ? 'The customer has not written yet, so only a template can start this conversation.'
        : `The 24-hour window closed on ${new Date(window.closedAt).toISOString()}; send a template.`;
    throw new ApiException(409, 'window_closed', message);
  }
  return { humanAgentTag: window.humanAgentTag };
}

// How a route gets the conversation it works on, and core's `mayAct` turned into the API's errors.
// Call these inside the write transaction that acts, so the answer holds for the write that follows.
import { mayAct, type Act, type Refusal } from '../../core/mayAct';
import type { Agent, Conversation } from '../../core/model';
import { canSee } from '../../core/visibility';
import { ApiException, notFound } from '../errors';
import type { Queryable } from '../store/db';
import { findConversation } from '../store/repos/conversations';

/**
 * The conversation, if the agent may see it: 404 otherwise, its existence is not theirs to know.
 * `what` names the resource reached through it (a message, a file) in that 404.
 */
export async function loadVisible(
  q: Queryable,
  agent: Agent,
  id: string,
  what = 'Conversation',
): Promise<Conversation> {
  const conversation = await findConversation(q, id);
  if (!conversation || !canSee(conversation, agent)) throw notFound(what);
  return conversation;
}

/**
 * The conversation to close, transfer or assign: 404 to an agent who may not see it (a 403 would
 * confirm that it exists), then core's `mayAct` for one they may see.
 */
export async function loadForAction(
  q: Queryable,
  agent: Agent,
  id: string,
  act: Exclude<Act, 'reply' | 'template'>,
): Promise<Conversation> {
  const conversation = await loadVisible(q, agent, id);
  // The clock is read for a reply only.
  assertMayAct(conversation, agent, act, 0);
  return conversation;
}

/** Throws the API's error for core's refusal; for a reply, says whether the HUMAN_AGENT tag is needed. */
export function assertMayAct(
  conversation: Conversation,
  agent: Agent,
  act: Act,
  now: number,
): { humanAgentTag: boolean } {
  const may = mayAct(conversation, agent, act, now);
  if (!may.ok) throw refusalError(may, conversation, act);
  return { humanAgentTag: may.window?.humanAgentTag ?? false };
}

const VERB: Record<Act, string> = {
  reply: 'reply in',
  template: 'send a template in',
  close: 'close',
  transfer: 'transfer',
  assign: 'assign',
};

function refusalError(refusal: Refusal, conversation: Conversation, act: Act): ApiException {
  switch (refusal.reason) {
    case 'closed':
      return new ApiException(409, 'conflict', 'This conversation is closed.');
    case 'with_bot':
      return new ApiException(
        409,
        'conflict',
        `The bot has this conversation: take it over before you ${VERB[act]} it.`,
      );
    case 'not_taken':
      return new ApiException(409, 'conflict', 'Take this conversation before replying: it is still waiting in New.');
    case 'not_assignee':
      return new ApiException(
        403,
        'forbidden',
        `Only the agent handling this conversation or an admin can ${VERB[act]} it.`,
      );
    case 'not_admin':
      return new ApiException(403, 'forbidden', 'Only an admin can assign conversations.');
    case 'not_whatsapp':
      return new ApiException(
        409,
        'conflict',
        `Templates are WhatsApp's; this conversation is on ${conversation.channel}.`,
      );
    case 'window_closed': {
      const { window } = refusal;
      const message =
        window.reason === 'never_wrote' || window.closedAt === null
          ? 'The customer has not written yet, so only a template can start this conversation.'
          : `The 24-hour window closed on ${new Date(window.closedAt).toISOString()}; send a template.`;
      return new ApiException(409, 'window_closed', message);
    }
  }
}

import type { SidedeskDb } from '@/utils/db';
import { enqueueOutgoing } from './enqueueOutgoing';

export interface ReplyDraft {
  conversationId: string;
  text: string;
  agentId: string;
}

/** A text reply, shown at once as a local 'sending' message and sent through the outbox. */
export function enqueueReply(
  db: SidedeskDb,
  draft: ReplyDraft,
  deps: { now: () => number; uuid: () => string },
): Promise<string> {
  return enqueueOutgoing(db, draft, deps);
}

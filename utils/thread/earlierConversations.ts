// What the thread's "Earlier conversations" list shows: the customer's other conversations, newest
// first, each with who handled it (the agents who wrote, then the last assignee), its dates and
// how it ended.
import type { HistoryEntry } from '@/core/api/history';
import type { Agent, Conversation } from '@/core/model';

export type Outcome = NonNullable<Conversation['closeType']> | 'open';

export interface EarlierRow {
  conversation: Conversation;
  /** Names, first writer first; an agent no longer known to this panel is left out. */
  handledBy: string[];
  from: number;
  to: number;
  outcome: Outcome;
  messageCount: number;
}

export function earlierConversations(
  entries: HistoryEntry[],
  currentId: string,
  agents: Map<string, Agent>,
): EarlierRow[] {
  return entries
    .filter((e) => e.conversation.id !== currentId)
    .sort((a, b) => b.conversation.lastActivityAt - a.conversation.lastActivityAt)
    .map(({ conversation: c, agentIds, messageCount }) => {
      const ids = c.assigneeId && !agentIds.includes(c.assigneeId) ? [...agentIds, c.assigneeId] : agentIds;
      return {
        conversation: c,
        handledBy: ids.flatMap((id) => {
          const name = agents.get(id)?.name;
          return name ? [name] : [];
        }),
        from: c.createdAt,
        to: c.closedAt ?? c.lastActivityAt,
        outcome: c.status === 'closed' && c.closeType ? c.closeType : 'open',
        messageCount,
      };
    });
}

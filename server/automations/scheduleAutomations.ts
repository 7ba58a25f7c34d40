// At a close, in its transaction: each enabled rule for that kind of closing becomes a delayed job
// on the queue, due N minutes later. Committed with the close, so a crash cannot lose it, and
// keyed by conversation and rule, so closing twice never schedules twice.
import type { Conversation } from '../../core/model';
import type { Queryable } from '../store/db';
import { listAutomationRules } from '../store/repos/automations';
import { enqueueJob } from '../store/repos/jobs';

export const AUTOMATION = 'automation';
const MINUTE = 60_000;

export const automationJobKey = (conversationId: string, ruleId: string, closedAt: number) =>
  `${conversationId}:${ruleId}:${closedAt}`;

export async function scheduleAutomations(
  tx: Queryable,
  conversation: Pick<Conversation, 'id' | 'closeType' | 'closedAt'>,
): Promise<number> {
  const { closeType, closedAt } = conversation;
  if (closeType === null || closedAt === null || closeType === 'automatic') return 0;
  const rules = (await listAutomationRules(tx)).filter((r) => r.enabled && (r.when === 'any' || r.when === closeType));
  for (const rule of rules) {
    await enqueueJob(
      tx,
      {
        kind: AUTOMATION,
        key: automationJobKey(conversation.id, rule.id, closedAt),
        payload: { conversationId: conversation.id, ruleId: rule.id },
        runAt: closedAt + rule.afterMinutes * MINUTE,
        maxAttempts: 5,
      },
      closedAt,
    );
  }
  return rules.length;
}

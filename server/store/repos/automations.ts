// The admin's automation rules, and the bot restarts they leave for a customer's next message.
import type { AutomationRule } from '../../../core/api/bot';
import type { Queryable } from '../db';

type RuleRow = {
  id: string;
  enabled: boolean;
  close_kind: AutomationRule['when'];
  after_minutes: number;
  restart_step_id: string | null;
  template_id: string | null;
};

const toRule = (row: RuleRow): AutomationRule => ({
  id: row.id,
  enabled: row.enabled,
  when: row.close_kind,
  afterMinutes: Number(row.after_minutes),
  restartAtStepId: row.restart_step_id,
  templateId: row.template_id,
});

export async function listAutomationRules(q: Queryable): Promise<AutomationRule[]> {
  return (await q.query<RuleRow>('SELECT * FROM automation_rules ORDER BY position')).map(toRule);
}

export async function findAutomationRule(q: Queryable, id: string): Promise<AutomationRule | null> {
  const [row] = await q.query<RuleRow>('SELECT * FROM automation_rules WHERE id = $1', [id]);
  return row ? toRule(row) : null;
}

/** The whole list at once, as the admin saved it: rules not in it are gone. */
export async function replaceAutomationRules(q: Queryable, rules: AutomationRule[], now: number): Promise<void> {
  await q.query('DELETE FROM automation_rules WHERE NOT (id = ANY($1::text[]))', [rules.map((r) => r.id)]);
  for (const [position, rule] of rules.entries()) {
    await q.query(
      `INSERT INTO automation_rules (id, position, enabled, close_kind, after_minutes, restart_step_id, template_id, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (id) DO UPDATE SET position = excluded.position, enabled = excluded.enabled,
         close_kind = excluded.close_kind, after_minutes = excluded.after_minutes,
         restart_step_id = excluded.restart_step_id, template_id = excluded.template_id, updated_at = excluded.updated_at`,
      [rule.id, position, rule.enabled, rule.when, rule.afterMinutes, rule.restartAtStepId, rule.templateId, now],
    );
  }
}

export interface BotRestart {
  contactId: string;
  stepId: string | null;
  fromConversationId: string;
  ruleId: string;
}

export async function setBotRestart(q: Queryable, restart: BotRestart, now: number): Promise<void> {
  await q.query(
    `INSERT INTO bot_restarts (contact_id, step_id, from_conversation_id, rule_id, created_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (contact_id) DO UPDATE SET step_id = excluded.step_id,
       from_conversation_id = excluded.from_conversation_id, rule_id = excluded.rule_id, created_at = excluded.created_at`,
    [restart.contactId, restart.stepId, restart.fromConversationId, restart.ruleId, now],
  );
}

/** Reads and clears the customer's restart: the bot starts from it once. */
export async function takeBotRestart(q: Queryable, contactId: string): Promise<BotRestart | null> {
  const [row] = await q.query<{
    contact_id: string;
    step_id: string | null;
    from_conversation_id: string;
    rule_id: string;
  }>('DELETE FROM bot_restarts WHERE contact_id = $1 RETURNING *', [contactId]);
  return row
    ? {
        contactId: row.contact_id,
        stepId: row.step_id,
        fromConversationId: row.from_conversation_id,
        ruleId: row.rule_id,
      }
    : null;
}

/**
 * Whether the conversation moved on since it closed: an agent wrote to the customer (in any of
 * their conversations) or the customer has an open conversation again. Then the rule does nothing.
 */
export async function movedOnSinceClose(
  q: Queryable,
  conversation: { contactId: string; closedAt: number },
): Promise<boolean> {
  const [row] = await q.query<{ moved: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM messages m JOIN conversations cv ON cv.id = m.conversation_id
       WHERE cv.contact_id = $1 AND m.author = 'agent' AND m.created_at > $2
     ) OR EXISTS (
       SELECT 1 FROM conversations cv WHERE cv.contact_id = $1 AND cv.status = 'open'
     ) AS moved`,
    [conversation.contactId, conversation.closedAt],
  );
  return row?.moved ?? false;
}

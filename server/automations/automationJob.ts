// The `automation` job, due N minutes after a close: gives the conversation back to the bot. The
// customer's next conversation starts the flow (at the rule's step), a system entry in the closed
// thread says so, and the rule's template goes out first when it has one (authored by the bot, in
// a new conversation the bot holds). Does nothing when the conversation moved on meanwhile (an
// agent wrote to the customer, or the customer is back) or the rule is gone: the check runs at
// the due time, in the transaction that acts, so it holds however the job was delayed. The
// template is sent after that commit; the system entry marks the first part done, so a run after
// a crash goes on to send it once (its client id is derived from the job).
import { z } from 'zod';
import type { AutomationRule } from '../../core/api/bot';
import type { Conversation } from '../../core/model';
import type { SendDeps } from '../messages/sendDeps';
import { storeAndDeliverTemplate } from '../messages/sendTemplateMessage';
import { PermanentJobError } from '../queue/errors';
import type { JobHandler } from '../queue/types';
import { findAutomationRule, movedOnSinceClose, setBotRestart, takeBotRestart } from '../store/repos/automations';
import { findConversation, openConversationFor } from '../store/repos/conversations';
import { getSettings } from '../store/repos/settings';
import { insertKeyedSystemMessage, systemMessageExists } from '../store/repos/botMessages';
import { botStartVersion } from '../store/repos/botSettings';
import { giveBackToBot } from '../bot/giveBackToBot';
import { findTemplate } from '../store/repos/templates';

export const AutomationPayload = z.object({ conversationId: z.string(), ruleId: z.string() });
export type AutomationPayload = z.infer<typeof AutomationPayload>;

export function createAutomationHandler(deps: SendDeps): JobHandler<AutomationPayload> {
  return async (job) => {
    const { conversationId, ruleId } = job.payload;
    const entryKey = `automation:${job.key}`;
    const handedBack = await deps.store.write(async (tx, changes) => {
      const closed = await findConversation(tx, conversationId);
      if (!closed) throw new PermanentJobError('conversation is gone');
      const rule = await findAutomationRule(tx, ruleId);
      if (closed.status !== 'closed' || closed.closedAt === null || !rule?.enabled) return null;
      // With the bot switched off there is nothing to give it back to.
      if ((await botStartVersion(tx)) === null) return null;
      // The entry marks it done: a run after a crash goes on to the template without re-checking.
      if (!(await systemMessageExists(tx, entryKey))) {
        if (await movedOnSinceClose(tx, { contactId: closed.contactId, closedAt: closed.closedAt })) return null;
        const now = deps.now();
        const { workspaceLanguage } = await getSettings(tx);
        const entry = await insertKeyedSystemMessage(tx, {
          conversationId: closed.id,
          channelId: closed.channelId,
          key: entryKey,
          text: givenBackText(workspaceLanguage, closed, rule),
          createdAt: now,
        });
        if (entry) changes.add('message', entry.id, closed.id);
        const restart = {
          contactId: closed.contactId,
          stepId: rule.restartAtStepId,
          fromConversationId: closed.id,
          ruleId,
        };
        await setBotRestart(tx, restart, now);
      }
      const template =
        rule.templateId && closed.channel === 'whatsapp' ? await findTemplate(tx, rule.templateId) : null;
      if (!template) return null;
      // The template needs a conversation to go out in: a new one, held by the bot from the start
      // (at the rule's step), so the restart left for the next conversation is used here.
      const now = deps.now();
      const opened = await openConversationFor(tx, { id: closed.contactId, channelId: closed.channelId }, now);
      if (opened.created) {
        await takeBotRestart(tx, closed.contactId);
        const { workspaceLanguage: language } = await getSettings(tx);
        await giveBackToBot(tx, changes, opened.id, { atStepId: rule.restartAtStepId, language, now });
      }
      return { conversationId: opened.id, template };
    });
    if (!handedBack) return;
    const conversation = (await findConversation(deps.store.db, handedBack.conversationId))!;
    // Idempotent by its client id: a second run finds the first one's message.
    await storeAndDeliverTemplate(deps, {
      conversation,
      agentId: null,
      clientId: entryKey,
      template: handedBack.template,
      params: [],
    });
  };
}

function givenBackText(language: 'en' | 'es', closed: Conversation, rule: AutomationRule): string {
  const minutes = rule.afterMinutes;
  if (language === 'es') {
    const kind = closed.closeType === 'negative' ? 'negativa' : 'positiva';
    return `Devuelta al bot por una automatización: cerrada como ${kind} hace ${minutes} min.`;
  }
  return `Given back to the bot by an automation: closed as ${closed.closeType} ${minutes} min ago.`;
}

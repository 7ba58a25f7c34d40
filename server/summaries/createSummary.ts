// Makes and stores one summary: refused while the switch is off (409 feature_off) or the
// conversation has too few messages (422 too_few_messages), so no maker, and no provider, is
// called then. The maker runs outside any transaction (it may wait on a model); the row is
// written afterwards, whole or not at all.
import { MIN_MESSAGES_FOR_SUMMARY } from '../../core/api/ai';
import type { Conversation, Summary } from '../../core/model';
import { ApiException } from '../errors';
import type { SummaryMaker, SummaryRequest } from '../http/aiDeps';
import type { Store } from '../store/createStore';
import { insertSummary } from '../store/repos/summaries';
import { loadConversationContext } from './loadConversationContext';

export interface CreateSummaryDeps {
  store: Store;
  now: () => number;
  makeSummary: SummaryMaker;
}

export async function createSummary(
  deps: CreateSummaryDeps,
  conversation: Conversation,
  request: Omit<SummaryRequest, 'conversationId'>,
): Promise<Summary> {
  const context = await loadConversationContext(deps.store.db, conversation);
  if (!context.settings.summaryAndSuggestions)
    throw new ApiException(409, 'feature_off', 'AI summaries are switched off for this workspace.');
  if (context.messages.length < MIN_MESSAGES_FOR_SUMMARY)
    throw new ApiException(
      422,
      'too_few_messages',
      `A summary needs at least ${MIN_MESSAGES_FOR_SUMMARY} messages in the conversation; it has ${context.messages.length}.`,
    );
  const content = await deps.makeSummary({ ...context, ...request });
  return deps.store.write((tx, changes) =>
    insertSummary(tx, changes, {
      ...content,
      conversationId: conversation.id,
      trigger: request.trigger,
      requestedBy: request.requestedBy,
      messageCount: context.messages.length,
      createdAt: deps.now(),
    }),
  );
}

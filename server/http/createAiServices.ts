// The AI seams with their defaults filled in: no provider configured, the collected-only summary
// made at once, quick replies listed as suggestions, Flows answers summarised. main.ts (and tests)
// override what they have through AppDeps.ai.
import { createSummary } from '../summaries/createSummary';
import { makeCollectedSummary } from '../summaries/makeCollectedSummary';
import { triggerSummary } from '../summaries/triggerSummary';
import { rankedQuickReplies } from '../ai/wiring/aiMakers';
import { findConversation } from '../store/repos/conversations';
import type { AiServices } from './aiDeps';
import type { AppDeps } from './appDeps';

export function createAiServices(deps: Pick<AppDeps, 'store' | 'now' | 'log' | 'ai'>): AiServices {
  const options = deps.ai ?? {};
  const makeSummary = options.makeSummary ?? makeCollectedSummary;
  const requestSummary: AiServices['requestSummary'] =
    options.requestSummary ??
    (async ({ conversationId, ...request }) => {
      const conversation = await findConversation(deps.store.db, conversationId);
      if (conversation) await createSummary({ store: deps.store, now: deps.now, makeSummary }, conversation, request);
    });
  return {
    setup: options.setup ?? { chat: { kind: 'none' }, transcription: { kind: 'none' } },
    makeSummary,
    makeSuggestions: options.makeSuggestions ?? rankedQuickReplies,
    requestSummary,
    onTranscriptionQueued: options.onTranscriptionQueued ?? (() => {}),
    onFlowAnswered:
      options.onFlowAnswered ??
      ((conversationId) =>
        triggerSummary(
          { db: deps.store.db, log: deps.log, requestSummary },
          { conversationId, trigger: 'flow_answered', requestedBy: null },
        )),
  };
}

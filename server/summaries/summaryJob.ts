// The `summary` job: an automatic summary (transfer, Flows answer, bot handoff) made through the
// queue, so a provider outage is retried with backoff. After the last attempt (or a failure no
// retry fixes) the collected answers are stored alone, with `error` saying why nothing is written.
import { z } from 'zod';
import { SummaryTrigger } from '../../core/model';
import { AiError } from '../ai/aiErrors';
import { ApiException } from '../errors';
import type { SummaryMaker, SummaryRequest } from '../http/aiDeps';
import type { JobQueue } from '../queue/createJobQueue';
import { PermanentJobError } from '../queue/errors';
import type { JobHandler } from '../queue/types';
import type { Store } from '../store/createStore';
import { findConversation } from '../store/repos/conversations';
import { countSummaryMessages } from '../store/repos/summaries';
import { createSummary } from './createSummary';
import { makeCollectedSummary } from './makeCollectedSummary';

export const SUMMARY = 'summary';
export const SummaryPayload = z.object({
  conversationId: z.string(),
  trigger: SummaryTrigger,
  requestedBy: z.string().nullable(),
});

export interface SummaryJobDeps {
  store: Store;
  now: () => number;
  makeSummary: SummaryMaker;
}

/** One job per conversation, trigger and message count: the same event never summarised twice. */
export async function enqueueSummary(
  deps: { store: Store; queue: Pick<JobQueue, 'enqueue'> },
  request: SummaryRequest,
): Promise<void> {
  const count = await countSummaryMessages(deps.store.db, request.conversationId);
  await deps.queue.enqueue({
    kind: SUMMARY,
    key: `${request.conversationId}:${request.trigger}:${count}`,
    payload: request,
  });
}

export function createSummaryHandler(deps: SummaryJobDeps): JobHandler<SummaryRequest> {
  return async (job) => {
    const { conversationId, ...request } = job.payload;
    const conversation = await findConversation(deps.store.db, conversationId);
    if (!conversation) throw new PermanentJobError('conversation is gone');
    try {
      await createSummary(deps, conversation, request);
    } catch (error) {
      if (error instanceof AiError && (!error.retryable || job.attempt >= job.maxAttempts)) {
        const failure = { code: error.code, message: error.message };
        const collectedOnly: SummaryMaker = async (input) => ({
          ...(await makeCollectedSummary(input)),
          error: failure,
        });
        await createSummary({ ...deps, makeSummary: collectedOnly }, conversation, request);
        return;
      }
      // Switched off or too few messages since it was asked: nothing to retry.
      if (error instanceof ApiException && !(error instanceof AiError)) throw new PermanentJobError(error.code);
      throw error instanceof AiError ? new Error(error.code) : error;
    }
  };
}

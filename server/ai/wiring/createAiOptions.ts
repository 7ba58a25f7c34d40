// The AI seams the running server hands createApp: its setup, the makers for its chat model (or
// none), automatic summaries through the queue, and a transcript's Retry queued again.
import type { AiServices } from '../../http/aiDeps';
import type { Log } from '../../log';
import type { JobQueue } from '../../queue/createJobQueue';
import type { Store } from '../../store/createStore';
import { enqueueSummary } from '../../summaries/summaryJob';
import { requeueTranscription } from '../../transcripts/queueTranscription';
import { createSuggestionMaker, createSummaryMaker } from './aiMakers';
import type { AiRuntime } from './createAiRuntime';

export function createAiOptions(
  runtime: AiRuntime,
  deps: { store: Store; now: () => number; log: Log; queue: JobQueue },
): Omit<AiServices, 'onFlowAnswered'> {
  const chat = runtime.provider?.chat ?? null;
  return {
    setup: runtime.setup,
    makeSummary: createSummaryMaker(chat),
    makeSuggestions: createSuggestionMaker(chat),
    requestSummary: (request) => enqueueSummary(deps, request),
    onTranscriptionQueued: (messageId) =>
      void requeueTranscription({ ...deps, canTranscribe: runtime.engine !== null }, messageId),
  };
}

// The AI's kinds of job on the server's queue: `transcribe` (as many at once as the engine can
// take: a local recognizer per core, four uploads to a provider) and `summary`.
import { availableParallelism } from 'node:os';
import { createSummaryMaker } from '../ai/wiring/aiMakers';
import type { AiRuntime } from '../ai/wiring/createAiRuntime';
import type { Log } from '../log';
import type { JobQueue } from '../queue/createJobQueue';
import type { Store } from '../store/createStore';
import { createSummaryHandler, SUMMARY, SummaryPayload } from '../summaries/summaryJob';
import {
  createTranscribeHandler,
  TRANSCRIBE,
  TRANSCRIBE_BACKOFF,
  TranscribePayload,
} from '../transcripts/transcribeJob';

export const AI_JOB_ATTEMPTS = 3;

export function registerAiJobs(
  queue: JobQueue,
  deps: { store: Store; now: () => number; log: Log },
  ai: AiRuntime,
): void {
  queue.register(TRANSCRIBE, createTranscribeHandler({ ...deps, engine: ai.engine }), {
    concurrency: ai.engine?.id === 'local' ? availableParallelism() : 4,
    maxAttempts: AI_JOB_ATTEMPTS,
    backoff: TRANSCRIBE_BACKOFF,
    parse: (payload) => TranscribePayload.parse(payload),
    // A long recording on the local engine outlives the default lease: keep it renewed.
    leaseMs: 5 * 60_000,
  });
  queue.register(
    SUMMARY,
    createSummaryHandler({ ...deps, makeSummary: createSummaryMaker(ai.provider?.chat ?? null) }),
    {
      concurrency: 2,
      maxAttempts: AI_JOB_ATTEMPTS,
      parse: (payload) => SummaryPayload.parse(payload),
    },
  );
}

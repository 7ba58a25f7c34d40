// The bot's kind of job on the server's queue: `botTurn`, queued with each customer message to a
// conversation the bot has (and when a voice note's transcript is ready). Several conversations
// at once; one conversation's turns are serialized by its bot-state row.
import { createBotTurnHandler, BotTurnPayload } from '../bot/botTurnJob';
import { BOT_TURN, BOT_TURN_ATTEMPTS } from '../bot/queueBotTurns';
import type { AiRuntime } from '../ai/wiring/createAiRuntime';
import type { SendDeps } from '../messages/sendDeps';
import type { JobQueue } from '../queue/createJobQueue';
import { enqueueSummary } from '../summaries/summaryJob';

export function registerBotJobs(queue: JobQueue, deps: SendDeps, ai: AiRuntime): void {
  const handler = createBotTurnHandler({
    ...deps,
    chat: ai.provider?.chat ?? null,
    canTranscribe: ai.engine !== null,
    requestSummary: (request) => enqueueSummary({ store: deps.store, queue }, request),
  });
  queue.register(BOT_TURN, handler, {
    concurrency: 8,
    maxAttempts: BOT_TURN_ATTEMPTS,
    parse: (payload) => BotTurnPayload.parse(payload),
  });
}

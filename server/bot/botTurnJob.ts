// The `botTurn` job: the bot acts on a conversation's customer messages it has not acted on yet,
// in order, one transaction each (the state row's lock serializes turns of one conversation),
// each message's sends handed to the channel after its commit through the agents' send path.
// A send that fails, like any step the bot cannot run, hands the conversation over.
import { z } from 'zod';
import type { AiChat } from '../ai/chatJson';
import type { SummaryRequest } from '../http/aiDeps';
import { deliverMessage } from '../messages/deliverMessage';
import type { SendDeps } from '../messages/sendDeps';
import type { JobHandler } from '../queue/types';
import { peekBotTurn } from '../store/repos/botStates';
import { getSettings } from '../store/repos/settings';
import { triggerSummary } from '../summaries/triggerSummary';
import { handOver } from './handOver';
import { prepareTurn } from './prepareTurn';
import { runBotStep, type StepResult } from './runBotStep';
import type { Conversation } from '../../core/model';

export const BotTurnPayload = z.object({ conversationId: z.string() });
export type BotTurnPayload = z.infer<typeof BotTurnPayload>;

/** Messages one job acts on at most; more (a burst) are left to the next job. */
const MESSAGES_PER_JOB = 20;

export interface BotTurnDeps extends SendDeps {
  chat: AiChat | null;
  /** Whether anything on this server can transcribe: without, a voice note is never waited for. */
  canTranscribe: boolean;
  requestSummary: (request: SummaryRequest) => Promise<void>;
}

export function createBotTurnHandler(deps: BotTurnDeps): JobHandler<BotTurnPayload> {
  return async (job) => {
    await runBotTurns(deps, job.payload.conversationId);
  };
}

export async function runBotTurns(deps: BotTurnDeps, conversationId: string): Promise<void> {
  const { db } = deps.store;
  for (let i = 0; i < MESSAGES_PER_JOB; i++) {
    // With a chat model, it is asked outside any transaction; without, straight to the transaction.
    let worked: Pick<Parameters<typeof runBotStep>[2], 'messageId' | 'prepared'> = { messageId: null, prepared: null };
    if (deps.chat !== null) {
      const peek = await peekBotTurn(db, conversationId);
      if (!peek || peek.state.done || !peek.conversation.withBot || !peek.message) return;
      const { state, conversation, message, settings } = peek;
      const prepared = await prepareTurn(
        { db, chat: deps.chat, canTranscribe: deps.canTranscribe, log: deps.log },
        { message, channel: conversation.channel, settings, state },
      );
      if (prepared.kind === 'wait') return;
      worked = { messageId: message.id, prepared };
    }
    const result = await deps.store.write((tx, changes) =>
      runBotStep(tx, changes, { conversationId, ...worked, now: deps.now() }),
    );
    if (result.status === 'stale') continue;
    if (result.status === 'idle') return;
    if ((await finishStep(deps, result.conversation!, result)) || !result.more) return;
  }
}

/** Sends the step's messages in order; true when the conversation left the bot (its summary asked for). */
async function finishStep(deps: BotTurnDeps, conversation: Conversation, result: StepResult): Promise<boolean> {
  let handedOver = result.handedOver;
  for (const send of result.sends) {
    const sent = await deliverMessage(deps, send.message, conversation, {
      humanAgentTag: false,
      outbound: send.outbound,
    });
    if (sent.status === 'failed' && !handedOver) {
      const language = (await getSettings(deps.store.db)).workspaceLanguage;
      handedOver = await failOver(deps, conversation, language, sent.error?.message ?? null);
      break;
    }
  }
  if (!handedOver) return false;
  await triggerSummary(
    { db: deps.store.db, log: deps.log, requestSummary: deps.requestSummary },
    { conversationId: conversation.id, trigger: 'bot_handoff', requestedBy: null },
  );
  return true;
}

async function failOver(
  deps: BotTurnDeps,
  conversation: Conversation,
  language: 'en' | 'es',
  why: string | null,
): Promise<boolean> {
  const detail = `its message could not be sent${why ? `: ${why}` : ''}`;
  const done = await deps.store.write((tx, changes) =>
    handOver(tx, changes, conversation, { to: { kind: 'queue' }, reason: 'bot_failed', detail }, language, deps.now()),
  );
  return done !== undefined;
}

// One customer message through the engine, in one transaction holding the conversation's bot
// state: the fields it fills, the bot's messages (pending, sent after the commit), the handover.
// The bot never sends outside the plain reply window (no HUMAN_AGENT tag: that is for people):
// there it hands over instead.
import { advance } from '../../core/bot/advance';
import type { BotAction, BotEvent } from '../../core/bot/botState';
import { BOT_WORDS, type BotLanguage } from '../../core/bot/botWords';
import type { Flow } from '../../core/bot/flow';
import type { Conversation, FieldDefinition, Message } from '../../core/model';
import { replyWindow } from '../../core/replyWindow';
import type { OutboundMessage } from '../channels/types';
import type { ChangeSet } from '../store/createStore';
import type { Tx } from '../store/db';
import { loadBotRun } from '../store/repos/botSettings';
import { peekBotTurn, saveBotState, type StoredBotState } from '../store/repos/botStates';
import { recordOutbound } from '../store/repos/conversations';
import { insertAgentMessage } from '../store/repos/messages';
import { writeContactFieldValues } from '../store/repos/fieldDefinitions';
import { isSpeaking, toOutbound } from './botOutbound';
import { handOver } from './handOver';
import { withoutModel, type Prepared } from './prepareTurn';

export interface StepResult {
  status: 'idle' | 'stale' | 'ran';
  sends: { message: Message; outbound: OutboundMessage }[];
  handedOver: boolean;
  /** Another customer message is waiting for the bot. */
  more?: boolean;
  /** As read in the step's transaction (the sends go out for it). */
  conversation?: Conversation;
}

const IDLE: StepResult = { status: 'idle', sends: [], handedOver: false };

export async function runBotStep(
  tx: Tx,
  changes: ChangeSet,
  /** `messageId` and `prepared` null: no chat model, so nothing was worked out before (one read less). */
  input: { conversationId: string; messageId: string | null; prepared: Prepared | null; now: number },
): Promise<StepResult> {
  const { conversationId, now } = input;
  const locked = await peekBotTurn(tx, conversationId, { lock: true });
  if (!locked || locked.state.done || !locked.conversation.withBot || locked.conversation.status !== 'open')
    return IDLE;
  const { state, message, conversation } = locked;
  if (!message) return IDLE;
  if (input.messageId !== null && message.id !== input.messageId) return { ...IDLE, status: 'stale' };

  const { flow, language, keywords, fields } = await loadBotRun(tx, state.flowVersion);
  const prepared = input.prepared ?? withoutModel(message, conversation.channel);
  const done = { ...state, lastMessageN: message.n, restartAt: null };
  if (!flow) {
    await saveBotState(tx, done, now);
    const failed = { to: { kind: 'queue' as const }, reason: 'bot_failed' as const, detail: 'its flow is gone' };
    await handOver(tx, changes, conversation, failed, language, now);
    return { status: 'ran', sends: [], handedOver: true, conversation };
  }
  const event = toEvent(message, prepared, conversation.channel, language);
  const start = state.stepId === null && state.restartAt !== null && event.type === 'text';
  const turn = advance(flow, state, start ? { type: 'start', atStepId: state.restartAt } : event, {
    fields,
    channel: conversation.channel,
    language,
    keywords,
  });
  const actions = withVoiceAnswer(turn.actions, prepared, state.attempts < turn.state.attempts);

  const result: StepResult = { status: 'ran', sends: [], handedOver: false, conversation };
  const asked = [...state.asked];
  const window = replyWindow(conversation.channel, conversation.lastInboundAt, now);
  for (const [i, action] of actions.entries()) {
    if (action.kind === 'setField') {
      const field = fields.find((f) => f.key === action.key)!;
      if (await writeContactFieldValues(tx, conversation.contactId, [{ fieldId: field.id, value: action.value }], now))
        changes.add('contact', conversation.contactId, null);
      asked.push({ question: questionOf(flow, state, field), answer: String(action.value) });
    } else if (action.kind === 'handover') {
      result.handedOver = Boolean(await handOver(tx, changes, conversation, action, language, now));
      break;
    } else if (isSpeaking(action)) {
      if (!window.open || window.humanAgentTag) {
        const closed = {
          to: { kind: 'queue' as const },
          reason: 'bot_failed' as const,
          detail: 'the reply window is closed',
        };
        result.handedOver = Boolean(await handOver(tx, changes, conversation, closed, language, now));
        break;
      }
      const { text, outbound } = toOutbound(action, conversationId, language);
      const stored = await insertAgentMessage(tx, {
        agentId: null,
        conversationId,
        channelId: conversation.channelId,
        clientId: `bot:${message.id}:${i}`,
        text,
        createdAt: now,
      });
      if (!stored) continue;
      changes.add('message', stored.id, conversationId);
      changes.add('conversation', conversationId, conversationId);
      result.sends.push({ message: stored, outbound });
    }
  }
  // The thread's preview is the bot's last message: one write for all of them.
  const last = result.sends.at(-1);
  if (last) await recordOutbound(tx, conversationId, { at: now, preview: last.message.text });
  const next: StoredBotState = { ...done, ...turn.state, asked, done: turn.state.done || result.handedOver };
  const waiting = await saveBotState(tx, { ...next, lastMessageN: message.n, restartAt: null }, now);
  result.more = !next.done && waiting;
  return result;
}

function toEvent(
  message: Message & { replyId: string | null },
  prepared: Prepared,
  channel: string,
  language: BotLanguage,
): BotEvent {
  if (message.replyId) return { type: 'choice', id: message.replyId, title: message.text };
  if (message.kind === 'form' && message.form) {
    return { type: 'form', answers: Object.fromEntries(message.form.answers.map((a) => [a.name, a.value])) };
  }
  if (prepared.kind === 'voice') {
    const asksForPerson = prepared.answer ? prepared.answer.handover : undefined;
    return { type: 'voice', transcript: prepared.transcript, asksForPerson };
  }
  if (message.kind === 'audio' && channel !== 'whatsapp')
    return { type: 'text', text: BOT_WORDS[language].audioReceived };
  const asksForPerson = prepared.kind === 'text' ? prepared.asksForPerson : undefined;
  return { type: 'text', text: message.text, asksForPerson };
}

/** The model's answer to a voice note is said first when handing over, and replaces the hint of a re-ask. */
function withVoiceAnswer(actions: BotAction[], prepared: Prepared, reasked: boolean): BotAction[] {
  if (prepared.kind !== 'voice' || !prepared.answer) return actions;
  const reply: BotAction = { kind: 'text', text: prepared.answer.reply };
  if (actions.some((a) => a.kind === 'handover')) return [reply, ...actions];
  if (reasked && actions[0]?.kind === 'text') return [reply, ...actions.slice(1)];
  return actions;
}

/** What the customer was answering: the question's text, or the form field's label. */
function questionOf(flow: Flow, state: StoredBotState, field: FieldDefinition): string {
  const step = flow.steps.find((s) => s.id === state.stepId);
  if (step?.kind === 'question') return step.text;
  if (step?.kind === 'flowForm') return step.fields.find((f) => f.name === field.key)?.label ?? field.label;
  return field.label;
}

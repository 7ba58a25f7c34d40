// Where the bot is in a conversation: stored per conversation by the server, advanced by the engine.
import type { FieldValue } from '../fieldValues';
import type { HandoverReason, HandoverTarget } from './flow';

export interface BotState {
  /** The step waiting for the customer (question, menu, flow form); null before the start. */
  stepId: string | null;
  /** Answers at this step that did not fit; the bot gives up after MAX_ATTEMPTS. */
  attempts: number;
  /** Collected answers by information-field key (the summary's botAnswers). */
  answers: Record<string, FieldValue>;
  /** Handed over: the bot does nothing more until given the conversation back. */
  done: boolean;
}

export const MAX_ATTEMPTS = 3;
/** Steps run in one turn before the bot decides the flow loops (message → message → …). */
export const MAX_STEPS_PER_TURN = 50;

export const initialBotState = (): BotState => ({ stepId: null, attempts: 0, answers: {}, done: false });

export type BotEvent =
  | { type: 'start'; atStepId?: string | null }
  | { type: 'text'; text: string; asksForPerson?: boolean }
  /** A tapped reply button or list row (WhatsApp interactive reply): the option's id. */
  | { type: 'choice'; id: string; title: string }
  /** A submitted WhatsApp Flows form (`nfm_reply`), answers by field name. */
  | { type: 'form'; answers: Record<string, unknown> }
  /** A voice note: its transcript, or null when the bot could not (or may not) listen to it. */
  | { type: 'voice'; transcript: string | null; asksForPerson?: boolean };

export interface MenuOptionOut {
  id: string;
  title: string;
}

export type BotAction =
  | { kind: 'text'; text: string }
  | { kind: 'menu'; text: string; options: MenuOptionOut[]; style: 'buttons' | 'list' | 'numbered' }
  | {
      kind: 'flowForm';
      stepId: string;
      text: string;
      flowId: string;
      cta: string;
    }
  | { kind: 'setField'; key: string; value: FieldValue }
  | { kind: 'handover'; to: HandoverTarget; reason: HandoverReason; detail: string | null };

export interface BotTurn {
  state: BotState;
  actions: BotAction[];
}

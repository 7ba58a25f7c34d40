// The bot's step function: (flow, state, event) → (new state, what to do). Pure: the server
// stores the state, performs the actions (sends, field writes, the handover) and feeds the next
// customer message back in. The customer asking for a person wins over whatever step is waiting.
import type { Channel, FieldDefinition } from '../model';
import { asksForPerson, normalizeWords } from './asksForPerson';
import { BOT_WORDS, type BotLanguage } from './botWords';
import {
  MAX_ATTEMPTS,
  MAX_STEPS_PER_TURN,
  initialBotState,
  type BotAction,
  type BotEvent,
  type BotState,
  type BotTurn,
} from './botState';
import type { Flow, FlowStep, HandoverReason } from './flow';
import { menuStyle, numberedMenuText } from './menuStyle';
import { parseAnswer, pickByText } from './parseAnswer';
import { readFormAnswers } from './readFormAnswers';

export interface BotContext {
  fields: readonly Pick<FieldDefinition, 'key' | 'type' | 'choices'>[];
  channel: Channel;
  language: BotLanguage;
  /** The admin's extra "a person, please" words. */
  keywords: readonly string[];
}

type Waiting = Extract<FlowStep, { kind: 'question' | 'menu' | 'flowForm' }>;

export function advance(flow: Flow, state: BotState, event: BotEvent, context: BotContext): BotTurn {
  if (event.type === 'start') return run(flow, initialBotState(), event.atStepId ?? flow.startStepId, context, []);
  if (state.done) return { state, actions: [] };
  const text = event.type === 'text' ? event.text : event.type === 'voice' ? event.transcript : null;
  const classified = event.type === 'text' || event.type === 'voice' ? event.asksForPerson : undefined;
  if (text !== null && (classified ?? asksForPerson(text, context.keywords))) {
    return handOver(state, [], 'asked_for_person', text);
  }
  if (state.stepId === null) return run(flow, state, flow.startStepId, context, []);
  const step = flow.steps.find((s) => s.id === state.stepId);
  if (!step || (step.kind !== 'question' && step.kind !== 'menu' && step.kind !== 'flowForm')) {
    return handOver(state, [], 'bot_failed', `the flow has no step "${state.stepId}" to wait at`);
  }
  const words = BOT_WORDS[context.language];
  if (event.type === 'voice' && event.transcript === null) {
    return {
      state,
      actions: [{ kind: 'text', text: `${words.cannotListen} ${words.orAgent}` }, ...prompt(step, context)],
    };
  }
  return answer(flow, state, step, event, context);
}

function answer(flow: Flow, state: BotState, step: Waiting, event: BotEvent, context: BotContext): BotTurn {
  const words = BOT_WORDS[context.language];
  const text = event.type === 'text' ? event.text : event.type === 'voice' ? (event.transcript ?? '') : '';
  if (step.kind === 'menu') {
    const option =
      event.type === 'choice'
        ? (step.options.find((o) => o.id === event.id) ??
          step.options.find((o) => normalizeWords(o.title) === normalizeWords(event.title)))
        : pickOption(step, text);
    if (!option) return retry(state, words.pickOne, step, context);
    return run(flow, { ...state, attempts: 0 }, option.next, context, []);
  }
  if (step.kind === 'flowForm') {
    if (event.type !== 'form') return retry(state, words.fillForm, step, context);
    const answers = readFormAnswers(step, context.fields, event.answers);
    const actions: BotAction[] = Object.entries(answers).map(([key, value]) => ({ kind: 'setField', key, value }));
    return run(flow, { ...state, attempts: 0, answers: { ...state.answers, ...answers } }, step.next, context, actions);
  }
  const field = context.fields.find((f) => f.key === step.fieldKey);
  if (!field) return handOver(state, [], 'bot_failed', `no information field "${step.fieldKey}"`);
  const reply = event.type === 'choice' ? event.title : text;
  const value = parseAnswer(field, reply);
  if (value === null) return retry(state, step.hint ?? words.hint[field.type], step, context);
  const answers = { ...state.answers, [field.key]: value };
  const set: BotAction = { kind: 'setField', key: field.key, value };
  return run(flow, { ...state, attempts: 0, answers }, step.next, context, [set]);
}

function pickOption(step: Extract<FlowStep, { kind: 'menu' }>, text: string) {
  const title = pickByText(
    step.options.map((o) => o.title),
    text,
  );
  return title === null ? undefined : step.options.find((o) => o.title === title);
}

/** The answer did not fit: say why and ask again, or give up after MAX_ATTEMPTS. */
function retry(state: BotState, hint: string, step: Waiting, context: BotContext): BotTurn {
  const attempts = state.attempts + 1;
  if (attempts >= MAX_ATTEMPTS) {
    return handOver({ ...state, attempts }, [], 'bot_failed', `no answer that fits step "${step.id}"`);
  }
  return { state: { ...state, attempts }, actions: [{ kind: 'text', text: hint }, ...prompt(step, context)] };
}

/** What the step sends when it is reached (and again on a re-ask). */
function prompt(step: Waiting, context: BotContext): BotAction[] {
  if (step.kind === 'question') return [{ kind: 'text', text: step.text }];
  if (step.kind === 'flowForm') {
    return [{ kind: 'flowForm', stepId: step.id, text: step.text, flowId: step.flowId, cta: step.cta }];
  }
  const options = step.options.map(({ id, title }) => ({ id, title }));
  const style = menuStyle(context.channel, options);
  const text = style === 'numbered' ? numberedMenuText(step.text, options) : step.text;
  return [{ kind: 'menu', text, options, style }];
}

/** Runs steps from `stepId` until one waits for the customer or the flow hands over. */
function run(flow: Flow, state: BotState, stepId: string | null, context: BotContext, actions: BotAction[]): BotTurn {
  let id = stepId;
  for (let ran = 0; ran < MAX_STEPS_PER_TURN; ran++) {
    if (id === null) return handOver(state, actions, 'flow_end', null);
    const step = flow.steps.find((s) => s.id === id);
    if (!step) return handOver(state, actions, 'bot_failed', `the flow has no step "${id}"`);
    switch (step.kind) {
      case 'message':
        actions.push({ kind: 'text', text: step.text });
        id = step.next;
        break;
      case 'handover':
        if (step.text) actions.push({ kind: 'text', text: step.text });
        actions.push({ kind: 'handover', to: step.to, reason: 'flow_end', detail: null });
        return { state: { ...state, stepId: step.id, done: true }, actions };
      case 'flowForm':
        if (context.channel !== 'whatsapp') {
          return handOver(state, actions, 'bot_failed', `step "${step.id}" sends a WhatsApp Flow`);
        }
        return { state: { ...state, stepId: step.id, attempts: 0 }, actions: [...actions, ...prompt(step, context)] };
      default:
        return { state: { ...state, stepId: step.id, attempts: 0 }, actions: [...actions, ...prompt(step, context)] };
    }
  }
  return handOver(state, actions, 'bot_failed', `more than ${MAX_STEPS_PER_TURN} steps without waiting`);
}

function handOver(state: BotState, actions: BotAction[], reason: HandoverReason, detail: string | null): BotTurn {
  return {
    state: { ...state, done: true },
    actions: [...actions, { kind: 'handover', to: { kind: 'queue' }, reason, detail }],
  };
}

import { describe, expect, it } from 'vitest';
import { advance, type BotContext } from './advance';
import { asksForPerson } from './asksForPerson';
import { initialBotState, type BotEvent, type BotState } from './botState';
import type { Flow } from './flow';
import { TEST_FIELDS, TEST_FLOW } from './testFlow';

const wa: BotContext = { fields: TEST_FIELDS, channel: 'whatsapp', language: 'en', keywords: [] };
const text = (t: string): BotEvent => ({ type: 'text', text: t });

/** Feeds events one after another from the start; returns every turn. */
function play(events: BotEvent[], context = wa, flow: Flow = TEST_FLOW) {
  let state: BotState = initialBotState();
  return events.map((event) => {
    const turn = advance(flow, state, event, context);
    state = turn.state;
    return turn;
  });
}

describe('advance: each step kind', () => {
  it('a first message runs the message step and waits at the question', () => {
    const [turn] = play([text('hello')]);
    expect(turn.actions).toEqual([
      { kind: 'text', text: 'Hi! I am the bot.' },
      { kind: 'text', text: 'How many people?' },
    ]);
    expect(turn.state).toMatchObject({ stepId: 'people', done: false });
  });

  it('a fitting answer sets the field and moves to the menu (buttons on WhatsApp)', () => {
    const [, turn] = play([text('hi'), text('4')]);
    expect(turn.actions[0]).toEqual({ kind: 'setField', key: 'people', value: 4 });
    expect(turn.actions[1]).toMatchObject({ kind: 'menu', style: 'buttons', text: 'What do you need?' });
    expect(turn.state.answers).toEqual({ people: 4 });
  });

  it('the menu is numbered text on Messenger and Instagram', () => {
    for (const channel of ['messenger', 'instagram'] as const) {
      const [, turn] = play([text('hi'), text('2')], { ...wa, channel });
      expect(turn.actions[1]).toMatchObject({
        kind: 'menu',
        style: 'numbered',
        text: 'What do you need?\n\n1. Book a table\n2. Pick a size\n3. Talk to us',
      });
    }
  });

  it('more than three options (or a long title) make a WhatsApp list', () => {
    const flow: Flow = {
      startStepId: 'm',
      steps: [
        {
          kind: 'menu',
          id: 'm',
          text: 'Pick',
          options: ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id.toUpperCase(), next: null })),
        },
      ],
    };
    expect(play([text('hi')], wa, flow)[0].actions[0]).toMatchObject({ kind: 'menu', style: 'list' });
  });

  it('a flow form is sent on WhatsApp and its answers fill the fields', () => {
    const turns = play([
      text('hi'),
      text('2'),
      { type: 'choice', id: 'size', title: 'Pick a size' },
      text('large'),
      { type: 'form', answers: { email: 'ana@example.com', people: '3', unknown: 'x' } },
    ]);
    expect(turns[3].actions).toEqual([
      { kind: 'setField', key: 'size', value: 'Large' },
      { kind: 'flowForm', stepId: 'form', text: 'Tell us more', flowId: '1234', cta: 'Open form' },
    ]);
    expect(turns[4].actions.slice(0, 2)).toEqual([
      { kind: 'setField', key: 'email', value: 'ana@example.com' },
      { kind: 'setField', key: 'people', value: 3 },
    ]);
    expect(turns[4].actions.at(-1)).toEqual({
      kind: 'handover',
      to: { kind: 'roundRobin' },
      reason: 'flow_end',
      detail: null,
    });
    expect(turns[4].state.done).toBe(true);
  });

  it('a flow form off WhatsApp hands over as a failure instead of going silent', () => {
    const turns = play([text('hi'), text('2'), text('2'), text('small')], { ...wa, channel: 'messenger' });
    expect(turns[3].actions.at(-1)).toMatchObject({ kind: 'handover', reason: 'bot_failed' });
  });

  it('a handover step says its text and hands over to its target', () => {
    const turns = play([text('hi'), text('2'), text('3')]);
    expect(turns[2].actions).toEqual([
      { kind: 'text', text: 'Passing you to a person.' },
      { kind: 'handover', to: { kind: 'roundRobin' }, reason: 'flow_end', detail: null },
    ]);
  });

  it('the end of the flow (next null) hands over to the queue', () => {
    const turns = play([text('hi'), text('2'), text('1'), text('31/12/2025')]);
    expect(turns[3].actions).toEqual([
      { kind: 'setField', key: 'day', value: '2025-12-31' },
      { kind: 'handover', to: { kind: 'queue' }, reason: 'flow_end', detail: null },
    ]);
  });

  it('start at a chosen step (an automation giving the conversation back)', () => {
    const turn = advance(TEST_FLOW, { ...initialBotState(), done: true }, { type: 'start', atStepId: 'menu' }, wa);
    expect(turn.actions[0]).toMatchObject({ kind: 'menu' });
    expect(turn.state).toMatchObject({ stepId: 'menu', done: false });
  });

  it('after the handover the bot does nothing', () => {
    const turns = play([text('hi'), text('2'), text('3'), text('hello?')]);
    expect(turns[3].actions).toEqual([]);
  });
});

describe('advance: validation and re-ask', () => {
  it.each([
    ['number', ['hi', 'many'], 'Please answer with a number, for example 3 or 2.5.', 'How many people?'],
    ['date (the step hint)', ['hi', '2', '1', 'tomorrow'], 'A date, like 31/12/2025.', 'Which day?'],
    ['date 30 February', ['hi', '2', '1', '30/02/2025'], 'A date, like 31/12/2025.', 'Which day?'],
    ['choice', ['hi', '2', '2', 'medium'], 'Please answer with one of the options.', 'Small or large?'],
  ])('%s: a bad answer re-asks with the hint', (_, answers, hint, question) => {
    const turns = play(answers.map(text));
    const last = turns.at(-1)!;
    expect(last.actions).toEqual([
      { kind: 'text', text: hint },
      { kind: 'text', text: question },
    ]);
    expect(last.state.attempts).toBe(1);
  });

  it.each([
    ['2,5', 2.5],
    [' 12 ', 12],
  ])('number answer %j reads as %j', (answer, value) => {
    expect(play([text('hi'), text(answer)])[1].actions[0]).toEqual({ kind: 'setField', key: 'people', value });
  });

  it('three answers that do not fit hand over as a failure', () => {
    const turns = play(['hi', 'x', 'y', 'z'].map(text));
    expect(turns[3].actions).toEqual([
      { kind: 'handover', to: { kind: 'queue' }, reason: 'bot_failed', detail: 'no answer that fits step "people"' },
    ]);
  });

  it('a voice note the bot cannot listen to says so and asks again', () => {
    const turns = play([text('hi'), { type: 'voice', transcript: null }]);
    expect(turns[1].actions).toEqual([
      {
        kind: 'text',
        text: 'Sorry, I cannot listen to audio messages. Please write to me instead. Or write "agent" to talk to a person.',
      },
      { kind: 'text', text: 'How many people?' },
    ]);
  });

  it('a transcript answers like text', () => {
    const turns = play([text('hi'), { type: 'voice', transcript: '3' }]);
    expect(turns[1].actions[0]).toEqual({ kind: 'setField', key: 'people', value: 3 });
  });
});

describe('advance: menu branches', () => {
  it.each([
    ['a tapped button id', { type: 'choice', id: 'book', title: 'Book a table' } as BotEvent, 'Which day?'],
    ['the number "1"', text('1'), 'Which day?'],
    ['the number "2"', text('2'), 'Small or large?'],
    ['the title in other case and accents', text('PÍCK A SIZE'), 'Small or large?'],
  ])('%s takes its branch', (_, event, question) => {
    const turns = play([text('hi'), text('2'), event]);
    expect(turns[2].actions).toEqual([{ kind: 'text', text: question }]);
  });

  it('an answer that is no option re-asks the menu', () => {
    const turns = play([text('hi'), text('2'), text('9')]);
    expect(turns[2].actions[0]).toEqual({
      kind: 'text',
      text: 'Please choose one of the options (you can answer with its number).',
    });
    expect(turns[2].actions[1]).toMatchObject({ kind: 'menu' });
  });
});

describe('keyword handover', () => {
  it.each([
    ['I want to talk to an agent', true],
    ['HUMAN please', true],
    ['quiero hablar con un asesor', true],
    ['Quiero hablar con alguien', true],
    ['necesito una PERSONA', true],
    ['¿me pasas con un humano?', true],
    ['the agents are nice', false],
    ['personal details', false],
    ['3', false],
  ])('%j → %s', (message, expected) => {
    expect(asksForPerson(message)).toBe(expected);
  });

  it('the admin can add words', () => {
    expect(asksForPerson('llamar al encargado', ['encargado'])).toBe(true);
  });

  it.each(['quiero hablar con un asesor', 'can I speak to a human?'])('%j hands over from any step', (message) => {
    const turns = play([text('hi'), text(message)]);
    expect(turns[1].actions).toEqual([
      { kind: 'handover', to: { kind: 'queue' }, reason: 'asked_for_person', detail: message },
    ]);
  });

  it('the model’s classification wins over the keywords when given', () => {
    const turns = play([text('hi'), { type: 'text', text: 'no agent, 5', asksForPerson: false }]);
    expect(turns[1].actions[0]).toMatchObject({ kind: 'text', text: expect.stringContaining('number') });
    expect(turns[1].state.done).toBe(false);
  });
});

// A small flow and its fields, shared by the engine's tests (and the server's bot tests).
import type { FieldDefinition } from '../model';
import type { Flow } from './flow';

export const TEST_FIELDS: Pick<FieldDefinition, 'key' | 'type' | 'choices'>[] = [
  { key: 'email', type: 'text', choices: [] },
  { key: 'people', type: 'number', choices: [] },
  { key: 'day', type: 'date', choices: [] },
  { key: 'size', type: 'choice', choices: ['Small', 'Large'] },
];

export const TEST_FLOW: Flow = {
  startStepId: 'hello',
  steps: [
    { kind: 'message', id: 'hello', text: 'Hi! I am the bot.', next: 'people' },
    { kind: 'question', id: 'people', text: 'How many people?', fieldKey: 'people', hint: null, next: 'menu' },
    {
      kind: 'menu',
      id: 'menu',
      text: 'What do you need?',
      options: [
        { id: 'book', title: 'Book a table', next: 'day' },
        { id: 'size', title: 'Pick a size', next: 'size' },
        { id: 'talk', title: 'Talk to us', next: 'bye' },
      ],
    },
    { kind: 'question', id: 'day', text: 'Which day?', fieldKey: 'day', hint: 'A date, like 31/12/2025.', next: null },
    { kind: 'question', id: 'size', text: 'Small or large?', fieldKey: 'size', hint: null, next: 'form' },
    {
      kind: 'flowForm',
      id: 'form',
      text: 'Tell us more',
      flowId: '1234',
      cta: 'Open form',
      fields: [
        { name: 'email', label: 'Email', type: 'text', options: [] },
        { name: 'people', label: 'People', type: 'number', options: [] },
      ],
      next: 'bye',
    },
    { kind: 'handover', id: 'bye', text: 'Passing you to a person.', to: { kind: 'roundRobin' } },
  ],
};

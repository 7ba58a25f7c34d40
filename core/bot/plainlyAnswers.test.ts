import { describe, expect, it } from 'vitest';
import { TEST_FIELDS, TEST_FLOW } from './testFlow';
import { plainlyAnswers } from './plainlyAnswers';

describe('plainlyAnswers', () => {
  it.each([
    ['menu', '2', true],
    ['menu', 'pick a SIZE', true],
    ['menu', 'I want to talk to someone about sizes', false],
    ['menu', '9', false],
    ['people', '4', true],
    ['people', '2,5', true],
    ['people', 'quiero hablar con un asesor', false],
    ['day', '31/12/2025', true],
    ['day', 'tomorrow please', false],
    ['size', 'large', true],
    ['size', 'medium', false],
    [null, 'hola', false],
    ['gone', '1', false],
  ])('at step %s, "%s" plainly answers: %s', (stepId, text, expected) => {
    expect(plainlyAnswers(TEST_FLOW, stepId, text, TEST_FIELDS)).toBe(expected);
  });

  it('never for a free-text question: anything could be its answer', () => {
    const flow = {
      ...TEST_FLOW,
      steps: [
        ...TEST_FLOW.steps,
        { kind: 'question' as const, id: 'note', text: 'Anything else?', fieldKey: 'note', hint: null, next: null },
      ],
    };
    const fields = [...TEST_FIELDS, { key: 'note', type: 'text' as const, choices: [] }];
    expect(plainlyAnswers(flow, 'note', 'no thanks', fields)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { ApiClientError } from '@/utils/api/errors';
import { checkFlow, problemsFromError } from './flowProblems';

const good = {
  startStepId: 'hi',
  steps: [
    { kind: 'message', id: 'hi', text: 'Hello', next: 'ask' },
    { kind: 'question', id: 'ask', text: 'Your order number?', fieldKey: 'order', hint: null, next: 'menu' },
    { kind: 'menu', id: 'menu', text: 'Pick', options: [{ id: 'o1', title: 'Agent', next: 'end' }] },
    { kind: 'handover', id: 'end', text: null, to: { kind: 'queue' } },
  ],
};

describe('checkFlow', () => {
  it('passes a flow whose steps all link up', () => {
    expect(checkFlow(good, [{ key: 'order', type: 'text', choices: [] }])).toEqual([]);
  });

  it('names the step of a schema problem', () => {
    const flow = structuredClone(good);
    flow.steps[0].text = '';
    expect(checkFlow(flow)).toEqual([expect.objectContaining({ stepId: 'hi', path: ['steps', 0, 'text'] })]);
  });

  it('finds links to missing steps, duplicate ids, an unknown start and unknown fields', () => {
    const flow = structuredClone(good);
    flow.startStepId = 'nope';
    flow.steps[2].options![0].next = 'gone';
    flow.steps[3].id = 'ask';
    const problems = checkFlow(flow, [{ key: 'other', type: 'text', choices: [] }]);
    expect(problems.map((p) => [p.stepId, p.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['ask', 'steps.3.id'],
        [null, 'startStepId'],
        ['menu', 'steps.2.options.0.next'],
        ['ask', 'steps.1.fieldKey'],
      ]),
    );
  });
});

describe('problemsFromError', () => {
  const problem = { stepId: 'ask', path: ['steps', 1, 'fieldKey'], message: 'Unknown field' };
  it.each([
    { error: { code: 'invalid', message: 'x', problems: [problem] } },
    { error: { code: 'invalid', message: 'x', details: [problem] } },
    { error: { code: 'invalid', message: 'x', details: { problems: [problem] } } },
    { error: { code: 'invalid', message: 'x' }, problems: [problem] },
  ])('reads the problems from %j', (body) => {
    expect(problemsFromError(new ApiClientError(400, 'invalid', 'x', body))).toEqual([problem]);
  });

  it('has none for other errors', () => {
    expect(problemsFromError(new ApiClientError(0, 'offline', 'x'))).toEqual([]);
    expect(problemsFromError(new Error('x'))).toEqual([]);
  });
});

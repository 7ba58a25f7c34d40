import { describe, expect, it } from 'vitest';
import { checkFlow } from './checkFlow';
import type { Flow } from './flow';
import { TEST_FIELDS, TEST_FLOW } from './testFlow';

describe('checkFlow', () => {
  it('the test flow has no problems', () => {
    expect(checkFlow(TEST_FLOW, TEST_FIELDS)).toEqual([]);
  });

  const broken = (steps: Flow['steps'], startStepId = steps[0].id): Flow => ({ startStepId, steps });
  it.each([
    ['unknown start', broken([{ kind: 'message', id: 'a', text: 'x', next: null }], 'zz'), null, ['startStepId']],
    ['unknown next', broken([{ kind: 'message', id: 'a', text: 'x', next: 'nope' }]), 'a', ['steps', 0, 'next']],
    [
      'duplicate id',
      broken([
        { kind: 'message', id: 'a', text: 'x', next: 'a' },
        { kind: 'message', id: 'a', text: 'y', next: null },
      ]),
      'a',
      ['steps', 1, 'id'],
    ],
    [
      'unknown field',
      broken([{ kind: 'question', id: 'q', text: 'x', fieldKey: 'zip', hint: null, next: null }]),
      'q',
      ['steps', 0, 'fieldKey'],
    ],
    [
      'unreachable step',
      broken([
        { kind: 'message', id: 'a', text: 'x', next: null },
        { kind: 'message', id: 'lost', text: 'y', next: null },
      ]),
      'lost',
      ['steps', 1],
    ],
    [
      'menu option going nowhere',
      broken([{ kind: 'menu', id: 'm', text: 'x', options: [{ id: 'o', title: 'O', next: 'gone' }] }]),
      'm',
      ['steps', 0, 'options', 0, 'next'],
    ],
  ])('%s is refused with the step named', (_, flow, stepId, path) => {
    const problems = checkFlow(flow, TEST_FIELDS);
    expect(problems).toContainEqual(expect.objectContaining({ stepId, path }));
    if (stepId) expect(problems.find((p) => p.stepId === stepId)!.message).toContain(`"${stepId}"`);
  });

  it('a link going nowhere is the one problem: the steps behind it are not also named unreachable', () => {
    const flow = broken([
      { kind: 'message', id: 'a', text: 'x', next: 'typo' },
      { kind: 'message', id: 'b', text: 'y', next: 'c' },
      { kind: 'message', id: 'c', text: 'z', next: null },
    ]);
    expect(checkFlow(flow, TEST_FIELDS).map((p) => p.path)).toEqual([['steps', 0, 'next']]);
    const fixed = { ...flow, steps: flow.steps.map((s) => (s.id === 'a' ? { ...s, next: null } : s)) };
    expect(checkFlow(fixed, TEST_FIELDS).map((p) => p.stepId)).toEqual(['b', 'c']);
  });

  it('a choice field with no choices and an unknown agent are problems', () => {
    const flow = broken([
      { kind: 'question', id: 'q', text: 'x', fieldKey: 'tier', hint: null, next: 'h' },
      { kind: 'handover', id: 'h', text: null, to: { kind: 'agent', agentId: 'ghost' } },
    ]);
    const problems = checkFlow(flow, [{ key: 'tier', type: 'choice', choices: [] }], ['a1']);
    expect(problems.map((p) => p.stepId)).toEqual(['q', 'h']);
  });
});

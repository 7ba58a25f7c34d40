import { describe, expect, it } from 'vitest';
import type { Flow } from '@/core/bot/flow';
import { checkFlow } from './flowProblems';
import { addStep, moveStep, newStep, removeStep, updateStep, STEP_KINDS } from './flowDraft';

const base: Flow = {
  startStepId: 'hi',
  steps: [
    { kind: 'message', id: 'hi', text: 'Hello', next: 'menu' },
    { kind: 'menu', id: 'menu', text: 'Pick', options: [{ id: 'o1', title: 'Person', next: 'end' }] },
    { kind: 'handover', id: 'end', text: null, to: { kind: 'queue' } },
  ],
};

type MenuStep = Extract<Flow['steps'][number], { kind: 'menu' }>;
const ORDER = [{ key: 'order', type: 'text' as const, choices: [] }];

describe('flow draft edits', () => {
  it.each(STEP_KINDS)('a new %s step is valid once added and led to (with a field to fill)', (kind) => {
    const step = newStep(base, kind, 'order', { text: 'Write here' });
    // A flowForm's Meta id is the admin's to fill in (the schema refuses it empty).
    const added = addStep(base, step.kind === 'flowForm' ? { ...step, flowId: '1234' } : step);
    const id = step.id;
    const problems = (flow: Flow) => checkFlow(flow, ORDER);
    // The last step ended the flow, so nothing leads to the new one yet: the server would refuse it too.
    expect(problems(added)).toEqual([
      { stepId: id, path: ['steps', 3], message: `Step "${id}" is never reached from the start.` },
    ]);
    const options = [...(base.steps[1] as MenuStep).options, { id: 'o2', title: 'Other', next: id }];
    const led = updateStep(added, 1, { ...(base.steps[1] as MenuStep), options });
    expect(problems(led)).toEqual([]);
    expect(new Set(led.steps.map((s) => s.id)).size).toBe(led.steps.length);
  });

  it('a new step follows the last one when that one ended the flow', () => {
    const flow: Flow = { startStepId: 'a', steps: [{ kind: 'message', id: 'a', text: 'x', next: null }] };
    const added = addStep(flow, newStep(flow, 'message', null, { text: 'y' }));
    expect(added.steps[0]).toMatchObject({ next: 'message-1' });
    expect(checkFlow(added, [])).toEqual([]);
  });

  it('removing a step unlinks what pointed at it and moves the start', () => {
    const withoutEnd = removeStep(base, 2);
    expect(withoutEnd.steps[1]).toMatchObject({ options: [{ next: null }] });
    const withoutStart = removeStep(base, 0);
    expect(withoutStart.startStepId).toBe('menu');
    expect(checkFlow(withoutStart)).toEqual([]);
    expect(removeStep({ ...base, steps: [base.steps[0]] }, 0).steps).toHaveLength(1);
  });

  it('moves steps within bounds', () => {
    expect(moveStep(base, 0, 1).steps.map((s) => s.id)).toEqual(['menu', 'hi', 'end']);
    expect(moveStep(base, 0, -1)).toBe(base);
  });

  it('renaming a step carries its links and the start along', () => {
    const renamed = updateStep(base, 0, { ...base.steps[0], id: 'greet' } as Flow['steps'][number]);
    expect(renamed.startStepId).toBe('greet');
    const again = updateStep(renamed, 2, { ...base.steps[2], id: 'people' } as Flow['steps'][number]);
    expect(again.steps[1]).toMatchObject({ options: [{ next: 'people' }] });
    expect(checkFlow(again)).toEqual([]);
  });
});

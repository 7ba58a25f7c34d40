// Pure edits of a flow draft, as the structured editor makes them: add a step of a kind, remove,
// move, change one. Removing a step unlinks whatever pointed at it (a dangling link would only
// come back as a problem); the start moves to the first step when its step goes.
import type { Flow, FlowStep } from '@/core/bot/flow';

export type StepKind = FlowStep['kind'];
export const STEP_KINDS: StepKind[] = ['message', 'question', 'menu', 'flowForm', 'handover'];

/** `kind-N`, the first N not taken. */
export function freshId(flow: Flow, base: string): string {
  const taken = new Set(flow.steps.flatMap((s) => [s.id, ...(s.kind === 'menu' ? s.options.map((o) => o.id) : [])]));
  let n = 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A step of the kind with placeholder words the admin replaces; links to nothing yet. */
export function newStep(flow: Flow, kind: StepKind, firstFieldKey: string | null, words: { text: string }): FlowStep {
  const id = freshId(flow, kind);
  switch (kind) {
    case 'message':
      return { kind, id, text: words.text, next: null };
    case 'question':
      return { kind, id, text: words.text, fieldKey: firstFieldKey ?? '', hint: null, next: null };
    case 'menu':
      return { kind, id, text: words.text, options: [{ id: `${id}-a`, title: 'Option 1', next: null }] };
    case 'flowForm':
      return {
        kind,
        id,
        text: words.text,
        flowId: '',
        cta: 'Open',
        fields: [{ name: 'name', label: 'Name', type: 'text', options: [] }],
        next: null,
      };
    case 'handover':
      return { kind, id, text: null, to: { kind: 'queue' } };
  }
}

/** Appends the step; the previous last step (when it ended the flow) now leads to it. */
export function addStep(flow: Flow, step: FlowStep): Flow {
  const last = flow.steps[flow.steps.length - 1];
  const steps = flow.steps.map((s) => (s === last && 'next' in s && s.next === null ? { ...s, next: step.id } : s));
  return { ...flow, steps: [...steps, step] };
}

const unlink = (step: FlowStep, gone: string): FlowStep => {
  if (step.kind === 'menu')
    return { ...step, options: step.options.map((o) => (o.next === gone ? { ...o, next: null } : o)) };
  if ('next' in step && step.next === gone) return { ...step, next: null };
  return step;
};

export function removeStep(flow: Flow, index: number): Flow {
  const gone = flow.steps[index];
  if (!gone || flow.steps.length === 1) return flow;
  const steps = flow.steps.filter((_, i) => i !== index).map((s) => unlink(s, gone.id));
  const startStepId = flow.startStepId === gone.id ? steps[0].id : flow.startStepId;
  return { startStepId, steps };
}

export function moveStep(flow: Flow, index: number, delta: -1 | 1): Flow {
  const to = index + delta;
  if (to < 0 || to >= flow.steps.length) return flow;
  const steps = [...flow.steps];
  [steps[index], steps[to]] = [steps[to], steps[index]];
  return { ...flow, steps };
}

/** Replaces the step at `index`; a renamed id is followed by every link to it and by the start. */
export function updateStep(flow: Flow, index: number, step: FlowStep): Flow {
  const before = flow.steps[index];
  const renamed = before && before.id !== step.id ? before.id : null;
  const follow = (next: string | null) => (renamed !== null && next === renamed ? step.id : next);
  const steps = flow.steps.map((s, i) => {
    if (i === index) return step;
    if (renamed === null) return s;
    if (s.kind === 'menu') return { ...s, options: s.options.map((o) => ({ ...o, next: follow(o.next) })) };
    return 'next' in s ? { ...s, next: follow(s.next) } : s;
  });
  return { startStepId: follow(flow.startStepId) ?? flow.startStepId, steps };
}

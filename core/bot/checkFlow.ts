// Whether a flow an admin saved can run, every problem named by its step and its JSON path, so the
// editor can point at it. Unreachable steps are problems too: a step no path leads to is a step
// the admin believes runs and never does. They are judged once the links are sound: one mistyped
// link would otherwise also name every step behind it.
import type { FlowProblem } from '../api/bot';
import type { FieldDefinition } from '../model';
import type { Flow, FlowStep } from './flow';

type Definition = Pick<FieldDefinition, 'key' | 'type' | 'choices'>;
type Path = FlowProblem['path'];

export function checkFlow(flow: Flow, fields: readonly Definition[], agentIds?: readonly string[]): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const add = (stepId: string | null, path: Path, message: string) => problems.push({ stepId, path, message });
  let linksSound = true;
  const badLink = (stepId: string | null, path: Path, message: string) => {
    linksSound = false;
    add(stepId, path, message);
  };
  const ids = new Set<string>();
  flow.steps.forEach((step, i) => {
    if (ids.has(step.id)) badLink(step.id, ['steps', i, 'id'], `Two steps are called "${step.id}".`);
    ids.add(step.id);
  });
  if (!ids.has(flow.startStepId))
    badLink(null, ['startStepId'], `The flow starts at "${flow.startStepId}": no such step.`);
  const target = (step: FlowStep, path: Path, next: string | null) => {
    if (next !== null && !ids.has(next)) badLink(step.id, path, `Step "${step.id}" goes to "${next}": no such step.`);
  };
  flow.steps.forEach((step, i) => {
    const at = (...rest: Path): Path => ['steps', i, ...rest];
    switch (step.kind) {
      case 'message':
      case 'flowForm':
        target(step, at('next'), step.next);
        if (step.kind === 'flowForm') checkForm(step, at, add);
        break;
      case 'question': {
        target(step, at('next'), step.next);
        const field = fields.find((f) => f.key === step.fieldKey);
        if (!field)
          add(step.id, at('fieldKey'), `Step "${step.id}" fills "${step.fieldKey}": no such information field.`);
        else if (field.type === 'choice' && field.choices.length === 0) {
          add(step.id, at('fieldKey'), `Step "${step.id}" fills "${field.key}", a choice field with no choices.`);
        }
        break;
      }
      case 'menu': {
        const seen = new Set<string>();
        const titles = new Set<string>();
        step.options.forEach((option, j) => {
          if (seen.has(option.id))
            add(step.id, at('options', j, 'id'), `Step "${step.id}" has two options "${option.id}".`);
          if (titles.has(option.title.trim().toLowerCase())) {
            add(step.id, at('options', j, 'title'), `Step "${step.id}" has two options titled "${option.title}".`);
          }
          seen.add(option.id);
          titles.add(option.title.trim().toLowerCase());
          target(step, at('options', j, 'next'), option.next);
        });
        break;
      }
      case 'handover':
        if (step.to.kind === 'agent' && agentIds && !agentIds.includes(step.to.agentId)) {
          add(
            step.id,
            at('to', 'agentId'),
            `Step "${step.id}" hands over to an agent who does not exist or is inactive.`,
          );
        }
        break;
    }
  });
  if (!linksSound) return problems;
  const reachable = reachableFrom(flow);
  flow.steps.forEach((step, i) => {
    if (!reachable.has(step.id)) add(step.id, ['steps', i], `Step "${step.id}" is never reached from the start.`);
  });
  return problems;
}

function checkForm(
  step: Extract<FlowStep, { kind: 'flowForm' }>,
  at: (...rest: Path) => Path,
  add: (stepId: string | null, path: Path, message: string) => void,
) {
  const names = new Set<string>();
  step.fields.forEach((field, j) => {
    if (names.has(field.name)) add(step.id, at('fields', j, 'name'), `Step "${step.id}" asks "${field.name}" twice.`);
    names.add(field.name);
    if (field.type === 'choice' && field.options.length === 0) {
      add(step.id, at('fields', j, 'options'), `Step "${step.id}": "${field.name}" is a choice with no options.`);
    }
  });
}

function reachableFrom(flow: Flow): Set<string> {
  const byId = new Map(flow.steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const stack = [flow.startStepId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const step = byId.get(id);
    if (!step || seen.has(id)) continue;
    seen.add(id);
    if (step.kind === 'menu') for (const o of step.options) if (o.next) stack.push(o.next);
    if (step.kind !== 'menu' && step.kind !== 'handover' && step.next) stack.push(step.next);
  }
  return seen;
}

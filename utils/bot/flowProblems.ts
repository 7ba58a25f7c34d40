// The problems of a flow, named by step, whichever side found them: the same zod schema the server
// uses (core/bot/flow.ts) plus the links between steps, checked here before saving; and the
// server's own, read from its 400 answer however it nests them.
import { z } from 'zod';
import { FlowProblem } from '@/core/api/bot';
import { Flow } from '@/core/bot/flow';
import type { FieldDefinition } from '@/core/model';

type Path = FlowProblem['path'];

/** The id of the step a path points into, read from the flow (by index) when it has one. */
function stepIdAt(flow: unknown, path: Path): string | null {
  if (path[0] !== 'steps' || typeof path[1] !== 'number') return null;
  const steps = (flow as { steps?: unknown } | null)?.steps;
  const step = Array.isArray(steps) ? (steps[path[1]] as { id?: unknown } | undefined) : undefined;
  return typeof step?.id === 'string' ? step.id : null;
}

/** Every problem in `flow` (any JSON value), or none when it can be saved. */
export function checkFlow(flow: unknown, fields: Pick<FieldDefinition, 'key'>[] | null = null): FlowProblem[] {
  const parsed = Flow.safeParse(flow);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      return { stepId: stepIdAt(flow, path), path, message: issue.message };
    });
  }
  const { steps, startStepId } = parsed.data;
  const problems: FlowProblem[] = [];
  const ids = new Set<string>();
  steps.forEach((step, i) => {
    if (ids.has(step.id))
      problems.push({ stepId: step.id, path: ['steps', i, 'id'], message: 'Two steps share this id.' });
    ids.add(step.id);
  });
  const link = (next: string | null, stepId: string, path: Path) => {
    if (next !== null && !ids.has(next)) problems.push({ stepId, path, message: `No step has the id "${next}".` });
  };
  if (!ids.has(startStepId))
    problems.push({ stepId: null, path: ['startStepId'], message: `No step has the id "${startStepId}".` });
  const keys = fields ? new Set(fields.map((f) => f.key)) : null;
  steps.forEach((step, i) => {
    if (step.kind === 'menu') {
      step.options.forEach((option, j) => link(option.next, step.id, ['steps', i, 'options', j, 'next']));
      return;
    }
    if (step.kind !== 'handover') link(step.next, step.id, ['steps', i, 'next']);
    if (step.kind === 'question' && keys && !keys.has(step.fieldKey))
      problems.push({
        stepId: step.id,
        path: ['steps', i, 'fieldKey'],
        message: `No information field has the key "${step.fieldKey}".`,
      });
  });
  return problems;
}

const Problems = z.array(FlowProblem);

/** The FlowProblems in a server's error body: under error.problems, error.details, or beside error. */
export function problemsFromError(err: unknown): FlowProblem[] {
  const body = (err as { details?: unknown } | null)?.details as
    { error?: { problems?: unknown; details?: unknown }; problems?: unknown } | undefined;
  const nested = body?.error?.details as { problems?: unknown } | undefined;
  for (const candidate of [body?.error?.problems, body?.error?.details, nested?.problems, body?.problems]) {
    const parsed = Problems.safeParse(candidate);
    if (parsed.success && parsed.data.length > 0) return parsed.data;
  }
  return [];
}

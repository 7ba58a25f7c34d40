// The problems of a flow, named by step, whichever side found them: the same zod schema and rules
// the server uses (core/bot/flow.ts, core/bot/checkFlow.ts), checked here before saving; and the
// server's own, read from its 400 answer however it nests them.
import { z } from 'zod';
import { FlowProblem } from '@/core/api/bot';
import { checkFlow as checkFlowRules } from '@/core/bot/checkFlow';
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

type Definition = Pick<FieldDefinition, 'key' | 'type' | 'choices'>;

/**
 * Every problem in `flow` (any JSON value), or none when it can be saved: the schema, then the
 * server's own rules (core/bot/checkFlow). Without the field definitions (not synced yet) the
 * steps' field keys are not judged.
 */
export function checkFlow(flow: unknown, fields: readonly Definition[] | null = null): FlowProblem[] {
  const parsed = Flow.safeParse(flow);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      return { stepId: stepIdAt(flow, path), path, message: issue.message };
    });
  }
  const problems = checkFlowRules(parsed.data, fields ?? []);
  return fields ? problems : problems.filter((p) => p.path.at(-1) !== 'fieldKey');
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

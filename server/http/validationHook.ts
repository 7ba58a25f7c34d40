// Every request schema failure becomes a 400 `invalid` whose message names the field.
import type { ZodError } from 'zod';
import { ApiException } from '../errors';

const TARGET_NAMES: Record<string, string> = { json: 'body', query: 'query', param: 'path', header: 'header' };

type Issue = ZodError['issues'][number];

/**
 * For a body that matches no shape of a union, the issue of the shape it came closest to: the one
 * whose first mismatch lies deepest (it matched more), then the one with fewest mismatches.
 */
function closestIssue(issue: Issue | undefined): Issue | undefined {
  if (issue?.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const ranked = issue.errors
    .filter((branch) => branch.length > 0)
    .map((branch, i) => ({ branch, i }))
    .sort(
      (a, b) => b.branch[0].path.length - a.branch[0].path.length || a.branch.length - b.branch.length || a.i - b.i,
    );
  if (ranked.length === 0) return issue;
  // A branch's paths are relative to the union's own place in the body.
  const inner = ranked[0].branch[0] as Issue;
  return closestIssue({ ...inner, path: [...issue.path, ...inner.path] } as Issue);
}

export function describeZodError(error: ZodError, target: string): string {
  const issue = closestIssue(error.issues[0]);
  const where = TARGET_NAMES[target] ?? target;
  const field = issue?.path.length ? issue.path.map(String).join('.') : where;
  return `${field}: ${issue?.message ?? 'invalid'} (in the ${where})`;
}

export function validationHook(result: { success: boolean; error?: ZodError; target: string }): void {
  if (!result.success && result.error)
    throw new ApiException(400, 'invalid', describeZodError(result.error, result.target));
}

// Every request schema failure becomes a 400 `invalid` whose message names the field.
import type { ZodError } from 'zod';
import { ApiException } from '../errors';

const TARGET_NAMES: Record<string, string> = { json: 'body', query: 'query', param: 'path', header: 'header' };

export function describeZodError(error: ZodError, target: string): string {
  const issue = error.issues[0];
  const where = TARGET_NAMES[target] ?? target;
  const field = issue?.path.length ? issue.path.map(String).join('.') : where;
  return `${field}: ${issue?.message ?? 'invalid'} (in the ${where})`;
}

export function validationHook(result: { success: boolean; error?: ZodError; target: string }): void {
  if (!result.success && result.error) throw new ApiException(400, 'invalid', describeZodError(result.error, result.target));
}

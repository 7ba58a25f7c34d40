// Shared by the webhook parsers (and Graph's stand-in): a payload part that fails its schema names
// the field, the way Meta names fields in its own errors.
import type { z } from 'zod';
import { WebhookPayloadError } from './types';

/** Parses one part of a webhook payload; a mismatch throws WebhookPayloadError naming the field. */
export function checkPayload<T extends z.ZodType>(schema: T, value: unknown, prefix: (string | number)[]): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = formatPath([...prefix, ...(issue.path as (string | number)[])]);
  throw new WebhookPayloadError(field || '(body)', `${field || 'body'}: ${issue.message}`);
}

/** ['entry', 0, 'changes'] → "entry[0].changes" */
export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

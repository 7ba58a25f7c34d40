// The API's error body and its stable codes.
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'window_closed',
  'bad_signature',
  'upstream',
  'internal',
  'too_few_messages',
  'feature_off',
  'ai_unavailable',
  'ai_bad_output',
  'unsupported_audio',
  'session_expired',
  'too_many_attempts',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({ error: z.object({ code: ErrorCode, message: z.string() }) }).meta({ id: 'Error' });
export type ApiError = z.infer<typeof ApiError>;

// Webhooks that could not be stored, kept for an admin to see and replay (admin only).
import { z } from 'zod';
import { CHANNELS } from '../model';

export const DeadLetter = z
  .object({
    id: z.string(),
    channel: z.enum(CHANNELS),
    /** Why it could not be stored (the latest attempt's reason). */
    error: z.string(),
    receivedAt: z.number(),
    /** When a replay stored it; null while it still waits. */
    replayedAt: z.number().nullable(),
    /** The body's size in bytes, and its beginning as text (to recognise it). */
    size: z.number(),
    excerpt: z.string(),
  })
  .meta({ id: 'DeadLetter' });
export type DeadLetter = z.infer<typeof DeadLetter>;

export const DeadLettersResponse = z.object({ deadLetters: z.array(DeadLetter) });
export type DeadLettersResponse = z.infer<typeof DeadLettersResponse>;
export const DeadLetterResponse = z.object({ deadLetter: DeadLetter });
export type DeadLetterResponse = z.infer<typeof DeadLetterResponse>;

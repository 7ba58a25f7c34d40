// What the chat model must return, as zod: the same schema goes to the provider (as JSON Schema,
// strict) and checks the answer. Only keywords strict structured output accepts: no string lengths.
import { z } from 'zod';

const nonBlank = z.string().refine((s) => s.trim().length > 0, 'must not be blank');

export const SummaryOutput = z.object({
  /** Two to four sentences for the next agent. */
  summary: nonBlank,
  /** What the customer still wants, or null when nothing is pending. */
  openRequest: z.string().nullable(),
  /** Commitments made to the customer (a call-back, a refund by a date). */
  promises: z.array(z.string()),
});
export type SummaryOutput = z.infer<typeof SummaryOutput>;

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Exactly three distinct suggestions, none repeating what is already on screen (`exclude`): an
 * answer that does is bad output, so the provider is asked once more.
 */
export function suggestionsOutput(exclude: string[] = []) {
  const excluded = new Set(exclude.map(normalise));
  return z.object({
    suggestions: z
      .array(z.object({ text: nonBlank, quickReplyId: z.string().nullable() }))
      .length(3)
      .refine((list) => new Set(list.map((s) => normalise(s.text))).size === list.length, 'suggestions repeat')
      .refine((list) => list.every((s) => !excluded.has(normalise(s.text))), 'a suggestion repeats one on screen'),
  });
}
export type SuggestionsOutput = z.infer<ReturnType<typeof suggestionsOutput>>;

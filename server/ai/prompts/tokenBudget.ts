// A token estimate good enough for budgets: about four characters per token for English and
// Spanish with the common tokenizers. Deliberately not a tokenizer (each model has its own).
export const CHARS_PER_TOKEN = 4;

export const estimateTokens = (text: string) => Math.ceil(text.length / CHARS_PER_TOKEN);

export function truncateToTokens(text: string, tokens: number): string {
  const limit = Math.max(0, tokens * CHARS_PER_TOKEN);
  return text.length <= limit ? text : `${text.slice(0, Math.max(0, limit - 1))}…`;
}

/**
 * The newest items that fit in `budget` tokens, returned oldest first. The newest one is always
 * kept (cut down to the budget if it alone is too long): a prompt without the last message is useless.
 */
export function newestWithinBudget(lines: string[], budget: number): { kept: string[]; omitted: number } {
  const kept: string[] = [];
  let used = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const cost = estimateTokens(lines[i]) + 1;
    if (used + cost > budget) {
      if (kept.length === 0) kept.push(truncateToTokens(lines[i], budget));
      break;
    }
    kept.push(lines[i]);
    used += cost;
  }
  return { kept: kept.reverse(), omitted: lines.length - kept.length };
}

// Three replies the agent could send next, in the customer's language, grounded in the
// workspace's quick replies where one fits, never repeating what is already on screen.
import { suggestionsOutput } from './outputSchemas';
import type { BuiltPrompt } from './buildSummaryPrompt';
import {
  DEFAULT_BUDGET_TOKENS,
  INJECTION_GUARD,
  languageName,
  remaining,
  renderCustomer,
  renderNotes,
  renderThread,
  type PromptContext,
} from './promptContext';
import { newestWithinBudget, truncateToTokens } from './tokenBudget';

export interface PromptQuickReply {
  id: string;
  title: string;
  text: string;
  tags?: string[];
}

export interface SuggestionsInput extends PromptContext {
  quickReplies: PromptQuickReply[];
  /** Suggestions on screen: a refresh asks for others. */
  exclude?: string[];
}

export function buildSuggestionsPrompt(
  input: SuggestionsInput,
  options: { budgetTokens?: number } = {},
): BuiltPrompt<ReturnType<typeof suggestionsOutput>> {
  const budget = options.budgetTokens ?? DEFAULT_BUDGET_TOKENS;
  const exclude = input.exclude ?? [];
  const language = input.customerLanguage
    ? languageName(input.customerLanguage)
    : 'the language the customer writes in';
  const system = [
    'You suggest three different replies a customer-service agent could send next in this conversation.',
    `Write them in ${language}, as the agent, ready to send: short, polite, concrete, each a different approach.`,
    'Where one of the quick replies fits, base the suggestion on it (adapt it to the conversation) and give its id as quickReplyId; otherwise quickReplyId is null.',
    'Do not promise anything the conversation, the notes or a quick reply does not support.',
    INJECTION_GUARD,
  ].join('\n');

  const quickReplies = renderQuickReplies(input.quickReplies, Math.floor(budget / 4));
  const avoid = exclude.length
    ? ['Already suggested (write different ones):', ...exclude.map((text) => `- ${text}`)].join('\n')
    : '';
  const customer = renderCustomer(input.customer);
  const notes = renderNotes(input.notes, Math.floor(budget / 8));
  const thread = renderThread(input.messages, remaining(budget, system, customer, notes, quickReplies, avoid));
  const content = [customer, notes, quickReplies, thread.text, avoid].filter(Boolean).join('\n\n');
  return {
    system,
    messages: [{ role: 'user', content }],
    schemaName: 'reply_suggestions',
    schema: suggestionsOutput(exclude),
    includedMessages: thread.included,
    omittedMessages: thread.omitted,
  };
}

function renderQuickReplies(quickReplies: PromptQuickReply[], budget: number): string {
  if (!quickReplies.length) return 'Quick replies: none.';
  const lines = quickReplies.map((q) => {
    const tags = q.tags?.length ? ` [${q.tags.join(', ')}]` : '';
    return `- id ${q.id}: ${q.title}${tags}: ${truncateToTokens(q.text.trim(), 150)}`;
  });
  const { kept, omitted } = newestWithinBudget(lines, budget);
  return [`Quick replies of this workspace${omitted ? ` (${omitted} more left out)` : ''}:`, ...kept].join('\n');
}

/** Quick-reply ids the model made up become null: the panel shows only real sources. */
export function resolveSuggestionSources<T extends { quickReplyId: string | null }>(
  suggestions: T[],
  quickReplies: PromptQuickReply[],
): T[] {
  const ids = new Set(quickReplies.map((q) => q.id));
  return suggestions.map((s) => (s.quickReplyId && !ids.has(s.quickReplyId) ? { ...s, quickReplyId: null } : s));
}

// The handover summary's prompt: for the next agent, in the workspace's language, with the
// customer's open request and any promise made.
import type { ChatMessage } from '../chatJson';
import { SummaryOutput } from './outputSchemas';
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

export interface BuiltPrompt<S> {
  system: string;
  messages: ChatMessage[];
  schemaName: string;
  schema: S;
  /** Messages in the prompt, and older ones left out to stay within the budget. */
  includedMessages: number;
  omittedMessages: number;
}

export function buildSummaryPrompt(
  context: PromptContext,
  options: { budgetTokens?: number } = {},
): BuiltPrompt<typeof SummaryOutput> {
  const budget = options.budgetTokens ?? DEFAULT_BUDGET_TOKENS;
  const language = languageName(context.workspaceLanguage);
  const system = [
    'You write the handover summary of a customer-service conversation for the next agent who takes it over.',
    `Write in ${language}, whatever language the customer uses.`,
    'summary: two to four plain sentences: who the customer is, what happened, where things stand.',
    'openRequest: what the customer is still waiting for, in one sentence; null if nothing is pending.',
    'promises: each commitment an agent or the bot made to the customer (what, and by when if said); empty if none.',
    'Use only facts from the conversation, the customer information and the notes. Do not invent order numbers, dates or names.',
    INJECTION_GUARD,
  ].join('\n');

  const customer = renderCustomer(context.customer);
  const notes = renderNotes(context.notes, Math.floor(budget / 5));
  const thread = renderThread(context.messages, remaining(budget, system, customer, notes));
  return {
    system,
    messages: [{ role: 'user', content: [customer, notes, thread.text].join('\n\n') }],
    schemaName: 'conversation_summary',
    schema: SummaryOutput,
    includedMessages: thread.included,
    omittedMessages: thread.omitted,
  };
}

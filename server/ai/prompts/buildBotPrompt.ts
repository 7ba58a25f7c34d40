// The bot's two questions to the chat model: answer a customer's voice note in the flow's context
// (guided by the admin's bot prompt), and "does this customer ask for a person?".
import { z } from 'zod';
import type { BuiltPrompt } from './buildSummaryPrompt';
import { DEFAULT_BUDGET_TOKENS, INJECTION_GUARD, languageName, remaining, renderThread } from './promptContext';
import type { PromptMessage } from './promptContext';

const nonBlank = z.string().refine((s) => s.trim().length > 0, 'must not be blank');

export const BotVoiceOutput = z.object({
  /** What the bot says back. */
  reply: nonBlank,
  /** The customer asked for a person (or the bot cannot help): hand the conversation over. */
  handover: z.boolean(),
  /** Why, in a few words, for the agents; null when not handing over. */
  reason: z.string().nullable(),
});
export type BotVoiceOutput = z.infer<typeof BotVoiceOutput>;

export const BotClassifyOutput = z.object({ asksForPerson: z.boolean() });

export interface BotPromptInput {
  botPrompt: string;
  workspaceLanguage: string;
  messages: PromptMessage[];
  /** What the bot asked last and is waiting for (the step's text); null before the flow starts. */
  waitingFor: string | null;
  collected: { question: string; answer: string }[];
  transcript: string;
}

export function buildBotVoicePrompt(input: BotPromptInput): BuiltPrompt<typeof BotVoiceOutput> {
  const system = [
    'You are the customer-service bot of a business, answering a customer who sent a voice note on WhatsApp.',
    `Reply in the customer's language (the workspace's is ${languageName(input.workspaceLanguage)}), in one to three short sentences.`,
    'Stay within the flow: answer what the voice note says, then bring the customer back to what the bot is waiting for.',
    'handover: true when the customer asks for a person (an agent, a human, an advisor) or you cannot help; reason: why, in a few words.',
    input.botPrompt.trim() ? `The business's instructions:\n${input.botPrompt.trim()}` : '',
    INJECTION_GUARD,
  ]
    .filter(Boolean)
    .join('\n');
  const flow = [
    `The bot is waiting for: ${input.waitingFor ?? 'nothing yet (the conversation just started)'}`,
    `Answers collected so far:\n${input.collected.map((a) => `- ${a.question}: ${a.answer}`).join('\n') || '- none'}`,
    `The voice note's transcript:\n${input.transcript}`,
  ].join('\n\n');
  const thread = renderThread(input.messages, remaining(DEFAULT_BUDGET_TOKENS, system, flow));
  return {
    system,
    messages: [{ role: 'user', content: [thread.text, flow].join('\n\n') }],
    schemaName: 'bot_voice_answer',
    schema: BotVoiceOutput,
    includedMessages: thread.included,
    omittedMessages: thread.omitted,
  };
}

export function buildAsksForPersonPrompt(text: string) {
  return {
    system: [
      'Classify one customer message sent to a customer-service bot.',
      'asksForPerson: true only when the customer asks to talk to a person (an agent, a human, an advisor, someone), in any language.',
      INJECTION_GUARD,
    ].join('\n'),
    messages: [{ role: 'user' as const, content: `Customer message:\n${text}` }],
    schemaName: 'asks_for_person',
    schema: BotClassifyOutput,
  };
}

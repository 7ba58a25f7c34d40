import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiStandIn, type OpenAiStandIn } from '../../testing/openaiStandIn';
import { createAiProvider } from '../createAiProvider';
import { buildSuggestionsPrompt, resolveSuggestionSources, type SuggestionsInput } from './buildSuggestionsPrompt';
import { buildSummaryPrompt } from './buildSummaryPrompt';
import { SummaryOutput } from './outputSchemas';
import type { PromptContext, PromptMessage } from './promptContext';
import { estimateTokens } from './tokenBudget';

const T0 = Date.UTC(2025, 4, 6, 9, 0);
const msg = (
  author: PromptMessage['author'],
  text: string,
  extra: Partial<PromptMessage> = {},
  i = 0,
): PromptMessage => ({
  author,
  kind: 'text',
  text,
  createdAt: T0 + i * 60_000,
  ...extra,
});

function fakeContext(overrides: Partial<PromptContext> = {}): PromptContext {
  return {
    messages: [
      msg('customer', 'Hola, mi pedido no ha llegado', {}, 0),
      msg('bot', '¿Cuál es tu número de pedido?', {}, 1),
      msg('customer', '', { kind: 'audio', transcript: 'Es el pedido cuatro cinco dos, lo necesito el viernes' }, 2),
      msg('system', 'Conversation transferred to Ana', {}, 3),
      msg('agent', 'Lo reviso y te llamo mañana', {}, 4),
      msg('customer', '', { kind: 'audio', transcript: null }, 5),
    ],
    customer: { name: 'Lucía Pérez', fields: [{ label: 'Order number', value: 452 }], tags: ['vip'] },
    notes: [{ text: 'Prefers phone calls after 5 pm', createdAt: T0 }],
    customerLanguage: 'es',
    workspaceLanguage: 'en',
    ...overrides,
  };
}

describe('buildSummaryPrompt', () => {
  it('carries the thread, voice-note transcripts, customer information and notes, in the workspace language', () => {
    const prompt = buildSummaryPrompt(fakeContext({ workspaceLanguage: 'de' }));
    const content = prompt.messages[0].content;
    expect(prompt.system).toContain('Write in German');
    expect(prompt.schemaName).toBe('conversation_summary');
    expect(content).toContain('- Name: Lucía Pérez');
    expect(content).toContain('- Tags: vip');
    expect(content).toContain('- Order number: 452');
    expect(content).toContain('Prefers phone calls after 5 pm');
    expect(content).toContain('Customer: (voice note) Es el pedido cuatro cinco dos, lo necesito el viernes');
    expect(content).toContain('Customer: (voice note, not transcribed)');
    expect(content).toContain('Bot: ¿Cuál es tu número de pedido?');
    expect(content).toContain('System: Conversation transferred to Ana');
    expect(content).toContain('[2025-05-06 09:04] Agent: Lo reviso y te llamo mañana');
    expect(prompt).toMatchObject({ includedMessages: 6, omittedMessages: 0 });
  });

  it('keeps the newest messages within the budget and says how many older ones were left out', () => {
    const messages = Array.from({ length: 300 }, (_, i) =>
      msg(i % 2 ? 'agent' : 'customer', `message number ${i} ${'x'.repeat(80)}`, {}, i),
    );
    const prompt = buildSummaryPrompt(fakeContext({ messages }), { budgetTokens: 1500 });
    const content = prompt.messages[0].content;
    expect(prompt.omittedMessages).toBeGreaterThan(0);
    expect(prompt.includedMessages + prompt.omittedMessages).toBe(300);
    expect(content).toContain(`(${prompt.omittedMessages} older messages left out to fit)`);
    expect(content).toContain('message number 299 ');
    expect(content).not.toContain('message number 0 ');
    expect(estimateTokens(prompt.system) + estimateTokens(content)).toBeLessThanOrEqual(1500 + 50);
    // Newest first means a contiguous tail of the thread, in order.
    const numbers = [...content.matchAll(/message number (\d+)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => 300 - numbers.length + i));
  });

  it('never drops the newest message, however long: it is cut down instead', () => {
    const huge = msg('customer', `please read this: ${'y'.repeat(50_000)} END`, {}, 9);
    const prompt = buildSummaryPrompt(fakeContext({ messages: [msg('customer', 'older', {}, 0), huge] }), {
      budgetTokens: 600,
    });
    expect(prompt.includedMessages).toBe(1);
    expect(prompt.messages[0].content).toContain('please read this: yyy');
    expect(prompt.messages[0].content).not.toContain('END');
  });

  it('the output schema wants a summary, an open request or null, and promises', () => {
    expect(SummaryOutput.safeParse({ summary: 'Late order 452.', openRequest: null, promises: [] }).success).toBe(true);
    expect(SummaryOutput.safeParse({ summary: '  ', openRequest: null, promises: [] }).success).toBe(false);
    expect(SummaryOutput.safeParse({ summary: 'x', promises: [] }).success).toBe(false);
  });
});

const quickReplies = [
  { id: 'qr-refund', title: 'Refund policy', text: 'Refunds take 5 to 7 business days.', tags: ['billing'] },
  { id: 'qr-track', title: 'Tracking', text: 'You can track your order at example.com/track.' },
];
const suggestionsInput = (overrides: Partial<SuggestionsInput> = {}): SuggestionsInput => ({
  ...fakeContext(),
  quickReplies,
  ...overrides,
});

describe('buildSuggestionsPrompt', () => {
  it('asks for replies in the customer language, lists the quick replies by id and what to avoid', () => {
    const prompt = buildSuggestionsPrompt(suggestionsInput({ exclude: ['Te llamo mañana.'] }));
    const content = prompt.messages[0].content;
    expect(prompt.system).toContain('Write them in Spanish');
    expect(content).toContain('- id qr-refund: Refund policy [billing]: Refunds take 5 to 7 business days.');
    expect(content).toContain('- id qr-track: Tracking: You can track');
    expect(content).toContain('Already suggested (write different ones):\n- Te llamo mañana.');
    expect(content).toContain('(voice note) Es el pedido cuatro cinco dos');
  });

  it('without a known customer language, follows the customer', () => {
    expect(buildSuggestionsPrompt(suggestionsInput({ customerLanguage: null })).system).toContain(
      'the language the customer writes in',
    );
  });

  it('the schema takes exactly three distinct suggestions, none of those on screen', () => {
    const { schema } = buildSuggestionsPrompt(suggestionsInput({ exclude: ['Te llamo mañana.'] }));
    const s = (text: string, quickReplyId: string | null = null) => ({ text, quickReplyId });
    expect(schema.safeParse({ suggestions: [s('a'), s('b', 'qr-track'), s('c')] }).success).toBe(true);
    expect(schema.safeParse({ suggestions: [s('a'), s('b')] }).success).toBe(false);
    expect(schema.safeParse({ suggestions: [s('a'), s('A '), s('c')] }).success).toBe(false);
    expect(schema.safeParse({ suggestions: [s('a'), s('b'), s('te llamo  mañana.')] }).success).toBe(false);
  });

  it('drops quick-reply ids the model made up', () => {
    const resolved = resolveSuggestionSources(
      [
        { text: 'a', quickReplyId: 'qr-refund' },
        { text: 'b', quickReplyId: 'qr-invented' },
        { text: 'c', quickReplyId: null },
      ],
      quickReplies,
    );
    expect(resolved.map((s) => s.quickReplyId)).toEqual(['qr-refund', null, null]);
  });
});

describe('prompts through the provider, against the stand-in', () => {
  let standIn: OpenAiStandIn;
  beforeAll(async () => {
    standIn = await startOpenAiStandIn();
  });
  afterAll(() => standIn.close());

  it('a refresh that repeats a suggestion on screen is asked once more', async () => {
    const chat = createAiProvider(
      {
        baseUrl: standIn.baseUrl,
        apiKey: 'k',
        chatModel: 'm',
        transcribeModel: null,
        azureApiVersion: null,
        timeoutMs: 5000,
      },
      { log: () => {} },
    ).chat!;
    const s = (text: string) => ({ text, quickReplyId: null });
    standIn.script(
      'chat',
      { json: { suggestions: [s('Te llamo mañana.'), s('b'), s('c')] } },
      { json: { suggestions: [s('a'), s('b'), s('c')] } },
    );
    const prompt = buildSuggestionsPrompt(suggestionsInput({ exclude: ['Te llamo mañana.'] }));
    expect(await chat.json(prompt)).toEqual({ suggestions: [s('a'), s('b'), s('c')] });
    const requests = standIn.requestsTo('chat');
    expect(requests).toHaveLength(2);
    const body = requests[0].json as {
      messages: { content: string }[];
      response_format: { json_schema: { name: string } };
    };
    expect(body.messages[1].content).toContain('lo necesito el viernes');
    expect(body.response_format.json_schema.name).toBe('reply_suggestions');
  });
});

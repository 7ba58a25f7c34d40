// Test-only: a provider pointed at the OpenAI stand-in, with its log captured, for the provider's tests.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { z } from 'zod';
import { startOpenAiStandIn, type OpenAiStandIn } from '../testing/openaiStandIn';
import type { AiConfig } from './aiConfig';
import { AiError } from './aiErrors';
import { createAiProvider } from './createAiProvider';

export const KEY = 'sk-test-0123456789abcdef';
export const Answer = z.object({ summary: z.string(), promises: z.array(z.string()) });
export const GOOD = { summary: 'Wants a refund', promises: ['call back Friday'] };

/** Starts one stand-in for the calling test file; `log` holds the last provider's log lines. */
export function useStandIn() {
  const ctx = { standIn: undefined as unknown as OpenAiStandIn, log: [] as string[] };
  beforeAll(async () => {
    ctx.standIn = await startOpenAiStandIn({ apiKey: KEY });
  });
  afterAll(() => ctx.standIn.close());
  afterEach(() => ctx.standIn.reset());
  const provider = (overrides: Partial<AiConfig> = {}) => {
    ctx.log = [];
    const config: AiConfig = {
      baseUrl: ctx.standIn.baseUrl,
      apiKey: KEY,
      chatModel: 'chat-model-x',
      transcribeModel: 'whisper-x',
      azureApiVersion: null,
      timeoutMs: 5_000,
      ...overrides,
    };
    return createAiProvider(config, {
      log: (message, details) => ctx.log.push(`${message} ${JSON.stringify(details)}`),
    });
  };
  const ask = (p = provider()) =>
    p.chat!.json({
      system: 'You summarise.',
      messages: [{ role: 'user', content: 'Customer: I want a refund' }],
      schemaName: 'summary',
      schema: Answer,
    });
  return { ctx, provider, ask };
}

export async function failure(promise: Promise<unknown>): Promise<AiError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  if (!(error instanceof AiError)) throw error;
  return error;
}

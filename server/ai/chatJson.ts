// Structured output through Chat Completions' `response_format: json_schema` (the form most
// OpenAI-compatible servers implement), checked with the same zod schema on arrival.
import type OpenAI from 'openai';
import { z } from 'zod';
import { attemptTwice, BadOutput, type AttemptContext } from './attemptTwice';

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface ChatJsonRequest<S extends z.ZodType> {
  system: string;
  messages: ChatMessage[];
  /** The schema's name for the provider: letters, digits, `_` and `-`. */
  schemaName: string;
  schema: S;
  signal?: AbortSignal;
}

export interface AiChat {
  model: string;
  /** The validated answer, or an AiError (`ai_unavailable` / `ai_bad_output`) after two requests at most. */
  json<S extends z.ZodType>(request: ChatJsonRequest<S>): Promise<z.output<S>>;
}

export function createAiChat(client: OpenAI, context: AttemptContext & { timeoutMs: number }): AiChat {
  return {
    model: context.model,
    json: (request) => {
      const schema = toProviderSchema(request.schema);
      return attemptTwice(context, async () => {
        const completion = await client.chat.completions.create(
          {
            model: context.model,
            messages: [{ role: 'system', content: request.system }, ...request.messages],
            response_format: {
              type: 'json_schema',
              json_schema: { name: request.schemaName, schema, strict: true },
            },
          },
          { signal: request.signal, timeout: context.timeoutMs },
        );
        return parseOutput(completion, request.schema);
      });
    },
  };
}

/** JSON Schema for `strict: true`: zod already closes objects and lists every property as required. */
export function toProviderSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema);
  return rest;
}

function parseOutput<S extends z.ZodType>(completion: OpenAI.ChatCompletion, schema: S): z.output<S> {
  const choice = completion?.choices?.[0];
  if (!choice?.message) throw new BadOutput('the completion has no choice');
  if (choice.message.refusal) throw new BadOutput(`the model refused: ${choice.message.refusal}`);
  if (choice.finish_reason === 'length') throw new BadOutput('the answer was cut off (finish_reason length)');
  const content = choice.message.content;
  if (!content) throw new BadOutput('the answer is empty');
  let value: unknown;
  try {
    // Some local servers wrap the JSON in a Markdown fence despite the response format.
    value = JSON.parse(content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ''));
  } catch {
    throw new BadOutput(`the answer is not JSON: ${content.slice(0, 200)}`);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw new BadOutput(`the answer does not match the schema: ${z.prettifyError(result.error)}`);
  return result.data;
}

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startOpenAiStandIn, type OpenAiStandIn } from '../testing/openaiStandIn';
import type { AiConfig } from './aiConfig';
import { AiError } from './aiErrors';
import { toProviderSchema } from './chatJson';
import { createAiProvider } from './createAiProvider';

const KEY = 'sk-test-0123456789abcdef';
const Answer = z.object({ summary: z.string(), promises: z.array(z.string()) });
const GOOD = { summary: 'Wants a refund', promises: ['call back Friday'] };

let standIn: OpenAiStandIn;
let logLines: string[];

beforeAll(async () => {
  standIn = await startOpenAiStandIn({ apiKey: KEY });
});
afterAll(() => standIn.close());
afterEach(() => standIn.reset());

function provider(overrides: Partial<AiConfig> = {}) {
  logLines = [];
  const config: AiConfig = {
    baseUrl: standIn.baseUrl,
    apiKey: KEY,
    chatModel: 'chat-model-x',
    transcribeModel: 'whisper-x',
    azureApiVersion: null,
    timeoutMs: 5_000,
    ...overrides,
  };
  return createAiProvider(config, {
    log: (message, details) => logLines.push(`${message} ${JSON.stringify(details)}`),
  });
}

const ask = (p = provider()) =>
  p.chat!.json({
    system: 'You summarise.',
    messages: [{ role: 'user', content: 'Customer: I want a refund' }],
    schemaName: 'summary',
    schema: Answer,
  });

async function failure(promise: Promise<unknown>): Promise<AiError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  if (!(error instanceof AiError)) throw error;
  return error;
}

describe('chat with json_schema output', () => {
  it('sends the model, the prompt and the schema, and returns the validated answer', async () => {
    standIn.script('chat', { json: GOOD });
    expect(await ask()).toEqual(GOOD);

    const [request] = standIn.requestsTo('chat');
    expect(request.auth).toBe('bearer');
    expect(request.keyMatches).toBe(true);
    expect(JSON.stringify(request.headers)).not.toContain(KEY);
    expect(request.json).toMatchObject({
      model: 'chat-model-x',
      messages: [
        { role: 'system', content: 'You summarise.' },
        { role: 'user', content: 'Customer: I want a refund' },
      ],
      response_format: { type: 'json_schema', json_schema: { name: 'summary', strict: true } },
    });
    const schema = (request.json as { response_format: { json_schema: { schema: unknown } } }).response_format
      .json_schema.schema;
    expect(schema).toEqual(toProviderSchema(Answer));
    expect(schema).toMatchObject({ additionalProperties: false, required: ['summary', 'promises'] });
  });

  it('retries once after output that does not validate, then succeeds', async () => {
    standIn.script('chat', { json: { summary: 42 } }, { json: GOOD });
    expect(await ask()).toEqual(GOOD);
    expect(standIn.requestsTo('chat')).toHaveLength(2);
  });

  it.each([
    ['off-schema output', { json: { nope: true } }],
    ['content that is not JSON', { content: 'Sure! Here is your summary: {' }],
    ['a body that is not JSON', { malformedBody: '<html>proxy error</html>' }],
  ])('%s twice → ai_bad_output after exactly two requests', async (_name, reply) => {
    standIn.script('chat', reply, reply, { json: GOOD });
    const error = await failure(ask());
    expect(error).toMatchObject({ code: 'ai_bad_output', reason: 'bad_output', status: 502 });
    expect(standIn.requestsTo('chat')).toHaveLength(2);
  });

  it('accepts JSON wrapped in a Markdown fence, as some local servers send', async () => {
    standIn.script('chat', { content: '```json\n' + JSON.stringify(GOOD) + '\n```' });
    expect(await ask()).toEqual(GOOD);
  });

  it('a 429 then an answer: one retry, success', async () => {
    standIn.script('chat', { error: { status: 429, message: 'Rate limit reached', type: 'requests' } }, { json: GOOD });
    expect(await ask()).toEqual(GOOD);
    expect(standIn.requestsTo('chat')).toHaveLength(2);
  });

  it('two 500s → ai_unavailable; the provider text is in the log only', async () => {
    const reply = { error: { status: 500, message: 'CUDA out of memory on node-7' } };
    standIn.script('chat', reply, reply, { json: GOOD });
    const error = await failure(ask());
    expect(error).toMatchObject({ code: 'ai_unavailable', reason: 'provider_error', retryable: true });
    expect(error.message).not.toContain('CUDA');
    expect(standIn.requestsTo('chat')).toHaveLength(2);
    expect(logLines).toHaveLength(2);
    expect(logLines[1]).toContain('CUDA out of memory');
  });

  it('a wrong key → one request (asking again changes nothing), and the key is nowhere', async () => {
    const p = provider({ apiKey: 'sk-wrong-key-abcdef123456' });
    standIn.script('chat', { json: GOOD });
    const error = await failure(ask(p));
    expect(error).toMatchObject({ code: 'ai_unavailable', reason: 'rejected', retryable: false });
    expect(standIn.requestsTo('chat')).toHaveLength(1);
    expect(logLines.join('\n')).not.toContain('sk-wrong-key');
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('sk-wrong-key');
    expect(JSON.stringify(p)).not.toContain('sk-wrong-key');
  });

  it('scrubs a key the provider echoes back in its error message', async () => {
    const reply = { error: { status: 401, message: `Incorrect API key provided: ${KEY}.` } };
    standIn.script('chat', reply);
    await failure(ask());
    expect(logLines.join('\n')).toContain('Incorrect API key provided');
    expect(logLines.join('\n')).not.toContain(KEY);
  });

  it('a provider slower than the timeout → ai_unavailable (timeout) after two requests', async () => {
    const slow = { delayMs: 10_000, then: { json: GOOD } };
    standIn.script('chat', slow, slow);
    const error = await failure(ask(provider({ timeoutMs: 300 })));
    expect(error).toMatchObject({ code: 'ai_unavailable', reason: 'timeout' });
    expect(standIn.requestsTo('chat')).toHaveLength(2);
  });

  it('a reset connection → ai_unavailable (unreachable) after two requests', async () => {
    standIn.script('chat', { reset: true }, { reset: true });
    const error = await failure(ask());
    expect(error).toMatchObject({ code: 'ai_unavailable', reason: 'unreachable' });
    expect(standIn.requestsTo('chat')).toHaveLength(2);
  });

  it('a refused connection → ai_unavailable (unreachable) after two attempts', async () => {
    const closed = await startOpenAiStandIn();
    await closed.close();
    let calls = 0;
    const p = createAiProvider(
      {
        baseUrl: closed.baseUrl,
        apiKey: null,
        chatModel: 'm',
        transcribeModel: null,
        azureApiVersion: null,
        timeoutMs: 2000,
      },
      { log: () => {}, fetch: (input, init) => (calls++, fetch(input, init)) },
    );
    expect(await failure(ask(p))).toMatchObject({ reason: 'unreachable' });
    expect(calls).toBe(2);
  });

  it('the caller aborting is not retried', async () => {
    standIn.script('chat', { delayMs: 10_000 });
    const controller = new AbortController();
    const pending = provider().chat!.json({
      system: 's',
      messages: [],
      schemaName: 'x',
      schema: Answer,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toThrow();
    expect(standIn.requestsTo('chat')).toHaveLength(1);
  });

  it('a server that wants no key gets no credentials header', async () => {
    const open = await startOpenAiStandIn();
    try {
      open.script('chat', { json: GOOD });
      const p = createAiProvider(
        {
          baseUrl: open.baseUrl,
          apiKey: null,
          chatModel: 'llama3',
          transcribeModel: null,
          azureApiVersion: null,
          timeoutMs: 2000,
        },
        { log: () => {} },
      );
      expect(await ask(p)).toEqual(GOOD);
      expect(open.requests[0].auth).toBeNull();
    } finally {
      await open.close();
    }
  });
});

describe('transcription', () => {
  const audio = {
    bytes: new Uint8Array([0x4f, 0x67, 0x67, 0x53, 1, 2, 3]),
    fileName: 'voice.ogg',
    mimeType: 'audio/ogg',
  };

  it('uploads the file as received, with its name, MIME type, model and language', async () => {
    standIn.script('transcription', { text: ' Hola, quiero un reembolso. ' });
    const result = await provider().transcription!.transcribe({ ...audio, language: 'es' });
    expect(result).toEqual({ text: 'Hola, quiero un reembolso.' });
    const [request] = standIn.requestsTo('transcription');
    expect(request.upload).toEqual({ fileName: 'voice.ogg', mimeType: 'audio/ogg', bytes: Buffer.from(audio.bytes) });
    expect(request.fields).toMatchObject({ model: 'whisper-x', language: 'es', response_format: 'json' });
  });

  it('fails after two requests with the same policy as chat', async () => {
    standIn.script('transcription', { error: { status: 503 } }, { json: { nothing: true } });
    const error = await failure(provider().transcription!.transcribe(audio));
    expect(error).toMatchObject({ code: 'ai_bad_output' });
    expect(standIn.requestsTo('transcription')).toHaveLength(2);
  });
});

describe('what is configured', () => {
  it('a chat model alone, or a transcription model alone, is a valid provider', () => {
    const chatOnly = provider({ transcribeModel: null });
    expect(chatOnly.chat?.model).toBe('chat-model-x');
    expect(chatOnly.transcription).toBeNull();
    const transcribeOnly = provider({ chatModel: null });
    expect(transcribeOnly.chat).toBeNull();
    expect(transcribeOnly.transcription?.model).toBe('whisper-x');
    expect(transcribeOnly.host).toBe(new URL(standIn.baseUrl).host);
  });
});

describe('Azure OpenAI', () => {
  const azure = () => provider({ baseUrl: standIn.origin, azureApiVersion: '2024-10-21', chatModel: 'gpt4o-prod' });

  it('uses the deployment path, api-version and the api-key header', async () => {
    standIn.script('chat', { json: GOOD });
    expect(await ask(azure())).toEqual(GOOD);
    const [request] = standIn.requestsTo('chat');
    expect(request).toMatchObject({
      path: '/openai/deployments/gpt4o-prod/chat/completions',
      deployment: 'gpt4o-prod',
      apiVersion: '2024-10-21',
      auth: 'api-key',
      keyMatches: true,
    });
  });

  it('transcribes through the transcription deployment', async () => {
    standIn.script('transcription', { text: 'hello' });
    await azure().transcription!.transcribe({ bytes: new Uint8Array([1]), fileName: 'a.mp4', mimeType: 'audio/mp4' });
    expect(standIn.requestsTo('transcription')[0]).toMatchObject({
      deployment: 'whisper-x',
      apiVersion: '2024-10-21',
      upload: { fileName: 'a.mp4', mimeType: 'audio/mp4' },
    });
  });
});

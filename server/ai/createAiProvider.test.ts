import { describe, expect, it } from 'vitest';
import { startOpenAiStandIn } from '../testing/openaiStandIn';
import { toProviderSchema } from './chatJson';
import { createAiProvider } from './createAiProvider';
import { Answer, failure, GOOD, KEY, useStandIn } from './testProvider';

const { ctx, provider, ask } = useStandIn();
describe('chat with json_schema output', () => {
  it('sends the model, the prompt and the schema, and returns the validated answer', async () => {
    ctx.standIn.script('chat', { json: GOOD });
    expect(await ask()).toEqual(GOOD);

    const [request] = ctx.standIn.requestsTo('chat');
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
    ctx.standIn.script('chat', { json: { summary: 42 } }, { json: GOOD });
    expect(await ask()).toEqual(GOOD);
    expect(ctx.standIn.requestsTo('chat')).toHaveLength(2);
  });

  it.each([
    ['off-schema output', { json: { nope: true } }],
    ['content that is not JSON', { content: 'Sure! Here is your summary: {' }],
    ['a body that is not JSON', { malformedBody: '<html>proxy error</html>' }],
  ])('%s twice → ai_bad_output after exactly two requests', async (_name, reply) => {
    ctx.standIn.script('chat', reply, reply, { json: GOOD });
    const error = await failure(ask());
    expect(error).toMatchObject({ code: 'ai_bad_output', reason: 'bad_output', status: 502 });
    expect(ctx.standIn.requestsTo('chat')).toHaveLength(2);
  });

  it('accepts JSON wrapped in a Markdown fence, as some local servers send', async () => {
    ctx.standIn.script('chat', { content: '```json\n' + JSON.stringify(GOOD) + '\n```' });
    expect(await ask()).toEqual(GOOD);
  });

  it('a 429 then an answer: one retry, success', async () => {
    ctx.standIn.script(
      'chat',
      { error: { status: 429, message: 'Rate limit reached', type: 'requests' } },
      { json: GOOD },
    );
    expect(await ask()).toEqual(GOOD);
    expect(ctx.standIn.requestsTo('chat')).toHaveLength(2);
  });

  it('two 500s → ai_unavailable; the provider text is in the log only', async () => {
    const reply = { error: { status: 500, message: 'CUDA out of memory on node-7' } };
    ctx.standIn.script('chat', reply, reply, { json: GOOD });
    const error = await failure(ask());
    expect(error).toMatchObject({ code: 'ai_unavailable', reason: 'provider_error', retryable: true });
    expect(error.message).not.toContain('CUDA');
    expect(ctx.standIn.requestsTo('chat')).toHaveLength(2);
    expect(ctx.log).toHaveLength(2);
    expect(ctx.log[1]).toContain('CUDA out of memory');
  });

  it('a wrong key → one request (asking again changes nothing), and the key is nowhere', async () => {
    const p = provider({ apiKey: 'sk-wrong-key-abcdef123456' });
    ctx.standIn.script('chat', { json: GOOD });
    const error = await failure(ask(p));
    expect(error).toMatchObject({ code: 'ai_unavailable', reason: 'rejected', retryable: false });
    expect(ctx.standIn.requestsTo('chat')).toHaveLength(1);
    expect(ctx.log.join('\n')).not.toContain('sk-wrong-key');
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('sk-wrong-key');
    expect(JSON.stringify(p)).not.toContain('sk-wrong-key');
  });

  it('scrubs a key the provider echoes back in its error message', async () => {
    const reply = { error: { status: 401, message: `Incorrect API key provided: ${KEY}.` } };
    ctx.standIn.script('chat', reply);
    await failure(ask());
    expect(ctx.log.join('\n')).toContain('Incorrect API key provided');
    expect(ctx.log.join('\n')).not.toContain(KEY);
  });

  it('a provider slower than the timeout → ai_unavailable (timeout) after two requests', async () => {
    const slow = { delayMs: 10_000, then: { json: GOOD } };
    ctx.standIn.script('chat', slow, slow);
    const error = await failure(ask(provider({ timeoutMs: 300 })));
    expect(error).toMatchObject({ code: 'ai_unavailable', reason: 'timeout' });
    expect(ctx.standIn.requestsTo('chat')).toHaveLength(2);
  });

  it('a reset connection → ai_unavailable (unreachable) after two requests', async () => {
    ctx.standIn.script('chat', { reset: true }, { reset: true });
    const error = await failure(ask());
    expect(error).toMatchObject({ code: 'ai_unavailable', reason: 'unreachable' });
    expect(ctx.standIn.requestsTo('chat')).toHaveLength(2);
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
    ctx.standIn.script('chat', { delayMs: 10_000 });
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
    expect(ctx.standIn.requestsTo('chat')).toHaveLength(1);
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

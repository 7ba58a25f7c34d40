import { describe, expect, it } from 'vitest';
import { failure, GOOD, useStandIn } from './testProvider';

// Transcription, capabilities and Azure; chat's failure policy is in createAiProvider.test.ts.
const { ctx, provider, ask } = useStandIn();

describe('transcription', () => {
  const audio = {
    bytes: new Uint8Array([0x4f, 0x67, 0x67, 0x53, 1, 2, 3]),
    fileName: 'voice.ogg',
    mimeType: 'audio/ogg',
  };

  it('uploads the file as received, with its name, MIME type, model and language', async () => {
    ctx.standIn.script('transcription', { text: ' Hola, quiero un reembolso. ' });
    const result = await provider().transcription!.transcribe({ ...audio, language: 'es' });
    expect(result).toEqual({ text: 'Hola, quiero un reembolso.' });
    const [request] = ctx.standIn.requestsTo('transcription');
    expect(request.upload).toEqual({ fileName: 'voice.ogg', mimeType: 'audio/ogg', bytes: Buffer.from(audio.bytes) });
    expect(request.fields).toMatchObject({ model: 'whisper-x', language: 'es', response_format: 'json' });
  });

  it('fails after two requests with the same policy as chat', async () => {
    ctx.standIn.script('transcription', { error: { status: 503 } }, { json: { nothing: true } });
    const error = await failure(provider().transcription!.transcribe(audio));
    expect(error).toMatchObject({ code: 'ai_bad_output' });
    expect(ctx.standIn.requestsTo('transcription')).toHaveLength(2);
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
    expect(transcribeOnly.host).toBe(new URL(ctx.standIn.baseUrl).host);
  });
});

describe('Azure OpenAI', () => {
  const azure = () => provider({ baseUrl: ctx.standIn.origin, azureApiVersion: '2024-10-21', chatModel: 'gpt4o-prod' });

  it('uses the deployment path, api-version and the api-key header', async () => {
    ctx.standIn.script('chat', { json: GOOD });
    expect(await ask(azure())).toEqual(GOOD);
    const [request] = ctx.standIn.requestsTo('chat');
    expect(request).toMatchObject({
      path: '/openai/deployments/gpt4o-prod/chat/completions',
      deployment: 'gpt4o-prod',
      apiVersion: '2024-10-21',
      auth: 'api-key',
      keyMatches: true,
    });
  });

  it('transcribes through the transcription deployment', async () => {
    ctx.standIn.script('transcription', { text: 'hello' });
    await azure().transcription!.transcribe({ bytes: new Uint8Array([1]), fileName: 'a.mp4', mimeType: 'audio/mp4' });
    expect(ctx.standIn.requestsTo('transcription')[0]).toMatchObject({
      deployment: 'whisper-x',
      apiVersion: '2024-10-21',
      upload: { fileName: 'a.mp4', mimeType: 'audio/mp4' },
    });
  });
});

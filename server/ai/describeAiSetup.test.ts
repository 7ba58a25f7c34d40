import { describe, expect, it } from 'vitest';
import type { AiConfig } from './aiConfig';
import { createAiProvider } from './createAiProvider';
import { describeAiSetup } from './describeAiSetup';
import { selectTranscriptionEngine } from './transcription/selectTranscriptionEngine';

const config: AiConfig = {
  baseUrl: 'https://llm.internal.example:8443/v1',
  apiKey: 'sk-secret-key-123456',
  chatModel: 'llama3.1:8b',
  transcribeModel: null,
  azureApiVersion: null,
  timeoutMs: 30_000,
};

describe('describeAiSetup', () => {
  it('names the host and the models, never the key or the path', () => {
    const described = describeAiSetup({ ...config, transcribeModel: 'whisper-1' }, 'installed');
    expect(described).toEqual({
      chat: { engine: 'openai', label: 'OpenAI-compatible at llm.internal.example:8443, model llama3.1:8b' },
      transcription: { engine: 'openai', label: 'OpenAI-compatible at llm.internal.example:8443, model whisper-1' },
    });
    expect(JSON.stringify(described)).not.toContain('sk-secret');
    expect(JSON.stringify(described)).not.toContain('/v1');
  });

  it('falls back to the local engine for transcription, or says it is not installed', () => {
    expect(describeAiSetup(config, 'installed').transcription).toEqual({
      engine: 'local',
      label: 'local (pocketsphinx, English, low accuracy)',
    });
    expect(describeAiSetup(null, 'not_installed')).toEqual({
      chat: { engine: 'none', label: 'none' },
      transcription: { engine: 'none', label: 'none (local engine not installed)' },
    });
  });

  it('says Azure and deployment for Azure OpenAI', () => {
    const azure = { ...config, baseUrl: 'https://contoso.openai.azure.com', azureApiVersion: '2024-10-21' };
    expect(describeAiSetup(azure, 'not_installed').chat.label).toBe(
      'Azure OpenAI at contoso.openai.azure.com, deployment llama3.1:8b',
    );
  });
});

describe('selectTranscriptionEngine', () => {
  it('prefers the provider, then the local engine, then none', () => {
    const withModel = createAiProvider({ ...config, transcribeModel: 'whisper-1' }, { log: () => {} });
    expect(selectTranscriptionEngine(withModel, { status: 'installed' })).toMatchObject({ id: 'openai' });
    const chatOnly = createAiProvider(config, { log: () => {} });
    expect(selectTranscriptionEngine(chatOnly, { status: 'installed' })).toMatchObject({ id: 'local' });
    expect(selectTranscriptionEngine(null, { status: 'not_installed' })).toBeNull();
  });
});

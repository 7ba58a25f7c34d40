// What the admin reads about the AI on this server: which service runs chat and transcription.
// Host only (never the key, never a full URL that might carry credentials or a path with secrets).
import type { AiConfig } from './aiConfig';
import type { LocalEngineStatus } from './transcription/localTranscriptionEngine';

export interface AiSetupDescription {
  chat: { engine: 'openai' | 'none'; label: string };
  transcription: { engine: 'openai' | 'local' | 'none'; label: string };
}

export function describeAiSetup(config: AiConfig | null, localEngine: LocalEngineStatus): AiSetupDescription {
  const where = config ? service(config) : '';
  const chat = config?.chatModel
    ? { engine: 'openai' as const, label: `${where}, ${modelWord(config)} ${config.chatModel}` }
    : { engine: 'none' as const, label: 'none' };
  const transcription = config?.transcribeModel
    ? { engine: 'openai' as const, label: `${where}, ${modelWord(config)} ${config.transcribeModel}` }
    : localEngine === 'installed'
      ? { engine: 'local' as const, label: 'local (pocketsphinx, English, low accuracy)' }
      : { engine: 'none' as const, label: 'none (local engine not installed)' };
  return { chat, transcription };
}

function service(config: AiConfig): string {
  const host = new URL(config.baseUrl).host;
  return config.azureApiVersion ? `Azure OpenAI at ${host}` : `OpenAI-compatible at ${host}`;
}

const modelWord = (config: AiConfig) => (config.azureApiVersion ? 'deployment' : 'model');

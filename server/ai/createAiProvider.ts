// The one AI provider, built from the server's settings through the `openai` package. It offers
// what is configured: a chat model, a transcription model, or both.
import OpenAI, { AzureOpenAI } from 'openai';
import type { Log } from '../log';
import type { AiConfig } from './aiConfig';
import { createRedactor } from './attemptTwice';
import { createAiChat, type AiChat } from './chatJson';
import { createAiTranscription, type AiTranscription } from './transcribeAudio';

export interface AiProvider {
  kind: 'openai' | 'azure';
  /** Host (and port) only: safe to show an admin or write in a log. */
  host: string;
  chat: AiChat | null;
  transcription: AiTranscription | null;
}

export interface AiProviderDeps {
  log: Log;
  fetch?: typeof fetch;
}

export function createAiProvider(config: AiConfig, deps: AiProviderDeps): AiProvider {
  const client = createClient(config, deps.fetch);
  const context = { log: deps.log, redact: createRedactor(config.apiKey), timeoutMs: config.timeoutMs };
  return {
    kind: config.azureApiVersion ? 'azure' : 'openai',
    host: new URL(config.baseUrl).host,
    chat: config.chatModel ? createAiChat(client, { ...context, action: 'chat', model: config.chatModel }) : null,
    transcription: config.transcribeModel
      ? createAiTranscription(client, { ...context, action: 'transcribe', model: config.transcribeModel })
      : null,
  };
}

function createClient(config: AiConfig, fetchImpl: typeof fetch | undefined): OpenAI {
  // Every option explicit: the package would otherwise read OPENAI_* from the environment and retry twice.
  const common = {
    maxRetries: 0,
    timeout: config.timeoutMs,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  };
  if (config.azureApiVersion) {
    const url = config.baseUrl.replace(/\/+$/, '');
    return new AzureOpenAI({
      ...common,
      apiKey: config.apiKey ?? '',
      apiVersion: config.azureApiVersion,
      // Accept the resource endpoint or the same with `/openai` already on it.
      ...(url.endsWith('/openai') ? { baseURL: url } : { endpoint: url }),
    });
  }
  return new OpenAI({
    ...common,
    baseURL: config.baseUrl,
    apiKey: config.apiKey ?? 'none',
    // A server that wants no key gets no Authorization header at all.
    ...(config.apiKey ? {} : { defaultHeaders: { Authorization: null } }),
  });
}

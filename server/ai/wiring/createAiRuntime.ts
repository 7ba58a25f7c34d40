// The server's AI, built once at start from `config.ai`: the provider, the engine that transcribes
// voice notes (the provider's model, else local pocketsphinx when installed, else none) and the
// setup the admin reads beside the switches. Never holds more than the host and model names.
import type { AiSetup } from '../../../core/api/ai';
import type { Log } from '../../log';
import type { AiConfig } from '../aiConfig';
import { createAiProvider, type AiProvider } from '../createAiProvider';
import { detectLocalEngine, type LocalEngineStatus } from '../transcription/localTranscriptionEngine';
import { selectTranscriptionEngine } from '../transcription/selectTranscriptionEngine';
import type { TranscriptionEngine } from '../transcription/transcriptionEngine';

export interface AiRuntime {
  provider: AiProvider | null;
  /** null: nothing can transcribe here (no model, local engine not installed). */
  engine: TranscriptionEngine | null;
  setup: AiSetup;
}

export function createAiRuntime(
  config: AiConfig | null,
  deps: { log: Log; fetch?: typeof fetch; localStatus?: LocalEngineStatus },
): AiRuntime {
  const provider = config ? createAiProvider(config, { log: deps.log, fetch: deps.fetch }) : null;
  const localStatus = provider?.transcription ? 'installed' : (deps.localStatus ?? detectLocalEngine().status);
  const engine = selectTranscriptionEngine(provider, { status: localStatus, log: deps.log });
  return { provider, engine, setup: describeSetup(provider, config, localStatus) };
}

function describeSetup(provider: AiProvider | null, config: AiConfig | null, local: LocalEngineStatus): AiSetup {
  const host = provider?.host ?? '';
  return {
    chat: provider?.chat ? { kind: 'openai', host, model: provider.chat.model } : { kind: 'none' },
    transcription:
      provider?.transcription && config?.transcribeModel
        ? { kind: 'openai', host, model: config.transcribeModel }
        : { kind: 'local', installed: local === 'installed' },
  };
}

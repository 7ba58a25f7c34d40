// Which engine transcribes voice notes: the provider's when a transcription model is configured,
// else the local one when installed, else none (and the settings answer says so).
import type { AiProvider } from '../createAiProvider';
import { createOpenAiTranscriptionEngine } from './openaiTranscriptionEngine';
import {
  createLocalTranscriptionEngine,
  detectLocalEngine,
  type LocalEngineOptions,
  type LocalEngineStatus,
} from './localTranscriptionEngine';
import type { TranscriptionEngine } from './transcriptionEngine';

export function selectTranscriptionEngine(
  provider: AiProvider | null,
  local: LocalEngineOptions & { status?: LocalEngineStatus } = {},
): TranscriptionEngine | null {
  if (provider?.transcription) return createOpenAiTranscriptionEngine(provider.transcription);
  const status = local.status ?? detectLocalEngine(local).status;
  return status === 'installed' ? createLocalTranscriptionEngine(local) : null;
}

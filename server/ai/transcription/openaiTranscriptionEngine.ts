// The OpenAI-compatible engine: the provider's `/audio/transcriptions`, the file as received.
import type { AiTranscription } from '../transcribeAudio';
import type { TranscriptionEngine } from './transcriptionEngine';

export function createOpenAiTranscriptionEngine(transcription: AiTranscription): TranscriptionEngine {
  return {
    id: 'openai',
    label: `OpenAI-compatible, model ${transcription.model}`,
    transcribe: (audio) => transcription.transcribe(audio),
  };
}

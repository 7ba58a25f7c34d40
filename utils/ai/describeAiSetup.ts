// What the server has configured for AI, in words for the admin beside the switches. Pure.
import type { AiSetup } from '@/core/api/ai';
import { t } from '@/utils/i18n';

export function describeAiSetup(ai: AiSetup): { chat: string; transcription: string } {
  const chat = ai.chat.kind === 'openai' ? t.ai.admin.openai(ai.chat.host, ai.chat.model) : t.ai.admin.none;
  const tr = ai.transcription;
  const transcription =
    tr.kind === 'openai'
      ? t.ai.admin.openai(tr.host, tr.model)
      : tr.kind === 'local'
        ? tr.installed
          ? t.ai.admin.local
          : t.ai.admin.localMissing
        : t.ai.admin.none;
  return { chat, transcription };
}

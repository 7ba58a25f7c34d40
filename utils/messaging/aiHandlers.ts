// Background handlers for the AI half: the server decides (and holds the keys); what it answers goes
// into the local copy at once, ahead of the next sync round, so every open view shows it.
import type { AiClient } from '@/utils/api/aiClient';
import { putServerMessage, type SidedeskDb } from '@/utils/db';
import type { Handlers } from './handlers';

export interface AiHandlerDeps {
  db: SidedeskDb;
  requireAi: () => Promise<AiClient>;
}

export type AiHandlers = Pick<
  Handlers,
  | 'getAiSettings'
  | 'updateAiSettings'
  | 'saveQuickReply'
  | 'deleteQuickReply'
  | 'loadSummaries'
  | 'summarize'
  | 'suggest'
  | 'retryTranscription'
>;

export function createAiHandlers({ db, requireAi }: AiHandlerDeps): AiHandlers {
  const held = async (conversationId: string) => (await db.conversations.get(conversationId)) !== undefined;
  return {
    async getAiSettings() {
      const answer = await (await requireAi()).settings();
      await db.settings.put(answer.settings);
      return answer;
    },
    async updateAiSettings(patch) {
      const answer = await (await requireAi()).updateSettings(patch);
      await db.settings.put(answer.settings);
      return answer;
    },
    async saveQuickReply({ id, body }) {
      const ai = await requireAi();
      const { quickReply } = id === undefined ? await ai.createQuickReply(body) : await ai.updateQuickReply(id, body);
      await db.quickReplies.put(quickReply);
      return quickReply;
    },
    async deleteQuickReply({ id }) {
      await (await requireAi()).deleteQuickReply(id);
      await db.quickReplies.delete(id);
    },
    async loadSummaries({ conversationId }) {
      const { summaries } = await (await requireAi()).summaries(conversationId);
      // A conversation outside our copy (an old search result) stays outside it.
      await db.transaction('rw', [db.conversations, db.summaries], async () => {
        if (await held(conversationId)) await db.summaries.bulkPut(summaries);
      });
    },
    async summarize({ conversationId }) {
      const { summary } = await (await requireAi()).summarize(conversationId);
      if (await held(conversationId)) await db.summaries.put(summary);
      return summary;
    },
    async suggest({ conversationId, exclude }) {
      return (await requireAi()).suggestions(conversationId, exclude);
    },
    async retryTranscription({ messageId }) {
      const { message } = await (await requireAi()).retryTranscription(messageId);
      await db.transaction('rw', [db.messages, db.outbox], async () => {
        const current = await db.messages.get(messageId);
        // The job may have finished (and synced) before this answer arrived: never step back from done.
        if (!current || current.transcript?.status === 'done') return;
        await putServerMessage(db, message, 'forward');
      });
    },
  };
}

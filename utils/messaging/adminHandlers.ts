// Background handlers for the options page's admin requests (./adminProtocol.ts): the call goes out
// with the session the worker holds, then the copy catches up so the page's lists show the result.
import type { ApiClient } from '@/utils/api';
import type { AdminMessage } from './adminProtocol';
import type { Handlers, RequireApi } from './handlerTypes';

export interface AdminDeps {
  requireApi: RequireApi;
  pullNow: () => Promise<void>;
}

export function createAdminHandlers({ requireApi, pullNow }: AdminDeps): Pick<Handlers, AdminMessage> {
  const write =
    <D, R>(call: (api: ApiClient, data: D) => Promise<R>) =>
    async (data: D): Promise<R> => {
      const result = await call(await requireApi(), data);
      // The write happened; a failed catch-up only delays the lists until the next round.
      await pullNow().catch(() => undefined);
      return result;
    };
  const done = async (pending: Promise<unknown>) => void (await pending);
  return {
    createTag: write((api, body) => api.createTag(body)),
    updateTag: write((api, { tagId, patch }) => api.updateTag(tagId, patch)),
    deleteTag: write((api, { tagId }) => done(api.deleteTag(tagId))),
    createField: write((api, body) => api.createField(body)),
    updateField: write((api, { fieldId, patch }) => api.updateField(fieldId, patch)),
    deleteField: write((api, { fieldId }) => done(api.deleteField(fieldId))),
    createTemplate: write((api, body) => api.createTemplate(body)),
    updateTemplate: write((api, { templateId, patch }) => api.updateTemplate(templateId, patch)),
    deleteTemplate: write((api, { templateId }) => done(api.deleteTemplate(templateId))),
    importTemplates: write((api) => api.importTemplates()),
    inviteAgent: write((api, body) => api.inviteAgent(body)),
    updateAgent: write((api, { agentId, patch }) => api.updateAgent(agentId, patch)),
    updateSettings: write((api, body) => api.updateSettings(body)),
    createCampaign: write((api, body) => api.createCampaign(body)),
    campaignRecipients: async ({ campaignId }) => (await requireApi()).campaignRecipients(campaignId),
    listDeadLetters: async () => (await requireApi()).listDeadLetters(),
    replayDeadLetter: write((api, { deadLetterId }) => api.replayDeadLetter(deadLetterId)),
  };
}

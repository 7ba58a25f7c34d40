// The typed client of the v1 API: one requester (token, timeout, errors) shared by one small client
// per resource. The base URL and token are injected so the worker can rebuild it per call.
import { createAdminClient } from './adminClient';
import { createAgentsClient } from './agentsClient';
import { createAuthClient } from './authClient';
import { createBotClient } from './botClient';
import { createCampaignsClient } from './campaignsClient';
import { createContactsClient } from './contactsClient';
import { createConversationsClient } from './conversationsClient';
import { createDeadLettersClient } from './deadLettersClient';
import { createMediaClient } from './mediaClient';
import { createPageContextClient } from './pageContextClient';
import { createRequester, type RequestDeps } from './request';
import { createSyncClient } from './syncClient';

export type ApiClientDeps = RequestDeps;
export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(deps: ApiClientDeps) {
  const request = createRequester(deps);
  return {
    baseUrl: request.baseUrl,
    ...createAuthClient(request),
    ...createSyncClient(request),
    ...createConversationsClient(request),
    ...createContactsClient(request),
    ...createAgentsClient(request),
    ...createAdminClient(request),
    ...createCampaignsClient(request),
    ...createMediaClient(request),
    ...createPageContextClient(request),
    ...createDeadLettersClient(request),
    ...createBotClient(request),
  };
}

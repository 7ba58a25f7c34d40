// Campaign calls from the options page (admin): start one, read its recipients' outcomes. Progress
// counts arrive through sync (the `campaign` entity); recipients are read on demand.
import { ApiError } from '@/core/api/errors';
import { CampaignRecipientsResponse, CampaignResponse, type CampaignRequest } from '@/core/api/campaigns';
import { createSessionStore } from '@/utils/session/sessionStore';
import type { z } from 'zod';
import { ApiClientError } from './errors';

async function call<S extends z.ZodType>(
  schema: S,
  path: string,
  init: { method: 'GET' | 'POST'; body?: unknown },
  fetchImpl: typeof fetch,
): Promise<z.infer<S>> {
  const session = await createSessionStore().get();
  if (!session) throw new ApiClientError(401, 'unauthorized', 'Not signed in');
  const base = session.serverUrl.replace(/\/+$/, '');
  let res: Response;
  try {
    res = await fetchImpl(base + path, {
      method: init.method,
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${session.token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (err) {
    throw new ApiClientError(0, 'offline', `Can't reach ${base}: ${(err as Error).message}`);
  }
  const json: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const parsed = ApiError.safeParse(json);
    if (parsed.success) throw new ApiClientError(res.status, parsed.data.error.code, parsed.data.error.message);
    throw new ApiClientError(res.status, res.status >= 500 ? 'internal' : 'invalid', `HTTP ${res.status}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiClientError(res.status, 'bad_response', `Unexpected answer from ${path}`);
  return parsed.data;
}

export function createCampaignsClient(fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)) {
  return {
    create: (body: CampaignRequest) => call(CampaignResponse, '/v1/campaigns', { method: 'POST', body }, fetchImpl),
    recipients: (campaignId: string) =>
      call(
        CampaignRecipientsResponse,
        `/v1/campaigns/${encodeURIComponent(campaignId)}/recipients`,
        { method: 'GET' },
        fetchImpl,
      ),
  };
}

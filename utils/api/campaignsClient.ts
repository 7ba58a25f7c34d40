// Campaigns (admin): start one, read its recipients' outcomes. Progress counts arrive through sync
// (the `campaign` entity); recipients are read on demand.
import { CampaignRecipientsResponse, CampaignResponse, type CampaignRequest } from '@/core/api/campaigns';
import type { Requester } from './request';

export function createCampaignsClient(request: Requester) {
  return {
    createCampaign: (body: CampaignRequest) =>
      request.json(CampaignResponse, '/v1/campaigns', { method: 'POST', body }),
    campaignRecipients: (campaignId: string) =>
      request.json(CampaignRecipientsResponse, `/v1/campaigns/${encodeURIComponent(campaignId)}/recipients`),
  };
}

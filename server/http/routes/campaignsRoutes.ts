// Campaigns (admin): one template to many customers, sent in the background after a 202; progress
// reaches admins through sync (the `campaign` entity) and per-recipient outcomes here.
import { createRoute, z } from '@hono/zod-openapi';
import {
  CampaignRecipientsResponse,
  CampaignRequest,
  CampaignResponse,
  CampaignsPage,
} from '../../../core/api/campaigns';
import { createCampaign } from '../../campaigns/createCampaign';
import { notFound } from '../../errors';
import { findCampaign, listCampaigns, listRecipients, toCampaign } from '../../store/repos/campaigns';
import type { AppDeps } from '../appDeps';
import { adminBearer, createRouter, errorResponses, json } from '../openApi';

const create = createRoute({
  method: 'post',
  path: '/campaigns',
  tags: ['campaigns'],
  security: adminBearer,
  request: { body: { required: true, content: { 'application/json': { schema: CampaignRequest } } } },
  responses: {
    202: json(CampaignResponse, 'Stored; sending in the background (invalid numbers are already counted as failed)'),
    ...errorResponses(400, 401, 403, 409),
  },
});
const list = createRoute({
  method: 'get',
  path: '/campaigns',
  tags: ['campaigns'],
  security: adminBearer,
  responses: {
    200: json(CampaignsPage, 'Every campaign with its progress, newest first'),
    ...errorResponses(401, 403),
  },
});
const recipients = createRoute({
  method: 'get',
  path: '/campaigns/{id}/recipients',
  tags: ['campaigns'],
  security: adminBearer,
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    200: json(CampaignRecipientsResponse, 'Each recipient with its status and failure reason'),
    ...errorResponses(401, 403, 404),
  },
});

export function campaignsRoutes(deps: AppDeps) {
  const app = createRouter();

  app.openapi(create, async (c) => {
    const campaign = await createCampaign(deps.store, c.get('agent'), c.req.valid('json'), deps.now());
    // In the background: the answer does not wait for hundreds of Graph calls.
    deps.workers.kick('campaigns');
    return c.json({ campaign: toCampaign(campaign) }, 202);
  });

  app.openapi(list, async (c) => c.json({ campaigns: await listCampaigns(deps.store.db) }, 200));

  app.openapi(recipients, async (c) => {
    const campaign = await findCampaign(deps.store.db, c.req.valid('param').id);
    if (!campaign) throw notFound('Campaign');
    const rows = await listRecipients(deps.store.db, campaign.id);
    return c.json({ campaign: toCampaign(campaign), recipients: rows.map(({ position: _p, ...r }) => r) }, 200);
  });
  return app;
}

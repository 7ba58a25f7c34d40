// At start: finish campaigns a stop or crash interrupted. Each recipient's send carries a clientId
// derived from the campaign and position, so a recipient reached before the stop is not sent twice.
import type { SendDeps } from '../messages/sendDeps';
import { listRunningCampaignIds } from '../store/repos/campaigns';
import { runCampaign } from './runCampaign';

export async function resumeCampaigns(deps: SendDeps): Promise<void> {
  for (const id of await listRunningCampaignIds(deps.store.db)) {
    deps.log('resuming an interrupted campaign', { campaignId: id });
    await runCampaign(deps, id).catch((error) =>
      deps.log('campaign run failed', { campaignId: id, error: String(error) }),
    );
  }
}

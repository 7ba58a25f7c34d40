// Sends every campaign not finished yet: the workers run it after POST /v1/campaigns, and at start
// for campaigns a stop or crash interrupted. Each recipient's send carries a clientId derived from
// the campaign and position, so a recipient reached before the stop is not sent twice. With
// several processes, each campaign is sent by one at a time (runAlone): the others skip it.
import type { SendDeps } from '../messages/sendDeps';
import { listRunningCampaignIds } from '../store/repos/campaigns';
import { runAlone, type RunAloneDeps } from '../workers/runAlone';
import { runCampaign } from './runCampaign';

export async function resumeCampaigns(deps: SendDeps & RunAloneDeps, signal?: AbortSignal): Promise<void> {
  for (const id of await listRunningCampaignIds(deps.store.db)) {
    if (signal?.aborted) return;
    await runAlone(deps, `campaign:${id}`, () => runCampaign(deps, id, signal)).catch((error) =>
      deps.log('campaign run failed', { campaignId: id, error: String(error) }),
    );
  }
}

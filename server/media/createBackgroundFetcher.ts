// Work that must not run inside a webhook's transaction (Meta wants a fast 200): downloading the
// files customers send and asking Meta for Messenger/Instagram names. `kick()` after each ingest
// (and at start, to resume what a restart interrupted); one pass runs at a time, and a kick during
// a pass makes it run again, so nothing committed meanwhile is missed.
import type { Channel } from '../../core/model';
import type { ChannelAdapter, ChannelConfig } from '../channels/types';
import { fetchPendingProfiles } from '../contacts/fetchPendingProfiles';
import type { Log } from '../log';
import type { Store } from '../store/createStore';
import { findChannelById } from '../store/repos/channels';
import { claimMediaJob, completeMedia, failMediaAttempt } from '../store/repos/media';
import { downloadMedia } from './downloadMedia';

export interface BackgroundDeps {
  store: Store;
  adapters: Partial<Record<Channel, ChannelAdapter>>;
  fetch: typeof fetch;
  now: () => number;
  log: Log;
}

export interface BackgroundFetcher {
  kick(): void;
  /** Resolves when no pass is running (tests, shutdown). */
  idle(): Promise<void>;
}

export function createBackgroundFetcher(deps: BackgroundDeps): BackgroundFetcher {
  let running: Promise<void> | null = null;
  let again = false;

  const loop = async () => {
    do {
      again = false;
      try {
        await downloadPendingMedia(deps);
        await fetchPendingProfiles(deps);
      } catch (error) {
        deps.log('background fetch failed', { error: error instanceof Error ? error.message : String(error) });
      }
    } while (again);
    running = null;
  };

  return {
    kick() {
      if (running) again = true;
      else running = loop();
    },
    async idle() {
      while (running) await running;
    },
  };
}

async function downloadPendingMedia(deps: BackgroundDeps): Promise<void> {
  const channels = new Map<string, ChannelConfig | null>();
  for (;;) {
    const job = await deps.store.write((tx) => claimMediaJob(tx, deps.now()));
    if (!job) return;
    if (!channels.has(job.channel_id))
      channels.set(job.channel_id, await findChannelById(deps.store.db, job.channel_id));
    const channel = channels.get(job.channel_id);
    try {
      if (!channel) throw new Error('channel is gone');
      const file = await downloadMedia(channel, job, deps.fetch);
      await deps.store.write(async (tx, changes) => {
        await completeMedia(tx, job, file);
        changes.add('message', job.message_id, job.conversation_id);
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const givenUp = await deps.store.write((tx) => failMediaAttempt(tx, job, reason));
      deps.log('media download failed', { mediaId: job.id, attempt: job.attempts, givenUp, reason });
    }
  }
}

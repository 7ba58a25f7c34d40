// Downloads the files customers sent, outside any webhook's transaction (Meta wants a fast 200):
// claims one pending file at a time until none is left, or until the stop signal fires (the file
// in flight is finished first; the next start resumes the rest). Run by the workers' 'fetch' pass.
import type { ChannelConfig } from '../channels/types';
import type { Log } from '../log';
import type { ChangeSet, Store } from '../store/createStore';
import type { Tx } from '../store/db';
import { findChannelById } from '../store/repos/channels';
import { claimMediaJob, completeMedia, failMediaAttempt } from '../store/repos/media';
import { downloadMedia } from './downloadMedia';
import type { MediaUrlPolicy } from './mediaUrlPolicy';

export interface MediaDeps {
  store: Store;
  fetch: typeof fetch;
  now: () => number;
  log: Log;
  /** Where files may be downloaded from (MEDIA_HOSTS). */
  mediaPolicy: MediaUrlPolicy;
  /**
   * In the transaction that stores a file (a voice note's transcription is queued there); true
   * asks for `afterCommit` once it committed.
   */
  onDownloaded?: (tx: Tx, changes: ChangeSet, messageId: string) => Promise<boolean>;
  /** In the transaction that gives a file up (the bot may be waiting on it); true asks for `afterCommit`. */
  onGivenUp?: (tx: Tx, file: { messageId: string; conversationId: string }) => Promise<boolean>;
  afterCommit?: () => void;
}

export async function downloadPendingMedia(deps: MediaDeps, signal?: AbortSignal): Promise<void> {
  const channels = new Map<string, ChannelConfig | null>();
  while (!signal?.aborted) {
    const job = await deps.store.write((tx) => claimMediaJob(tx, deps.now()));
    if (!job) return;
    if (!channels.has(job.channel_id))
      channels.set(job.channel_id, await findChannelById(deps.store.db, deps.store.secrets, job.channel_id));
    const channel = channels.get(job.channel_id);
    try {
      if (!channel) throw new Error('channel is gone');
      const file = await downloadMedia(channel, job, deps.fetch, deps.mediaPolicy);
      const queued = await deps.store.write(async (tx, changes) => {
        await completeMedia(tx, job, file);
        changes.add('message', job.message_id, job.conversation_id);
        return (await deps.onDownloaded?.(tx, changes, job.message_id)) ?? false;
      });
      if (queued) deps.afterCommit?.();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const { givenUp, queued } = await deps.store.write(async (tx, changes) => {
        changes.add('message', job.message_id, job.conversation_id);
        if (!(await failMediaAttempt(tx, job, reason))) return { givenUp: false, queued: false };
        const file = { messageId: job.message_id, conversationId: job.conversation_id };
        return { givenUp: true, queued: (await deps.onGivenUp?.(tx, file)) ?? false };
      });
      if (queued) deps.afterCommit?.();
      deps.log('media download failed', { mediaId: job.id, attempt: job.attempts, givenUp, reason });
    }
  }
}

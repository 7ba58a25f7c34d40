// When a voice note's file is in: with transcription on, its transcript turns pending and its
// `transcribe` job is queued in the same transaction (or, with nothing here able to transcribe,
// it fails at once). Also the agent's Retry: the failed job queued again.
import type { Log } from '../log';
import type { JobQueue } from '../queue/createJobQueue';
import type { ChangeSet, Store } from '../store/createStore';
import type { Tx } from '../store/db';
import { cancelJob, retryFailedJob } from '../store/repos/jobs';
import { getSettings } from '../store/repos/settings';
import { markTranscriptPending } from '../store/repos/transcripts';
import { failNotInstalled, TRANSCRIBE } from './transcribeJob';

export interface QueueTranscriptionDeps {
  queue: Pick<JobQueue, 'enqueue' | 'kick'>;
  /** Whether anything on this server can transcribe. */
  canTranscribe: boolean;
}

/** Inside the download's transaction; true when a job was queued (kick the queue after the commit). */
export async function queueTranscriptionIn(
  deps: QueueTranscriptionDeps,
  tx: Tx,
  changes: ChangeSet,
  messageId: string,
): Promise<boolean> {
  const settings = await getSettings(tx);
  // The bot answering voice notes needs their transcript even with transcription off for agents.
  if (!settings.transcribeVoiceNotes && !(settings.botAnswersVoiceNotes && (await withTheBot(tx, messageId)))) {
    return false;
  }
  // Only customer audio without a transcript: the repo's condition decides.
  if (!(await markTranscriptPending(tx, changes, messageId))) return false;
  if (!deps.canTranscribe) {
    await failNotInstalled(tx, changes, messageId);
    return false;
  }
  await deps.queue.enqueue({ kind: TRANSCRIBE, key: messageId, payload: { messageId } }, tx);
  return true;
}

async function withTheBot(tx: Tx, messageId: string): Promise<boolean> {
  const rows = await tx.query(
    `SELECT 1 FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.id = $1 AND c.with_bot`,
    [messageId],
  );
  return rows.length > 0;
}

/** The Retry route marked the transcript pending: its job runs again, now. */
export async function requeueTranscription(
  deps: QueueTranscriptionDeps & { store: Store; now: () => number; log: Log },
  messageId: string,
): Promise<void> {
  try {
    await deps.store.write(async (tx, changes) => {
      if (!deps.canTranscribe) return void (await failNotInstalled(tx, changes, messageId));
      if (await retryFailedJob(tx, TRANSCRIBE, messageId, deps.now())) return;
      // Waiting for an automatic retry (or never queued): replaced by one due now.
      await cancelJob(tx, TRANSCRIBE, messageId);
      await deps.queue.enqueue({ kind: TRANSCRIBE, key: messageId, payload: { messageId } }, tx);
    });
    deps.queue.kick();
  } catch (error) {
    deps.log('transcription retry failed', { messageId, error: String(error) });
  }
}

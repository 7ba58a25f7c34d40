// POST /messages/:id/transcription: an agent asks again for a voice note's text. Only for customer
// audio the agent may see, with transcription switched on, and only when no transcript is pending
// or done (a note is never transcribed twice). The transcript turns pending in the same write as
// its change, and the queue is told after the commit.
import type { Agent, Message } from '../../core/model';
import { canSee } from '../../core/visibility';
import { ApiException, notFound } from '../errors';
import type { Store } from '../store/createStore';
import { findConversation } from '../store/repos/conversations';
import { findMessageRow } from '../store/repos/messages';
import { getSettings } from '../store/repos/settings';
import { markTranscriptPending } from '../store/repos/transcripts';

export async function retryTranscription(
  deps: { store: Store; onTranscriptionQueued: (messageId: string) => void },
  agent: Agent,
  messageId: string,
): Promise<Message> {
  const { db } = deps.store;
  const row = await findMessageRow(db, messageId);
  const conversation = row ? await findConversation(db, row.conversation_id) : null;
  if (!row || !conversation || !canSee(conversation, agent)) throw notFound('Message');
  if (!(await getSettings(db)).transcribeVoiceNotes)
    throw new ApiException(409, 'feature_off', 'Voice-note transcription is switched off for this workspace.');
  if (row.author !== 'customer' || row.kind !== 'audio')
    throw new ApiException(409, 'conflict', 'Only a customer’s voice note or audio can be transcribed.');
  const message = await deps.store.write((tx, changes) => markTranscriptPending(tx, changes, messageId));
  if (!message) throw new ApiException(409, 'conflict', 'This message is already transcribed or being transcribed.');
  deps.onTranscriptionQueued(messageId);
  return message;
}

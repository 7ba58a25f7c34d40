// Everything a summary or a suggestion is made from, read in one go.
import type { Conversation } from '../../core/model';
import type { ConversationContext } from '../http/aiDeps';
import type { Queryable } from '../store/db';
import { findContactsByIds } from '../store/repos/contacts';
import { listFields } from '../store/repos/fieldDefinitions';
import { listNotes } from '../store/repos/notes';
import { findBotState } from '../store/repos/botStates';
import { getSettings } from '../store/repos/settings';
import { listSummaryMessages } from '../store/repos/summaries';

export async function loadConversationContext(q: Queryable, conversation: Conversation): Promise<ConversationContext> {
  const [messages, [contact], notes, fieldDefinitions, settings, bot] = await Promise.all([
    listSummaryMessages(q, conversation.id),
    findContactsByIds(q, [conversation.contactId]),
    listNotes(q, conversation.id),
    listFields(q),
    getSettings(q),
    findBotState(q, conversation.id),
  ]);
  return { conversation, messages, contact, notes, fieldDefinitions, settings, botAnswers: bot?.asked ?? [] };
}

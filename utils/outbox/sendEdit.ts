import type { ApiClient } from '@/utils/api';
import type { OutboxEdit, OutboxEntry, SidedeskDb } from '@/utils/db';
import { localNoteId } from './enqueueEdit';

/** One attempt at a queued edit; on success the server's copy replaces the local one. Throws on failure. */
export async function sendEdit(api: ApiClient, db: SidedeskDb, entry: OutboxEntry, edit: OutboxEdit): Promise<void> {
  if (edit.kind === 'note') {
    const { note } = await api.addNote(entry.conversationId, edit.text, entry.clientId);
    await db.transaction('rw', [db.outbox, db.notes, db.conversations], async () => {
      await db.notes.delete(localNoteId(entry.clientId));
      if (await db.conversations.get(note.conversationId)) await db.notes.put(note);
      await db.outbox.delete(entry.clientId);
    });
    return;
  }
  const { contact } =
    edit.kind === 'tag'
      ? await api.setContactTag(edit.contactId, edit.tagId, edit.on)
      : await api.setContactFields(edit.contactId, edit.values);
  await db.transaction('rw', [db.outbox, db.contacts], async () => {
    await db.outbox.delete(entry.clientId);
    // Edits still queued behind this one keep their local effect until they are sent too.
    if ((await db.outbox.where('conversationId').equals(entry.conversationId).count()) === 0) {
      await db.contacts.put(contact);
    }
  });
}

/** The server refused the edit (a value of the wrong type, a conversation gone): the local copy follows the server. */
export async function dropEdit(db: SidedeskDb, entry: OutboxEntry): Promise<void> {
  await db.transaction('rw', [db.outbox, db.notes], async () => {
    await db.outbox.delete(entry.clientId);
    if (entry.edit?.kind === 'note') await db.notes.delete(localNoteId(entry.clientId));
  });
}

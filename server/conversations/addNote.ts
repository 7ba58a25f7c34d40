// POST /conversations/:id/notes: a private note. Stored and synced with its conversation; it never
// goes near a channel adapter, so the customer cannot receive it.
import type { Agent, Note } from '../../core/model';
import type { Store } from '../store/createStore';
import { findNoteByClientId, insertNote } from '../store/repos/notes';
import { loadVisible } from './loadForAction';

export async function addNote(
  store: Store,
  agent: Agent,
  conversationId: string,
  text: string,
  now: number,
  clientId?: string,
): Promise<Note> {
  return store.write(async (tx, changes) => {
    await loadVisible(tx, agent, conversationId);
    // A repeat (the first answer was lost) gets the note already made, and no second change.
    const earlier = clientId ? await findNoteByClientId(tx, conversationId, clientId) : null;
    if (earlier) return earlier;
    const note = await insertNote(tx, { conversationId, agentId: agent.id, text, createdAt: now, clientId });
    changes.add('note', note.id, conversationId);
    return note;
  });
}

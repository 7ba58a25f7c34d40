// Private notes on a conversation.
import { z } from 'zod';
import { Note } from '../model';

export const NOTE_MAX_LENGTH = 4000;

export const NoteText = z.string().trim().min(1).max(NOTE_MAX_LENGTH);

export const CreateNoteRequest = z.object({
  text: NoteText,
  /** Idempotency key: the same clientId on the same conversation answers with the note already made. */
  clientId: z.string().min(8).max(100).optional(),
});
export type CreateNoteRequest = z.infer<typeof CreateNoteRequest>;

export const NoteResponse = z.object({ note: Note });
export const NotesResponse = z.object({ notes: z.array(Note) });

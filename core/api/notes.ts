// Private notes on a conversation.
import { z } from 'zod';
import { Note } from '../model';

export const NOTE_MAX_LENGTH = 4000;

export const NoteText = z.string().trim().min(1).max(NOTE_MAX_LENGTH);

export const CreateNoteRequest = z.object({ text: NoteText });
export type CreateNoteRequest = z.infer<typeof CreateNoteRequest>;

export const NoteResponse = z.object({ note: Note });
export const NotesResponse = z.object({ notes: z.array(Note) });

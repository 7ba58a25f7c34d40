// Request and response bodies of a conversation's life after it is taken: private notes, closing,
// transfer to another agent (or back to New) and an admin's assignment.
import { z } from 'zod';
import { Note } from './model';

export const NOTE_MAX_LENGTH = 4000;

export const NoteText = z.string().trim().min(1).max(NOTE_MAX_LENGTH);

export const CreateNoteRequest = z.object({ text: NoteText });
export type CreateNoteRequest = z.infer<typeof CreateNoteRequest>;

export const NoteResponse = z.object({ note: Note });
export const NotesResponse = z.object({ notes: z.array(Note) });

/** 'automatic' is the job's, never an agent's. */
export const CloseRequest = z.object({ type: z.enum(['positive', 'negative']) });
export type CloseRequest = z.infer<typeof CloseRequest>;

export const TransferRequest = z.object({
  /** Another active agent, or null for back to the New queue. */
  agentId: z.string().min(1).nullable(),
  /** Stored as a private note in the same transaction: context for whoever picks it up. */
  note: NoteText.optional(),
});
export type TransferRequest = z.infer<typeof TransferRequest>;

export const AssignRequest = z.object({ agentId: z.string().min(1) });
export type AssignRequest = z.infer<typeof AssignRequest>;

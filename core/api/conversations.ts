// The conversation list and a conversation's life after it is taken: closing, transfer to another
// agent (or back to New) and an admin's assignment.
import { z } from 'zod';
import { Conversation } from '../model';
import { NoteText } from './notes';

export const ConversationResponse = z.object({ conversation: Conversation });

export const ConversationsPage = z.object({ conversations: z.array(Conversation) });

export const ConversationsQuery = z.object({
  /** Searches contact name, phone and message text, including conversations older than 30 days. */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ConversationsQuery = z.infer<typeof ConversationsQuery>;

/** The conversation list, optionally only those whose customer carries a tag. */
export const ConversationsListQuery = ConversationsQuery.extend({
  tag: z.string().min(1).max(100).optional(),
});
export type ConversationsListQuery = z.infer<typeof ConversationsListQuery>;

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

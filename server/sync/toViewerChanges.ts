// Turns scanned change rows plus the entities' current state into what one viewer receives. Pure.
// A conversation the viewer may not see becomes a removal when it left their sight after their
// cursor (taken or reassigned away: they may hold a copy); otherwise it is skipped, so others'
// activity neither wakes nor informs them. Its messages are dropped entirely, always.
import type { Agent, Change, Contact, Conversation, Message } from '../../core/model';
import { canSee, type Principal } from '../../core/visibility';
import type { Entity } from '../store/recordChanges';

export interface ChangeRow {
  entity: Entity;
  entityId: string;
  seq: number;
  /** For conversations: when it last changed who may see it. */
  visibilitySeq: number | null;
}

export interface LoadedEntities {
  conversations: Map<string, Conversation>;
  messages: Map<string, Message>;
  contacts: Map<string, Contact>;
  agents: Map<string, Agent>;
  /** For each contact, its conversations: a contact is visible with any of them. */
  conversationsByContact: Map<string, Conversation[]>;
}

/** `since` is the viewer's cursor: 0 means an empty copy, which needs no removals. */
export function toViewerChanges(rows: ChangeRow[], loaded: LoadedEntities, viewer: Principal, since: number): Change[] {
  const out: Change[] = [];
  for (const { entity, entityId: id, seq, visibilitySeq } of rows) {
    if (entity === 'agent') {
      const agent = loaded.agents.get(id);
      if (agent) out.push({ seq, type: 'agent', data: agent });
    } else if (entity === 'conversation') {
      const conversation = loaded.conversations.get(id);
      if (conversation && canSee(conversation, viewer)) out.push({ seq, type: 'conversation', data: conversation });
      else if (since > 0 && (conversation === undefined || (visibilitySeq !== null && since < visibilitySeq))) {
        out.push({ seq, type: 'remove', data: { entity: 'conversation', id } });
      }
    } else if (entity === 'message') {
      const message = loaded.messages.get(id);
      const conversation = message && loaded.conversations.get(message.conversationId);
      if (message && conversation && canSee(conversation, viewer)) out.push({ seq, type: 'message', data: message });
    } else {
      const contact = loaded.contacts.get(id);
      const theirs = loaded.conversationsByContact.get(id) ?? [];
      if (contact && (viewer.role === 'admin' || theirs.some((c) => canSee(c, viewer)))) {
        out.push({ seq, type: 'contact', data: contact });
      }
    }
  }
  return out;
}

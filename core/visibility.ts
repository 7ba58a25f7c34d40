// Who may see a conversation (and so receive it and its messages through sync). An agent sees
// the New queue and the conversations assigned to them; an admin sees everything.
import type { Conversation, Role } from './model';

export interface Principal {
  id: string;
  role: Role;
}

export function canSee(conversation: Pick<Conversation, 'status' | 'assigneeId'>, who: Principal): boolean {
  if (who.role === 'admin') return true;
  if (conversation.assigneeId === who.id) return true;
  return conversation.assigneeId === null && conversation.status === 'open';
}

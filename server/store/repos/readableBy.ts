// Who may READ a conversation (read-only: search, a customer's history, its messages and notes).
// Wider than core `canSee`, which decides what sync sends and who may act:
// - what the viewer may see (admin, assignee, the New queue);
// - a conversation the viewer took part in (wrote a message or a note), after a transfer or a close;
// - any conversation of a customer whose current (open) conversation the viewer may see: whoever
//   answers a customer who comes back reads how earlier conversations with them went.
// Writing (reply, note, close, transfer) still needs `canSee`/`mayAct`.

/** SQL predicate over `cv` (a conversations row) for a non-admin viewer whose id is parameter `p`. */
export function readableBy(p: string): string {
  return `(cv.assignee_id = ${p} OR (cv.assignee_id IS NULL AND cv.status = 'open')
    OR EXISTS (SELECT 1 FROM messages rm WHERE rm.conversation_id = cv.id AND rm.agent_id = ${p})
    OR EXISTS (SELECT 1 FROM notes rn WHERE rn.conversation_id = cv.id AND rn.agent_id = ${p})
    OR EXISTS (SELECT 1 FROM conversations cur WHERE cur.contact_id = cv.contact_id AND cur.status = 'open'
      AND (cur.assignee_id = ${p} OR cur.assignee_id IS NULL)))`;
}

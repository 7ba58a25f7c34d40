-- Private notes on a conversation: agents only, never sent to the customer. Synced with their
-- conversation (entity 'note' in the change feed).
CREATE TABLE notes (
  id text PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES conversations (id),
  agent_id text NOT NULL REFERENCES agents (id),
  text text NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX notes_conversation ON notes (conversation_id, created_at);
-- The automatic-closing job scans open conversations by their last activity.
CREATE INDEX conversations_open_activity ON conversations (last_activity_at) WHERE status = 'open';

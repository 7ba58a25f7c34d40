-- Automations: "when a conversation is closed as <kind>, after N minutes, give it back to the bot".
-- The rules are ordered (position); the work is a delayed job on the queue (kind 'automation').
CREATE TABLE automation_rules (
  id text PRIMARY KEY,
  position integer NOT NULL,
  enabled boolean NOT NULL,
  close_kind text NOT NULL CHECK (close_kind IN ('positive', 'negative', 'any')),
  after_minutes integer NOT NULL CHECK (after_minutes > 0),
  restart_step_id text,
  template_id text,
  updated_at bigint NOT NULL
);

-- A customer given back to the bot: their next conversation on that channel starts the flow at
-- this step (the flow's start when null). Consumed when the bot starts.
CREATE TABLE bot_restarts (
  contact_id text PRIMARY KEY REFERENCES contacts (id),
  step_id text,
  from_conversation_id text NOT NULL REFERENCES conversations (id),
  rule_id text NOT NULL,
  created_at bigint NOT NULL
);

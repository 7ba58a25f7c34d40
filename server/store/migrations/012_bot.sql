-- The bot: a conversation it has is in no inbox until it hands over; agents mark themselves
-- available for its round-robin handover.
ALTER TABLE conversations ADD COLUMN with_bot boolean NOT NULL DEFAULT false;
ALTER TABLE agents ADD COLUMN available boolean NOT NULL DEFAULT false;
-- Round-robin handover is fair: the available agent given a conversation least recently goes first.
ALTER TABLE agents ADD COLUMN last_bot_handover_at bigint;

-- A tapped WhatsApp reply button or list row: the option's id, which the bot branches on.
ALTER TABLE messages ADD COLUMN reply_id text;

-- The bot's settings (one row) and every flow an admin saved: a conversation keeps running the
-- version it started with, so an edit never moves a customer mid-flow onto steps that changed.
CREATE TABLE bot_settings (
  id text PRIMARY KEY CHECK (id = 'workspace'),
  enabled boolean NOT NULL DEFAULT false,
  version integer NOT NULL,
  handover_keywords jsonb NOT NULL DEFAULT '[]',
  updated_at bigint NOT NULL
);
CREATE TABLE bot_flows (
  version integer PRIMARY KEY,
  flow jsonb NOT NULL,
  saved_by text REFERENCES agents (id),
  created_at bigint NOT NULL
);

-- Where the bot is in each conversation it has (core/bot/botState.ts), and the last customer
-- message it acted on: turns run in message order, each message once.
CREATE TABLE bot_states (
  conversation_id text PRIMARY KEY REFERENCES conversations (id),
  flow_version integer NOT NULL,
  step_id text,
  attempts integer NOT NULL DEFAULT 0,
  answers jsonb NOT NULL DEFAULT '{}',
  -- [{question, answer}] in the order asked: the summary's botAnswers.
  asked jsonb NOT NULL DEFAULT '[]',
  done boolean NOT NULL DEFAULT false,
  -- Start the flow here on the next customer message (an automation gave it back); null: the start.
  restart_at text,
  last_message_n bigint NOT NULL DEFAULT 0,
  updated_at bigint NOT NULL
);

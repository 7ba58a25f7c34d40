-- The AI half: the admin's switches (all off by default), voice-note transcripts and WhatsApp
-- Flows answers on messages, conversation summaries, and the workspace's quick replies.
-- (009 is the job queue's.)
ALTER TABLE settings ADD COLUMN summary_and_suggestions boolean NOT NULL DEFAULT false;
ALTER TABLE settings ADD COLUMN transcribe_voice_notes boolean NOT NULL DEFAULT false;
ALTER TABLE settings ADD COLUMN bot_answers_voice_notes boolean NOT NULL DEFAULT false;
ALTER TABLE settings ADD COLUMN bot_prompt text NOT NULL DEFAULT '' CHECK (length(bot_prompt) <= 4000);
ALTER TABLE settings ADD COLUMN workspace_language text NOT NULL DEFAULT 'en' CHECK (workspace_language IN ('en', 'es'));

-- {status, text, engine, error, retryAt}, as on the wire; null while no transcription was asked for.
ALTER TABLE messages ADD COLUMN transcript jsonb;
-- A submitted WhatsApp Flows form (kind 'form'): {name, flowToken, answers: [{name, value}]}.
ALTER TABLE messages ADD COLUMN form jsonb;
ALTER TABLE messages DROP CONSTRAINT IF EXISTS messages_kind_check;
ALTER TABLE messages ADD CONSTRAINT messages_kind_check
  CHECK (kind IN ('text', 'template', 'image', 'audio', 'document', 'location', 'form', 'unsupported'));

-- Stored once, never changed: a later summary is a new row, earlier ones stay readable.
CREATE TABLE summaries (
  id text PRIMARY KEY,
  -- Insertion order: "newest first" even when two share a millisecond.
  n bigserial NOT NULL UNIQUE,
  conversation_id text NOT NULL REFERENCES conversations (id),
  trigger text NOT NULL CHECK (trigger IN ('transfer', 'flow_answered', 'bot_handoff', 'on_demand')),
  requested_by text REFERENCES agents (id),
  bot_answers jsonb NOT NULL DEFAULT '[]',
  form_answers jsonb NOT NULL DEFAULT '[]',
  written jsonb,
  engine text NOT NULL CHECK (engine IN ('chat_model', 'collected_only')),
  model text,
  error jsonb,
  message_count integer NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX summaries_conversation ON summaries (conversation_id, n);

CREATE TABLE quick_replies (
  id text PRIMARY KEY,
  title text NOT NULL,
  text text NOT NULL,
  tags jsonb NOT NULL DEFAULT '[]',
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL
);

ALTER TABLE changes DROP CONSTRAINT IF EXISTS changes_entity_check;
ALTER TABLE changes ADD CONSTRAINT changes_entity_check
  CHECK (entity IN ('conversation', 'message', 'contact', 'agent', 'tag', 'field', 'note', 'template', 'settings',
                    'campaign', 'quickReply', 'summary'));
-- Every copy learns the new settings fields.
INSERT INTO changes (entity, entity_id, seq) VALUES ('settings', 'workspace', nextval('change_seq'))
  ON CONFLICT (entity, entity_id) DO UPDATE SET seq = excluded.seq;

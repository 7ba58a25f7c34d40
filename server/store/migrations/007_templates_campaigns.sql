-- Approved WhatsApp templates, the WhatsApp Business Account they are read from, and campaigns
-- (one template to many customers) with each recipient's outcome.
ALTER TABLE channels ADD COLUMN waba_id text;

CREATE TABLE templates (
  id text PRIMARY KEY,
  name text NOT NULL,
  language text NOT NULL,
  category text NOT NULL CHECK (category IN ('marketing', 'utility', 'authentication')),
  body text NOT NULL,
  param_count integer NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  -- Meta identifies a template by name and language: one row per pair.
  UNIQUE (name, language)
);

-- Which template an agent message was, so a retry re-sends the same template payload.
ALTER TABLE messages ADD COLUMN template jsonb;

CREATE TABLE campaigns (
  id text PRIMARY KEY,
  -- No foreign key: a template deleted later leaves its campaigns readable.
  template_id text NOT NULL,
  params jsonb NOT NULL,
  assignee_id text NOT NULL REFERENCES agents (id),
  created_by text NOT NULL REFERENCES agents (id),
  created_at bigint NOT NULL,
  total integer NOT NULL,
  sent integer NOT NULL DEFAULT 0,
  failed integer NOT NULL DEFAULT 0,
  status text NOT NULL CHECK (status IN ('running', 'done'))
);
CREATE INDEX campaigns_created ON campaigns (created_at DESC);

CREATE TABLE campaign_recipients (
  campaign_id text NOT NULL REFERENCES campaigns (id),
  position integer NOT NULL,
  input text NOT NULL,
  phone text,
  status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  error text,
  conversation_id text REFERENCES conversations (id),
  PRIMARY KEY (campaign_id, position)
);

-- Agents, auth, channels, contacts, conversations, messages and the change feed.
-- Timestamps are milliseconds since the epoch (bigint), as on the wire.

CREATE TABLE agents (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'agent')),
  active boolean NOT NULL DEFAULT true,
  password_hash text NOT NULL,
  created_at bigint NOT NULL
);

-- Only the sha256 of a token is kept: a leaked table opens no session.
CREATE TABLE auth_tokens (
  token_hash text PRIMARY KEY,
  agent_id text NOT NULL REFERENCES agents (id),
  created_at bigint NOT NULL
);
CREATE INDEX auth_tokens_agent ON auth_tokens (agent_id);

CREATE TABLE channels (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('whatsapp', 'messenger', 'instagram')),
  name text NOT NULL,
  -- WhatsApp phone_number_id, Page id, Instagram account id.
  external_id text NOT NULL,
  access_token text NOT NULL,
  graph_url text NOT NULL,
  simulated boolean NOT NULL DEFAULT false,
  created_at bigint NOT NULL,
  UNIQUE (kind, external_id)
);

CREATE TABLE contacts (
  id text PRIMARY KEY,
  channel_id text NOT NULL REFERENCES channels (id),
  external_id text NOT NULL,
  name text NOT NULL,
  phone text,
  first_contact_at bigint NOT NULL,
  UNIQUE (channel_id, external_id)
);

CREATE TABLE conversations (
  id text PRIMARY KEY,
  channel_id text NOT NULL REFERENCES channels (id),
  contact_id text NOT NULL REFERENCES contacts (id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  close_type text CHECK (close_type IN ('positive', 'negative', 'automatic')),
  assignee_id text REFERENCES agents (id),
  last_inbound_at bigint,
  outgoing_since bigint,
  last_activity_at bigint NOT NULL,
  last_message_preview text NOT NULL DEFAULT '',
  unread_count integer NOT NULL DEFAULT 0,
  created_at bigint NOT NULL
);
-- One open conversation per contact: concurrent webhooks for a new customer cannot open two.
CREATE UNIQUE INDEX conversations_open_contact ON conversations (contact_id) WHERE status = 'open';
CREATE INDEX conversations_activity ON conversations (last_activity_at DESC);

CREATE TABLE messages (
  id text PRIMARY KEY,
  -- Insertion order: the stable key of message pages.
  n bigserial NOT NULL UNIQUE,
  conversation_id text NOT NULL REFERENCES conversations (id),
  channel_id text NOT NULL REFERENCES channels (id),
  author text NOT NULL CHECK (author IN ('customer', 'agent', 'bot', 'system')),
  agent_id text REFERENCES agents (id),
  kind text NOT NULL CHECK (kind IN ('text', 'template', 'unsupported')),
  text text NOT NULL,
  original_type text,
  status text CHECK (status IN ('pending', 'sent', 'delivered', 'read', 'failed')),
  error_code text,
  error_message text,
  external_id text,
  client_id text UNIQUE,
  created_at bigint NOT NULL,
  -- Meta retries webhooks for days: the platform id makes a redelivery a no-op.
  UNIQUE (channel_id, external_id)
);
CREATE INDEX messages_conversation ON messages (conversation_id, n);

-- Status webhooks that arrived before the send response told us the message's platform id.
CREATE TABLE parked_statuses (
  channel_id text NOT NULL REFERENCES channels (id),
  external_id text NOT NULL,
  status text NOT NULL,
  error_code text,
  error_message text,
  received_at bigint NOT NULL,
  PRIMARY KEY (channel_id, external_id)
);

-- The change feed: one row per entity at its latest sequence number.
CREATE SEQUENCE change_seq;
CREATE TABLE changes (
  entity text NOT NULL CHECK (entity IN ('conversation', 'message', 'contact', 'agent')),
  entity_id text NOT NULL,
  seq bigint NOT NULL,
  conversation_id text,
  PRIMARY KEY (entity, entity_id)
);
CREATE UNIQUE INDEX changes_seq ON changes (seq);

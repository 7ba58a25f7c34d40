-- Files customers send (images, voice notes, audio, documents), downloaded from Meta in the
-- background after the webhook committed. The bytes live here (bytea) so they share the
-- database's backups and transactions on PGlite and PostgreSQL alike; they are only ever served
-- to agents who can see the conversation (GET /v1/media/:id), never at a public URL.
CREATE TABLE media (
  id text PRIMARY KEY,
  channel_id text NOT NULL REFERENCES channels (id),
  message_id text NOT NULL REFERENCES messages (id),
  conversation_id text NOT NULL REFERENCES conversations (id),
  -- WhatsApp: a Graph media id (looked up for a short-lived URL); Messenger/Instagram: a CDN URL.
  source_type text NOT NULL CHECK (source_type IN ('graph_media_id', 'url')),
  source text NOT NULL,
  mime_type text NOT NULL,
  filename text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'ready', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  -- A worker's lease: another worker skips a download claimed less than a minute ago.
  claimed_at bigint NOT NULL DEFAULT 0,
  last_error text,
  bytes bytea,
  size integer,
  created_at bigint NOT NULL
);
CREATE INDEX media_pending ON media (created_at) WHERE status = 'pending';

-- Messenger and Instagram webhooks carry no names: the profile is fetched once per contact
-- (best effort); a row here means "done, do not ask Meta again".
CREATE TABLE contact_profiles (
  contact_id text PRIMARY KEY REFERENCES contacts (id),
  status text NOT NULL CHECK (status IN ('fetched', 'unavailable')),
  fetched_at bigint NOT NULL
);

-- Signed webhooks that can never be stored as they are (a payload no parser accepts, text or ids
-- the database refuses). They are acknowledged to Meta, which would otherwise redeliver them for
-- 7 days, and kept here byte for byte so an admin can see them and replay them after a fix.
CREATE TABLE dead_letters (
  id text PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('whatsapp', 'messenger', 'instagram')),
  body bytea NOT NULL,
  error text NOT NULL,
  received_at bigint NOT NULL,
  replayed_at bigint
);
CREATE INDEX dead_letters_received ON dead_letters (received_at DESC);

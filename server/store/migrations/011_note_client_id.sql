-- A note's idempotency key: a note queued offline and sent again after a lost answer lands once.
ALTER TABLE notes ADD COLUMN client_id text;
CREATE UNIQUE INDEX notes_client_id ON notes (conversation_id, client_id) WHERE client_id IS NOT NULL;

-- Groundwork for the agent's whole workspace: when a conversation closed, media and locations on
-- messages, and the change feed's wider set of entities. The feature tables come in 004–008.
ALTER TABLE conversations ADD COLUMN closed_at bigint;

ALTER TABLE messages DROP CONSTRAINT IF EXISTS messages_kind_check;
ALTER TABLE messages ADD CONSTRAINT messages_kind_check
  CHECK (kind IN ('text', 'template', 'image', 'audio', 'document', 'location', 'unsupported'));
-- {id, mimeType, filename, voice, ready} and {latitude, longitude, name, address}, as on the wire.
ALTER TABLE messages ADD COLUMN media jsonb;
ALTER TABLE messages ADD COLUMN location jsonb;

ALTER TABLE changes DROP CONSTRAINT IF EXISTS changes_entity_check;
ALTER TABLE changes ADD CONSTRAINT changes_entity_check
  CHECK (entity IN ('conversation', 'message', 'contact', 'agent', 'tag', 'field', 'note', 'template', 'settings', 'campaign'));

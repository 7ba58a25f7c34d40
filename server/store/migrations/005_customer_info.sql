-- Customer information: tags and information fields an admin defines, and each customer's tags and
-- field values. Contacts load with both (see repos/contacts.ts); deleting a tag or a field drops
-- its links and values with it.
CREATE TABLE tags (
  id text PRIMARY KEY,
  name text NOT NULL,
  color text NOT NULL,
  created_at bigint NOT NULL
);
-- "VIP" and "vip" are the same tag to an agent.
CREATE UNIQUE INDEX tags_name ON tags (lower(name));

CREATE TABLE field_definitions (
  id text PRIMARY KEY,
  key text NOT NULL UNIQUE,
  label text NOT NULL,
  type text NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice')),
  choices jsonb NOT NULL DEFAULT '[]',
  position integer NOT NULL DEFAULT 0,
  created_at bigint NOT NULL
);

CREATE TABLE contact_tags (
  contact_id text NOT NULL REFERENCES contacts (id),
  tag_id text NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  added_at bigint NOT NULL,
  PRIMARY KEY (contact_id, tag_id)
);
-- The inbox filter by tag and a tag's deletion look contacts up by tag.
CREATE INDEX contact_tags_tag ON contact_tags (tag_id, contact_id);

-- A string or a number (dates as YYYY-MM-DD strings), as on the wire.
CREATE TABLE contact_field_values (
  contact_id text NOT NULL REFERENCES contacts (id),
  field_id text NOT NULL REFERENCES field_definitions (id) ON DELETE CASCADE,
  value jsonb NOT NULL,
  updated_at bigint NOT NULL,
  PRIMARY KEY (contact_id, field_id)
);
CREATE INDEX contact_field_values_field ON contact_field_values (field_id);

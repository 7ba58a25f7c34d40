-- Page context ("Find in Sidedesk", "This page"): the admin's switch (on unless turned off) and the
-- country of numbers written without a country code on the pages agents work in.
ALTER TABLE settings ADD COLUMN page_context boolean NOT NULL DEFAULT true;
ALTER TABLE settings ADD COLUMN default_country text CHECK (default_country ~ '^[A-Z]{2}$');

-- The match route looks customers up by the digits of their stored phone, however it was written.
CREATE INDEX contacts_phone_digits ON contacts ((regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')));

-- Every copy learns the new settings fields.
INSERT INTO changes (entity, entity_id, seq) VALUES ('settings', 'workspace', nextval('change_seq'))
  ON CONFLICT (entity, entity_id) DO UPDATE SET seq = excluded.seq;

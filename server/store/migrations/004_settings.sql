-- Workspace settings an admin changes (default inbox layout, automatic-closing delay): one row.
CREATE TABLE settings (
  id text PRIMARY KEY CHECK (id = 'workspace'),
  default_layout text NOT NULL DEFAULT 'classic' CHECK (default_layout IN ('classic', 'beta')),
  auto_close_days integer NOT NULL DEFAULT 23 CHECK (auto_close_days BETWEEN 1 AND 365),
  updated_at bigint NOT NULL DEFAULT 0
);
INSERT INTO settings (id) VALUES ('workspace');
INSERT INTO changes (entity, entity_id, seq) VALUES ('settings', 'workspace', nextval('change_seq'));

-- Sessions: each bearer token row becomes a session the agent can see and end. A public id (the
-- hash stays private), when it was last used (idle expiry; written at most once a minute) and the
-- browser that signed in (so an agent tells their sessions apart).
ALTER TABLE auth_tokens ADD COLUMN id text;
UPDATE auth_tokens SET id = gen_random_uuid()::text;
ALTER TABLE auth_tokens ALTER COLUMN id SET NOT NULL;
CREATE UNIQUE INDEX auth_tokens_id ON auth_tokens (id);
ALTER TABLE auth_tokens ADD COLUMN last_used_at bigint;
UPDATE auth_tokens SET last_used_at = created_at;
ALTER TABLE auth_tokens ALTER COLUMN last_used_at SET NOT NULL;
ALTER TABLE auth_tokens ADD COLUMN user_agent text NOT NULL DEFAULT '';

-- When a conversation was last taken from New: a colleague who tries to take it a moment later
-- (everyone saw it in New) hears who took it; long after, it is a 404 like any conversation they
-- may not see.
ALTER TABLE conversations ADD COLUMN taken_at bigint;

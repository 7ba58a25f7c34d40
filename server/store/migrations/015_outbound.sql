-- Nothing stays pending forever. `send_started_at` is written (and committed) just before the call
-- to Meta: a stale pending message without it never reached Meta (safe to send again); with it,
-- the call may have reached Meta, so it becomes "uncertain" and the agent checks before resending.
-- `pending_since` restarts the wait when a retry moves a failed message back to pending.
ALTER TABLE messages ADD COLUMN send_started_at bigint;
ALTER TABLE messages ADD COLUMN pending_since bigint;
CREATE INDEX messages_pending ON messages (created_at) WHERE status = 'pending';

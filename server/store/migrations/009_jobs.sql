-- The one durable job queue (transcriptions, summaries, the bot, downloads, campaigns): rows are
-- leased with FOR UPDATE SKIP LOCKED, so several server processes on one PostgreSQL share it, and
-- a lease that expires (a process killed mid-job) hands the job to another. Times are epoch
-- milliseconds from the server's injectable clock, like every other table.
CREATE TABLE jobs (
  -- An identity, not a UUID: ties on run_at run in the order they were enqueued.
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  -- Unique per kind where given, and kept after the job is done: the same work is never queued twice.
  dedupe_key text,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  -- Counted when a job is leased, so a job that keeps killing its process still runs out of tries.
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
  -- Not before: delayed jobs and the backoff after a failure.
  run_at bigint NOT NULL,
  lease_owner text,
  lease_expires_at bigint,
  -- For the log and the admin; written by the queue from the handler's error message.
  last_error text,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  finished_at bigint
);
CREATE UNIQUE INDEX jobs_dedupe ON jobs (kind, dedupe_key) WHERE dedupe_key IS NOT NULL;
-- The lease query: due jobs of one kind, oldest first.
CREATE INDEX jobs_due ON jobs (kind, run_at, id) WHERE status = 'queued';
-- The sweep for leases that expired.
CREATE INDEX jobs_leased ON jobs (lease_expires_at) WHERE status = 'running';

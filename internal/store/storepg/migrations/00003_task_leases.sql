-- Task leases: the process running a task holds a lease it renews while it
-- works (a heartbeat). A task whose lease has run out belongs to a process
-- that died, and another process may resume it at once instead of waiting
-- for the job queue's hour-long rescue; a live process's task, whose lease
-- keeps being renewed, is never taken over, and every write of a run is
-- conditional on still holding the lease (fencing).

-- +goose Up
ALTER TABLE tasks.tasks ADD COLUMN lease_owner TEXT;
ALTER TABLE tasks.tasks ADD COLUMN lease_expires_at TIMESTAMPTZ;
CREATE INDEX tasks_lease_expires_at_idx ON tasks.tasks (lease_expires_at)
    WHERE lease_expires_at IS NOT NULL AND status IN ('queued', 'planning', 'executing', 'validating');

-- +goose Down
DROP INDEX IF EXISTS tasks.tasks_lease_expires_at_idx;
ALTER TABLE tasks.tasks DROP COLUMN IF EXISTS lease_expires_at;
ALTER TABLE tasks.tasks DROP COLUMN IF EXISTS lease_owner;

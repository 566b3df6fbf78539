-- Task leases (mirrors storepg 00003): the process running a task holds a
-- lease it renews while it works; a task whose lease has run out may be
-- resumed by another process, a live one's never, and every write of a run
-- is conditional on still holding the lease.

-- +goose Up
ALTER TABLE tasks_tasks ADD COLUMN lease_owner TEXT;
ALTER TABLE tasks_tasks ADD COLUMN lease_expires_at TEXT
    CHECK (lease_expires_at LIKE '____-__-__T__:__:__.______Z');
CREATE INDEX tasks_lease_expires_at_idx ON tasks_tasks (lease_expires_at)
    WHERE lease_expires_at IS NOT NULL AND status IN ('queued', 'planning', 'executing', 'validating');

-- +goose Down
DROP INDEX IF EXISTS tasks_lease_expires_at_idx;
ALTER TABLE tasks_tasks DROP COLUMN lease_expires_at;
ALTER TABLE tasks_tasks DROP COLUMN lease_owner;

-- SQLite mirror of storepg's migration 1 (the original infrastructure
-- schemas, spec §3.8). Same version and name so that `octollm migrate
-- status` reads the same on both backends. SQLite has no schemas, so
-- memory.entities becomes memory_entities and so on.
--
-- Conventions every SQLite table here follows (tables are STRICT, so a value
-- of the wrong storage class is rejected instead of silently stored):
--   * UUIDs are TEXT in canonical 36-character form; generated defaults are
--     random (version 4) like uuid_generate_v4().
--   * JSON is TEXT checked with json_valid(); bind it as a Go string, not
--     []byte (a []byte is a BLOB, which a STRICT TEXT column refuses).
--   * Timestamps are TEXT, UTC, fixed width with microseconds
--     (2006-01-02T15:04:05.000000Z). Fixed width makes text order equal time
--     order, microseconds match PostgreSQL's precision, and the CHECK stops a
--     time.Time bound in the driver's own (variable-width) format from
--     breaking that order. SQLite's date functions read this format.
--   * There is no trigram index: the GIN trigram index on entity names has
--     no SQLite equivalent, a plain index serves prefix lookups.

-- +goose Up
CREATE TABLE memory_entities (
    entity_id   TEXT PRIMARY KEY NOT NULL
        DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
                 substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
                 substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))
        CHECK (entity_id LIKE '________-____-____-____-____________'),
    entity_type TEXT NOT NULL CHECK (length(entity_type) <= 50),
    name        TEXT NOT NULL CHECK (length(name) <= 255),
    description TEXT,
    metadata    TEXT CHECK (json_valid(metadata)),
    created_at  TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
        CHECK (created_at LIKE '____-__-__T__:__:__.______Z'),
    updated_at  TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
        CHECK (updated_at LIKE '____-__-__T__:__:__.______Z')
) STRICT;

CREATE TABLE memory_relationships (
    relationship_id   TEXT PRIMARY KEY NOT NULL
        DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
                 substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
                 substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))
        CHECK (relationship_id LIKE '________-____-____-____-____________'),
    source_id         TEXT REFERENCES memory_entities (entity_id) ON DELETE CASCADE,
    target_id         TEXT REFERENCES memory_entities (entity_id) ON DELETE CASCADE,
    relationship_type TEXT NOT NULL CHECK (length(relationship_type) <= 50),
    weight            REAL DEFAULT 1.0,
    metadata          TEXT CHECK (json_valid(metadata)),
    created_at        TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
        CHECK (created_at LIKE '____-__-__T__:__:__.______Z')
) STRICT;

CREATE TABLE tasks_task_history (
    task_id      TEXT PRIMARY KEY NOT NULL
        DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
                 substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
                 substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))
        CHECK (task_id LIKE '________-____-____-____-____________'),
    user_id      TEXT CHECK (length(user_id) <= 255),
    goal         TEXT NOT NULL,
    constraints  TEXT CHECK (json_valid(constraints)),
    context      TEXT CHECK (json_valid(context)),
    status       TEXT DEFAULT 'pending' CHECK (length(status) <= 20),
    result       TEXT CHECK (json_valid(result)),
    created_at   TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
        CHECK (created_at LIKE '____-__-__T__:__:__.______Z'),
    completed_at TEXT CHECK (completed_at LIKE '____-__-__T__:__:__.______Z'),
    duration_ms  INTEGER
) STRICT;

-- task_id has no foreign key to tasks_task_history: see the comment on
-- provenance.action_log in storepg's migration 1 (actions are logged for
-- tasks that have no history row, and the audit trail outlives tasks).
CREATE TABLE provenance_action_log (
    action_id         TEXT PRIMARY KEY NOT NULL
        DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
                 substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
                 substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))
        CHECK (action_id LIKE '________-____-____-____-____________'),
    task_id           TEXT CHECK (task_id LIKE '________-____-____-____-____________'),
    arm_id            TEXT NOT NULL CHECK (length(arm_id) <= 50),
    action_type       TEXT NOT NULL CHECK (length(action_type) <= 50),
    input             TEXT CHECK (json_valid(input)),
    output            TEXT CHECK (json_valid(output)),
    confidence        REAL,
    execution_time_ms INTEGER,
    timestamp         TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
        CHECK (timestamp LIKE '____-__-__T__:__:__.______Z')
) STRICT;

CREATE INDEX idx_entities_type ON memory_entities (entity_type);
CREATE INDEX idx_entities_name ON memory_entities (name);
CREATE INDEX idx_relationships_source ON memory_relationships (source_id);
CREATE INDEX idx_relationships_target ON memory_relationships (target_id);
CREATE INDEX idx_task_history_user ON tasks_task_history (user_id);
CREATE INDEX idx_task_history_status ON tasks_task_history (status);
CREATE INDEX idx_task_history_created ON tasks_task_history (created_at DESC);
CREATE INDEX idx_action_log_task ON provenance_action_log (task_id);
CREATE INDEX idx_action_log_arm ON provenance_action_log (arm_id);
CREATE INDEX idx_action_log_timestamp ON provenance_action_log (timestamp DESC);

-- +goose Down
DROP TABLE IF EXISTS provenance_action_log;
DROP TABLE IF EXISTS tasks_task_history;
DROP TABLE IF EXISTS memory_relationships;
DROP TABLE IF EXISTS memory_entities;

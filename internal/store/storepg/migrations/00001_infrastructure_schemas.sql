-- The schemas provisioned by the original OctoLLM infrastructure
-- (infrastructure/databases/init-scripts/postgresql-init.sql, spec §3.8):
-- extensions, the memory / tasks / provenance schemas, the global knowledge
-- graph, task history and the action log, with the original index names.
--
-- Every statement uses IF NOT EXISTS so that a database already provisioned
-- by the original init script can adopt these migrations without a manual
-- step: the statements then only record the version.

-- +goose Up
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";   -- fuzzy (trigram) search on entity names
CREATE EXTENSION IF NOT EXISTS "btree_gin"; -- GIN indexes that mix scalar and jsonb columns

CREATE SCHEMA IF NOT EXISTS memory;
CREATE SCHEMA IF NOT EXISTS tasks;
CREATE SCHEMA IF NOT EXISTS provenance;

-- Global knowledge graph.
CREATE TABLE IF NOT EXISTS memory.entities (
    entity_id   UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    entity_type VARCHAR(50)  NOT NULL, -- person, tool, concept, vulnerability, ...
    name        VARCHAR(255) NOT NULL,
    description TEXT,
    metadata    JSONB,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS memory.relationships (
    relationship_id   UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    source_id         UUID REFERENCES memory.entities (entity_id) ON DELETE CASCADE,
    target_id         UUID REFERENCES memory.entities (entity_id) ON DELETE CASCADE,
    relationship_type VARCHAR(50) NOT NULL, -- uses, depends_on, requires, ...
    weight            FLOAT DEFAULT 1.0,
    metadata          JSONB,
    created_at        TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

-- Task history (pending, running, completed, failed).
CREATE TABLE IF NOT EXISTS tasks.task_history (
    task_id      UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    user_id      VARCHAR(255),
    goal         TEXT NOT NULL,
    constraints  JSONB,
    context      JSONB,
    status       VARCHAR(20) DEFAULT 'pending',
    result       JSONB,
    created_at   TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    completed_at TIMESTAMP WITH TIME ZONE,
    duration_ms  INTEGER
);

-- Action log (provenance). The original declares
--   task_id UUID REFERENCES tasks.task_history(task_id) ON DELETE CASCADE.
-- The column is kept but the foreign key is not: the platform records arm
-- actions for tasks in tasks.tasks (migration 2), which need not have a
-- task_history row first, and the audit trail must outlive the task rows it
-- describes (task history and action log have separate retention periods,
-- 90 and 30 days), so a cascade would delete audit evidence and a required
-- parent row would make logging an action fail.
CREATE TABLE IF NOT EXISTS provenance.action_log (
    action_id         UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    task_id           UUID,
    arm_id            VARCHAR(50) NOT NULL,
    action_type       VARCHAR(50) NOT NULL,
    input             JSONB,
    output            JSONB,
    confidence        FLOAT,
    execution_time_ms INTEGER,
    timestamp         TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX IF NOT EXISTS idx_entities_type ON memory.entities (entity_type);
CREATE INDEX IF NOT EXISTS idx_entities_name ON memory.entities USING gin (name gin_trgm_ops);
CREATE INDEX IF NOT EXISTS idx_relationships_source ON memory.relationships (source_id);
CREATE INDEX IF NOT EXISTS idx_relationships_target ON memory.relationships (target_id);
CREATE INDEX IF NOT EXISTS idx_task_history_user ON tasks.task_history (user_id);
CREATE INDEX IF NOT EXISTS idx_task_history_status ON tasks.task_history (status);
CREATE INDEX IF NOT EXISTS idx_task_history_created ON tasks.task_history (created_at DESC);
CREATE INDEX IF NOT EXISTS idx_action_log_task ON provenance.action_log (task_id);
CREATE INDEX IF NOT EXISTS idx_action_log_arm ON provenance.action_log (arm_id);
CREATE INDEX IF NOT EXISTS idx_action_log_timestamp ON provenance.action_log (timestamp DESC);

-- +goose Down
-- The extensions stay: other objects in the database may use them.
DROP TABLE IF EXISTS provenance.action_log;
DROP TABLE IF EXISTS tasks.task_history;
DROP TABLE IF EXISTS memory.relationships;
DROP TABLE IF EXISTS memory.entities;
DROP SCHEMA IF EXISTS provenance;
DROP SCHEMA IF EXISTS tasks;
DROP SCHEMA IF EXISTS memory;

-- SQLite mirror of storepg's migration 2: API keys, orchestrator tasks and
-- steps, arm registry. Same conventions as migration 1 (STRICT tables, UUID,
-- JSON and timestamps as checked TEXT). Booleans are INTEGER 0/1 and
-- PostgreSQL's TEXT[] of scopes is a JSON array of strings.

-- +goose Up
CREATE TABLE api_keys (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    prefix     TEXT NOT NULL,
    hash       TEXT NOT NULL UNIQUE,
    scopes     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(scopes) AND json_type(scopes) = 'array'),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
        CHECK (created_at LIKE '____-__-__T__:__:__.______Z'),
    revoked_at TEXT CHECK (revoked_at LIKE '____-__-__T__:__:__.______Z')
) STRICT;
CREATE INDEX api_keys_created_at_idx ON api_keys (created_at, id);

-- api_key_id carries no foreign key: tasks outlive the keys that submitted
-- them, and in-process callers create tasks without any key.
CREATE TABLE tasks_tasks (
    id                  TEXT PRIMARY KEY NOT NULL
        DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
                 substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
                 substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))
        CHECK (id LIKE '________-____-____-____-____________'),
    parent_task_id      TEXT CHECK (parent_task_id LIKE '________-____-____-____-____________'),
    tenant              TEXT NOT NULL DEFAULT '',
    api_key_id          TEXT,
    goal                TEXT NOT NULL,
    constraints         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(constraints)),
    context             TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(context)),
    acceptance_criteria TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(acceptance_criteria)),
    budget              TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(budget)),
    priority            TEXT NOT NULL DEFAULT 'medium',
    status              TEXT NOT NULL DEFAULT 'pending',
    plan                TEXT CHECK (json_valid(plan)),
    result              TEXT CHECK (json_valid(result)),
    error               TEXT CHECK (json_valid(error)),
    usage               TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(usage)),
    metadata            TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
        CHECK (created_at LIKE '____-__-__T__:__:__.______Z'),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
        CHECK (updated_at LIKE '____-__-__T__:__:__.______Z'),
    started_at          TEXT CHECK (started_at LIKE '____-__-__T__:__:__.______Z'),
    completed_at        TEXT CHECK (completed_at LIKE '____-__-__T__:__:__.______Z')
) STRICT;
CREATE INDEX tasks_status_idx ON tasks_tasks (status);
CREATE INDEX tasks_created_at_idx ON tasks_tasks (created_at DESC);
CREATE INDEX tasks_parent_task_id_idx ON tasks_tasks (parent_task_id) WHERE parent_task_id IS NOT NULL;

CREATE TABLE tasks_task_steps (
    task_id     TEXT NOT NULL REFERENCES tasks_tasks (id) ON DELETE CASCADE,
    step_id     TEXT NOT NULL,
    step_number INTEGER NOT NULL,
    arm         TEXT NOT NULL,
    action      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'pending',
    input       TEXT CHECK (json_valid(input)),
    output      TEXT CHECK (json_valid(output)),
    error       TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    started_at  TEXT CHECK (started_at LIKE '____-__-__T__:__:__.______Z'),
    finished_at TEXT CHECK (finished_at LIKE '____-__-__T__:__:__.______Z'),
    PRIMARY KEY (task_id, step_id)
) STRICT;

CREATE TABLE arm_registry (
    arm_id       TEXT PRIMARY KEY NOT NULL,
    endpoint     TEXT NOT NULL,
    capabilities TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(capabilities)),
    cost_tier    INTEGER NOT NULL DEFAULT 1 CHECK (cost_tier BETWEEN 1 AND 5),
    healthy      INTEGER NOT NULL DEFAULT 0 CHECK (healthy IN (0, 1)),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
        CHECK (updated_at LIKE '____-__-__T__:__:__.______Z')
) STRICT;

-- +goose Down
DROP TABLE IF EXISTS arm_registry;
DROP TABLE IF EXISTS tasks_task_steps;
DROP TABLE IF EXISTS tasks_tasks;
DROP TABLE IF EXISTS api_keys;

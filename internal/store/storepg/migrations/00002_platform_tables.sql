-- Tables the Go platform needs beyond the original infrastructure schemas:
-- hashed API keys, the orchestrator's tasks and their steps, and the arm
-- registry (spec §3.8 "Recommended": orchestrator tables under tasks).

-- +goose Up

-- API keys. Only the SHA-256 of a key is stored; prefix is the short,
-- non-secret beginning shown in listings.
CREATE TABLE public.api_keys (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    prefix     TEXT NOT NULL,
    hash       TEXT NOT NULL UNIQUE,
    scopes     TEXT[] NOT NULL DEFAULT '{}',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at TIMESTAMPTZ
);
CREATE INDEX api_keys_created_at_idx ON public.api_keys (created_at, id);

-- Orchestrator tasks (TaskContract plus lifecycle). api_key_id carries no
-- foreign key: tasks outlive the keys that submitted them, and in-process
-- callers create tasks without any key.
CREATE TABLE tasks.tasks (
    id                  UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    parent_task_id      UUID,
    tenant              TEXT NOT NULL DEFAULT '',
    api_key_id          TEXT,
    goal                TEXT NOT NULL,
    constraints         JSONB NOT NULL DEFAULT '{}',
    context             JSONB NOT NULL DEFAULT '{}',
    acceptance_criteria JSONB NOT NULL DEFAULT '[]',
    budget              JSONB NOT NULL DEFAULT '{}',
    priority            TEXT NOT NULL DEFAULT 'medium',
    status              TEXT NOT NULL DEFAULT 'pending',
    plan                JSONB,
    result              JSONB,
    error               JSONB,
    usage               JSONB NOT NULL DEFAULT '{}',
    metadata            JSONB NOT NULL DEFAULT '{}',
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at          TIMESTAMPTZ,
    completed_at        TIMESTAMPTZ
);
CREATE INDEX tasks_status_idx ON tasks.tasks (status);
CREATE INDEX tasks_created_at_idx ON tasks.tasks (created_at DESC);
CREATE INDEX tasks_parent_task_id_idx ON tasks.tasks (parent_task_id) WHERE parent_task_id IS NOT NULL;

-- One row per plan step of a task; step_id is the planner's id for the step
-- (unique within its task), step_number its position in the plan.
CREATE TABLE tasks.task_steps (
    task_id     UUID NOT NULL REFERENCES tasks.tasks (id) ON DELETE CASCADE,
    step_id     TEXT NOT NULL,
    step_number INTEGER NOT NULL,
    arm         TEXT NOT NULL,
    action      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'pending',
    input       JSONB,
    output      JSONB,
    error       TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    started_at  TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    PRIMARY KEY (task_id, step_id)
);

-- Arms known to the orchestrator, with their routing data (cost tiers 1-5).
CREATE TABLE public.arm_registry (
    arm_id       TEXT PRIMARY KEY,
    endpoint     TEXT NOT NULL,
    capabilities JSONB NOT NULL DEFAULT '[]',
    cost_tier    INTEGER NOT NULL DEFAULT 1 CHECK (cost_tier BETWEEN 1 AND 5),
    healthy      BOOLEAN NOT NULL DEFAULT false,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE IF EXISTS public.arm_registry;
DROP TABLE IF EXISTS tasks.task_steps;
DROP TABLE IF EXISTS tasks.tasks;
DROP TABLE IF EXISTS public.api_keys;

-- The retriever's documents and chunks (the knowledge base it searches,
-- with full-text search in the database and the embedding of each chunk),
-- the per-arm episodic collections, and the index the entity retention job
-- scans.

-- +goose Up
CREATE TABLE memory.documents (
    doc_id       TEXT COLLATE "C" PRIMARY KEY CHECK (length(doc_id) BETWEEN 1 AND 200),
    source       TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    content      TEXT NOT NULL,
    metadata     JSONB NOT NULL DEFAULT '{}',
    content_hash TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- metadata is the document's, copied so that filtered searches need no
-- join; tsv is the full-text vector of the chunk (English stemming).
CREATE TABLE memory.chunks (
    chunk_id     TEXT COLLATE "C" PRIMARY KEY,
    doc_id       TEXT COLLATE "C" NOT NULL REFERENCES memory.documents (doc_id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    content      TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    length       INTEGER NOT NULL,
    metadata     JSONB NOT NULL DEFAULT '{}',
    embedding    REAL[],
    embedder     TEXT NOT NULL DEFAULT '',
    tsv          TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', content)) STORED
);
CREATE INDEX chunks_doc_idx ON memory.chunks (doc_id, seq);
CREATE INDEX chunks_tsv_idx ON memory.chunks USING gin (tsv);
CREATE INDEX chunks_metadata_idx ON memory.chunks USING gin (metadata jsonb_path_ops);

-- Episodic memory: one collection per arm (coder, planner, retriever,
-- executor, judge), never shared.
CREATE TABLE memory.episodes (
    episode_id UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    collection TEXT NOT NULL CHECK (length(collection) BETWEEN 1 AND 50),
    content    TEXT NOT NULL,
    payload    JSONB NOT NULL DEFAULT '{}',
    embedding  REAL[],
    embedder   TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ
);
CREATE INDEX episodes_collection_idx ON memory.episodes (collection, created_at DESC);
CREATE INDEX episodes_expires_idx ON memory.episodes (expires_at) WHERE expires_at IS NOT NULL;

CREATE INDEX idx_entities_updated ON memory.entities (updated_at);

-- +goose Down
DROP INDEX IF EXISTS memory.idx_entities_updated;
DROP TABLE IF EXISTS memory.episodes;
DROP TABLE IF EXISTS memory.chunks;
DROP TABLE IF EXISTS memory.documents;

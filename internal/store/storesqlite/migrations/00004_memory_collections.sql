-- SQLite mirror of storepg's migration 4: the retriever's documents and
-- chunks, the per-arm episodic collections and the entity retention index.
-- PostgreSQL's generated tsvector column becomes an FTS5 table kept in
-- step with memory_chunks by triggers (external content: the text is
-- stored once); embeddings are little-endian float32 BLOBs instead of
-- REAL[] arrays.

-- +goose Up
CREATE TABLE memory_documents (
    doc_id       TEXT PRIMARY KEY NOT NULL CHECK (length(doc_id) BETWEEN 1 AND 200),
    source       TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    content      TEXT NOT NULL,
    metadata     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    content_hash TEXT NOT NULL,
    created_at   TEXT NOT NULL CHECK (created_at LIKE '____-__-__T__:__:__.______Z'),
    updated_at   TEXT NOT NULL CHECK (updated_at LIKE '____-__-__T__:__:__.______Z')
) STRICT;

CREATE TABLE memory_chunks (
    chunk_id     TEXT PRIMARY KEY NOT NULL,
    doc_id       TEXT NOT NULL REFERENCES memory_documents (doc_id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    content      TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    length       INTEGER NOT NULL,
    metadata     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    embedding    BLOB,
    embedder     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX chunks_doc_idx ON memory_chunks (doc_id, seq);

CREATE VIRTUAL TABLE memory_chunks_fts USING fts5(
    content, content='memory_chunks', content_rowid='rowid', tokenize='porter unicode61');

-- +goose StatementBegin
CREATE TRIGGER memory_chunks_ai AFTER INSERT ON memory_chunks BEGIN
    INSERT INTO memory_chunks_fts (rowid, content) VALUES (new.rowid, new.content);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER memory_chunks_ad AFTER DELETE ON memory_chunks BEGIN
    INSERT INTO memory_chunks_fts (memory_chunks_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER memory_chunks_au AFTER UPDATE OF content ON memory_chunks BEGIN
    INSERT INTO memory_chunks_fts (memory_chunks_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
    INSERT INTO memory_chunks_fts (rowid, content) VALUES (new.rowid, new.content);
END;
-- +goose StatementEnd

CREATE TABLE memory_episodes (
    episode_id TEXT PRIMARY KEY NOT NULL CHECK (episode_id LIKE '________-____-____-____-____________'),
    collection TEXT NOT NULL CHECK (length(collection) BETWEEN 1 AND 50),
    content    TEXT NOT NULL,
    payload    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
    embedding  BLOB,
    embedder   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL CHECK (created_at LIKE '____-__-__T__:__:__.______Z'),
    expires_at TEXT CHECK (expires_at LIKE '____-__-__T__:__:__.______Z')
) STRICT;
CREATE INDEX episodes_collection_idx ON memory_episodes (collection, created_at DESC);
CREATE INDEX episodes_expires_idx ON memory_episodes (expires_at) WHERE expires_at IS NOT NULL;

CREATE INDEX idx_entities_updated ON memory_entities (updated_at);

-- +goose Down
DROP INDEX IF EXISTS idx_entities_updated;
DROP TABLE IF EXISTS memory_episodes;
DROP TRIGGER IF EXISTS memory_chunks_au;
DROP TRIGGER IF EXISTS memory_chunks_ad;
DROP TRIGGER IF EXISTS memory_chunks_ai;
DROP TABLE IF EXISTS memory_chunks_fts;
DROP TABLE IF EXISTS memory_chunks;
DROP TABLE IF EXISTS memory_documents;

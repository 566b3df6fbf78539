// Package retriever is the retriever arm (spec §2.7): it indexes documents
// (chunked, embedded, persisted through the store) and answers searches by
// vector similarity (an in-process HNSW graph), by keyword (BM25 in
// process, or the database's own full-text search: PostgreSQL tsvector,
// SQLite FTS5) or by both fused with Reciprocal Rank Fusion (k = 60), with
// exact-match metadata filters, citations and, when a model is configured,
// a synthesised answer with inline [n] citations. Results follow spec
// §3.4's RetrievalResult.
//
// On PostgreSQL with the pgvector extension the vectors are searched in
// the database instead (Config.VectorBackend): an HNSW index per embedding
// dimension over a column derived from the stored embeddings, so nothing
// is rebuilt in process and every replica sees the same index.
//
// The in-process indexes are rebuilt from the store on start (Load), so
// nothing indexed is lost with the process.
package retriever

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/hnsw"
	"github.com/octollm/octollm/internal/store"
)

// Search methods.
const (
	MethodVector  = "vector"
	MethodKeyword = "keyword"
	MethodHybrid  = "hybrid"
)

// Keyword backends.
const (
	// KeywordBM25 scores in process (rebuilt from the store on start).
	KeywordBM25 = "bm25"
	// KeywordDatabase uses the store's full-text search (PostgreSQL
	// tsvector or SQLite FTS5): nothing to rebuild, scales with the database.
	KeywordDatabase = "database"
)

// Vector backends (Config.VectorBackend).
const (
	// VectorAuto searches vectors in the database when the store can
	// (PostgreSQL with pgvector, created on first use when the server has
	// it) and in process otherwise.
	VectorAuto = "auto"
	// VectorPgvector requires in-database search: without it the
	// retriever fails to start rather than silently building the graph.
	VectorPgvector = "pgvector"
	// VectorInProcess always uses the in-process HNSW graph.
	VectorInProcess = "inprocess"
)

// RRFK is the Reciprocal Rank Fusion constant.
const RRFK = 60

// ErrInvalid is returned for a bad request; the message names the field.
var ErrInvalid = errors.New("retriever: invalid request")

// ErrNotFound is returned when deleting an unknown document.
var ErrNotFound = store.ErrNotFound

// LLMRequiredMessage explains how to enable synthesis.
const LLMRequiredMessage = "answer synthesis needs a language model, and none is configured. " +
	"Set OCTOLLM_LLM_PROVIDER (openai, anthropic or ollama) with OCTOLLM_LLM_MODEL, plus OPENAI_API_KEY or " +
	"ANTHROPIC_API_KEY, or OCTOLLM_LLM_BASE_URL for a local OpenAI-compatible server; or search without synthesize"

// Config configures a Retriever.
type Config struct {
	// Store persists documents and chunks. Required.
	Store store.Documents
	// Backend names the store in results' metadata ("sqlite", "postgres").
	Backend string
	// Embedder embeds chunks and queries (default NewHashEmbedder(256)).
	Embedder Embedder
	// Keyword is KeywordBM25 (default) or KeywordDatabase.
	Keyword string
	// VectorBackend is VectorAuto (default), VectorPgvector or
	// VectorInProcess.
	VectorBackend string
	// Model synthesises answers; nil disables synthesis.
	Model arm.Completer
	// Synthesize makes synthesis the default when a model is configured.
	Synthesize bool
	// ChunkWords and ChunkOverlap size chunks (default 200 and 40 words).
	ChunkWords, ChunkOverlap int
	// VectorFloor is the cosine similarity below which a vector hit is not
	// a hit at all (default 0.05): without it, vector search returns its
	// nearest neighbours however unrelated they are.
	VectorFloor float64
	// MinRelevance is the default min_relevance_score (default 0.5).
	MinRelevance *float64
	// HNSW tunes the vector index (Dim is taken from the embedder).
	HNSW hnsw.Config
	// EfSearch is the search beam (default 128).
	EfSearch int
	// ExactBelow is the number of vectors under which vector search scans
	// exactly instead of walking the graph (default 10 000, spec §3.10's
	// full-scan threshold; -1 always walks the graph).
	ExactBelow int
	// MaxDocumentChars bounds a document (default 1 000 000).
	MaxDocumentChars int
	// SynthesisSources is how many documents synthesis reads (default 5).
	SynthesisSources int
	// SnapshotPath, when set, is a file where the vector graph is saved
	// (after Load and by SaveSnapshot) and read back by the next Load, so
	// a restart does not re-insert every vector. The store stays the
	// source of truth: the snapshot is reconciled against it.
	SnapshotPath string
	// Logger (default discards). Contents are never logged.
	Logger *slog.Logger
}

func (c *Config) fill() error {
	if c.Store == nil {
		return errors.New("retriever: Config.Store is required")
	}
	if c.Embedder == nil {
		c.Embedder = NewHashEmbedder(256)
	}
	switch c.Keyword {
	case "":
		c.Keyword = KeywordBM25
	case KeywordBM25, KeywordDatabase:
	default:
		return fmt.Errorf("retriever: Keyword must be %q or %q, got %q", KeywordBM25, KeywordDatabase, c.Keyword)
	}
	switch c.VectorBackend {
	case "":
		c.VectorBackend = VectorAuto
	case VectorAuto, VectorInProcess:
	case VectorPgvector:
		if _, ok := c.Store.(store.ChunkVectors); !ok {
			return fmt.Errorf("retriever: VectorBackend %q needs a PostgreSQL store", VectorPgvector)
		}
	default:
		return fmt.Errorf("retriever: VectorBackend must be %q, %q or %q, got %q", VectorAuto, VectorPgvector, VectorInProcess, c.VectorBackend)
	}
	if c.ChunkWords == 0 {
		c.ChunkWords = 200
	}
	if c.ChunkOverlap == 0 {
		c.ChunkOverlap = 40
	}
	if c.ChunkWords < 10 || c.ChunkOverlap < 0 || c.ChunkOverlap >= c.ChunkWords {
		return fmt.Errorf("retriever: chunks of %d words with %d overlap are not usable", c.ChunkWords, c.ChunkOverlap)
	}
	if c.VectorFloor == 0 {
		c.VectorFloor = 0.05
	}
	if c.MinRelevance == nil {
		d := 0.5
		c.MinRelevance = &d
	}
	if c.EfSearch == 0 {
		c.EfSearch = 128
	}
	if c.ExactBelow == 0 {
		c.ExactBelow = 10000
	}
	if c.MaxDocumentChars == 0 {
		c.MaxDocumentChars = 1_000_000
	}
	if c.SynthesisSources == 0 {
		c.SynthesisSources = 5
	}
	if c.Backend == "" {
		c.Backend = "store"
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// chunkInfo is what a search result needs about a chunk.
type chunkInfo struct {
	docID         string
	seq           int
	content       string
	start, length int
	meta          map[string]any
}

type docInfo struct {
	source, title, hash string
	chunks              []string
}

// Retriever is the retriever arm.
type Retriever struct {
	cfg Config

	writeMu sync.Mutex // serialises Index, Delete and Load

	// vecMode is where vectors are searched: modeUnresolved until the
	// first Load, Index, Search or Sync decides (it needs the embedder's
	// dimension), then modeInProcess or modeDatabase for good.
	vecMode   atomic.Int32
	resolveMu sync.Mutex
	dbVec     store.ChunkVectors // set before vecMode becomes modeDatabase

	mu     sync.RWMutex
	vec    *hnsw.Index // nil until the first vector (its dimension)
	kw     *bm25
	chunks map[string]*chunkInfo
	docs   map[string]*docInfo
	// metaIdx maps a metadata term (see metaTerm) to the chunks that have
	// it, so a filter is an intersection of sets, not a scan of chunks.
	metaIdx map[string]map[string]struct{}
}

var _ arm.Arm = (*Retriever)(nil)

const (
	modeUnresolved int32 = iota
	modeInProcess
	modeDatabase
)

// VectorBackend reports where vectors are searched: VectorPgvector or
// VectorInProcess, or "" before the first Load, Index, Search or Sync.
func (r *Retriever) VectorBackend() string {
	switch r.vecMode.Load() {
	case modeInProcess:
		return VectorInProcess
	case modeDatabase:
		return VectorPgvector
	}
	return ""
}

// dimensioned is an embedder that knows its dimension without embedding.
type dimensioned interface{ Dim() int }

// resolveVectors decides, once, where vectors are searched. dim is the
// embedder's dimension when the caller knows it (0: ask the embedder,
// embedding a probe text if it cannot tell). In VectorAuto mode a store
// that cannot search vectors itself means in process, with a log line
// saying why; other errors (the database unreachable) are returned and the
// next call tries again.
func (r *Retriever) resolveVectors(ctx context.Context, dim int) error {
	if r.vecMode.Load() != modeUnresolved {
		return nil
	}
	r.resolveMu.Lock()
	defer r.resolveMu.Unlock()
	if r.vecMode.Load() != modeUnresolved {
		return nil
	}
	cv, ok := r.cfg.Store.(store.ChunkVectors)
	if r.cfg.VectorBackend == VectorInProcess || !ok {
		r.vecMode.Store(modeInProcess)
		return nil
	}
	if dim == 0 {
		if d, ok := r.cfg.Embedder.(dimensioned); ok {
			dim = d.Dim()
		} else {
			vs, err := r.cfg.Embedder.Embed(ctx, []string{"dimension probe"})
			if err != nil {
				return fmt.Errorf("retriever: embedding dimension: %w", err)
			}
			dim = len(vs[0])
		}
	}
	err := cv.EnableChunkVectors(ctx, dim)
	switch {
	case err == nil:
		r.dbVec = cv
		r.vecMode.Store(modeDatabase)
		r.cfg.Logger.InfoContext(ctx, "retriever vectors searched in the database", "backend", VectorPgvector, "dimensions", dim)
		return nil
	case r.cfg.VectorBackend == VectorAuto && errors.Is(err, errors.ErrUnsupported):
		r.vecMode.Store(modeInProcess)
		r.cfg.Logger.InfoContext(ctx, "retriever vectors searched in process", "reason", err.Error())
		return nil
	}
	return fmt.Errorf("retriever: vector backend %s: %w", r.cfg.VectorBackend, err)
}

// New returns a retriever. Call Load to rebuild the in-process indexes
// from what the store already holds.
func New(cfg Config) (*Retriever, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	return &Retriever{cfg: cfg, kw: newBM25(), chunks: map[string]*chunkInfo{}, docs: map[string]*docInfo{}, metaIdx: map[string]map[string]struct{}{}}, nil
}

// Document is a document to index.
type Document struct {
	// ID is optional (a UUID is generated); 1–200 characters.
	ID       string         `json:"id,omitempty"`
	Source   string         `json:"source"`
	Title    string         `json:"title,omitempty"`
	Content  string         `json:"content"`
	Metadata map[string]any `json:"metadata,omitempty"`
}

// IndexResult answers an index request.
type IndexResult struct {
	// DocumentIDs are the stored ids, in request order.
	DocumentIDs []string `json:"document_ids"`
	// Chunks is the number of chunks written.
	Chunks int `json:"chunks"`
	// Unchanged lists documents whose content was already indexed.
	Unchanged []string `json:"unchanged,omitempty"`
}

var metaKeyRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]{0,63}$`)

func invalid(field, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrInvalid, field, fmt.Sprintf(format, args...))
}

func (r *Retriever) validateDoc(i int, d *Document) error {
	f := func(name string) string { return fmt.Sprintf("documents[%d].%s", i, name) }
	if d.ID != "" && (len(d.ID) > 200 || strings.TrimSpace(d.ID) != d.ID || !utf8.ValidString(d.ID)) {
		return invalid(f("id"), "must be 1-200 characters without surrounding spaces")
	}
	if strings.TrimSpace(d.Source) == "" || len(d.Source) > 2000 {
		return invalid(f("source"), "is required (a URL or an identifier, at most 2000 characters)")
	}
	if utf8.RuneCountInString(d.Title) > 500 {
		return invalid(f("title"), "must be at most 500 characters")
	}
	if strings.TrimSpace(d.Content) == "" {
		return invalid(f("content"), "must not be empty")
	}
	if !utf8.ValidString(d.Content) || utf8.RuneCountInString(d.Content) > r.cfg.MaxDocumentChars {
		return invalid(f("content"), "must be valid UTF-8 of at most %d characters", r.cfg.MaxDocumentChars)
	}
	for k := range d.Metadata {
		if !metaKeyRE.MatchString(k) {
			return invalid(f("metadata"), "key %q must be a letter or _ followed by letters, digits, _ . - (at most 64)", k)
		}
	}
	return nil
}

// contentHash identifies what was indexed (and with which embedder and
// chunking), so that re-indexing an unchanged document costs nothing.
func (r *Retriever) contentHash(d Document) string {
	md, _ := json.Marshal(d.Metadata) // map keys are sorted
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%d/%d", r.cfg.Embedder.Name(), d.Source, d.Title, md, d.Content, r.cfg.ChunkWords, r.cfg.ChunkOverlap)
	return hex.EncodeToString(h.Sum(nil))
}

// chunkText is what gets embedded and keyword-indexed for a chunk: the
// document title carries topic words every chunk should match on.
func chunkSearchText(title, content string) string {
	if title == "" {
		return content
	}
	return title + "\n" + content
}

// Index chunks, embeds and stores documents, then updates the in-process
// indexes. A document with an existing id is replaced.
func (r *Retriever) Index(ctx context.Context, docs []Document) (IndexResult, error) {
	if len(docs) == 0 {
		return IndexResult{}, invalid("documents", "must not be empty")
	}
	if len(docs) > 1000 {
		return IndexResult{}, invalid("documents", "at most 1000 per request")
	}
	seen := map[string]bool{}
	for i := range docs {
		if err := r.validateDoc(i, &docs[i]); err != nil {
			return IndexResult{}, err
		}
		if docs[i].ID == "" {
			docs[i].ID = uuid.NewString()
		}
		if seen[docs[i].ID] {
			return IndexResult{}, invalid(fmt.Sprintf("documents[%d].id", i), "%q appears twice in the request", docs[i].ID)
		}
		seen[docs[i].ID] = true
	}
	if err := r.resolveVectors(ctx, 0); err != nil {
		return IndexResult{}, err
	}
	r.writeMu.Lock()
	defer r.writeMu.Unlock()
	res := IndexResult{DocumentIDs: make([]string, 0, len(docs))}
	for _, d := range docs {
		hash := r.contentHash(d)
		if old, err := r.cfg.Store.GetDocument(ctx, d.ID); err == nil && old.ContentHash == hash {
			r.mu.RLock()
			_, loaded := r.docs[d.ID]
			r.mu.RUnlock()
			if loaded {
				res.DocumentIDs = append(res.DocumentIDs, d.ID)
				res.Unchanged = append(res.Unchanged, d.ID)
				continue
			}
		} else if err != nil && !errors.Is(err, store.ErrNotFound) {
			return res, fmt.Errorf("retriever: index %q: %w", d.ID, err)
		}
		pieces := chunkText(d.Content, r.cfg.ChunkWords, r.cfg.ChunkOverlap)
		texts := make([]string, len(pieces))
		for i, p := range pieces {
			texts[i] = chunkSearchText(d.Title, p.text)
		}
		vecs, err := r.cfg.Embedder.Embed(ctx, texts)
		if err != nil {
			return res, fmt.Errorf("retriever: index %q: %w", d.ID, err)
		}
		md, _ := json.Marshal(d.Metadata)
		if d.Metadata == nil {
			md = []byte(`{}`)
		}
		chunks := make([]store.Chunk, len(pieces))
		for i, p := range pieces {
			chunks[i] = store.Chunk{ID: fmt.Sprintf("%s#%04d", d.ID, i), DocumentID: d.ID, Seq: i, Content: p.text,
				Start: p.start, Length: p.length, Embedding: vecs[i], Embedder: r.cfg.Embedder.Name()}
		}
		if _, err := r.cfg.Store.PutDocument(ctx, store.Document{ID: d.ID, Source: d.Source, Title: d.Title, Content: d.Content,
			Metadata: md, ContentHash: hash}, chunks); err != nil {
			return res, fmt.Errorf("retriever: index %q: %w", d.ID, err)
		}
		for i := range chunks {
			chunks[i].Metadata = md
		}
		if err := r.install(d.ID, d.Source, d.Title, hash, chunks); err != nil {
			return res, fmt.Errorf("retriever: index %q: %w", d.ID, err)
		}
		res.DocumentIDs = append(res.DocumentIDs, d.ID)
		res.Chunks += len(chunks)
	}
	return res, nil
}

// install replaces the in-process state of one document.
func (r *Retriever) install(docID, source, title, hash string, chunks []store.Chunk) error {
	r.uninstall(docID)
	di := &docInfo{source: source, title: title, hash: hash}
	for _, c := range chunks {
		var meta map[string]any
		if len(c.Metadata) > 0 {
			if err := json.Unmarshal(c.Metadata, &meta); err != nil {
				return fmt.Errorf("chunk %s metadata: %w", c.ID, err)
			}
		}
		if r.cfg.Keyword == KeywordBM25 {
			r.kw.add(c.ID, tokenize(chunkSearchText(title, c.Content)))
		}
		if len(c.Embedding) > 0 && r.vecMode.Load() == modeInProcess {
			if err := r.addVector(c.ID, c.Embedding); err != nil && !errors.Is(err, hnsw.ErrZeroVector) {
				return err
			}
		}
		r.mu.Lock()
		r.chunks[c.ID] = &chunkInfo{docID: docID, seq: c.Seq, content: c.Content, start: c.Start, length: c.Length, meta: meta}
		for _, t := range metaTerms(meta) {
			set := r.metaIdx[t]
			if set == nil {
				set = map[string]struct{}{}
				r.metaIdx[t] = set
			}
			set[c.ID] = struct{}{}
		}
		r.mu.Unlock()
		di.chunks = append(di.chunks, c.ID)
	}
	r.mu.Lock()
	r.docs[docID] = di
	r.mu.Unlock()
	return nil
}

func (r *Retriever) addVector(key string, v []float32) error {
	r.mu.Lock()
	if r.vec != nil && r.vec.Dim() != len(v) {
		// A snapshot of another embedder's vectors: start afresh.
		r.vec = nil
	}
	if r.vec != nil {
		// A vector loaded from a snapshot is kept when it is the one the
		// store holds.
		if old, ok := r.vec.Vector(key); ok {
			if nv, err := hnsw.Normalize(v); err == nil && hnsw.Dot(old, nv) > 0.99999 {
				r.mu.Unlock()
				return nil
			}
		}
	}
	if r.vec == nil {
		cfg := r.cfg.HNSW
		cfg.Dim = len(v)
		x, err := hnsw.New(cfg)
		if err != nil {
			r.mu.Unlock()
			return err
		}
		r.vec = x
	}
	x := r.vec
	r.mu.Unlock()
	return x.Add(key, v)
}

func (r *Retriever) uninstall(docID string) {
	r.mu.Lock()
	di, ok := r.docs[docID]
	if ok {
		delete(r.docs, docID)
		for _, id := range di.chunks {
			if ci := r.chunks[id]; ci != nil {
				for _, t := range metaTerms(ci.meta) {
					if set := r.metaIdx[t]; set != nil {
						delete(set, id)
						if len(set) == 0 {
							delete(r.metaIdx, t)
						}
					}
				}
			}
			delete(r.chunks, id)
		}
	}
	x := r.vec
	r.mu.Unlock()
	if !ok {
		return
	}
	for _, id := range di.chunks {
		r.kw.remove(id)
		if x != nil {
			x.Delete(id)
		}
	}
}

// Delete removes a document and its chunks; ErrNotFound when unknown.
func (r *Retriever) Delete(ctx context.Context, docID string) error {
	r.writeMu.Lock()
	defer r.writeMu.Unlock()
	if err := r.cfg.Store.DeleteDocument(ctx, docID); err != nil {
		return fmt.Errorf("retriever: delete %q: %w", docID, err)
	}
	r.uninstall(docID)
	return nil
}

// Load rebuilds the in-process indexes from the store, re-embedding the
// chunks an earlier embedder indexed. It returns the number of chunks
// loaded.
func (r *Retriever) Load(ctx context.Context) (int, error) {
	r.writeMu.Lock()
	defer r.writeMu.Unlock()
	start := time.Now()
	byDoc := map[string][]store.Chunk{}
	var order []string
	after := ""
	n := 0
	for {
		page, err := r.cfg.Store.ListChunks(ctx, after, 1000)
		if err != nil {
			return n, fmt.Errorf("retriever: load: %w", err)
		}
		if len(page) == 0 {
			break
		}
		for _, c := range page {
			if _, ok := byDoc[c.DocumentID]; !ok {
				order = append(order, c.DocumentID)
			}
			byDoc[c.DocumentID] = append(byDoc[c.DocumentID], c)
		}
		n += len(page)
		after = page[len(page)-1].ID
	}
	_, dimKnown := r.cfg.Embedder.(dimensioned)
	if n > 0 || dimKnown || r.cfg.VectorBackend != VectorAuto {
		// The stored vectors tell the dimension without calling a model;
		// an empty store in auto mode with a model's embedder can wait for
		// the first Index.
		dim := 0
		for _, cs := range byDoc {
			if c := cs[0]; c.Embedder == r.cfg.Embedder.Name() && len(c.Embedding) > 0 {
				dim = len(c.Embedding)
				break
			}
		}
		if err := r.resolveVectors(ctx, dim); err != nil {
			return 0, err
		}
	}
	fromSnapshot := r.vecMode.Load() != modeDatabase && r.readSnapshot(ctx)
	reembedded := 0
	for _, docID := range order {
		k, err := r.loadDoc(ctx, docID, byDoc[docID])
		if err != nil {
			return n, err
		}
		reembedded += k
	}
	if fromSnapshot {
		// Drop what the snapshot has and the store no longer does.
		r.mu.RLock()
		x := r.vec
		var stale []string
		for _, k := range x.Keys() {
			if _, ok := r.chunks[k]; !ok {
				stale = append(stale, k)
			}
		}
		r.mu.RUnlock()
		for _, k := range stale {
			x.Delete(k)
		}
	}
	if r.cfg.SnapshotPath != "" && r.vecMode.Load() == modeInProcess {
		if err := r.saveSnapshot(); err != nil {
			r.cfg.Logger.WarnContext(ctx, "retriever snapshot not saved", "err", err)
		}
	}
	r.cfg.Logger.InfoContext(ctx, "retriever index loaded", "documents", len(order), "chunks", n,
		"reembedded", reembedded, "from_snapshot", fromSnapshot, "vector_backend", r.VectorBackend(), "duration", time.Since(start))
	return n, nil
}

// readSnapshot installs the saved vector graph, if there is a usable one.
func (r *Retriever) readSnapshot(ctx context.Context) bool {
	if r.cfg.SnapshotPath == "" {
		return false
	}
	f, err := os.Open(r.cfg.SnapshotPath)
	if err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			r.cfg.Logger.WarnContext(ctx, "retriever snapshot unreadable; rebuilding", "err", err)
		}
		return false
	}
	defer f.Close()
	x, err := hnsw.ReadSnapshot(f, r.cfg.HNSW.Seed)
	if err != nil {
		r.cfg.Logger.WarnContext(ctx, "retriever snapshot unusable; rebuilding", "err", err)
		return false
	}
	if x.Tombstones() > x.Len()/4 {
		return false // rebuilding compacts the graph
	}
	r.mu.Lock()
	r.vec = x
	r.mu.Unlock()
	return true
}

// SaveSnapshot writes the vector graph to Config.SnapshotPath (atomically:
// a crash leaves the previous snapshot). Call it on shutdown.
func (r *Retriever) SaveSnapshot() error {
	if r.cfg.SnapshotPath == "" {
		return nil
	}
	r.writeMu.Lock()
	defer r.writeMu.Unlock()
	return r.saveSnapshot()
}

func (r *Retriever) saveSnapshot() error {
	r.mu.RLock()
	x := r.vec
	r.mu.RUnlock()
	if x == nil {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(r.cfg.SnapshotPath), ".retriever-snapshot-*")
	if err != nil {
		return fmt.Errorf("retriever: snapshot: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := x.WriteTo(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("retriever: snapshot: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("retriever: snapshot: %w", err)
	}
	if err := os.Rename(tmp.Name(), r.cfg.SnapshotPath); err != nil {
		return fmt.Errorf("retriever: snapshot: %w", err)
	}
	return nil
}

// loadDoc installs a stored document's chunks, re-embedding those an
// earlier embedder indexed. It returns how many chunks were re-embedded.
func (r *Retriever) loadDoc(ctx context.Context, docID string, chunks []store.Chunk) (int, error) {
	d, err := r.cfg.Store.GetDocument(ctx, docID)
	if err != nil {
		return 0, fmt.Errorf("retriever: load document %q: %w", docID, err)
	}
	var stale []int
	for i, c := range chunks {
		if c.Embedder != r.cfg.Embedder.Name() || len(c.Embedding) == 0 {
			stale = append(stale, i)
		}
	}
	if len(stale) > 0 {
		texts := make([]string, len(stale))
		for j, i := range stale {
			texts[j] = chunkSearchText(d.Title, chunks[i].Content)
		}
		vecs, err := r.cfg.Embedder.Embed(ctx, texts)
		if err != nil {
			return 0, fmt.Errorf("retriever: re-embed %q: %w", docID, err)
		}
		upd := map[string][]float32{}
		for j, i := range stale {
			chunks[i].Embedding = vecs[j]
			upd[chunks[i].ID] = vecs[j]
		}
		if err := r.cfg.Store.SetChunkEmbeddings(ctx, r.cfg.Embedder.Name(), upd); err != nil {
			return 0, fmt.Errorf("retriever: re-embed %q: %w", docID, err)
		}
	}
	if err := r.install(docID, d.Source, d.Title, d.ContentHash, chunks); err != nil {
		return 0, fmt.Errorf("retriever: load %q: %w", docID, err)
	}
	return len(stale), nil
}

// SyncReport says what Sync changed.
type SyncReport struct {
	Added, Updated, Removed int
}

// Sync brings the in-process indexes in line with the store: documents
// another replica indexed, replaced or deleted since this one loaded. It
// reads only document ids and hashes unless something changed, so it is
// cheap to run every few seconds (see RunSync).
func (r *Retriever) Sync(ctx context.Context) (SyncReport, error) {
	if err := r.resolveVectors(ctx, 0); err != nil {
		return SyncReport{}, err
	}
	r.writeMu.Lock()
	defer r.writeMu.Unlock()
	var rep SyncReport
	seen := map[string]bool{}
	after := ""
	for {
		refs, err := r.cfg.Store.ListDocumentRefs(ctx, after, 5000)
		if err != nil {
			return rep, fmt.Errorf("retriever: sync: %w", err)
		}
		if len(refs) == 0 {
			break
		}
		for _, ref := range refs {
			seen[ref.ID] = true
			r.mu.RLock()
			di, ok := r.docs[ref.ID]
			same := ok && di.hash == ref.ContentHash
			r.mu.RUnlock()
			if same {
				continue
			}
			chunks, err := r.cfg.Store.DocumentChunks(ctx, ref.ID)
			if err != nil {
				return rep, fmt.Errorf("retriever: sync %q: %w", ref.ID, err)
			}
			if _, err := r.loadDoc(ctx, ref.ID, chunks); err != nil {
				if errors.Is(err, store.ErrNotFound) {
					continue // deleted meanwhile
				}
				return rep, err
			}
			if ok {
				rep.Updated++
			} else {
				rep.Added++
			}
		}
		after = refs[len(refs)-1].ID
	}
	r.mu.RLock()
	var gone []string
	for id := range r.docs {
		if !seen[id] {
			gone = append(gone, id)
		}
	}
	r.mu.RUnlock()
	for _, id := range gone {
		r.uninstall(id)
		rep.Removed++
	}
	return rep, nil
}

// RunSync calls Sync every interval until ctx ends (for deployments with
// several retriever replicas on one database). Errors are logged and the
// next round tries again.
func (r *Retriever) RunSync(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if rep, err := r.Sync(ctx); err != nil {
				if ctx.Err() == nil {
					r.cfg.Logger.WarnContext(ctx, "retriever sync failed", "err", err)
				}
			} else if rep != (SyncReport{}) {
				r.cfg.Logger.InfoContext(ctx, "retriever synced", "added", rep.Added, "updated", rep.Updated, "removed", rep.Removed)
			}
		}
	}
}

// Stats reports index sizes.
func (r *Retriever) Stats() (documents, chunks int) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.docs), len(r.chunks)
}

// metaTerm renders one scalar metadata value of key as an index term;
// numbers compare by value (7 and 7.0 are one term). ok is false for
// values filters cannot match (objects, null).
func metaTerm(key string, v any) (string, bool) {
	if f, isNum := toFloat(v); isNum {
		return key + "\x00n:" + strconv.FormatFloat(f, 'g', -1, 64), true
	}
	switch t := v.(type) {
	case string:
		return key + "\x00s:" + t, true
	case bool:
		return key + "\x00b:" + strconv.FormatBool(t), true
	}
	return "", false
}

// metaTerms lists the terms of a chunk's metadata: one per scalar value,
// one per scalar element of a list.
func metaTerms(meta map[string]any) []string {
	var out []string
	for k, v := range meta {
		if list, ok := v.([]any); ok {
			for _, e := range list {
				if t, ok := metaTerm(k, e); ok {
					out = append(out, t)
				}
			}
			continue
		}
		if t, ok := metaTerm(k, v); ok {
			out = append(out, t)
		}
	}
	return out
}

// filterSet returns the chunks whose metadata has every filter value (for
// list metadata: contains it): the intersection of the filter's terms,
// smallest set first. The caller holds r.mu.
func (r *Retriever) filterSet(filter map[string]any) map[string]struct{} {
	var sets []map[string]struct{}
	for k, v := range filter {
		t, ok := metaTerm(k, v)
		if !ok {
			return map[string]struct{}{}
		}
		set := r.metaIdx[t]
		if len(set) == 0 {
			return map[string]struct{}{}
		}
		sets = append(sets, set)
	}
	sort.Slice(sets, func(i, j int) bool { return len(sets[i]) < len(sets[j]) })
	out := make(map[string]struct{}, len(sets[0]))
outer:
	for id := range sets[0] {
		for _, s := range sets[1:] {
			if _, ok := s[id]; !ok {
				continue outer
			}
		}
		out[id] = struct{}{}
	}
	return out
}

func toFloat(v any) (float64, bool) {
	switch n := v.(type) {
	case float64:
		return n, true
	case float32:
		return float64(n), true
	case int:
		return float64(n), true
	case int64:
		return float64(n), true
	case json.Number:
		f, err := n.Float64()
		return f, err == nil
	}
	return 0, false
}

// rrfMax is the fused score of a chunk ranked first by every list.
func rrfMax(lists int) float64 { return float64(lists) / float64(RRFK+1) }

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// sortByScore orders hits by score, then chunk id (stable answers).
func sortByScore[T any](hs []T, score func(T) float64, key func(T) string) {
	sort.SliceStable(hs, func(i, j int) bool {
		si, sj := score(hs[i]), score(hs[j])
		if si != sj {
			return si > sj
		}
		return key(hs[i]) < key(hs[j])
	})
}

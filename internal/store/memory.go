package store

import (
	"context"
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/google/uuid"
)

// Memory is the persistence of OctoLLM's memory: the global knowledge
// graph (memory.entities / memory.relationships) and the retriever's
// documents and chunks (memory.documents / memory.chunks).
type Memory interface {
	Graph
	Documents
	Episodes
	Retention
}

// Episodes persists the per-arm episodic collections (memory.episodes).
// Collections never mix: every read names its collection.
type Episodes interface {
	// PutEpisode stores e. An empty ID is generated (UUID); a zero
	// CreatedAt is set to now.
	PutEpisode(ctx context.Context, e Episode) (Episode, error)
	// RecentEpisodes returns up to limit (1–50 000) unexpired episodes of
	// collection, newest first, with their embeddings.
	RecentEpisodes(ctx context.Context, collection string, now time.Time, limit int) ([]Episode, error)
	// DeleteEpisode removes an episode of collection; ErrNotFound when that
	// collection has no such episode.
	DeleteEpisode(ctx context.Context, collection, id string) error
}

// Episode is one entry of an episodic collection.
type Episode struct {
	ID         string
	Collection string
	// Content is what the embedding represents (for the coder: the
	// instruction and the beginning of the code).
	Content   string
	Payload   json.RawMessage // a JSON object
	Embedding []float32
	Embedder  string
	CreatedAt time.Time
	// ExpiresAt, when set, is when retention deletes the episode.
	ExpiresAt *time.Time
}

// Retention deletes and archives old memory (spec §3.8): the periodic
// retention job calls it. Each method returns how many rows it changed.
type Retention interface {
	// PruneTaskHistory deletes task history rows created before before.
	PruneTaskHistory(ctx context.Context, before time.Time) (int64, error)
	// PruneActionLog deletes provenance records older than before.
	PruneActionLog(ctx context.Context, before time.Time) (int64, error)
	// ArchiveEntities marks entities not updated since before as
	// archived (metadata.archived = true), leaving updated_at unchanged.
	ArchiveEntities(ctx context.Context, before time.Time) (int64, error)
	// DeleteExpiredEpisodes deletes episodes whose ExpiresAt is before now.
	DeleteExpiredEpisodes(ctx context.Context, now time.Time) (int64, error)
}

// Documents persists the retriever's knowledge base: documents, their
// chunks with embeddings, and the database's own full-text search over the
// chunks (PostgreSQL tsvector, SQLite FTS5).
type Documents interface {
	// PutDocument creates or replaces the document d.ID together with all
	// its chunks, atomically (a replaced document loses its old chunks).
	// Zero CreatedAt/UpdatedAt are set to now; a replaced document keeps
	// its CreatedAt.
	PutDocument(ctx context.Context, d Document, chunks []Chunk) (Document, error)
	// GetDocument returns the document with id, or ErrNotFound.
	GetDocument(ctx context.Context, id string) (Document, error)
	// DeleteDocument deletes the document and its chunks; ErrNotFound
	// when unknown.
	DeleteDocument(ctx context.Context, id string) error
	// ListChunks returns up to limit chunks with ids greater than afterID,
	// in id order, with their embeddings: how in-process indexes are
	// rebuilt on start.
	ListChunks(ctx context.Context, afterID string, limit int) ([]Chunk, error)
	// SetChunkEmbeddings replaces the embedding of the given chunks (a new
	// embedder re-embeds what an older one indexed). Unknown ids are
	// ignored.
	SetChunkEmbeddings(ctx context.Context, embedder string, vecs map[string][]float32) error
	// ListDocumentRefs returns the id and content hash of up to limit
	// documents with ids greater than afterID, in id order: how a replica
	// finds what other replicas indexed or deleted.
	ListDocumentRefs(ctx context.Context, afterID string, limit int) ([]DocumentRef, error)
	// DocumentChunks returns a document's chunks in order, with their
	// embeddings.
	DocumentChunks(ctx context.Context, docID string) ([]Chunk, error)
	// SearchChunks is the database's full-text search over chunk contents:
	// chunks matching any word of q.Text, best first, with a relevance in
	// [0, 1).
	SearchChunks(ctx context.Context, q ChunkQuery) ([]ChunkHit, error)
}

// ChunkVectors is implemented by stores that can search chunk embeddings
// themselves (PostgreSQL with the pgvector extension). The embedding stays
// in Chunk.Embedding (the source of truth every store has); the database
// derives its own indexed copy of it, so PutDocument, SetChunkEmbeddings
// and DeleteDocument keep that copy in step with no further call.
type ChunkVectors interface {
	// EnableChunkVectors prepares in-database search of dim-dimensional
	// embeddings (extension, column, index; idempotent, safe to race with
	// other replicas). An error wrapping errors.ErrUnsupported means the
	// database cannot (no extension, no permission to create it, too many
	// dimensions to index).
	EnableChunkVectors(ctx context.Context, dim int) error
	// SearchChunkVectors returns up to q.Limit chunks embedded by
	// q.Embedder with q.Vector's dimension whose metadata matches
	// q.Filter, most similar first. When enough chunks match the filter,
	// Limit hits are returned (an approximate index must not starve a
	// filtered search).
	SearchChunkVectors(ctx context.Context, q VectorQuery) ([]VectorHit, error)
}

// VectorQuery is a nearest-neighbour search over chunk embeddings.
type VectorQuery struct {
	// Vector is the query embedding.
	Vector []float32
	// Embedder keeps chunks whose Embedder is this (vectors of another
	// embedder are not comparable even at the same dimension).
	Embedder string
	// Filter is as in ChunkQuery.
	Filter map[string]any
	// Limit caps the result (default 10, at most 1000).
	Limit int
	// EfSearch is the index's search beam (0: the database's default).
	EfSearch int
}

// VectorHit is a vector search hit.
type VectorHit struct {
	ID string
	// Score is the cosine similarity, in [-1, 1].
	Score float64
}

// Document is a stored knowledge-base document.
type Document struct {
	// ID is 1–200 characters.
	ID          string
	Source      string
	Title       string
	Content     string
	Metadata    json.RawMessage // a JSON object (nil means {})
	ContentHash string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// DocumentRef identifies a stored version of a document.
type DocumentRef struct {
	ID          string
	ContentHash string
}

// Chunk is a piece of a document, the unit the retriever searches.
type Chunk struct {
	// ID is unique across documents (the retriever uses "<doc>#<seq>").
	ID         string
	DocumentID string
	Seq        int
	Content    string
	// Start and Length locate Content in the document, in characters.
	Start, Length int
	// Metadata is the document's metadata (filters run on it).
	Metadata json.RawMessage
	// Embedding is the chunk's vector; Embedder names the embedder that
	// produced it (for example "hash-256").
	Embedding []float32
	Embedder  string
}

// ChunkQuery is a full-text search.
type ChunkQuery struct {
	// Text is the query; its words are OR-ed.
	Text string
	// Filter keeps chunks whose metadata has, for every key, the value
	// (for a list-valued key: contains the value). Values are strings,
	// numbers or booleans.
	Filter map[string]any
	// Limit caps the result (default 10, at most 1000).
	Limit int
}

// ChunkHit is a full-text hit (without embedding).
type ChunkHit struct {
	Chunk
	Score float64
}

// stopWords is the English stop-word list of PostgreSQL's "english" text
// search configuration (Snowball). QueryWords drops them so that SQLite's
// FTS5, which has no stop words, matches what PostgreSQL matches.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`i me my myself we our ours ourselves you your yours yourself yourselves he him his
		himself she her hers herself it its itself they them their theirs themselves what which who whom this that these
		those am is are was were be been being have has had having do does did doing a an the and but if or because as
		until while of at by for with about against between into through during before after above below to from up
		down in out on off over under again further then once here there when where why how all any both each few more
		most other some such no nor not only own same so than too very s t can will just don should now`) {
		m[w] = true
	}
	return m
}()

// QueryWords splits a full-text query into the lower-cased words both
// backends search for: runs of letters and digits that are not English
// stop words, at most 32 of them.
func QueryWords(text string) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		if stopWords[w] {
			continue
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
		if len(out) == 32 {
			break
		}
	}
	return out
}

// FilterValueOK reports whether v can be a ChunkQuery filter value.
func FilterValueOK(v any) bool {
	switch v.(type) {
	case string, bool, float64, float32, int, int64, json.Number:
		return true
	}
	return false
}

// Graph persists the global knowledge graph. Entity and relationship ids
// are UUIDs; an id that is not a UUID is simply not found.
type Graph interface {
	// CreateEntity stores e and returns it as stored. An empty ID is
	// generated; zero CreatedAt/UpdatedAt are set to now. ErrConflict when
	// the id exists.
	CreateEntity(ctx context.Context, e Entity) (Entity, error)
	// GetEntity returns the entity with id, or ErrNotFound.
	GetEntity(ctx context.Context, id string) (Entity, error)
	// UpdateEntity replaces the type, name, description and metadata of the
	// entity with e.ID and sets its updated_at (now when e.UpdatedAt is
	// zero). ErrNotFound when unknown.
	UpdateEntity(ctx context.Context, e Entity) (Entity, error)
	// DeleteEntity deletes the entity and, by cascade, its relationships.
	// ErrNotFound when unknown.
	DeleteEntity(ctx context.Context, id string) error
	// SearchEntities finds entities by name (see EntityQuery).
	SearchEntities(ctx context.Context, q EntityQuery) ([]EntityMatch, error)
	// CreateRelationship stores r. An empty ID is generated, a zero Weight
	// becomes 1. ErrNotFound when either endpoint does not exist.
	CreateRelationship(ctx context.Context, r Relationship) (Relationship, error)
	// Neighbors walks relationships in both directions from the entity id
	// up to depth hops (1–MaxNeighborDepth) and returns at most limit
	// entities (1–MaxNeighborLimit), nearest first. ErrNotFound when id is
	// unknown.
	Neighbors(ctx context.Context, id string, depth, limit int) ([]Neighbor, error)
}

// Bounds of a neighbourhood walk.
const (
	MaxNeighborDepth = 5
	MaxNeighborLimit = 1000
)

// Entity is a node of the knowledge graph.
type Entity struct {
	ID          string
	Type        string // person, tool, concept, vulnerability, ...
	Name        string
	Description string
	// Metadata is a JSON object, or nil. {"archived": true} marks an
	// entity archived by retention.
	Metadata  json.RawMessage
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Relationship is a directed, typed, weighted edge.
type Relationship struct {
	ID       string
	SourceID string
	TargetID string
	Type     string // uses, depends_on, exploits, ...
	Weight   float64
	Metadata json.RawMessage
	// CreatedAt is set to now when zero.
	CreatedAt time.Time
}

// EntityQuery selects entities for SearchEntities.
type EntityQuery struct {
	// Query matches names: an entity matches when its name contains Query
	// (case-insensitively) or is trigram-similar to it (pg_trgm similarity
	// ≥ TrigramThreshold). Empty lists entities by name.
	Query string
	// Type, when set, keeps only entities of that type.
	Type string
	// IncludeArchived also returns archived entities.
	IncludeArchived bool
	// Limit caps the result (default 20, at most 200).
	Limit int
}

// TrigramThreshold is pg_trgm's default similarity threshold.
const TrigramThreshold = 0.3

// EntityMatch is a search hit. Score is 1 for an exact (case-insensitive)
// name, otherwise NameScore.
type EntityMatch struct {
	Entity
	Score float64
}

// Neighbor is an entity reached by Neighbors.
type Neighbor struct {
	Entity Entity
	// Depth is the number of hops from the start entity (1 = adjacent).
	Depth int
	// Via is the relationship that first reached Entity; its other end is
	// at Depth-1.
	Via Relationship
}

// NormalizeEntityQuery fills the defaults of q and bounds its limit.
func NormalizeEntityQuery(q EntityQuery) EntityQuery {
	q.Query = strings.TrimSpace(q.Query)
	if q.Limit <= 0 {
		q.Limit = 20
	}
	q.Limit = min(q.Limit, 200)
	return q
}

// IsUUID reports whether s is a UUID (the form ids of the graph take).
func IsUUID(s string) bool {
	_, err := uuid.Parse(s)
	return err == nil && len(s) == 36
}

// Trigrams returns the trigram set of s as PostgreSQL's pg_trgm builds it:
// lower-cased words of letters and digits, each padded with two spaces in
// front and one behind. Backends without pg_trgm use it to score exactly
// as PostgreSQL's similarity() does.
func Trigrams(s string) map[string]struct{} {
	out := map[string]struct{}{}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, w := range words {
		p := []rune("  " + w + " ")
		for i := 0; i+3 <= len(p); i++ {
			out[string(p[i:i+3])] = struct{}{}
		}
	}
	return out
}

// Similarity is pg_trgm's similarity(): shared trigrams over the union.
func Similarity(a, b string) float64 {
	ta, tb := Trigrams(a), Trigrams(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	common := 0
	for t := range ta {
		if _, ok := tb[t]; ok {
			common++
		}
	}
	return float64(common) / float64(len(ta)+len(tb)-common)
}

// NameScore is how well name answers query, the score both backends rank
// by: 1 for an equal name (case-insensitively); for a name that contains
// the query, 0.5 plus half the share of the name the query covers (so a
// closer fit ranks first), or the trigram similarity when that is higher;
// otherwise the trigram similarity.
func NameScore(name, query string) float64 {
	ln, lq := strings.ToLower(name), strings.ToLower(query)
	if ln == lq {
		return 1
	}
	sim := Similarity(name, query)
	if lq != "" && strings.Contains(ln, lq) {
		cover := 0.5 + 0.5*float64(len([]rune(lq)))/float64(len([]rune(ln)))
		return max(sim, cover)
	}
	return sim
}

// SortMatches orders hits by score, then name, then id: the order both
// backends return.
func SortMatches(ms []EntityMatch) {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Score != ms[j].Score {
			return ms[i].Score > ms[j].Score
		}
		if ms[i].Name != ms[j].Name {
			return ms[i].Name < ms[j].Name
		}
		return ms[i].ID < ms[j].ID
	})
}

// WalkNeighbors is the breadth-first walk behind Graph.Neighbors, shared by
// the backends: edges returns every relationship touching one of ids,
// entities the entities with the given ids. Each level costs two queries.
// Within a level, neighbours are ordered by the weight of the edge that
// reached them (heaviest first), then name.
func WalkNeighbors(ctx context.Context, start string, depth, limit int,
	edges func(ctx context.Context, ids []string) ([]Relationship, error),
	entities func(ctx context.Context, ids []string) ([]Entity, error)) ([]Neighbor, error) {
	depth = min(max(depth, 1), MaxNeighborDepth)
	if limit <= 0 {
		limit = 100
	}
	limit = min(limit, MaxNeighborLimit)
	visited := map[string]bool{start: true}
	frontier := []string{start}
	var out []Neighbor
	for d := 1; d <= depth && len(frontier) > 0 && len(out) < limit; d++ {
		rels, err := edges(ctx, frontier)
		if err != nil {
			return nil, err
		}
		inFrontier := map[string]bool{}
		for _, id := range frontier {
			inFrontier[id] = true
		}
		// Heaviest edge first, so the edge recorded as Via is the
		// strongest link; ties by id for a stable answer.
		sort.SliceStable(rels, func(i, j int) bool {
			if rels[i].Weight != rels[j].Weight {
				return rels[i].Weight > rels[j].Weight
			}
			return rels[i].ID < rels[j].ID
		})
		via := map[string]Relationship{}
		var next []string
		for _, r := range rels {
			for _, pair := range [][2]string{{r.SourceID, r.TargetID}, {r.TargetID, r.SourceID}} {
				from, to := pair[0], pair[1]
				if !inFrontier[from] || visited[to] {
					continue
				}
				visited[to] = true
				via[to] = r
				next = append(next, to)
			}
		}
		if len(next) == 0 {
			break
		}
		ents, err := entities(ctx, next)
		if err != nil {
			return nil, err
		}
		level := make([]Neighbor, 0, len(ents))
		for _, e := range ents {
			level = append(level, Neighbor{Entity: e, Depth: d, Via: via[e.ID]})
		}
		sort.SliceStable(level, func(i, j int) bool {
			a, b := level[i], level[j]
			if a.Via.Weight != b.Via.Weight {
				return a.Via.Weight > b.Via.Weight
			}
			if a.Entity.Name != b.Entity.Name {
				return a.Entity.Name < b.Entity.Name
			}
			return a.Entity.ID < b.Entity.ID
		})
		out = append(out, level...)
		frontier = slices.Clone(next)
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

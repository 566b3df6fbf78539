package retriever

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/hnsw"
	"github.com/octollm/octollm/internal/store"
)

// SearchRequest is spec §2.7's search request.
type SearchRequest struct {
	// Query is 1–500 characters.
	Query string `json:"query"`
	// Method is vector, keyword or hybrid (default).
	Method string `json:"method,omitempty"`
	// Limit is 1–100 (default 10).
	Limit int `json:"limit,omitempty"`
	// Filters are exact-match metadata conditions (strings, numbers,
	// booleans; a list-valued metadata key matches when it contains the
	// value).
	Filters map[string]any `json:"filters,omitempty"`
	// MinRelevanceScore drops results below it (0–1, default 0.5).
	MinRelevanceScore *float64 `json:"min_relevance_score,omitempty"`
	// IncludeCitations lists the sources (default true).
	IncludeCitations *bool `json:"include_citations,omitempty"`
	// Synthesize asks for an answer written from the top sources. Unset
	// follows the retriever's configuration; true without a model fails
	// with llm_required.
	Synthesize *bool `json:"synthesize,omitempty"`
}

// SearchResult is one hit (spec §3.4).
type SearchResult struct {
	Content        string         `json:"content"`
	Source         string         `json:"source"`
	RelevanceScore float64        `json:"relevance_score"`
	Rank           int            `json:"rank"`
	Metadata       map[string]any `json:"metadata"`
}

// SearchMetadata describes how a search ran.
type SearchMetadata struct {
	SearchDurationMS    float64 `json:"search_duration_ms"`
	SynthesisDurationMS float64 `json:"synthesis_duration_ms,omitempty"`
	VectorModel         string  `json:"vector_model"`
	// VectorBackend is "pgvector" (searched in the database) or
	// "inprocess" (the retriever's HNSW graph).
	VectorBackend     string  `json:"vector_backend"`
	DatabaseUsed      string  `json:"database_used"`
	KeywordBackend    string  `json:"keyword_backend"`
	Reranked          bool    `json:"reranked"`
	VectorCandidates  int     `json:"vector_candidates"`
	KeywordCandidates int     `json:"keyword_candidates"`
	Model             string  `json:"model,omitempty"`
	Tokens            int     `json:"tokens,omitempty"`
	CostUSD           float64 `json:"cost_usd,omitempty"`
}

// SearchResponse is spec §3.4's RetrievalResult.
type SearchResponse struct {
	Results      []SearchResult `json:"results"`
	Query        string         `json:"query"`
	MethodUsed   string         `json:"method_used"`
	TotalResults int            `json:"total_results"`
	Synthesis    string         `json:"synthesis,omitempty"`
	// Citations are the sources of the results, one per document, in rank
	// order; synthesis marker [n] refers to Citations[n-1].
	Citations []string       `json:"citations"`
	Metadata  SearchMetadata `json:"metadata"`
}

func (r *Retriever) normalize(req *SearchRequest) error {
	req.Query = strings.TrimSpace(req.Query)
	if req.Query == "" || utf8.RuneCountInString(req.Query) > 500 {
		return invalid("query", "must be 1-500 characters")
	}
	switch req.Method {
	case "":
		req.Method = MethodHybrid
	case MethodVector, MethodKeyword, MethodHybrid:
	default:
		return invalid("method", "must be vector, keyword or hybrid")
	}
	if req.Limit == 0 {
		req.Limit = 10
	}
	if req.Limit < 1 || req.Limit > 100 {
		return invalid("limit", "must be between 1 and 100")
	}
	if req.MinRelevanceScore == nil {
		req.MinRelevanceScore = r.cfg.MinRelevance
	}
	if m := *req.MinRelevanceScore; m < 0 || m > 1 {
		return invalid("min_relevance_score", "must be between 0 and 1")
	}
	for k, v := range req.Filters {
		if !metaKeyRE.MatchString(k) {
			return invalid("filters", "key %q is not a metadata key", k)
		}
		if !store.FilterValueOK(v) {
			return invalid("filters."+k, "must be a string, number or boolean")
		}
	}
	return nil
}

type fused struct {
	id      string
	score   float64
	vecRank int
	kwRank  int
	content string
}

// Search runs req.
func (r *Retriever) Search(ctx context.Context, req SearchRequest) (SearchResponse, error) {
	start := time.Now()
	if err := r.normalize(&req); err != nil {
		return SearchResponse{}, err
	}
	synth := r.cfg.Synthesize && r.cfg.Model != nil
	if req.Synthesize != nil {
		synth = *req.Synthesize
	}
	if synth && r.cfg.Model == nil {
		return SearchResponse{}, arm.Errorf(arm.CodeLLMRequired, "%s", LLMRequiredMessage)
	}
	if err := r.resolveVectors(ctx, 0); err != nil {
		return SearchResponse{}, err
	}
	dbVectors := r.vecMode.Load() == modeDatabase
	resp := SearchResponse{Query: req.Query, MethodUsed: req.Method, Results: []SearchResult{}, Citations: []string{}}
	resp.Metadata.VectorModel = r.cfg.Embedder.Name()
	resp.Metadata.VectorBackend = r.VectorBackend()
	resp.Metadata.KeywordBackend = r.cfg.Keyword
	vecDB := "embedded-hnsw"
	if dbVectors {
		vecDB = "pgvector"
	}
	resp.Metadata.DatabaseUsed = vecDB + "+" + r.cfg.Backend
	if r.cfg.Keyword == KeywordDatabase {
		resp.Metadata.DatabaseUsed += "-fulltext"
	}

	want := 2 * req.Limit
	// A filter is resolved once per search, from the metadata index, into
	// the set of admitted chunks: the graph walk and BM25 then test
	// membership without locks.
	var accept func(string) bool
	var allowed []string // nil: no filter
	// The database applies filters itself when it searches vectors and
	// keywords.
	if len(req.Filters) > 0 && (!dbVectors || r.cfg.Keyword == KeywordBM25) {
		r.mu.RLock()
		set := r.filterSet(req.Filters)
		r.mu.RUnlock()
		allowed = make([]string, 0, len(set))
		for id := range set {
			allowed = append(allowed, id)
		}
		accept = func(id string) bool { _, ok := set[id]; return ok }
	}
	var lists int
	cands := map[string]*fused{}
	get := func(id string) *fused {
		f, ok := cands[id]
		if !ok {
			f = &fused{id: id}
			cands[id] = f
		}
		return f
	}
	if req.Method != MethodKeyword {
		var hits []scored
		var err error
		if dbVectors {
			hits, err = r.databaseVectorSearch(ctx, req.Query, want, req.Filters)
		} else {
			hits, err = r.vectorSearch(ctx, req.Query, want, accept, allowed)
		}
		if err != nil {
			return SearchResponse{}, err
		}
		if len(hits) > 0 {
			lists++
		}
		resp.Metadata.VectorCandidates = len(hits)
		for i, h := range hits {
			f := get(h.id)
			f.vecRank = i + 1
			if req.Method == MethodVector {
				f.score = h.score
			}
		}
	}
	if req.Method != MethodVector {
		hits, err := r.keywordSearch(ctx, req.Query, want, req.Filters, accept)
		if err != nil {
			return SearchResponse{}, err
		}
		if len(hits) > 0 {
			lists++
		}
		resp.Metadata.KeywordCandidates = len(hits)
		for i, h := range hits {
			f := get(h.id)
			f.kwRank = i + 1
			if h.content != "" {
				f.content = h.content
			}
			if req.Method == MethodKeyword {
				f.score = h.score
			}
		}
	}
	all := make([]*fused, 0, len(cands))
	for _, f := range cands {
		if req.Method == MethodHybrid {
			var s float64
			if f.vecRank > 0 {
				s += 1 / float64(RRFK+f.vecRank)
			}
			if f.kwRank > 0 {
				s += 1 / float64(RRFK+f.kwRank)
			}
			// Raw RRF values are at most lists/61 (lists that found
			// anything): dividing by that maximum puts them on [0, 1]
			// (1 = ranked first by every list).
			f.score = s / rrfMax(lists)
		}
		if f.score >= *req.MinRelevanceScore {
			all = append(all, f)
		}
	}
	sortByScore(all, func(f *fused) float64 { return f.score }, func(f *fused) string { return f.id })
	if len(all) > req.Limit {
		all = all[:req.Limit]
	}
	r.mu.RLock()
	seenSource := map[string]bool{}
	for _, f := range all {
		ci := r.chunks[f.id]
		if ci == nil {
			continue // deleted while searching
		}
		di := r.docs[ci.docID]
		md := map[string]any{}
		for k, v := range ci.meta {
			md[k] = v
		}
		md["title"] = di.title
		md["document_id"] = ci.docID
		md["chunk_id"] = f.id
		md["snippet_start"] = ci.start
		md["snippet_length"] = ci.length
		resp.Results = append(resp.Results, SearchResult{Content: ci.content, Source: di.source,
			RelevanceScore: round4(f.score), Rank: len(resp.Results) + 1, Metadata: md})
		if !seenSource[di.source] {
			seenSource[di.source] = true
			resp.Citations = append(resp.Citations, di.source)
		}
	}
	r.mu.RUnlock()
	resp.TotalResults = len(resp.Results)
	resp.Metadata.SearchDurationMS = float64(time.Since(start).Microseconds()) / 1000
	if synth && len(resp.Results) > 0 {
		if err := r.synthesize(ctx, &resp); err != nil {
			return SearchResponse{}, err
		}
	}
	if req.IncludeCitations != nil && !*req.IncludeCitations {
		resp.Citations = []string{}
	}
	return resp, nil
}

type scored struct {
	id      string
	score   float64
	content string
}

// vectorSearch returns up to k chunks by cosine similarity (clipped to
// [0,1]) above the floor. With a filter, the graph walk only keeps
// admitted chunks; when it finds fewer than k while more exist, an exact
// scan of the admitted chunks fills the list.
func (r *Retriever) vectorSearch(ctx context.Context, query string, k int, accept func(string) bool, allowed []string) ([]scored, error) {
	r.mu.RLock()
	x := r.vec
	r.mu.RUnlock()
	if x == nil || x.Len() == 0 {
		return nil, nil
	}
	vs, err := r.cfg.Embedder.Embed(ctx, []string{query})
	if err != nil {
		return nil, fmt.Errorf("retriever: embed query: %w", err)
	}
	q := vs[0]
	if len(q) != x.Dim() {
		return nil, fmt.Errorf("retriever: query vector has %d dimensions, the index %d", len(q), x.Dim())
	}
	if allowed != nil && len(allowed) == 0 {
		return nil, nil
	}
	var hits []hnsw.Hit
	switch {
	case allowed != nil && (len(allowed) < r.cfg.ExactBelow || len(allowed) < x.Len()/4):
		// A filter that admits a small subset: scanning just that subset
		// costs len(allowed) distances, while a filtered graph walk visits
		// about 1/share as many nodes as an unfiltered one.
		hits, err = x.ExactAmong(q, k, allowed)
	case x.Len() < r.cfg.ExactBelow:
		// Small collections are scanned exactly: as fast as the graph walk
		// at this size, and never misses a neighbour.
		hits, err = x.Exact(q, k, accept)
	default:
		hits, err = x.Search(q, k, max(r.cfg.EfSearch, 2*k), accept)
		if err == nil && accept != nil && len(hits) < k {
			// The filtered walk found too few: scan the admitted set.
			hits, err = x.Exact(q, k, accept)
		}
	}
	if err != nil {
		return nil, nil // a query without indexable words has no vector
	}
	out := make([]scored, 0, len(hits))
	for _, h := range hits {
		s := min(max(float64(h.Score), 0), 1)
		if s < r.cfg.VectorFloor {
			continue
		}
		out = append(out, scored{id: h.Key, score: s})
	}
	return out, nil
}

// databaseVectorSearch is vectorSearch done by the store (pgvector): the
// filter is applied by the database, which fills k when enough chunks
// match it.
func (r *Retriever) databaseVectorSearch(ctx context.Context, query string, k int, filters map[string]any) ([]scored, error) {
	vs, err := r.cfg.Embedder.Embed(ctx, []string{query})
	if err != nil {
		return nil, fmt.Errorf("retriever: embed query: %w", err)
	}
	q := vs[0]
	if _, err := hnsw.Normalize(q); err != nil {
		return nil, nil // a query without indexable words has no vector
	}
	hits, err := r.dbVec.SearchChunkVectors(ctx, store.VectorQuery{Vector: q, Embedder: r.cfg.Embedder.Name(),
		Filter: filters, Limit: k, EfSearch: max(r.cfg.EfSearch, 2*k)})
	if err != nil {
		return nil, fmt.Errorf("retriever: vector search: %w", err)
	}
	out := make([]scored, 0, len(hits))
	for _, h := range hits {
		s := min(max(h.Score, 0), 1)
		if !(s >= r.cfg.VectorFloor) { // also drops NaN
			continue
		}
		out = append(out, scored{id: h.ID, score: s})
	}
	return out, nil
}

// keywordSearch returns up to k chunks by BM25 (in process) or by the
// database's full-text rank; either score s ≥ 0 maps to s/(s+1) in [0,1).
func (r *Retriever) keywordSearch(ctx context.Context, query string, k int, filters map[string]any, accept func(string) bool) ([]scored, error) {
	if r.cfg.Keyword == KeywordDatabase {
		hits, err := r.cfg.Store.SearchChunks(ctx, store.ChunkQuery{Text: query, Filter: filters, Limit: k})
		if err != nil {
			return nil, fmt.Errorf("retriever: full-text search: %w", err)
		}
		out := make([]scored, 0, len(hits))
		for _, h := range hits {
			out = append(out, scored{id: h.ID, score: h.Score, content: h.Content})
		}
		return out, nil
	}
	hits := r.kw.search(tokenize(query), k, accept)
	out := make([]scored, 0, len(hits))
	for _, h := range hits {
		out = append(out, scored{id: h.key, score: h.score / (h.score + 1)})
	}
	return out, nil
}

var markerRE = regexp.MustCompile(`\[(\d{1,3})\]`)

// synthesize writes an answer from the best documents with [n] markers
// that refer to resp.Citations.
func (r *Retriever) synthesize(ctx context.Context, resp *SearchResponse) error {
	start := time.Now()
	n := min(r.cfg.SynthesisSources, len(resp.Citations))
	var b strings.Builder
	for i, src := range resp.Citations[:n] {
		var parts []string
		title := ""
		for _, res := range resp.Results {
			if res.Source == src {
				parts = append(parts, res.Content)
				if t, _ := res.Metadata["title"].(string); t != "" {
					title = t
				}
			}
		}
		text := strings.Join(parts, "\n…\n")
		if utf8.RuneCountInString(text) > 2000 {
			text = string([]rune(text)[:2000]) + "…"
		}
		fmt.Fprintf(&b, "[%d] %s (%s)\n%s\n\n", i+1, title, src, text)
	}
	comp, err := r.cfg.Model.Complete(ctx, arm.Prompt{
		System: "You answer questions using only the numbered sources you are given. Cite the source of every statement " +
			"with its marker, like [1] or [2][3]. If the sources do not answer the question, say so plainly. " +
			"Be concise: at most 250 words.",
		User:        "Question: " + resp.Query + "\n\nSources:\n" + b.String(),
		Temperature: 0.3, MaxTokens: 500,
	})
	if err != nil {
		return fmt.Errorf("retriever: synthesis: %w", err)
	}
	text := strings.TrimSpace(comp.Text)
	// Markers that point at no source are removed rather than shown.
	text = markerRE.ReplaceAllStringFunc(text, func(m string) string {
		k, _ := strconv.Atoi(m[1 : len(m)-1])
		if k < 1 || k > n {
			return ""
		}
		return m
	})
	if utf8.RuneCountInString(text) > 2000 {
		text = string([]rune(text)[:1999]) + "…"
	}
	resp.Synthesis = text
	resp.Metadata.SynthesisDurationMS = float64(time.Since(start).Microseconds()) / 1000
	resp.Metadata.Model, resp.Metadata.Tokens, resp.Metadata.CostUSD = comp.Model, comp.Tokens, comp.CostUSD
	return nil
}

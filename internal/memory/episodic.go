package memory

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/octollm/octollm/internal/arm/coder"
	"github.com/octollm/octollm/internal/arm/retriever"
	"github.com/octollm/octollm/internal/hnsw"
	"github.com/octollm/octollm/internal/store"
)

// ErrForbidden is returned when a caller touches a collection it does not
// own.
var ErrForbidden = errors.New("memory: access to another arm's collection denied")

// Collections (spec §3.10), one per arm.
const (
	CollectionCoder     = "coder"
	CollectionPlanner   = "planner"
	CollectionRetriever = "retriever"
	CollectionExecutor  = "executor"
	CollectionJudge     = "judge"
)

// Embedder embeds texts (retriever.HashEmbedder and
// retriever.ProviderEmbedder implement it).
type Embedder interface {
	Name() string
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// DefaultSchemas are the payload schemas of the collections, after the
// payload fields of spec §3.10. Unknown fields are refused
// (additionalProperties false): an arm stores only what its collection
// declares.
func DefaultSchemas() map[string]string {
	return map[string]string{
		CollectionCoder: `{"type":"object","additionalProperties":false,"required":["language","instruction","code"],"properties":{
			"language":{"type":"string","maxLength":32},"instruction":{"type":"string","maxLength":1000},
			"code":{"type":"string","maxLength":50000},"tests":{"type":"string","maxLength":20000},
			"tested":{"type":"boolean"},"success":{"type":"boolean"},"quality_score":{"type":"number","minimum":0,"maximum":1},
			"complexity":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}}}}`,
		CollectionPlanner: `{"type":"object","additionalProperties":false,"required":["task_type"],"properties":{
			"task_type":{"type":"string"},"complexity":{"type":"string"},"success_rate":{"type":"number","minimum":0,"maximum":1},
			"avg_steps":{"type":"number","minimum":0},"dependencies":{"type":"array","items":{"type":"string"}},
			"plan":{"type":"object"}}}`,
		CollectionRetriever: `{"type":"object","additionalProperties":false,"required":["source"],"properties":{
			"source":{"type":"string"},"section":{"type":"string"},"authority":{"type":"number","minimum":0,"maximum":1},
			"last_updated":{"type":"string"},"category":{"type":"string"}}}`,
		CollectionExecutor: `{"type":"object","additionalProperties":false,"required":["tool"],"properties":{
			"tool":{"type":"string"},"risk_level":{"type":"string","enum":["low","medium","high","critical"]},
			"success_rate":{"type":"number","minimum":0,"maximum":1},"avg_duration_ms":{"type":"number","minimum":0},
			"capabilities_required":{"type":"array","items":{"type":"string"}}}}`,
		CollectionJudge: `{"type":"object","additionalProperties":false,"required":["validation_type"],"properties":{
			"validation_type":{"type":"string"},"strictness":{"type":"string"},
			"false_positive_rate":{"type":"number","minimum":0,"maximum":1},"domain":{"type":"string"},
			"regulatory_compliance":{"type":"array","items":{"type":"string"}}}}`,
	}
}

// EpisodicConfig configures the episodic collections.
type EpisodicConfig struct {
	// Schemas maps each collection to the JSON Schema its payloads must
	// satisfy (default DefaultSchemas()). The keys are the collections.
	Schemas map[string]string
	// Embedder embeds episode contents and queries (default
	// retriever.NewHashEmbedder(256)).
	Embedder Embedder
	// Redactor removes secrets and PII from contents and payload strings
	// before storage; nil stores them as given.
	Redactor Redactor
	// TTL is how long an episode lives (default 30 days, spec §3.10; a
	// negative TTL keeps episodes forever).
	TTL time.Duration
	// SearchWindow is how many of a collection's newest episodes a search
	// compares (default 10 000, spec's MEMORY_MAX_SOLUTIONS).
	SearchWindow int
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Logger (default discards).
	Logger *slog.Logger
}

// Episodic holds the per-arm collections. Each arm works through the
// Collection handle of its own collection, which is all the wiring gives
// it: that handle is the capability, and it cannot reach another arm's
// episodes.
type Episodic struct {
	cfg     EpisodicConfig
	st      store.Episodes
	schemas map[string]*jsonschema.Schema
}

// NewEpisodic builds the collections over st.
func NewEpisodic(cfg EpisodicConfig, st store.Episodes) (*Episodic, error) {
	if st == nil {
		return nil, errors.New("memory: NewEpisodic needs a store")
	}
	if cfg.Schemas == nil {
		cfg.Schemas = DefaultSchemas()
	}
	if cfg.Embedder == nil {
		cfg.Embedder = retriever.NewHashEmbedder(256)
	}
	if cfg.TTL == 0 {
		cfg.TTL = 30 * 24 * time.Hour
	}
	if cfg.SearchWindow <= 0 {
		cfg.SearchWindow = 10000
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	e := &Episodic{cfg: cfg, st: st, schemas: map[string]*jsonschema.Schema{}}
	for name, src := range cfg.Schemas {
		if name == "" || len(name) > 50 {
			return nil, fmt.Errorf("memory: collection name %q must be 1-50 characters", name)
		}
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(src))
		if err != nil {
			return nil, fmt.Errorf("memory: schema of %s: %w", name, err)
		}
		c := jsonschema.NewCompiler()
		if err := c.AddResource(name+".json", doc); err != nil {
			return nil, fmt.Errorf("memory: schema of %s: %w", name, err)
		}
		sch, err := c.Compile(name + ".json")
		if err != nil {
			return nil, fmt.Errorf("memory: schema of %s: %w", name, err)
		}
		e.schemas[name] = sch
	}
	return e, nil
}

// Collection returns the handle of arm's own collection. An arm without
// a collection gets ErrForbidden.
func (e *Episodic) Collection(arm string) (*Collection, error) {
	if _, ok := e.schemas[arm]; !ok {
		return nil, fmt.Errorf("%w: no collection for %q", ErrForbidden, arm)
	}
	return &Collection{e: e, name: arm}, nil
}

// Collection is one arm's episodic memory.
type Collection struct {
	e    *Episodic
	name string
}

// Name is the collection's name (its arm).
func (c *Collection) Name() string { return c.name }

// Episode is a stored episode as arms see it.
type Episode struct {
	ID        string         `json:"id"`
	Content   string         `json:"content"`
	Payload   map[string]any `json:"payload"`
	CreatedAt time.Time      `json:"created_at"`
	// Score is the cosine similarity to the query (search results only).
	Score float64 `json:"score,omitempty"`
}

// Put stores an episode after the data diode: the payload must satisfy
// the collection's schema, and secrets and PII are redacted from the
// content and every payload string.
func (c *Collection) Put(ctx context.Context, content string, payload map[string]any) (Episode, error) {
	if strings.TrimSpace(content) == "" || !utf8.ValidString(content) || utf8.RuneCountInString(content) > 20000 {
		return Episode{}, invalid("content", "must be 1-20000 characters of UTF-8")
	}
	if payload == nil {
		payload = map[string]any{}
	}
	raw, err := json.Marshal(payload)
	if err != nil {
		return Episode{}, invalid("payload", "%v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return Episode{}, invalid("payload", "%v", err)
	}
	if err := c.e.schemas[c.name].Validate(inst); err != nil {
		return Episode{}, invalid("payload", "does not match the %s collection's schema: %v", c.name, oneLine(err))
	}
	if r := c.e.cfg.Redactor; r != nil {
		if content, err = r.Redact(ctx, content, true); err != nil {
			return Episode{}, fmt.Errorf("memory: redact episode: %w", err)
		}
		v, err := redactValue(ctx, r, map[string]any(payload))
		if err != nil {
			return Episode{}, fmt.Errorf("memory: redact episode: %w", err)
		}
		payload = v.(map[string]any)
		if raw, err = json.Marshal(payload); err != nil {
			return Episode{}, invalid("payload", "%v", err)
		}
	}
	vecs, err := c.e.cfg.Embedder.Embed(ctx, []string{content})
	if err != nil {
		return Episode{}, fmt.Errorf("memory: embed episode: %w", err)
	}
	now := c.e.cfg.Now()
	ep := store.Episode{Collection: c.name, Content: content, Payload: raw, Embedding: vecs[0], Embedder: c.e.cfg.Embedder.Name(), CreatedAt: now}
	if c.e.cfg.TTL > 0 {
		exp := now.Add(c.e.cfg.TTL)
		ep.ExpiresAt = &exp
	}
	stored, err := c.e.st.PutEpisode(ctx, ep)
	if err != nil {
		return Episode{}, fmt.Errorf("memory: put episode: %w", err)
	}
	return Episode{ID: stored.ID, Content: stored.Content, Payload: payload, CreatedAt: stored.CreatedAt}, nil
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// Search returns up to k of the collection's episodes most similar to
// query (cosine of the embeddings) whose payload has every filter value.
// Episodes embedded by another embedder are re-embedded on the fly.
func (c *Collection) Search(ctx context.Context, query string, k int, filter map[string]any) ([]Episode, error) {
	if k <= 0 {
		return nil, nil
	}
	qv, err := c.e.cfg.Embedder.Embed(ctx, []string{query})
	if err != nil {
		return nil, fmt.Errorf("memory: embed query: %w", err)
	}
	q, err := hnsw.Normalize(qv[0])
	if err != nil {
		return nil, nil // nothing to compare a query without words to
	}
	eps, err := c.e.st.RecentEpisodes(ctx, c.name, c.e.cfg.Now(), c.e.cfg.SearchWindow)
	if err != nil {
		return nil, fmt.Errorf("memory: search %s: %w", c.name, err)
	}
	var hits []Episode
	for _, ep := range eps {
		var payload map[string]any
		if err := json.Unmarshal(ep.Payload, &payload); err != nil {
			continue
		}
		if !matchPayload(payload, filter) {
			continue
		}
		v := ep.Embedding
		if ep.Embedder != c.e.cfg.Embedder.Name() || len(v) != len(q) {
			vs, err := c.e.cfg.Embedder.Embed(ctx, []string{ep.Content})
			if err != nil {
				return nil, fmt.Errorf("memory: re-embed episode: %w", err)
			}
			v = vs[0]
		}
		nv, err := hnsw.Normalize(v)
		if err != nil {
			continue
		}
		s := float64(hnsw.Dot(q, nv))
		if s <= 0 || math.IsNaN(s) {
			continue
		}
		hits = append(hits, Episode{ID: ep.ID, Content: ep.Content, Payload: payload, CreatedAt: ep.CreatedAt, Score: math.Round(s*1e4) / 1e4})
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	if len(hits) > k {
		hits = hits[:k]
	}
	return hits, nil
}

// Delete removes one of the collection's episodes.
func (c *Collection) Delete(ctx context.Context, id string) error {
	if err := c.e.st.DeleteEpisode(ctx, c.name, id); err != nil {
		return fmt.Errorf("memory: delete episode: %w", err)
	}
	return nil
}

func matchPayload(p, filter map[string]any) bool {
	for k, want := range filter {
		got, ok := p[k]
		if !ok {
			return false
		}
		if list, isList := got.([]any); isList {
			if !slices.ContainsFunc(list, func(x any) bool { return fmt.Sprint(x) == fmt.Sprint(want) }) {
				return false
			}
			continue
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			return false
		}
	}
	return true
}

// CoderMemory is the coder arm's episodic memory (coder.Memory) over the
// coder collection.
type CoderMemory struct {
	Collection *Collection
}

var _ coder.Memory = CoderMemory{}

// Similar implements coder.Memory: past solutions in the language whose
// instruction and code resemble the instruction.
func (m CoderMemory) Similar(ctx context.Context, language, instruction string, k int) ([]coder.Solution, error) {
	eps, err := m.Collection.Search(ctx, instruction, k, map[string]any{"language": language})
	if err != nil {
		return nil, err
	}
	out := make([]coder.Solution, 0, len(eps))
	for _, e := range eps {
		s := coder.Solution{Language: language}
		s.Instruction, _ = e.Payload["instruction"].(string)
		s.Code, _ = e.Payload["code"].(string)
		s.Tests, _ = e.Payload["tests"].(string)
		s.Tested, _ = e.Payload["tested"].(bool)
		out = append(out, s)
	}
	return out, nil
}

// Remember implements coder.Memory. The embedded content is the
// instruction plus the first 500 characters of the code (spec §2.5).
func (m CoderMemory) Remember(ctx context.Context, s coder.Solution) error {
	code := []rune(s.Code)
	if len(code) > 500 {
		code = code[:500]
	}
	payload := map[string]any{"language": s.Language, "instruction": s.Instruction, "code": s.Code, "tested": s.Tested, "success": true}
	if s.Tests != "" {
		payload["tests"] = s.Tests
	}
	_, err := m.Collection.Put(ctx, s.Instruction+"\n"+string(code), payload)
	return err
}

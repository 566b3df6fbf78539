// Package memory is OctoLLM's memory layer above the store: the global
// knowledge graph (entities and relationships, spec §3.8) with its HTTP
// API, and the data diode every write passes (schema validation and
// redaction of secrets and PII before anything is stored).
package memory

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/octollm/octollm/internal/arm/guardian"
	"github.com/octollm/octollm/internal/store"
)

// ErrInvalid is returned for input that fails validation; the message
// names the field.
var ErrInvalid = errors.New("memory: invalid input")

// ErrNotFound is returned for an unknown entity.
var ErrNotFound = store.ErrNotFound

// DefaultEntityTypes are the entity types of spec §3.8.
func DefaultEntityTypes() []string {
	return []string{"person", "tool", "concept", "vulnerability", "library", "endpoint", "task", "file", "environment"}
}

// DefaultRelationshipTypes are the relationship types of spec §3.8, plus
// related_to for links that are none of them.
func DefaultRelationshipTypes() []string {
	return []string{"uses", "depends_on", "created_by", "exploits", "fixes", "requires", "implements", "documented_in", "related_to"}
}

// Redactor removes secrets (always) and PII (when pii is true) from text
// before it is stored.
type Redactor interface {
	Redact(ctx context.Context, text string, pii bool) (string, error)
}

// GuardianRedactor redacts with the guardian arm's detectors.
type GuardianRedactor struct {
	Guardian *guardian.Guardian
}

var _ Redactor = GuardianRedactor{}

// Redact implements Redactor.
func (g GuardianRedactor) Redact(ctx context.Context, text string, pii bool) (string, error) {
	if strings.TrimSpace(text) == "" {
		return text, nil
	}
	checks := []string{guardian.CheckSecrets}
	if pii {
		checks = append(checks, guardian.CheckPII)
	}
	res, err := g.Guardian.Check(ctx, guardian.Request{Text: text, CheckTypes: checks, RedactPII: &pii})
	if err != nil {
		return "", err
	}
	return res.SanitizedText, nil
}

// GraphConfig configures a Graph.
type GraphConfig struct {
	// EntityTypes are the accepted entity types (default
	// DefaultEntityTypes()).
	EntityTypes []string
	// RelationshipTypes are the accepted relationship types (default
	// DefaultRelationshipTypes()).
	RelationshipTypes []string
	// Redactor cleans descriptions and metadata (PII and secrets) and
	// names (secrets only: a person entity is named after a person). Nil
	// stores text as given.
	Redactor Redactor
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Logger (default discards).
	Logger *slog.Logger
}

// Graph is the global knowledge graph service.
type Graph struct {
	cfg GraphConfig
	st  store.Graph
}

// NewGraph returns a graph service over st.
func NewGraph(cfg GraphConfig, st store.Graph) (*Graph, error) {
	if st == nil {
		return nil, errors.New("memory: NewGraph needs a store")
	}
	if len(cfg.EntityTypes) == 0 {
		cfg.EntityTypes = DefaultEntityTypes()
	}
	if len(cfg.RelationshipTypes) == 0 {
		cfg.RelationshipTypes = DefaultRelationshipTypes()
	}
	for _, t := range append(slices.Clone(cfg.EntityTypes), cfg.RelationshipTypes...) {
		if t == "" || len(t) > 50 || t != strings.ToLower(t) {
			return nil, fmt.Errorf("memory: type %q must be lower-case, 1-50 characters", t)
		}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Graph{cfg: cfg, st: st}, nil
}

// Entity is the API form of an entity.
type Entity struct {
	ID          string          `json:"entity_id"`
	Type        string          `json:"entity_type"`
	Name        string          `json:"name"`
	Description string          `json:"description"`
	Metadata    json.RawMessage `json:"metadata"`
	CreatedAt   time.Time       `json:"created_at"`
	UpdatedAt   time.Time       `json:"updated_at"`
	// Score is set on search results.
	Score *float64 `json:"score,omitempty"`
}

// Relationship is the API form of a relationship.
type Relationship struct {
	ID        string          `json:"relationship_id"`
	SourceID  string          `json:"source_id"`
	TargetID  string          `json:"target_id"`
	Type      string          `json:"relationship_type"`
	Weight    float64         `json:"weight"`
	Metadata  json.RawMessage `json:"metadata"`
	CreatedAt time.Time       `json:"created_at"`
}

// Neighbor is an entity near another one.
type Neighbor struct {
	Entity Entity `json:"entity"`
	Depth  int    `json:"depth"`
	// Relationship is the edge that reached Entity; Direction says whether
	// it points away from the nearer entity (outgoing) or at it (incoming).
	Relationship Relationship `json:"relationship"`
	Direction    string       `json:"direction"`
}

func entityOf(e store.Entity) Entity {
	md := e.Metadata
	if len(md) == 0 {
		md = json.RawMessage(`{}`)
	}
	return Entity{ID: e.ID, Type: e.Type, Name: e.Name, Description: e.Description, Metadata: md, CreatedAt: e.CreatedAt, UpdatedAt: e.UpdatedAt}
}

func relOf(r store.Relationship) Relationship {
	md := r.Metadata
	if len(md) == 0 {
		md = json.RawMessage(`{}`)
	}
	return Relationship{ID: r.ID, SourceID: r.SourceID, TargetID: r.TargetID, Type: r.Type, Weight: r.Weight, Metadata: md, CreatedAt: r.CreatedAt}
}

// EntityInput creates an entity.
type EntityInput struct {
	Type        string          `json:"entity_type"`
	Name        string          `json:"name"`
	Description string          `json:"description"`
	Metadata    json.RawMessage `json:"metadata"`
}

func invalid(field, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrInvalid, field, fmt.Sprintf(format, args...))
}

// metadataObject checks that raw is a JSON object (or absent) and returns
// it decoded.
func metadataObject(raw json.RawMessage) (map[string]any, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return map[string]any{}, nil
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil || m == nil {
		return nil, invalid("metadata", "must be a JSON object")
	}
	return m, nil
}

// redactValue redacts every string inside v (maps and lists in place).
func redactValue(ctx context.Context, r Redactor, v any) (any, error) {
	switch t := v.(type) {
	case string:
		return r.Redact(ctx, t, true)
	case []any:
		for i := range t {
			x, err := redactValue(ctx, r, t[i])
			if err != nil {
				return nil, err
			}
			t[i] = x
		}
		return t, nil
	case map[string]any:
		for k := range t {
			x, err := redactValue(ctx, r, t[k])
			if err != nil {
				return nil, err
			}
			t[k] = x
		}
		return t, nil
	}
	return v, nil
}

// CreateEntity validates, redacts and stores an entity. Tool entities must
// carry a description and metadata.capabilities (spec §3.8).
func (g *Graph) CreateEntity(ctx context.Context, in EntityInput) (Entity, error) {
	typ := strings.ToLower(strings.TrimSpace(in.Type))
	if !slices.Contains(g.cfg.EntityTypes, typ) {
		return Entity{}, invalid("entity_type", "must be one of %s", strings.Join(g.cfg.EntityTypes, ", "))
	}
	name := strings.TrimSpace(in.Name)
	if name == "" || utf8.RuneCountInString(name) > 255 || !utf8.ValidString(name) {
		return Entity{}, invalid("name", "must be 1-255 characters")
	}
	if utf8.RuneCountInString(in.Description) > 10000 || !utf8.ValidString(in.Description) {
		return Entity{}, invalid("description", "must be at most 10000 characters")
	}
	md, err := metadataObject(in.Metadata)
	if err != nil {
		return Entity{}, err
	}
	if typ == "tool" {
		if strings.TrimSpace(in.Description) == "" {
			return Entity{}, invalid("description", "is required for tool entities")
		}
		if caps, ok := md["capabilities"].([]any); !ok || len(caps) == 0 {
			return Entity{}, invalid("metadata.capabilities", "is required for tool entities (a non-empty list)")
		}
	}
	desc := in.Description
	if g.cfg.Redactor != nil {
		if name, err = g.cfg.Redactor.Redact(ctx, name, false); err != nil {
			return Entity{}, fmt.Errorf("memory: redact name: %w", err)
		}
		if desc, err = g.cfg.Redactor.Redact(ctx, desc, true); err != nil {
			return Entity{}, fmt.Errorf("memory: redact description: %w", err)
		}
		v, err := redactValue(ctx, g.cfg.Redactor, map[string]any(md))
		if err != nil {
			return Entity{}, fmt.Errorf("memory: redact metadata: %w", err)
		}
		md = v.(map[string]any)
	}
	mdJSON, err := json.Marshal(md)
	if err != nil {
		return Entity{}, invalid("metadata", "%v", err)
	}
	now := g.cfg.Now()
	e, err := g.st.CreateEntity(ctx, store.Entity{Type: typ, Name: name, Description: desc, Metadata: mdJSON, CreatedAt: now, UpdatedAt: now})
	if err != nil {
		return Entity{}, fmt.Errorf("memory: create entity: %w", err)
	}
	return entityOf(e), nil
}

// GetEntity returns an entity; ErrNotFound when unknown.
func (g *Graph) GetEntity(ctx context.Context, id string) (Entity, error) {
	e, err := g.st.GetEntity(ctx, id)
	if err != nil {
		return Entity{}, fmt.Errorf("memory: get entity: %w", err)
	}
	return entityOf(e), nil
}

// SearchQuery selects entities.
type SearchQuery struct {
	Query           string
	Type            string
	IncludeArchived bool
	Limit           int
}

// SearchEntities finds entities by name (substring or trigram similarity).
func (g *Graph) SearchEntities(ctx context.Context, q SearchQuery) ([]Entity, error) {
	typ := strings.ToLower(strings.TrimSpace(q.Type))
	if typ != "" && !slices.Contains(g.cfg.EntityTypes, typ) {
		return nil, invalid("type", "must be one of %s", strings.Join(g.cfg.EntityTypes, ", "))
	}
	if q.Limit < 0 || q.Limit > 200 {
		return nil, invalid("limit", "must be between 1 and 200")
	}
	if utf8.RuneCountInString(q.Query) > 255 {
		return nil, invalid("q", "must be at most 255 characters")
	}
	ms, err := g.st.SearchEntities(ctx, store.EntityQuery{Query: q.Query, Type: typ, IncludeArchived: q.IncludeArchived, Limit: q.Limit})
	if err != nil {
		return nil, fmt.Errorf("memory: search entities: %w", err)
	}
	out := make([]Entity, 0, len(ms))
	for _, m := range ms {
		e := entityOf(m.Entity)
		score := math.Round(m.Score*1e4) / 1e4
		e.Score = &score
		out = append(out, e)
	}
	return out, nil
}

// RelationshipInput creates a relationship.
type RelationshipInput struct {
	SourceID string          `json:"source_id"`
	TargetID string          `json:"target_id"`
	Type     string          `json:"relationship_type"`
	Weight   *float64        `json:"weight"`
	Metadata json.RawMessage `json:"metadata"`
}

// CreateRelationship validates and stores a relationship; ErrNotFound
// when an endpoint does not exist.
func (g *Graph) CreateRelationship(ctx context.Context, in RelationshipInput) (Relationship, error) {
	if !store.IsUUID(in.SourceID) {
		return Relationship{}, invalid("source_id", "must be an entity id (UUID)")
	}
	if !store.IsUUID(in.TargetID) {
		return Relationship{}, invalid("target_id", "must be an entity id (UUID)")
	}
	if strings.EqualFold(in.SourceID, in.TargetID) {
		return Relationship{}, invalid("target_id", "must differ from source_id")
	}
	typ := strings.ToLower(strings.TrimSpace(in.Type))
	if !slices.Contains(g.cfg.RelationshipTypes, typ) {
		return Relationship{}, invalid("relationship_type", "must be one of %s", strings.Join(g.cfg.RelationshipTypes, ", "))
	}
	w := 1.0
	if in.Weight != nil {
		w = *in.Weight
		if math.IsNaN(w) || w <= 0 || w > 1e6 {
			return Relationship{}, invalid("weight", "must be greater than 0 and at most 1e6")
		}
	}
	md, err := metadataObject(in.Metadata)
	if err != nil {
		return Relationship{}, err
	}
	if g.cfg.Redactor != nil {
		v, err := redactValue(ctx, g.cfg.Redactor, map[string]any(md))
		if err != nil {
			return Relationship{}, fmt.Errorf("memory: redact metadata: %w", err)
		}
		md = v.(map[string]any)
	}
	mdJSON, _ := json.Marshal(md)
	r, err := g.st.CreateRelationship(ctx, store.Relationship{SourceID: in.SourceID, TargetID: in.TargetID, Type: typ, Weight: w, Metadata: mdJSON, CreatedAt: g.cfg.Now()})
	if err != nil {
		return Relationship{}, fmt.Errorf("memory: create relationship: %w", err)
	}
	return relOf(r), nil
}

// Neighbors returns the entities within depth hops of id.
func (g *Graph) Neighbors(ctx context.Context, id string, depth, limit int) ([]Neighbor, error) {
	if depth < 1 || depth > store.MaxNeighborDepth {
		return nil, invalid("depth", "must be between 1 and %d", store.MaxNeighborDepth)
	}
	if limit < 1 || limit > store.MaxNeighborLimit {
		return nil, invalid("limit", "must be between 1 and %d", store.MaxNeighborLimit)
	}
	ns, err := g.st.Neighbors(ctx, id, depth, limit)
	if err != nil {
		return nil, fmt.Errorf("memory: neighbors: %w", err)
	}
	out := make([]Neighbor, 0, len(ns))
	for _, n := range ns {
		dir := "outgoing"
		if n.Via.SourceID == n.Entity.ID {
			dir = "incoming"
		}
		out = append(out, Neighbor{Entity: entityOf(n.Entity), Depth: n.Depth, Relationship: relOf(n.Via), Direction: dir})
	}
	return out, nil
}

package memory

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/auth"
)

// Handler serves the knowledge-graph API:
//
//	POST /memory/entities                     memory:write
//	GET  /memory/entities?q=&type=&limit=     memory:read
//	GET  /memory/entities/{id}                memory:read
//	GET  /memory/entities/{id}/neighbors      memory:read   (?depth=1..5&limit=)
//	POST /memory/relationships                memory:write
type Handler struct {
	Graph *Graph
}

// Mount adds the routes to r (the app mounts them under /api/v1, behind
// authentication).
func (h Handler) Mount(r chi.Router) {
	r.With(auth.Require(auth.ScopeMemoryWrite)).Post("/memory/entities", h.createEntity)
	r.With(auth.Require(auth.ScopeMemoryRead)).Get("/memory/entities", h.searchEntities)
	r.With(auth.Require(auth.ScopeMemoryRead)).Get("/memory/entities/{id}", h.getEntity)
	r.With(auth.Require(auth.ScopeMemoryRead)).Get("/memory/entities/{id}/neighbors", h.neighbors)
	r.With(auth.Require(auth.ScopeMemoryWrite)).Post("/memory/relationships", h.createRelationship)
}

// writeErr maps service errors to the API envelope.
func writeErr(w http.ResponseWriter, r *http.Request, err error, what string) {
	switch {
	case errors.Is(err, ErrInvalid):
		msg := err.Error()
		if _, rest, ok := strings.Cut(msg, ErrInvalid.Error()+": "); ok {
			msg = rest
		}
		field, detail, _ := strings.Cut(msg, ": ")
		api.WriteFieldError(w, r, field, detail)
	case errors.Is(err, ErrNotFound):
		api.WriteError(w, r, http.StatusNotFound, api.CodeNotFound, what+" not found", nil)
	default:
		api.WriteError(w, r, http.StatusInternalServerError, api.CodeInternal, "memory store error", nil)
	}
}

func (h Handler) createEntity(w http.ResponseWriter, r *http.Request) {
	var in EntityInput
	if !api.DecodeJSON(w, r, &in) {
		return
	}
	e, err := h.Graph.CreateEntity(r.Context(), in)
	if err != nil {
		writeErr(w, r, err, "entity")
		return
	}
	api.WriteJSON(w, http.StatusCreated, e)
}

func (h Handler) getEntity(w http.ResponseWriter, r *http.Request) {
	e, err := h.Graph.GetEntity(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		writeErr(w, r, err, "entity")
		return
	}
	api.WriteJSON(w, http.StatusOK, e)
}

// intParam reads an integer query parameter, def when absent.
func intParam(w http.ResponseWriter, r *http.Request, name string, def int) (int, bool) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, true
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		api.WriteFieldError(w, r, name, "must be an integer")
		return 0, false
	}
	return n, true
}

func (h Handler) searchEntities(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, ok := intParam(w, r, "limit", 20)
	if !ok {
		return
	}
	archived := false
	if v := q.Get("include_archived"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			api.WriteFieldError(w, r, "include_archived", "must be true or false")
			return
		}
		archived = b
	}
	es, err := h.Graph.SearchEntities(r.Context(), SearchQuery{Query: q.Get("q"), Type: q.Get("type"), IncludeArchived: archived, Limit: limit})
	if err != nil {
		writeErr(w, r, err, "entity")
		return
	}
	api.WriteJSON(w, http.StatusOK, map[string]any{"entities": es, "total": len(es)})
}

func (h Handler) neighbors(w http.ResponseWriter, r *http.Request) {
	depth, ok := intParam(w, r, "depth", 1)
	if !ok {
		return
	}
	limit, ok := intParam(w, r, "limit", 100)
	if !ok {
		return
	}
	id := chi.URLParam(r, "id")
	root, err := h.Graph.GetEntity(r.Context(), id)
	if err != nil {
		writeErr(w, r, err, "entity")
		return
	}
	ns, err := h.Graph.Neighbors(r.Context(), id, depth, limit)
	if err != nil {
		writeErr(w, r, err, "entity")
		return
	}
	api.WriteJSON(w, http.StatusOK, map[string]any{"entity": root, "depth": depth, "neighbors": ns})
}

func (h Handler) createRelationship(w http.ResponseWriter, r *http.Request) {
	var in RelationshipInput
	if !api.DecodeJSON(w, r, &in) {
		return
	}
	rel, err := h.Graph.CreateRelationship(r.Context(), in)
	if err != nil {
		writeErr(w, r, err, "source or target entity")
		return
	}
	api.WriteJSON(w, http.StatusCreated, rel)
}

package retriever

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/auth"
)

// Arm actions.
const (
	// ActionSearch takes SearchRequest inputs; Data["retrieval"] is the
	// SearchResponse, Output the synthesis or a numbered list of results.
	ActionSearch = "search"
	// ActionIndex takes {"documents": [...]}; Data["index"] is the IndexResult.
	ActionIndex = "index"
	// ActionDelete takes {"id": "..."}.
	ActionDelete = "delete"
)

// ID implements arm.Arm.
func (r *Retriever) ID() string { return arm.TypeRetriever }

// Capabilities implements arm.Arm.
func (r *Retriever) Capabilities() arm.Capability {
	c := arm.Capability{ArmID: arm.TypeRetriever, Type: arm.TypeRetriever, Name: "Retriever",
		Description:  "Hybrid search over indexed documents: HNSW vectors and BM25/full-text keywords fused by RRF, metadata filters, citations",
		Capabilities: []string{"vector_search", "keyword_search", "citation_generation"},
		Actions:      []string{ActionSearch, ActionIndex, ActionDelete}, CostTier: 1, Endpoint: "in-process", MaxConcurrentTasks: 25}
	if r.cfg.Model != nil {
		c.CostTier = 2
		c.Capabilities = append(c.Capabilities, "rag_retrieval")
	}
	return c
}

func decodeInputs(in map[string]any, v any) error {
	b, err := json.Marshal(in)
	if err == nil {
		err = json.Unmarshal(b, v)
	}
	if err != nil {
		return arm.Errorf(arm.CodeInvalidInput, "retriever inputs: %v", err)
	}
	return nil
}

func toArmError(err error) error {
	switch {
	case errors.Is(err, ErrInvalid):
		return arm.Errorf(arm.CodeInvalidInput, "%s", strings.TrimPrefix(err.Error(), ErrInvalid.Error()+": "))
	case errors.Is(err, ErrNotFound):
		return arm.Errorf(arm.CodeInvalidInput, "%v", err)
	}
	return arm.AsError(err)
}

// Execute implements arm.Arm.
func (r *Retriever) Execute(ctx context.Context, req arm.Request) (arm.Result, error) {
	switch req.Action {
	case ActionSearch:
		var sr SearchRequest
		if err := decodeInputs(req.Inputs, &sr); err != nil {
			return arm.Result{}, err
		}
		res, err := r.Search(ctx, sr)
		if err != nil {
			return arm.Result{}, toArmError(err)
		}
		conf := 0.0
		if len(res.Results) > 0 {
			conf = res.Results[0].RelevanceScore
		}
		return arm.Result{Output: summarize(res), Data: map[string]any{"retrieval": res}, Confidence: conf,
			Tokens: res.Metadata.Tokens, CostUSD: res.Metadata.CostUSD, Model: res.Metadata.Model}, nil
	case ActionIndex:
		var in struct {
			Documents []Document `json:"documents"`
		}
		if err := decodeInputs(req.Inputs, &in); err != nil {
			return arm.Result{}, err
		}
		res, err := r.Index(ctx, in.Documents)
		if err != nil {
			return arm.Result{}, toArmError(err)
		}
		return arm.Result{Output: fmt.Sprintf("indexed %d document(s), %d chunk(s)", len(res.DocumentIDs), res.Chunks),
			Data: map[string]any{"index": res}, Confidence: 1}, nil
	case ActionDelete:
		id, _ := req.Inputs["id"].(string)
		if id == "" {
			return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "id: is required")
		}
		if err := r.Delete(ctx, id); err != nil {
			return arm.Result{}, toArmError(err)
		}
		return arm.Result{Output: "deleted " + id, Confidence: 1}, nil
	}
	return arm.Result{}, arm.Errorf(arm.CodeUnknownAction, "the retriever does %s, %s or %s, not %q", ActionSearch, ActionIndex, ActionDelete, req.Action)
}

// summarize renders a search for people (and for the judge): the synthesis
// with its sources, or the numbered results.
func summarize(res SearchResponse) string {
	var b strings.Builder
	if res.Synthesis != "" {
		b.WriteString(res.Synthesis)
		b.WriteString("\n\nSources:\n")
		for i, c := range res.Citations {
			fmt.Fprintf(&b, "[%d] %s\n", i+1, c)
		}
		return strings.TrimRight(b.String(), "\n")
	}
	if len(res.Results) == 0 {
		return "no results for " + fmt.Sprintf("%q", res.Query)
	}
	for _, r := range res.Results {
		snippet := []rune(strings.Join(strings.Fields(r.Content), " "))
		if len(snippet) > 300 {
			snippet = append(snippet[:300], '…')
		}
		title, _ := r.Metadata["title"].(string)
		fmt.Fprintf(&b, "[%d] %s (%s, relevance %.2f)\n%s\n", r.Rank, title, r.Source, r.RelevanceScore, string(snippet))
	}
	return strings.TrimRight(b.String(), "\n")
}

// DecodeResponse reads a SearchResponse from arm.Result.Data["retrieval"].
func DecodeResponse(v any) (SearchResponse, error) {
	if r, ok := v.(SearchResponse); ok {
		return r, nil
	}
	var r SearchResponse
	b, err := json.Marshal(v)
	if err == nil {
		err = json.Unmarshal(b, &r)
	}
	return r, err
}

// Handler serves the retriever's domain endpoints:
//
//	POST   /search        memory:read
//	POST   /index         memory:write
//	DELETE /index/{doc}   memory:write
type Handler struct {
	Retriever *Retriever
}

// Mount adds the routes to r (the app mounts them under /api/v1).
func (h Handler) Mount(r chi.Router) {
	r.With(auth.Require(auth.ScopeMemoryRead)).Post("/search", h.search)
	r.With(auth.Require(auth.ScopeMemoryWrite)).Post("/index", h.index)
	r.With(auth.Require(auth.ScopeMemoryWrite)).Delete("/index/{doc}", h.delete)
}

func writeErr(w http.ResponseWriter, r *http.Request, err error) {
	var ae *arm.Error
	switch {
	case errors.Is(err, ErrInvalid):
		msg := strings.TrimPrefix(err.Error(), ErrInvalid.Error()+": ")
		field, detail, _ := strings.Cut(msg, ": ")
		api.WriteFieldError(w, r, field, detail)
	case errors.Is(err, ErrNotFound):
		api.WriteError(w, r, http.StatusNotFound, api.CodeNotFound, "document not found", nil)
	case errors.As(err, &ae) && ae.Code == arm.CodeLLMRequired:
		api.WriteError(w, r, http.StatusServiceUnavailable, ae.Code, ae.Message, nil)
	default:
		api.WriteError(w, r, http.StatusInternalServerError, api.CodeInternal, "retriever error", nil)
	}
}

func (h Handler) search(w http.ResponseWriter, r *http.Request) {
	var req SearchRequest
	if !api.DecodeJSON(w, r, &req) {
		return
	}
	res, err := h.Retriever.Search(r.Context(), req)
	if err != nil {
		writeErr(w, r, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, res)
}

func (h Handler) index(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Documents []Document `json:"documents"`
	}
	if !api.DecodeJSON(w, r, &req) {
		return
	}
	res, err := h.Retriever.Index(r.Context(), req.Documents)
	if err != nil {
		writeErr(w, r, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, res)
}

func (h Handler) delete(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "doc")
	if err := h.Retriever.Delete(r.Context(), id); err != nil {
		writeErr(w, r, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, map[string]any{"deleted": id})
}

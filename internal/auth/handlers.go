package auth

import (
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/store"
)

// KeyView is an API key as the API shows it: never the hash.
type KeyView struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Prefix    string     `json:"prefix"`
	Scopes    []string   `json:"scopes"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
	// Key is set only in the answer to creation.
	Key string `json:"key,omitempty"`
}

func viewOf(k store.APIKey) KeyView {
	return KeyView{ID: k.ID, Name: k.Name, Prefix: k.Prefix, Scopes: k.Scopes, CreatedAt: k.CreatedAt, RevokedAt: k.RevokedAt}
}

// KeyHandlers serves /keys under an authenticated router.
type KeyHandlers struct {
	Keys *Keys
	Log  *slog.Logger
}

// Mount adds the key routes to r; every route needs the admin scope.
func (h KeyHandlers) Mount(r chi.Router) {
	r.With(Require(ScopeAdmin)).Post("/keys", h.create)
	r.With(Require(ScopeAdmin)).Get("/keys", h.list)
	r.With(Require(ScopeAdmin)).Delete("/keys/{id}", h.revoke)
}

type createKeyRequest struct {
	Name   string   `json:"name"`
	Scopes []string `json:"scopes"`
}

func (h KeyHandlers) create(w http.ResponseWriter, r *http.Request) {
	var req createKeyRequest
	if !api.DecodeJSON(w, r, &req) {
		return
	}
	rec, plain, err := h.Keys.Create(r.Context(), req.Name, req.Scopes)
	switch {
	case errors.Is(err, ErrInvalidName):
		api.WriteFieldError(w, r, "name", "must be 1-100 characters")
		return
	case errors.Is(err, ErrUnknownScope):
		api.WriteError(w, r, http.StatusBadRequest, api.CodeValidation, err.Error(),
			[]api.FieldError{{Field: "scopes", Message: err.Error()}})
		return
	case err != nil:
		h.Log.Error("create key", "request_id", api.RequestIDFrom(r.Context()), "err", err)
		api.WriteError(w, r, http.StatusInternalServerError, api.CodeInternal, "could not create the key", nil)
		return
	}
	v := viewOf(rec)
	v.Key = plain
	w.Header().Set("Location", "/api/v1/keys/"+rec.ID)
	api.WriteJSON(w, http.StatusCreated, v)
}

func (h KeyHandlers) list(w http.ResponseWriter, r *http.Request) {
	keys, err := h.Keys.List(r.Context())
	if err != nil {
		h.Log.Error("list keys", "request_id", api.RequestIDFrom(r.Context()), "err", err)
		api.WriteError(w, r, http.StatusInternalServerError, api.CodeInternal, "could not list keys", nil)
		return
	}
	out := make([]KeyView, 0, len(keys))
	for _, k := range keys {
		out = append(out, viewOf(k))
	}
	api.WriteJSON(w, http.StatusOK, map[string]any{"keys": out})
}

func (h KeyHandlers) revoke(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	err := h.Keys.Revoke(r.Context(), id)
	switch {
	case errors.Is(err, store.ErrNotFound):
		api.WriteError(w, r, http.StatusNotFound, api.CodeNotFound, "no active key with id "+id, nil)
	case err != nil:
		h.Log.Error("revoke key", "request_id", api.RequestIDFrom(r.Context()), "err", err)
		api.WriteError(w, r, http.StatusInternalServerError, api.CodeInternal, "could not revoke the key", nil)
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

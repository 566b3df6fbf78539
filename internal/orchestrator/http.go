package orchestrator

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/auth"
)

// Handlers serves the task API.
type Handlers struct {
	O   *Orchestrator
	Log *slog.Logger
	// PollInterval is how often an event stream re-reads the task from the
	// store (it catches events published by other processes; default 1 s).
	PollInterval time.Duration
}

// Mount adds the task API to r (mounted under /api/v1 behind auth).
func (h Handlers) Mount(r chi.Router) {
	r.With(auth.Require(auth.ScopeTaskSubmit)).Post("/tasks", h.submit)
	r.With(auth.Require(auth.ScopeTaskRead)).Get("/tasks", h.list)
	r.With(auth.Require(auth.ScopeTaskRead)).Get("/tasks/{id}", h.get)
	r.With(auth.Require(auth.ScopeTaskRead)).Get("/tasks/{id}/events", h.events)
	r.With(auth.Require(auth.ScopeTaskRead)).Get("/tasks/{id}/provenance", h.provenance)
	r.With(auth.Require(auth.ScopeTaskCancel)).Post("/tasks/{id}/cancel", h.cancel)
	r.With(auth.Require(auth.ScopeTaskCancel)).Delete("/tasks/{id}", h.cancel)
	r.With(auth.Require(auth.ScopeArmList)).Get("/arms", h.arms)
}

// MountAliases adds the original orchestrator's POST /submit and
// GET /tasks/{id} (mounted at the root behind auth).
func (h Handlers) MountAliases(r chi.Router) {
	r.With(auth.Require(auth.ScopeTaskSubmit)).Post("/submit", h.submit)
	r.With(auth.Require(auth.ScopeTaskRead)).Get("/tasks/{id}", h.get)
}

// tenant is the submitting key; admin keys see every tenant's tasks on
// reads but submit as themselves.
func tenant(r *http.Request, forRead bool) string {
	p, _ := auth.PrincipalFrom(r.Context())
	if forRead && p.Has(auth.ScopeAdmin) {
		return ""
	}
	return p.KeyID
}

func (h Handlers) submit(w http.ResponseWriter, r *http.Request) {
	var req TaskRequest
	if !api.DecodeJSON(w, r, &req) {
		return
	}
	sub, err := h.O.Submit(r.Context(), tenant(r, false), req)
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/tasks/"+sub.TaskID)
	api.WriteJSON(w, http.StatusAccepted, sub)
}

func (h Handlers) writeErr(w http.ResponseWriter, r *http.Request, err error) {
	var se *SubmitError
	switch {
	case errors.As(err, &se) && se.Code == CodeInjection:
		api.WriteError(w, r, http.StatusBadRequest, se.Code, se.Message, map[string]any{"injection_detected": true, "matches": se.Details})
	case errors.As(err, &se):
		api.WriteFieldError(w, r, se.Field, se.Message)
	case errors.Is(err, ErrNotFound):
		api.WriteError(w, r, http.StatusNotFound, api.CodeNotFound, "no such task", nil)
	default:
		if h.Log != nil {
			h.Log.ErrorContext(r.Context(), "task api", "request_id", api.RequestIDFrom(r.Context()), "err", err)
		}
		api.WriteError(w, r, http.StatusInternalServerError, api.CodeInternal, "internal error; see the server log for request "+api.RequestIDFrom(r.Context()), nil)
	}
}

func (h Handlers) get(w http.ResponseWriter, r *http.Request) {
	v, err := h.O.Get(r.Context(), tenant(r, true), chi.URLParam(r, "id"))
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, v)
}

func (h Handlers) list(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit := 0
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 200 {
			api.WriteFieldError(w, r, "limit", "must be an integer between 1 and 200")
			return
		}
		limit = n
	}
	tasks, next, err := h.O.List(r.Context(), tenant(r, true), q.Get("status"), limit, q.Get("cursor"))
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, map[string]any{"tasks": tasks, "next_cursor": next})
}

func (h Handlers) cancel(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	status, err := h.O.Cancel(r.Context(), tenant(r, true), id)
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, map[string]any{"task_id": id, "status": status})
}

func (h Handlers) provenance(w http.ResponseWriter, r *http.Request) {
	acts, err := h.O.Provenance(r.Context(), tenant(r, true), chi.URLParam(r, "id"))
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	type action struct {
		ActionID        string          `json:"action_id"`
		ArmID           string          `json:"arm_id"`
		ActionType      string          `json:"action_type"`
		Input           json.RawMessage `json:"input,omitempty"`
		Output          json.RawMessage `json:"output,omitempty"`
		Confidence      float64         `json:"confidence"`
		ExecutionTimeMS int             `json:"execution_time_ms"`
		Timestamp       time.Time       `json:"timestamp"`
	}
	out := make([]action, 0, len(acts))
	for _, a := range acts {
		out = append(out, action{a.ID, a.ArmID, a.ActionType, a.Input, a.Output, a.Confidence, a.ExecutionTimeMS, a.Timestamp})
	}
	api.WriteJSON(w, http.StatusOK, map[string]any{"task_id": chi.URLParam(r, "id"), "actions": out})
}

func (h Handlers) arms(w http.ResponseWriter, _ *http.Request) {
	api.WriteJSON(w, http.StatusOK, map[string]any{"arms": h.O.Arms()})
}

// events streams Server-Sent Events: a snapshot first, then live events
// from the in-process broker, with the store polled as a fallback for
// tasks run by other processes. The stream ends after the terminal status.
func (h Handlers) events(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	ten := tenant(r, true)
	ch, unsub := h.O.Subscribe(id)
	defer unsub()
	v, err := h.O.Get(r.Context(), ten, id)
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	fl, ok := w.(http.Flusher)
	if !ok {
		api.WriteError(w, r, http.StatusInternalServerError, api.CodeInternal, "streaming unsupported", nil)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	send := func(e Event) {
		b, _ := json.Marshal(e)
		fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.Type, b)
		fl.Flush()
	}
	snapshot := func(v TaskView) Event {
		e := Event{Type: "status", TaskID: id, Status: v.Status, Time: time.Now().UTC(), Progress: &v.Progress}
		if v.Result != nil {
			e.Output = clip(v.Result.Output, 4000)
		}
		if v.Error != nil {
			e.Error = v.Error.Message
		}
		return e
	}
	send(snapshot(v))
	last := v.Status
	if Terminal(last) {
		return
	}
	poll := h.PollInterval
	if poll <= 0 {
		poll = time.Second
	}
	tick := time.NewTicker(poll)
	defer tick.Stop()
	keepalive := time.NewTicker(15 * time.Second)
	defer keepalive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case e := <-ch:
			if e.Type == "status" && Terminal(e.Status) {
				// Read the final state back so the stream ends with the
				// stored result.
				if v, err := h.O.Get(r.Context(), ten, id); err == nil {
					send(snapshot(v))
				} else {
					send(e)
				}
				return
			}
			send(e)
			if e.Type == "status" {
				last = e.Status
			}
		case <-tick.C:
			v, err := h.O.Get(r.Context(), ten, id)
			if err != nil {
				return
			}
			if v.Status != last {
				last = v.Status
				send(snapshot(v))
				if Terminal(last) {
					return
				}
			}
		case <-keepalive.C:
			fmt.Fprint(w, ": keepalive\n\n")
			fl.Flush()
		}
	}
}

package executor

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/arm"
)

// APIRequest is the body of POST /api/v1/execute.
type APIRequest struct {
	// ActionType is shell (default), http or python.
	ActionType string `json:"action_type"`
	// Command is the program (shell), the Python source (python) or the
	// URL (http, when url is empty).
	Command string   `json:"command"`
	Args    []string `json:"args,omitempty"`
	Stdin   string   `json:"stdin,omitempty"`
	// Files are written into /workspace first, keyed by relative path.
	Files map[string]string `json:"files,omitempty"`
	Env   map[string]string `json:"env,omitempty"`
	// TimeoutSeconds is 1–300 (default 30), capped per command by policy.
	TimeoutSeconds *float64 `json:"timeout_seconds,omitempty"`
	// Limits tighten the policy's sandbox limits.
	Limits RequestLimits `json:"limits,omitempty"`
	// URL, Method, Headers and Body describe an http action.
	URL     string            `json:"url,omitempty"`
	Method  string            `json:"method,omitempty"`
	Headers map[string]string `json:"headers,omitempty"`
	Body    string            `json:"body,omitempty"`
	// CapabilityToken authorises the request (required).
	CapabilityToken string `json:"capability_token"`
	// Metadata may carry task_id and step_id for provenance.
	Metadata map[string]any `json:"metadata,omitempty"`
}

// Handler serves the executor's API.
type Handler struct {
	E *Executor
}

// Mount adds POST /execute and GET /executor/capabilities to r (the
// authenticated /api/v1 group, scope sandbox:execute).
func (h Handler) Mount(r chi.Router) {
	r.Post("/execute", h.execute)
	r.Get("/executor/capabilities", h.capabilities)
}

// MountAliases adds the original's POST /execute to the root group.
func (h Handler) MountAliases(r chi.Router) {
	r.Post("/execute", h.execute)
}

func (h Handler) capabilities(w http.ResponseWriter, _ *http.Request) {
	api.WriteJSON(w, http.StatusOK, h.E.Info())
}

func (h Handler) execute(w http.ResponseWriter, r *http.Request) {
	var in APIRequest
	if !api.DecodeJSON(w, r, &in) {
		return
	}
	req := Request{
		ActionType: in.ActionType, Command: in.Command, Args: in.Args, Env: in.Env, Limits: in.Limits,
		URL: in.URL, Method: in.Method, CapabilityToken: in.CapabilityToken, Source: "api",
	}
	if in.Stdin != "" {
		req.Stdin = []byte(in.Stdin)
	}
	if in.Body != "" {
		req.Body = []byte(in.Body)
	}
	if len(in.Files) > 0 {
		req.Files = make(map[string][]byte, len(in.Files))
		for k, v := range in.Files {
			req.Files[k] = []byte(v)
		}
	}
	if len(in.Headers) > 0 {
		req.Header = http.Header{}
		for k, v := range in.Headers {
			req.Header.Set(k, v)
		}
	}
	if in.TimeoutSeconds != nil {
		t := *in.TimeoutSeconds
		maxT := float64(h.E.policy.Limits.MaxTimeoutSeconds)
		if math.IsNaN(t) || t < 1 || t > maxT {
			api.WriteFieldError(w, r, "timeout_seconds", fmt.Sprintf("must be between 1 and %g", maxT))
			return
		}
		req.Timeout = time.Duration(t * float64(time.Second))
	}
	if s, ok := in.Metadata["task_id"].(string); ok {
		req.TaskID = s
	}
	if s, ok := in.Metadata["step_id"].(string); ok {
		req.StepID = s
	}
	resp, err := h.E.Run(r.Context(), req)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	// A command that ran is a 200 whatever its exit code.
	api.WriteJSON(w, http.StatusOK, resp)
}

// deniedDetails is the body detail of a 403.
type deniedDetails struct {
	Rule            string   `json:"rule"`
	Value           string   `json:"value,omitempty"`
	AllowedCommands []string `json:"allowed_commands"`
}

func (h Handler) writeError(w http.ResponseWriter, r *http.Request, err error) {
	var pe *PolicyError
	var te *TokenError
	var re *RequestError
	switch {
	case errors.As(err, &re):
		api.WriteError(w, r, http.StatusBadRequest, api.CodeValidation, re.Error(), []api.FieldError{{Field: re.Field, Message: re.Message}})
	case errors.As(err, &te):
		api.WriteError(w, r, http.StatusUnauthorized, arm.CodeInvalidToken, te.Error(), nil)
	case errors.As(err, &pe):
		api.WriteError(w, r, http.StatusForbidden, arm.CodeForbidden, pe.Message,
			deniedDetails{Rule: pe.Rule, Value: pe.Value, AllowedCommands: h.E.policy.AllowedCommands()})
	case errors.Is(err, ErrBusy):
		w.Header().Set("Retry-After", "1")
		api.WriteError(w, r, http.StatusServiceUnavailable, api.CodeUnavailable, err.Error(), nil)
	case errors.Is(err, ErrUnavailable):
		api.WriteError(w, r, http.StatusServiceUnavailable, api.CodeUnavailable, err.Error(), nil)
	default:
		api.WriteError(w, r, http.StatusInternalServerError, api.CodeInternal, err.Error(), nil)
	}
}

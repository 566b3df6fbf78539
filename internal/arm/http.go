package arm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/api"
)

// wireRequest is the body of POST /api/v1/arms/{arm}/execute: the spec's
// generic arm contract (§2.0) narrowed to one step.
type wireRequest struct {
	TaskID          string         `json:"task_id"`
	StepID          string         `json:"step_id"`
	Action          string         `json:"action"`
	Inputs          map[string]any `json:"inputs,omitempty"`
	CapabilityToken string         `json:"capability_token,omitempty"`
	TimeoutSeconds  float64        `json:"timeout_seconds,omitempty"`
}

// wireResponse is its answer.
type wireResponse struct {
	TaskID  string  `json:"task_id"`
	Success bool    `json:"success"`
	Result  *Result `json:"result,omitempty"`
	Error   *Error  `json:"error,omitempty"`
	ArmID   string  `json:"arm_id"`
	// DurationMS is how long the arm worked.
	DurationMS int64 `json:"duration_ms"`
}

// Handler serves the generic arm adapter for the arms of a registry (or any
// lookup): POST /arms/{arm}/execute and GET /arms/{arm}/capabilities.
type Handler struct {
	// Lookup finds a local arm by id or type.
	Lookup func(id string) (Arm, bool)
	// MaxTimeout caps timeout_seconds (default 300 s).
	MaxTimeout time.Duration
}

// Mount adds the adapter routes to r (mounted under /api/v1 by the app,
// behind authentication).
func (h Handler) Mount(r chi.Router) {
	r.Post("/arms/{arm}/execute", h.execute)
	r.Get("/arms/{arm}/capabilities", h.capabilities)
}

func (h Handler) find(w http.ResponseWriter, r *http.Request) (Arm, bool) {
	id := chi.URLParam(r, "arm")
	a, ok := h.Lookup(id)
	if !ok {
		api.WriteError(w, r, http.StatusNotFound, api.CodeNotFound, fmt.Sprintf("arm %q is not served by this process", id), nil)
	}
	return a, ok
}

func (h Handler) capabilities(w http.ResponseWriter, r *http.Request) {
	if a, ok := h.find(w, r); ok {
		api.WriteJSON(w, http.StatusOK, a.Capabilities())
	}
}

func (h Handler) execute(w http.ResponseWriter, r *http.Request) {
	a, ok := h.find(w, r)
	if !ok {
		return
	}
	var req wireRequest
	if !api.DecodeJSON(w, r, &req) {
		return
	}
	if strings.TrimSpace(req.Action) == "" {
		api.WriteFieldError(w, r, "action", "is required")
		return
	}
	maxT := h.MaxTimeout
	if maxT <= 0 {
		maxT = 300 * time.Second
	}
	timeout := 30 * time.Second
	if req.TimeoutSeconds != 0 {
		if req.TimeoutSeconds < 0 || time.Duration(req.TimeoutSeconds*float64(time.Second)) > maxT {
			api.WriteFieldError(w, r, "timeout_seconds", fmt.Sprintf("must be between 0 and %g", maxT.Seconds()))
			return
		}
		timeout = time.Duration(req.TimeoutSeconds * float64(time.Second))
	}
	// The arm gets a little more than its step timeout on the context so it
	// can report a clean timeout (with partial output) itself.
	ctx, cancel := context.WithTimeout(r.Context(), timeout+2*time.Second)
	defer cancel()
	start := time.Now()
	res, err := a.Execute(ctx, Request{
		TaskID: req.TaskID, StepID: req.StepID, Action: req.Action, Inputs: req.Inputs,
		CapabilityToken: req.CapabilityToken, Timeout: timeout,
	})
	out := wireResponse{TaskID: req.TaskID, ArmID: a.ID(), DurationMS: time.Since(start).Milliseconds()}
	if err != nil {
		out.Error = AsError(err)
	} else {
		out.Success = true
		out.Result = &res
	}
	// Arm failures are results of a well-formed call: 200 with success
	// false, so the client can tell them from transport errors.
	api.WriteJSON(w, http.StatusOK, out)
}

// HTTPConfig configures an HTTPClient.
type HTTPConfig struct {
	// BaseURL is the remote role, e.g. http://127.0.0.1:8003.
	BaseURL string
	// APIKey authenticates this process to the remote role.
	APIKey string
	// Capability describes the remote arm (ArmID names it on the remote).
	Capability Capability
	// Client is the HTTP client (default: a client without overall timeout;
	// each call is bounded by its step timeout).
	Client *http.Client
}

// HTTPClient is an Arm served by another process.
type HTTPClient struct {
	cfg HTTPConfig
}

var _ Arm = (*HTTPClient)(nil)

// NewHTTPClient returns an Arm that calls a remote arm adapter.
func NewHTTPClient(cfg HTTPConfig) (*HTTPClient, error) {
	if cfg.BaseURL == "" || cfg.Capability.ArmID == "" || cfg.Capability.Type == "" {
		return nil, errors.New("arm: HTTP client needs BaseURL, Capability.ArmID and Capability.Type")
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{}
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	if cfg.Capability.Endpoint == "" {
		cfg.Capability.Endpoint = cfg.BaseURL
	}
	return &HTTPClient{cfg: cfg}, nil
}

// ID implements Arm.
func (c *HTTPClient) ID() string { return c.cfg.Capability.ArmID }

// Capabilities implements Arm.
func (c *HTTPClient) Capabilities() Capability { return c.cfg.Capability }

// Execute implements Arm over HTTP.
func (c *HTTPClient) Execute(ctx context.Context, req Request) (Result, error) {
	timeout := req.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	body, err := json.Marshal(wireRequest{
		TaskID: req.TaskID, StepID: req.StepID, Action: req.Action, Inputs: req.Inputs,
		CapabilityToken: req.CapabilityToken, TimeoutSeconds: timeout.Seconds(),
	})
	if err != nil {
		return Result{}, Errorf(CodeInvalidInput, "encode request: %v", err)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout+5*time.Second)
	defer cancel()
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.BaseURL+"/api/v1/arms/"+c.cfg.Capability.ArmID+"/execute", bytes.NewReader(body))
	if err != nil {
		return Result{}, Errorf(CodeInternal, "build request: %v", err)
	}
	hreq.Header.Set("Content-Type", "application/json")
	if c.cfg.APIKey != "" {
		hreq.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	}
	if rid := api.RequestIDFrom(ctx); rid != "" {
		hreq.Header.Set(api.HeaderRequestID, rid)
	}
	resp, err := c.cfg.Client.Do(hreq)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return Result{}, Errorf(CodeTimeout, "arm %s did not answer within %s", c.ID(), timeout)
		}
		return Result{}, Errorf(CodeUnavailable, "arm %s at %s: %v", c.ID(), c.cfg.BaseURL, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	if err != nil {
		return Result{}, Errorf(CodeUnavailable, "read answer of arm %s: %v", c.ID(), err)
	}
	if resp.StatusCode != http.StatusOK {
		var env api.ErrorBody
		msg := strings.TrimSpace(string(b))
		if json.Unmarshal(b, &env) == nil && env.Error.Message != "" {
			msg = env.Error.Code + ": " + env.Error.Message
		}
		code := CodeUnavailable
		switch {
		case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
			code = CodeForbidden
		case resp.StatusCode >= 400 && resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests:
			code = CodeInvalidInput
		}
		return Result{}, Errorf(code, "arm %s answered %d: %s", c.ID(), resp.StatusCode, msg)
	}
	var out wireResponse
	if err := json.Unmarshal(b, &out); err != nil {
		return Result{}, Errorf(CodeInternal, "decode answer of arm %s: %v", c.ID(), err)
	}
	if !out.Success {
		if out.Error == nil {
			return Result{}, Errorf(CodeInternal, "arm %s failed without an error", c.ID())
		}
		return Result{}, out.Error
	}
	if out.Result == nil {
		return Result{}, Errorf(CodeInternal, "arm %s succeeded without a result", c.ID())
	}
	return *out.Result, nil
}

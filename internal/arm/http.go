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
	"sync/atomic"
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
	// described is the capability the remote reported (GET
	// /arms/{arm}/capabilities); nil until Describe succeeded. Until then
	// Capabilities is the configured one, which usually lists no actions,
	// cost tier or tags, so routing would treat the arm as a blank.
	described atomic.Pointer[Capability]
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

// Capabilities implements Arm: what the remote arm reported once Describe
// (or the first Execute) reached it, the configured capability before.
func (c *HTTPClient) Capabilities() Capability {
	if d := c.described.Load(); d != nil {
		return *d
	}
	return c.cfg.Capability
}

// Describe asks the remote arm for its capability and keeps it for
// Capabilities. The remote must be the configured arm (same id and type);
// Endpoint stays the base URL this client calls.
func (c *HTTPClient) Describe(ctx context.Context) (Capability, error) {
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, c.cfg.BaseURL+"/api/v1/arms/"+c.cfg.Capability.ArmID+"/capabilities", nil)
	if err != nil {
		return Capability{}, Errorf(CodeInternal, "build request: %v", err)
	}
	if c.cfg.APIKey != "" {
		hreq.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	}
	resp, err := c.cfg.Client.Do(hreq)
	if err != nil {
		return Capability{}, c.transportError(ctx, err, 0)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return Capability{}, Errorf(CodeUnavailable, "read capabilities of arm %s: %v", c.ID(), err)
	}
	if resp.StatusCode != http.StatusOK {
		return Capability{}, envelopeError(c.ID(), resp.StatusCode, b)
	}
	var got Capability
	if err := json.Unmarshal(b, &got); err != nil {
		return Capability{}, Errorf(CodeInternal, "decode capabilities of arm %s: %v", c.ID(), err)
	}
	if got.ArmID != c.cfg.Capability.ArmID || got.Type != c.cfg.Capability.Type {
		return Capability{}, Errorf(CodeUnavailable, "%s serves arm %q of type %q, not %q of type %q",
			c.cfg.BaseURL, got.ArmID, got.Type, c.cfg.Capability.ArmID, c.cfg.Capability.Type)
	}
	got.Endpoint = c.cfg.Capability.Endpoint
	c.described.Store(&got)
	return got, nil
}

// Execute implements Arm over HTTP.
func (c *HTTPClient) Execute(ctx context.Context, req Request) (Result, error) {
	if c.described.Load() == nil {
		// Learn what the arm is on first use (the remote may not have been
		// up when this process started). A failure here is not the call's:
		// the call itself reports an unreachable arm.
		dctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		_, _ = c.Describe(dctx)
		cancel()
	}
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
		return Result{}, c.transportError(ctx, err, timeout)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	if err != nil {
		return Result{}, c.transportError(ctx, err, timeout)
	}
	if resp.StatusCode != http.StatusOK {
		return Result{}, envelopeError(c.ID(), resp.StatusCode, b)
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

// transportError classifies a failed exchange. The caller giving up is not
// the arm's fault: a cancelled context or a passed deadline is a timeout
// (as AsError makes it for an arm in process, and still errors.Is
// context.Canceled); only a remote that cannot be reached or dropped the
// connection is unavailable.
func (c *HTTPClient) transportError(ctx context.Context, err error, timeout time.Duration) error {
	switch {
	case errors.Is(ctx.Err(), context.Canceled):
		return &Error{Code: CodeTimeout, Message: fmt.Sprintf("call of arm %s abandoned: %v", c.ID(), context.Cause(ctx)), cause: ctx.Err()}
	case ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded):
		if timeout <= 0 {
			return &Error{Code: CodeTimeout, Message: fmt.Sprintf("arm %s did not answer in time", c.ID()), cause: err}
		}
		return &Error{Code: CodeTimeout, Message: fmt.Sprintf("arm %s did not answer within %s", c.ID(), timeout), cause: err}
	}
	return Errorf(CodeUnavailable, "arm %s at %s: %v", c.ID(), c.cfg.BaseURL, err)
}

// envelopeError maps an API error envelope (the adapter refusing the call
// itself, not the arm failing) back to an *Error. A code that is already an
// arm code is kept; the API's codes map to the nearest arm code. The
// envelope's code, status and field details are kept in Details.
func envelopeError(id string, status int, body []byte) *Error {
	var env api.ErrorBody
	msg := strings.TrimSpace(string(body))
	if json.Unmarshal(body, &env) == nil && env.Error.Message != "" {
		msg = env.Error.Message
	}
	code := CodeUnavailable
	switch {
	case isArmCode(env.Error.Code):
		code = env.Error.Code
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		code = CodeForbidden
	case status == http.StatusTooManyRequests || status == http.StatusRequestTimeout:
		code = CodeUnavailable
	case status >= 400 && status < 500:
		code = CodeInvalidInput
	}
	e := Errorf(code, "arm %s answered %d: %s", id, status, msg)
	e.Details = map[string]any{"status": status}
	if env.Error.Code != "" {
		e.Details["api_code"] = env.Error.Code
	}
	if env.Error.Details != nil {
		e.Details["fields"] = env.Error.Details
	}
	return e
}

func isArmCode(code string) bool {
	switch code {
	case CodeInvalidInput, CodeInvalidToken, CodeForbidden, CodeTimeout, CodeUnavailable, CodeInternal,
		CodeLLMRequired, CodeExecution, CodeCircuitOpen, CodeUnknownAction:
		return true
	}
	return false
}

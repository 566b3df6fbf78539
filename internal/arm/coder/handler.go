package coder

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
)

// ActionCode is the coder's arm action: inputs of Request; Data["code"] is
// the Result, Data["exit_code"] and Data["tests_passed"] report the test
// run (when tests ran) and Output is the code (or, for analyze/explain, the
// explanation). Code that still fails its checks after the fix rounds is an
// execution error whose details hold the same data. Every request type is
// also accepted as an action name ("generate", "debug", ...), setting
// request_type.
const ActionCode = "code"

// ID implements arm.Arm.
func (c *Coder) ID() string { return arm.TypeCoder }

// Capabilities implements arm.Arm.
func (c *Coder) Capabilities() arm.Capability {
	return arm.Capability{ArmID: arm.TypeCoder, Type: arm.TypeCoder, Name: "Coder",
		Description:  "Generates, debugs, refactors, analyses, tests, explains and optimises code; checks syntax with real toolchains and runs the tests in the sandbox",
		Capabilities: []string{"code_generation", "code_debugging", "code_refactoring", "code_analysis", "test_generation", "code_explanation"},
		Actions:      append([]string{ActionCode}, RequestTypes()...), CostTier: 4, Endpoint: "in-process", MaxConcurrentTasks: 10}
}

// Execute implements arm.Arm.
func (c *Coder) Execute(ctx context.Context, r arm.Request) (arm.Result, error) {
	var req Request
	b, _ := json.Marshal(r.Inputs)
	if err := json.Unmarshal(b, &req); err != nil {
		return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "coder inputs: %v", err)
	}
	switch {
	case r.Action == ActionCode:
	case contains(RequestTypes(), r.Action):
		req.RequestType = r.Action
	default:
		return arm.Result{}, arm.Errorf(arm.CodeUnknownAction, "the coder does %s (or one of %s), not %q", ActionCode, strings.Join(RequestTypes(), ", "), r.Action)
	}
	res, err := c.Generate(ctx, req)
	if err != nil {
		if errors.Is(err, ErrInvalid) {
			return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "%s", strings.TrimPrefix(err.Error(), ErrInvalid.Error()+": "))
		}
		return arm.Result{}, arm.AsError(err)
	}
	out := res.Code
	if !wantsCode(res.Metadata.RequestType) || out == "" {
		out = res.Explanation
	}
	data := map[string]any{"code": res}
	if tr := res.TestRun; tr != nil {
		// The test run's exit code is what a judge checks "exit code 0"
		// against: the orchestrator passes exit_code on as a fact.
		data["exit_code"] = tr.ExitCode
		data["tests_passed"] = tr.Passed
	}
	if !res.Success {
		msg := "the generated code still fails its checks: " + strings.Join(res.Warnings, "; ")
		if tr := res.TestRun; tr != nil && !tr.Passed {
			msg += "\n" + truncate(tr.Output, 1500)
		}
		// Not retryable: the fix rounds already sent every failure back to
		// the model; starting over would repeat them at full cost.
		return arm.Result{}, &arm.Error{Code: arm.CodeExecution, Message: msg, Details: data}
	}
	return arm.Result{Output: out, Data: data, Confidence: res.Confidence,
		Tokens: res.Metadata.TokensUsed, CostUSD: res.Metadata.CostUSD, Model: res.Metadata.Model}, nil
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// DecodeResult reads a Result from arm.Result.Data["code"].
func DecodeResult(v any) (Result, error) { return arm.DecodeData[Result](v) }

// Handler serves POST /code.
type Handler struct {
	Coder *Coder
}

// Mount adds POST /code to r (the app mounts it under /api/v1).
func (h Handler) Mount(r chi.Router) { r.Post("/code", h.code) }

func (h Handler) code(w http.ResponseWriter, r *http.Request) {
	var req Request
	if !api.DecodeJSON(w, r, &req) {
		return
	}
	res, err := h.Coder.Generate(r.Context(), req)
	if err != nil {
		var ae *arm.Error
		switch {
		case errors.Is(err, ErrInvalid):
			msg := strings.TrimPrefix(err.Error(), ErrInvalid.Error()+": ")
			field, detail, _ := strings.Cut(msg, ": ")
			api.WriteFieldError(w, r, field, detail)
		case errors.As(err, &ae) && ae.Code == arm.CodeLLMRequired:
			api.WriteError(w, r, http.StatusServiceUnavailable, ae.Code, ae.Message, nil)
		case errors.As(err, &ae) && (ae.Code == arm.CodeExecution || ae.Code == arm.CodeUnavailable):
			api.WriteError(w, r, http.StatusBadGateway, ae.Code, ae.Message, nil)
		case errors.As(err, &ae) && ae.Code == arm.CodeTimeout:
			api.WriteError(w, r, http.StatusGatewayTimeout, ae.Code, ae.Message, nil)
		default:
			api.WriteError(w, r, http.StatusInternalServerError, api.CodeInternal, fmt.Sprintf("coder: %v", err), nil)
		}
		return
	}
	api.WriteJSON(w, http.StatusOK, res)
}

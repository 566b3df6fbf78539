package guardian

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

// Arm actions the guardian accepts.
const (
	// ActionCheck takes the inputs of Request; Data["safety"] is the Result
	// and Output the sanitized text.
	ActionCheck = "check"
	// ActionScan reports findings without blocking (block_on_high_risk
	// false); Output is a one-line summary.
	ActionScan = "scan"
	// ActionRedact returns the redacted text (PII and secrets) as Output.
	ActionRedact = "redact"
)

var _ arm.Arm = (*Guardian)(nil)

// ID implements arm.Arm.
func (g *Guardian) ID() string { return arm.TypeGuardian }

// Capabilities implements arm.Arm.
func (g *Guardian) Capabilities() arm.Capability {
	return arm.Capability{ArmID: arm.TypeGuardian, Type: arm.TypeGuardian, Name: "Safety Guardian",
		Description:  "Checks text for PII, secrets, malicious content (SQL injection, XSS, path traversal, shell and prompt injection) and CEL policy rules; redacts and decides whether to block",
		Capabilities: []string{"pii_detection", "secret_detection", "content_filtering", "policy_enforcement", "input_sanitization", "output_redaction"},
		Actions:      []string{ActionCheck, ActionScan, ActionRedact}, CostTier: 1, Endpoint: "in-process", MaxConcurrentTasks: 50}
}

// Execute implements arm.Arm.
func (g *Guardian) Execute(ctx context.Context, r arm.Request) (arm.Result, error) {
	var req Request
	b, _ := json.Marshal(r.Inputs)
	if err := json.Unmarshal(b, &req); err != nil {
		return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "guardian inputs: %v", err)
	}
	switch r.Action {
	case ActionCheck:
	case ActionScan:
		f := false
		req.BlockOnHighRisk = &f
	case ActionRedact:
		t := true
		req.RedactPII = &t
		req.CheckTypes = []string{CheckPII, CheckSecrets}
	default:
		return arm.Result{}, arm.Errorf(arm.CodeUnknownAction, "the guardian does %s, %s or %s, not %q", ActionCheck, ActionScan, ActionRedact, r.Action)
	}
	res, err := g.Check(ctx, req)
	if err != nil {
		return arm.Result{}, toArmError(err)
	}
	out := res.SanitizedText
	if r.Action == ActionScan {
		out = summary(res)
	}
	return arm.Result{Output: out, Data: map[string]any{"safety": res}, Confidence: 1}, nil
}

func summary(res Result) string {
	if len(res.Issues) == 0 {
		return "no issues found (risk none)"
	}
	var kinds []string
	for _, i := range res.Issues {
		kinds = appendUnique(kinds, i.MatchedPattern)
	}
	return fmt.Sprintf("%d issue(s), risk %s: %s", len(res.Issues), res.RiskLevel, strings.Join(kinds, ", "))
}

func toArmError(err error) error {
	switch {
	case errors.Is(err, ErrInvalidRequest):
		return arm.Errorf(arm.CodeInvalidInput, "%s", strings.TrimPrefix(err.Error(), "guardian: invalid request: "))
	case errors.Is(err, context.DeadlineExceeded):
		return arm.Errorf(arm.CodeTimeout, "guardian check: %v", err)
	}
	return arm.AsError(err)
}

// DecodeResult reads a Result from arm.Result.Data["safety"] (a Result in
// process, a JSON object over HTTP).
func DecodeResult(v any) (Result, error) { return arm.DecodeData[Result](v) }

// Handler serves POST /check.
type Handler struct {
	Guardian *Guardian
}

// Mount adds POST /check to r (the app mounts it under /api/v1).
func (h Handler) Mount(r chi.Router) { r.Post("/check", h.check) }

func (h Handler) check(w http.ResponseWriter, r *http.Request) {
	var req Request
	if !api.DecodeJSON(w, r, &req) {
		return
	}
	res, err := h.Guardian.Check(r.Context(), req)
	if err != nil {
		if errors.Is(err, ErrInvalidRequest) {
			msg := strings.TrimPrefix(err.Error(), "guardian: invalid request: ")
			field, detail, _ := strings.Cut(msg, ": ")
			api.WriteFieldError(w, r, field, detail)
			return
		}
		ae := arm.AsError(err)
		api.WriteError(w, r, http.StatusInternalServerError, ae.Code, ae.Message, nil)
		return
	}
	api.WriteJSON(w, http.StatusOK, res)
}

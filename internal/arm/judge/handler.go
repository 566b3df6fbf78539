package judge

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/arm"
)

// ID implements arm.Arm.
func (j *Judge) ID() string { return arm.TypeJudge }

// Capabilities implements arm.Arm.
func (j *Judge) Capabilities() arm.Capability {
	c := arm.Capability{ArmID: arm.TypeJudge, Type: arm.TypeJudge, Name: "Judge",
		Description:  "Validates outputs: JSON Schema, machine-checkable criteria, and with a model criteria, facts, claims and quality",
		Capabilities: []string{"schema_validation", "criteria_validation"},
		Actions:      []string{"validate"}, CostTier: 1, Endpoint: "in-process", MaxConcurrentTasks: 30}
	if j.cfg.Model != nil {
		c.CostTier = 2
		c.Capabilities = append(c.Capabilities, "fact_checking", "hallucination_detection", "quality_assessment")
	}
	return c
}

// Execute implements arm.Arm: action "validate" with the inputs of Request;
// Data["validation"] is the Result and Output a one-line summary.
func (j *Judge) Execute(ctx context.Context, r arm.Request) (arm.Result, error) {
	if r.Action != "validate" {
		return arm.Result{}, arm.Errorf(arm.CodeUnknownAction, "the judge only validates, not %q", r.Action)
	}
	// The rule layers finish too fast to look at ctx; a caller that has
	// gone gets no work done (arm contract).
	if err := ctx.Err(); err != nil {
		return arm.Result{}, arm.AsError(err)
	}
	var req Request
	b, _ := json.Marshal(r.Inputs)
	if err := json.Unmarshal(b, &req); err != nil {
		return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "validate inputs: %v", err)
	}
	res, err := j.Validate(ctx, req)
	if err != nil {
		return arm.Result{}, err
	}
	summary := fmt.Sprintf("valid=%t passed=%d failed=%d unchecked=%d", res.Valid, len(res.PassedCriteria), len(res.FailedCriteria), len(res.UncheckedCriteria))
	return arm.Result{Output: summary, Data: map[string]any{"validation": res}, Confidence: res.Confidence,
		Tokens: res.Metadata.Tokens, CostUSD: res.Metadata.CostUSD, Model: res.Metadata.Model}, nil
}

// Handler serves POST /validate.
type Handler struct {
	Judge *Judge
}

// Mount adds POST /validate to r (the app mounts it under /api/v1).
func (h Handler) Mount(r chi.Router) { r.Post("/validate", h.validate) }

func (h Handler) validate(w http.ResponseWriter, r *http.Request) {
	var req Request
	if !api.DecodeJSON(w, r, &req) {
		return
	}
	for i, t := range req.ValidationTypes {
		switch t {
		case LayerSchema, LayerCriteria, LayerFacts, LayerHallucination, LayerQuality:
		default:
			api.WriteFieldError(w, r, fmt.Sprintf("validation_types[%d]", i), "must be one of schema, criteria, facts, hallucination, quality")
			return
		}
	}
	res, err := h.Judge.Validate(r.Context(), req)
	if err != nil {
		ae := arm.AsError(err)
		status := http.StatusInternalServerError
		switch ae.Code {
		case arm.CodeInvalidInput, arm.CodeLLMRequired:
			status = http.StatusUnprocessableEntity
		case arm.CodeExecution:
			status = http.StatusBadGateway
		}
		api.WriteError(w, r, status, ae.Code, ae.Message, ae.Details)
		return
	}
	api.WriteJSON(w, http.StatusOK, res)
}

// DecodeResult reads a Result from arm.Result.Data["validation"].
func DecodeResult(v any) (Result, error) { return arm.DecodeData[Result](v) }

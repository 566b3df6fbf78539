package planner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/arm"
)

// Modes choose between the rule planner and the model.
const (
	// ModeAuto tries the rules first (free, deterministic) and asks the
	// model only for goals they do not understand.
	ModeAuto = "auto"
	// ModeLLM always asks the model (rules are a fallback when it fails
	// with llm_required, i.e. there is no model).
	ModeLLM = "llm"
	// ModeRules never asks a model.
	ModeRules = "rules"
)

// Config configures a Planner.
type Config struct {
	// Model is the LLM; nil means rule planning only.
	Model arm.Completer
	// Mode is ModeAuto (default), ModeLLM or ModeRules.
	Mode string
	// Retries bounds how often an invalid model answer is sent back for
	// repair (default 3).
	Retries int
	// MaxTokens caps each model answer (default 2000).
	MaxTokens int
	// Arms describes the arm types the model may assign (default: all).
	Arms []ArmInfo
	// Logger (default discards).
	Logger *slog.Logger
}

// ArmInfo describes an arm type in the planning prompt.
type ArmInfo struct {
	Type        string
	Description string
	Actions     []string
}

// DefaultArms describes the built-in arms and their actions.
func DefaultArms() []ArmInfo {
	return []ArmInfo{
		{arm.TypeExecutor, "runs one allow-listed program (argv, no shell) or fetches a URL in a sandbox", []string{
			`shell {"argv": ["prog", "arg", ...]}`, `http {"url": "https://...", "method": "GET"}`}},
		{arm.TypeRetriever, "searches the knowledge base (hybrid keyword + vector)", []string{`search {"query": "..."}`}},
		{arm.TypeCoder, "writes, explains, debugs or refactors code; runs the tests it writes in the sandbox (criterion \"exit code 0\" checks them)", []string{`code {"instruction": "...", "language": "go"}`}},
		{arm.TypeGuardian, "scans text for PII, secrets and injection, or redacts it", []string{`scan {"text": "..."}`, `redact {"text": "..."}`}},
		{arm.TypeJudge, "checks an output against criteria", []string{`validate {"criteria": ["..."]}`}},
	}
}

func (c *Config) fillDefaults() error {
	if c.Mode == "" {
		c.Mode = ModeAuto
	}
	switch c.Mode {
	case ModeAuto, ModeLLM, ModeRules:
	default:
		return fmt.Errorf("planner: unknown mode %q (auto, llm, rules)", c.Mode)
	}
	if c.Retries <= 0 {
		c.Retries = 3
	}
	if c.MaxTokens <= 0 {
		c.MaxTokens = 2000
	}
	if len(c.Arms) == 0 {
		c.Arms = DefaultArms()
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// Planner is the planner arm.
type Planner struct {
	cfg Config
}

var _ arm.Arm = (*Planner)(nil)

// New returns a planner.
func New(cfg Config) (*Planner, error) {
	if err := cfg.fillDefaults(); err != nil {
		return nil, err
	}
	return &Planner{cfg: cfg}, nil
}

// Request is what to plan.
type Request struct {
	Goal        string         `json:"goal"`
	Constraints []string       `json:"constraints,omitempty"`
	Context     map[string]any `json:"context,omitempty"`
	// Feedback carries the judge's issues with a previous attempt (repair
	// loop); only the model can use it.
	Feedback string `json:"feedback,omitempty"`
	// PreviousPlan is the plan that failed validation, if any.
	PreviousPlan *Plan `json:"previous_plan,omitempty"`
}

// HasModel reports whether a model is configured.
func (p *Planner) HasModel() bool { return p.cfg.Model != nil && p.cfg.Mode != ModeRules }

// Plan plans req.
func (p *Planner) Plan(ctx context.Context, req Request) (Plan, error) {
	if strings.TrimSpace(req.Goal) == "" {
		return Plan{}, arm.Errorf(arm.CodeInvalidInput, "goal is empty")
	}
	useModel := p.HasModel() && (p.cfg.Mode == ModeLLM || req.Feedback != "")
	if !useModel {
		plan, err := RulePlan(req.Goal)
		if err == nil || !errors.Is(err, arm.ErrLLMRequired) || !p.HasModel() {
			return plan, err
		}
	}
	return p.llmPlan(ctx, req)
}

const systemPrompt = `You are the planner of OctoLLM, an agent platform. Decompose the user's goal into a short plan of steps, each performed by one arm.

Rules:
- Answer with ONE JSON object and nothing else: {"steps":[{"id":"step_1","action":"...","arm":"...","inputs":{...},"depends_on":[],"acceptance_criteria":["..."],"description":"..."}],"rationale":"...","confidence":0.0-1.0}
- Between 1 and %d steps; use as few as the goal allows. Steps are listed in execution order.
- Step ids are unique. depends_on lists only ids of EARLIER steps whose output the step needs; steps without dependencies may run in parallel.
- Every step has 1–3 acceptance criteria that can be checked against its output (prefer machine-checkable ones: "exit code 0", "contains X", "valid UUID", "valid JSON", "count equals N").
- Prefer the specialist arm for each step. Executor commands are argv arrays of ONE program, never shell strings: no pipes, redirections or substitutions.
- An input may set "extract" to one of count_lines, uuid, email, number, ip, url, json to have the step's output reduced to that value.
- For critical outputs add a final judge step that verifies the result.
- Never invent facts or outputs: plan how to obtain them.

Arms and their actions:
%s`

func (p *Planner) prompt(req Request) (string, string) {
	var arms strings.Builder
	for _, a := range p.cfg.Arms {
		fmt.Fprintf(&arms, "- %s: %s. Actions: %s\n", a.Type, a.Description, strings.Join(a.Actions, "; "))
	}
	var user strings.Builder
	fmt.Fprintf(&user, "Goal: %s\n", req.Goal)
	if len(req.Constraints) > 0 {
		fmt.Fprintf(&user, "Constraints:\n- %s\n", strings.Join(req.Constraints, "\n- "))
	}
	if len(req.Context) > 0 {
		b, _ := json.Marshal(req.Context)
		fmt.Fprintf(&user, "Context (JSON): %s\n", b)
	}
	if req.PreviousPlan != nil {
		b, _ := json.Marshal(req.PreviousPlan.Steps)
		fmt.Fprintf(&user, "A previous plan failed validation: %s\n", b)
	}
	if req.Feedback != "" {
		fmt.Fprintf(&user, "Problems to fix: %s\n", req.Feedback)
	}
	return fmt.Sprintf(systemPrompt, MaxSteps, arms.String()), user.String()
}

// llmPlan asks the model, validates its JSON as a DAG and sends the error
// back for repair up to Retries times.
func (p *Planner) llmPlan(ctx context.Context, req Request) (Plan, error) {
	if p.cfg.Model == nil {
		return Plan{}, arm.Errorf(arm.CodeLLMRequired, "%s", LLMRequiredMessage)
	}
	system, user := p.prompt(req)
	var tokens int
	var cost float64
	var lastErr error
	for attempt := 0; attempt <= p.cfg.Retries; attempt++ {
		u := user
		if lastErr != nil {
			u += fmt.Sprintf("\nYour previous answer was rejected: %v\nAnswer again with a corrected JSON plan.", lastErr)
		}
		c, err := p.cfg.Model.Complete(ctx, arm.Prompt{System: system, User: u, JSON: true, Temperature: 0.3, MaxTokens: p.cfg.MaxTokens})
		if err != nil {
			return Plan{}, fmt.Errorf("planner: model: %w", err)
		}
		tokens += c.Tokens
		cost += c.CostUSD
		plan, err := parsePlan(c.Text)
		if err == nil {
			plan.Planner, plan.Tokens, plan.CostUSD, plan.Model = "llm", tokens, cost, c.Model
			return plan, nil
		}
		p.cfg.Logger.WarnContext(ctx, "model plan rejected", "attempt", attempt+1, "err", err)
		lastErr = err
	}
	return Plan{Tokens: tokens, CostUSD: cost}, &arm.Error{Code: arm.CodeExecution,
		Message: fmt.Sprintf("the model did not produce a valid plan after %d attempts: %v", p.cfg.Retries+1, lastErr),
		Details: map[string]any{"tokens": tokens, "cost_usd": cost}}
}

// parsePlan reads a model's answer leniently (code fences, prose around
// the object) and validates it.
func parsePlan(text string) (Plan, error) {
	s := strings.TrimSpace(text)
	if i, j := strings.Index(s, "{"), strings.LastIndex(s, "}"); i >= 0 && j > i {
		s = s[i : j+1]
	}
	var plan Plan
	if err := json.Unmarshal([]byte(s), &plan); err != nil {
		return Plan{}, fmt.Errorf("%w: not a JSON plan object: %v", ErrInvalidPlan, err)
	}
	for i := range plan.Steps {
		if plan.Steps[i].DependsOn == nil {
			plan.Steps[i].DependsOn = []string{}
		}
	}
	if plan.Confidence <= 0 || plan.Confidence > 1 {
		plan.Confidence = 0.5
	}
	return plan, Validate(plan)
}

// ID implements arm.Arm.
func (p *Planner) ID() string { return arm.TypePlanner }

// Capabilities implements arm.Arm.
func (p *Planner) Capabilities() arm.Capability {
	c := arm.Capability{ArmID: arm.TypePlanner, Type: arm.TypePlanner, Name: "Planner",
		Description:  "Decomposes a goal into a DAG of steps (rules without a model, LLM otherwise)",
		Capabilities: []string{"task_planning", "goal_decomposition", "dependency_resolution", "acceptance_criteria"},
		Actions:      []string{"plan"}, CostTier: 1, Endpoint: "in-process", MaxConcurrentTasks: 15}
	if p.HasModel() {
		c.CostTier = 2
	}
	return c
}

// Execute implements arm.Arm: action "plan" with inputs goal, constraints,
// context, feedback, previous_plan → Data["plan"].
func (p *Planner) Execute(ctx context.Context, r arm.Request) (arm.Result, error) {
	if r.Action != "plan" {
		return arm.Result{}, arm.Errorf(arm.CodeUnknownAction, "the planner only plans, not %q", r.Action)
	}
	// The rule planner never looks at ctx; a caller that has gone gets no
	// plan (arm contract).
	if err := ctx.Err(); err != nil {
		return arm.Result{}, arm.AsError(err)
	}
	var req Request
	b, _ := json.Marshal(r.Inputs)
	if err := json.Unmarshal(b, &req); err != nil {
		return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "plan inputs: %v", err)
	}
	plan, err := p.Plan(ctx, req)
	if err != nil {
		return arm.Result{Tokens: plan.Tokens, CostUSD: plan.CostUSD}, err
	}
	return arm.Result{Output: plan.Rationale, Data: map[string]any{"plan": plan}, Confidence: plan.Confidence,
		Tokens: plan.Tokens, CostUSD: plan.CostUSD, Model: plan.Model}, nil
}

// Handler serves POST /plan.
type Handler struct {
	Planner *Planner
}

// Mount adds POST /plan to r (the app mounts it under /api/v1).
func (h Handler) Mount(r chi.Router) { r.Post("/plan", h.plan) }

func (h Handler) plan(w http.ResponseWriter, r *http.Request) {
	var req Request
	if !api.DecodeJSON(w, r, &req) {
		return
	}
	if strings.TrimSpace(req.Goal) == "" {
		api.WriteFieldError(w, r, "goal", "is required and must not be blank")
		return
	}
	if len(req.Goal) > 10000 {
		api.WriteFieldError(w, r, "goal", "must be at most 10000 characters")
		return
	}
	plan, err := h.Planner.Plan(r.Context(), req)
	if err != nil {
		ae := arm.AsError(err)
		status := http.StatusInternalServerError
		switch ae.Code {
		case arm.CodeLLMRequired, arm.CodeInvalidInput:
			status = http.StatusUnprocessableEntity
		case arm.CodeUnavailable:
			status = http.StatusServiceUnavailable
		case arm.CodeExecution:
			status = http.StatusBadGateway
		}
		api.WriteError(w, r, status, ae.Code, ae.Message, ae.Details)
		return
	}
	api.WriteJSON(w, http.StatusOK, plan)
}

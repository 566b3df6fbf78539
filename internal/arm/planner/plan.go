// Package planner is the planner arm (spec §2.3): it turns a goal into a
// plan, a small DAG of steps each assigned to an arm. A deterministic rule
// planner handles goals it can map to concrete steps without a model (run a
// command, list or count files, fetch a URL and extract a value, search the
// knowledge base, scan or redact text); with a model configured an LLM
// planner handles the rest, its JSON validated and repaired with bounded
// retries. Goals neither can handle fail with ErrLLMRequired — never an
// invented plan.
package planner

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/octollm/octollm/internal/arm"
)

// MaxSteps is the most steps a plan may have (spec §2.2 abuse limits).
const MaxSteps = 20

// ErrInvalidPlan is returned (wrapped) for a plan that is not a valid DAG.
var ErrInvalidPlan = errors.New("planner: invalid plan")

// Step is one unit of work for one arm.
type Step struct {
	// ID is unique within the plan ("step_1", ...).
	ID string `json:"id"`
	// Action tells the arm what to do (arm.ActionShell, "search", ...).
	Action string `json:"action"`
	// Arm is the arm type that performs the step.
	Arm string `json:"arm"`
	// Inputs are the action's parameters. The reserved key "extract"
	// (a string: count_lines, uuid, email, number, ip, url, json) asks the
	// orchestrator to post-process the step's output deterministically.
	Inputs map[string]any `json:"inputs,omitempty"`
	// DependsOn lists ids of earlier steps whose output this one needs.
	DependsOn []string `json:"depends_on"`
	// AcceptanceCriteria are checked by the judge.
	AcceptanceCriteria []string `json:"acceptance_criteria,omitempty"`
	// Description is for people.
	Description string `json:"description,omitempty"`
}

// Plan is the planner's answer.
type Plan struct {
	Steps      []Step  `json:"steps"`
	Rationale  string  `json:"rationale"`
	Confidence float64 `json:"confidence"`
	// Planner is "rules" or "llm".
	Planner string `json:"planner"`
	// Tokens and CostUSD are what planning consumed; Model names the model.
	Tokens  int     `json:"tokens,omitempty"`
	CostUSD float64 `json:"cost_usd,omitempty"`
	Model   string  `json:"model,omitempty"`
}

// KnownArms are the arm types a plan may name.
var knownArms = []string{arm.TypePlanner, arm.TypeExecutor, arm.TypeRetriever, arm.TypeCoder, arm.TypeJudge, arm.TypeGuardian}

// Validate checks that p is a DAG the orchestrator can run: 1–MaxSteps
// steps, unique non-empty ids, known arms, actions present, and every
// dependency naming an earlier step (which also rules out cycles).
func Validate(p Plan) error {
	if len(p.Steps) == 0 {
		return fmt.Errorf("%w: no steps", ErrInvalidPlan)
	}
	if len(p.Steps) > MaxSteps {
		return fmt.Errorf("%w: %d steps, at most %d allowed", ErrInvalidPlan, len(p.Steps), MaxSteps)
	}
	seen := make(map[string]bool, len(p.Steps))
	for i, s := range p.Steps {
		where := fmt.Sprintf("steps[%d]", i)
		switch {
		case strings.TrimSpace(s.ID) == "":
			return fmt.Errorf("%w: %s: id is empty", ErrInvalidPlan, where)
		case seen[s.ID]:
			return fmt.Errorf("%w: %s: duplicate id %q", ErrInvalidPlan, where, s.ID)
		case !slices.Contains(knownArms, s.Arm):
			return fmt.Errorf("%w: %s (%s): unknown arm %q (valid: %s)", ErrInvalidPlan, where, s.ID, s.Arm, strings.Join(knownArms, ", "))
		case strings.TrimSpace(s.Action) == "":
			return fmt.Errorf("%w: %s (%s): action is empty", ErrInvalidPlan, where, s.ID)
		}
		for _, d := range s.DependsOn {
			if d == s.ID {
				return fmt.Errorf("%w: %s (%s) depends on itself", ErrInvalidPlan, where, s.ID)
			}
			if !seen[d] {
				return fmt.Errorf("%w: %s (%s) depends on %q, which is not an earlier step", ErrInvalidPlan, where, s.ID, d)
			}
		}
		seen[s.ID] = true
	}
	return nil
}

// Decode reads a plan from a JSON-able value (arm.Result.Data["plan"] is a
// Plan in process and a decoded JSON object over HTTP).
func Decode(v any) (Plan, error) {
	p, err := arm.DecodeData[Plan](v)
	if err != nil {
		return p, fmt.Errorf("%w: %v", ErrInvalidPlan, err)
	}
	return p, nil
}

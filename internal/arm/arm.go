// Package arm is the contract every OctoLLM arm implements (planner,
// executor, coder, judge, guardian, retriever), the registry the
// orchestrator routes over (health, success rate, latency, cost tier, a
// circuit breaker per arm) and the HTTP transport that lets an arm run in
// another process. In `serve` every arm is called in process through Arm;
// in split mode the same interface is implemented by HTTPClient, so nothing
// else knows which transport is in use.
package arm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Arm types (the `arm` of a plan step). Several registered arms may share a
// type; the registry picks among them by score.
const (
	TypePlanner   = "planner"
	TypeExecutor  = "executor"
	TypeRetriever = "retriever"
	TypeCoder     = "coder"
	TypeJudge     = "judge"
	TypeGuardian  = "guardian"
)

// Executor actions and their inputs. They are the contract between the
// planner (which writes steps) and the executor arm (which runs them).
const (
	// ActionShell runs Inputs["argv"] ([]string; never a shell string).
	// Result.Data carries "exit_code" (int), "stdout", "stderr".
	ActionShell = "shell"
	// ActionHTTP fetches Inputs["url"] with Inputs["method"] (default GET).
	// Result.Output is the body; Data carries "status_code".
	ActionHTTP = "http"
)

// Capability describes an arm (spec §3.2).
type Capability struct {
	// ArmID identifies this arm instance, e.g. "executor" or "executor-002".
	ArmID string `json:"arm_id"`
	// Type is the arm type steps name (TypeExecutor, ...).
	Type string `json:"type"`
	// Name and Description are for people.
	Name        string `json:"name"`
	Description string `json:"description"`
	// Capabilities are tags from the spec's taxonomy (shell_execution, ...).
	Capabilities []string `json:"capabilities"`
	// Actions lists the step actions the arm accepts (empty: any).
	Actions []string `json:"actions,omitempty"`
	// CostTier is 1 (no model) to 5 (frontier model, many steps).
	CostTier int `json:"cost_tier"`
	// Endpoint is where a remote arm is reached ("in-process" otherwise).
	Endpoint string `json:"endpoint"`
	// MaxConcurrentTasks is advisory.
	MaxConcurrentTasks int `json:"max_concurrent_tasks,omitempty"`
	// Model is the LLM the arm uses, if any.
	Model string `json:"model,omitempty"`
}

// Request is one step an arm must perform.
type Request struct {
	TaskID string `json:"task_id"`
	StepID string `json:"step_id"`
	// Action is what to do (ActionShell, "plan", "validate", "search", ...).
	Action string `json:"action"`
	// Inputs are the action's parameters.
	Inputs map[string]any `json:"inputs,omitempty"`
	// CapabilityToken authorises exactly this step (auth capability token).
	CapabilityToken string `json:"capability_token,omitempty"`
	// Timeout bounds the step; the arm must stop work when it passes.
	Timeout time.Duration `json:"-"`
}

// Result is what an arm produced.
type Result struct {
	// Output is the human-readable (and judge-checked) result.
	Output string `json:"output"`
	// Data is structured output (exit code, plan, validation, ...).
	Data map[string]any `json:"data,omitempty"`
	// Confidence is 0–1 (1 for deterministic arms).
	Confidence float64 `json:"confidence"`
	// Tokens and CostUSD are what any model calls consumed.
	Tokens  int     `json:"tokens,omitempty"`
	CostUSD float64 `json:"cost_usd,omitempty"`
	// Model names the model used, if any.
	Model string `json:"model,omitempty"`
}

// Arm is one arm: planner, executor, coder, judge, guardian, retriever.
type Arm interface {
	// ID is the arm instance id (Capability().ArmID).
	ID() string
	// Capabilities describes the arm.
	Capabilities() Capability
	// Execute performs req. Errors should be *Error (or wrap one) so the
	// orchestrator can tell retryable faults from permanent ones.
	Execute(ctx context.Context, req Request) (Result, error)
}

// Error codes (spec §3.7 ErrorResponse, lower-cased to match the API).
const (
	CodeInvalidInput  = "invalid_input"
	CodeInvalidToken  = "invalid_capability_token"
	CodeForbidden     = "capability_denied"
	CodeTimeout       = "execution_timeout"
	CodeUnavailable   = "unavailable"
	CodeInternal      = "internal_error"
	CodeLLMRequired   = "llm_required"
	CodeExecution     = "execution_failed"
	CodeCircuitOpen   = "circuit_open"
	CodeUnknownAction = "unknown_action"
)

// Error is an arm failure that says whether trying again can help.
type Error struct {
	Code      string         `json:"code"`
	Message   string         `json:"message"`
	Retryable bool           `json:"retryable"`
	Details   map[string]any `json:"details,omitempty"`
	// cause is the foreign error AsError classified, so errors.Is still
	// finds context.Canceled and friends in process (it does not cross
	// HTTP; the code does).
	cause error
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Unwrap returns the error AsError classified, if any.
func (e *Error) Unwrap() error { return e.cause }

// Is makes errors.Is(err, ErrTimeout) and friends match by code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code && t.Message == ""
}

// Sentinels for errors.Is; they match any *Error with the same code.
var (
	ErrTimeout     = &Error{Code: CodeTimeout}
	ErrUnavailable = &Error{Code: CodeUnavailable}
	ErrCircuitOpen = &Error{Code: CodeCircuitOpen}
	ErrLLMRequired = &Error{Code: CodeLLMRequired}
	ErrInvalid     = &Error{Code: CodeInvalidInput}
)

// Errorf builds an *Error. Timeouts, unavailability and internal faults are
// retryable; everything else is not.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Retryable: retryableCode(code)}
}

func retryableCode(code string) bool {
	switch code {
	case CodeUnavailable, CodeInternal:
		return true
	}
	return false
}

// AsError returns err as an *Error, classifying foreign errors: a passed
// deadline or a cancelled context → timeout (the caller stopped waiting:
// not the arm's fault, and repeating the call for a caller that has gone
// cannot help), anything else → internal (retryable). The foreign error
// stays reachable through errors.Is/As.
func AsError(err error) *Error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return &Error{Code: CodeTimeout, Message: err.Error(), cause: err}
	}
	return &Error{Code: CodeInternal, Message: err.Error(), Retryable: true, cause: err}
}

// Completer is the slice of an LLM provider the model-using arms need: one
// chat completion. internal/llm providers are adapted to it by the wiring.
type Completer interface {
	Complete(ctx context.Context, p Prompt) (Completion, error)
}

// Prompt is one chat completion request.
type Prompt struct {
	System string
	User   string
	// JSON asks for a JSON object answer.
	JSON        bool
	Temperature float64
	MaxTokens   int
	// Tier is "small" or "large" (default small).
	Tier string
}

// Completion is a model's answer with what it cost.
type Completion struct {
	Text    string
	Tokens  int
	CostUSD float64
	Model   string
}

// DecodeData reads a value of type T from an arm.Result.Data entry: in
// process the entry is already a T; over HTTP it is the decoded JSON object.
func DecodeData[T any](v any) (T, error) {
	switch x := v.(type) {
	case T:
		return x, nil
	case *T:
		if x != nil {
			return *x, nil
		}
	}
	var out T
	b, err := json.Marshal(v)
	if err == nil {
		err = json.Unmarshal(b, &out)
	}
	return out, err
}

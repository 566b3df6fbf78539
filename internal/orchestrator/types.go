package orchestrator

import (
	"encoding/json"
	"time"
)

// Task statuses. A task moves queued → planning → executing → validating
// and ends in one of the terminal statuses.
const (
	StatusQueued         = "queued"
	StatusPlanning       = "planning"
	StatusExecuting      = "executing"
	StatusValidating     = "validating"
	StatusCompleted      = "completed"
	StatusFailed         = "failed"
	StatusCancelled      = "cancelled"
	StatusTimedOut       = "timed_out"
	StatusBudgetExceeded = "budget_exceeded"
)

// activeStatuses are the non-terminal statuses.
var activeStatuses = []string{StatusQueued, StatusPlanning, StatusExecuting, StatusValidating}

// Terminal reports whether status is final.
func Terminal(status string) bool {
	switch status {
	case StatusCompleted, StatusFailed, StatusCancelled, StatusTimedOut, StatusBudgetExceeded:
		return true
	}
	return false
}

// Error codes of failed tasks.
const (
	CodeInjection        = "injection_detected"
	CodeLLMRequired      = "llm_required"
	CodePlanInvalid      = "plan_invalid"
	CodeStepFailed       = "step_failed"
	CodeNoArm            = "no_arm_available"
	CodeValidationFailed = "validation_failed"
	CodeTimedOut         = "timed_out"
	CodeStepTimeout      = "step_timeout"
	CodeBudgetExceeded   = "budget_exceeded"
	CodeCancelled        = "cancelled"
)

// Budget bounds a task (spec §3.1 Recommended).
type Budget struct {
	MaxTokens        int     `json:"max_tokens"`
	MaxTimeSeconds   int     `json:"max_time_seconds"`
	MaxCostUSD       float64 `json:"max_cost_usd"`
	MaxRetries       int     `json:"max_retries"`
	StepTimeoutSecs  int     `json:"step_timeout_seconds,omitempty"`
	MaxCostDollarsIn float64 `json:"max_cost_dollars,omitempty"` // accepted alias, folded into MaxCostUSD
}

// TaskRequest is the body of POST /api/v1/tasks.
type TaskRequest struct {
	Goal               string         `json:"goal"`
	Constraints        []string       `json:"constraints,omitempty"`
	Context            map[string]any `json:"context,omitempty"`
	AcceptanceCriteria []string       `json:"acceptance_criteria,omitempty"`
	Budget             *Budget        `json:"budget,omitempty"`
	Priority           string         `json:"priority,omitempty"`
	ParentTaskID       string         `json:"parent_task_id,omitempty"`
	Metadata           map[string]any `json:"metadata,omitempty"`
	// NoCache skips the result cache for this submission.
	NoCache bool `json:"no_cache,omitempty"`
}

// Submitted is the 202 answer.
type Submitted struct {
	TaskID    string    `json:"task_id"`
	Status    string    `json:"status"`
	CreatedAt time.Time `json:"created_at"`
	Cached    bool      `json:"cached,omitempty"`
	// PIIRedacted says the goal held PII that was replaced by tokens.
	PIIRedacted bool `json:"pii_redacted,omitempty"`
}

// Progress of a task.
type Progress struct {
	CompletedSteps int     `json:"completed_steps"`
	TotalSteps     int     `json:"total_steps"`
	CurrentStep    string  `json:"current_step,omitempty"`
	CurrentArm     string  `json:"current_arm,omitempty"`
	Percentage     float64 `json:"percentage"`
}

// StepView is a step as the API shows it.
type StepView struct {
	ID         string     `json:"id"`
	Number     int        `json:"number"`
	Arm        string     `json:"arm"`
	ArmID      string     `json:"arm_id,omitempty"`
	Action     string     `json:"action"`
	Status     string     `json:"status"`
	Output     string     `json:"output,omitempty"`
	Error      string     `json:"error,omitempty"`
	Attempts   int        `json:"attempts"`
	StartedAt  *time.Time `json:"started_at,omitempty"`
	FinishedAt *time.Time `json:"finished_at,omitempty"`
	DurationMS int64      `json:"duration_ms,omitempty"`
}

// Result is a finished task's result.
type Result struct {
	Output     string          `json:"output"`
	Confidence float64         `json:"confidence"`
	Validation json.RawMessage `json:"validation,omitempty"`
	Data       map[string]any  `json:"data,omitempty"`
	// Partial is set when the task stopped early (timeout, budget) and the
	// output holds what finished.
	Partial bool `json:"partial,omitempty"`
	Cached  bool `json:"cached,omitempty"`
	// Swarm reports how a swarm task's proposals were made and decided.
	Swarm *SwarmReport `json:"swarm,omitempty"`
}

// TaskError says why a task did not complete.
type TaskError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	StepID  string `json:"step_id,omitempty"`
	Details any    `json:"details,omitempty"`
}

func (e *TaskError) Error() string { return e.Code + ": " + e.Message }

// Usage is what a task consumed.
type Usage struct {
	Tokens  int     `json:"tokens"`
	CostUSD float64 `json:"cost_usd"`
}

// TaskView is GET /api/v1/tasks/{id}.
type TaskView struct {
	TaskID             string          `json:"task_id"`
	Status             string          `json:"status"`
	Goal               string          `json:"goal"`
	Constraints        []string        `json:"constraints"`
	AcceptanceCriteria []string        `json:"acceptance_criteria"`
	Budget             Budget          `json:"budget"`
	Priority           string          `json:"priority"`
	Progress           Progress        `json:"progress"`
	Plan               json.RawMessage `json:"plan,omitempty"`
	Steps              []StepView      `json:"steps"`
	Result             *Result         `json:"result,omitempty"`
	Error              *TaskError      `json:"error,omitempty"`
	Usage              Usage           `json:"usage"`
	Metadata           map[string]any  `json:"metadata,omitempty"`
	CreatedAt          time.Time       `json:"created_at"`
	UpdatedAt          time.Time       `json:"updated_at"`
	StartedAt          *time.Time      `json:"started_at,omitempty"`
	CompletedAt        *time.Time      `json:"completed_at,omitempty"`
	DurationMS         int64           `json:"duration_ms,omitempty"`
}

// Event is one Server-Sent Event of a task.
type Event struct {
	// Type is status, step_started, step_finished or output.
	Type   string    `json:"type"`
	TaskID string    `json:"task_id"`
	Status string    `json:"status,omitempty"`
	StepID string    `json:"step_id,omitempty"`
	Arm    string    `json:"arm,omitempty"`
	Output string    `json:"output,omitempty"`
	Error  string    `json:"error,omitempty"`
	Time   time.Time `json:"time"`
	// Progress is included with every event.
	Progress *Progress `json:"progress,omitempty"`
}

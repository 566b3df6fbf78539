package store

import (
	"context"
	"encoding/json"
	"time"
)

// Tasks persists the orchestrator's tasks, their steps, the provenance
// action log and the task history. JSON-valued fields are stored as given
// (json.RawMessage); nil means SQL NULL or, for the NOT NULL columns, the
// column's empty default.
type Tasks interface {
	// CreateTask stores t. ErrConflict when the id exists.
	CreateTask(ctx context.Context, t Task) error
	// GetTask returns the task with id, or ErrNotFound.
	GetTask(ctx context.Context, id string) (Task, error)
	// ListTasks returns tasks newest first, after the cursor in f.
	ListTasks(ctx context.Context, f TaskFilter) ([]Task, error)
	// UpdateTask applies u to the task with id. ErrNotFound when unknown;
	// ErrConflict when u.FromStatuses is set and the task's status is not
	// one of them (so a cancel and a completion cannot both win).
	UpdateTask(ctx context.Context, id string, u TaskUpdate) error
	// UpsertTaskStep creates or replaces the step (task_id, step_id).
	UpsertTaskStep(ctx context.Context, s TaskStep) error
	// ListTaskSteps returns a task's steps ordered by step number.
	ListTaskSteps(ctx context.Context, taskID string) ([]TaskStep, error)
	// AppendAction adds a provenance record.
	AppendAction(ctx context.Context, a Action) error
	// ListActions returns a task's provenance records, oldest first.
	ListActions(ctx context.Context, taskID string) ([]Action, error)
	// PutTaskHistory creates or replaces the history row of a task.
	PutTaskHistory(ctx context.Context, h TaskHistory) error
	// GetTaskHistory returns the history row of a task, or ErrNotFound.
	GetTaskHistory(ctx context.Context, taskID string) (TaskHistory, error)

	// WriteTasks applies several task writes in one transaction (a group
	// commit: one disk flush for all of them). Each write is atomic on its
	// own: when its Update's conditions fail, nothing of it is written and
	// its error is ErrConflict (ErrNotFound for an unknown task), and the
	// other writes still apply. The result has one error per write.
	WriteTasks(ctx context.Context, ws []TaskWrite) []error
	// RenewLeases extends owner's leases on the given active tasks to ttl
	// from now (the database's clock) and returns the ids it renewed; the
	// others were lost (taken over after expiring, finished or cancelled).
	RenewLeases(ctx context.Context, owner string, ids []string, ttl time.Duration) ([]string, error)
	// ExpiredLeases lists up to limit active tasks whose lease has run out,
	// longest expired first: their process died or stalled.
	ExpiredLeases(ctx context.Context, limit int) ([]string, error)
	// ExpireLeases ends owner's leases now; owner "" ends every lease, which
	// only a process that alone uses the database may do (after a crash).
	ExpireLeases(ctx context.Context, owner string) error
}

// TaskWrite is one atomic change to a task: an optional conditional update
// (or a creation), then step rows, provenance records and the history row.
type TaskWrite struct {
	// Create, when not nil, inserts this task (TaskID is then Create.ID).
	Create *Task
	// TaskID is the task Update applies to.
	TaskID string
	// Update, when not nil and Create is nil, is applied first; if its
	// conditions fail the write is skipped (ErrConflict).
	Update *TaskUpdate
	// Steps are upserted in order (a later row for the same step wins).
	Steps []TaskStep
	// Actions are appended to the provenance log.
	Actions []Action
	// History, when not nil, creates or replaces the task's history row.
	History *TaskHistory
}

// Lease makes a TaskUpdate conditional on a task lease and sets it.
type Lease struct {
	// Owner identifies the process (and run) holding the lease.
	Owner string
	// TTL is how long from now (the database's clock) the lease lasts; 0
	// releases it (after the condition held).
	TTL time.Duration
	// Claim takes the lease when it is free, expired or Owner's already;
	// without Claim the update requires that Owner holds it.
	Claim bool
}

// Task is a row of tasks.tasks.
type Task struct {
	ID                 string
	ParentTaskID       string // "" when none
	Tenant             string
	APIKeyID           string
	Goal               string
	Constraints        json.RawMessage
	Context            json.RawMessage
	AcceptanceCriteria json.RawMessage
	Budget             json.RawMessage
	Priority           string
	Status             string
	Plan               json.RawMessage
	Result             json.RawMessage
	Error              json.RawMessage
	Usage              json.RawMessage
	Metadata           json.RawMessage
	CreatedAt          time.Time
	UpdatedAt          time.Time
	StartedAt          *time.Time
	CompletedAt        *time.Time
	// LeaseOwner and LeaseExpiresAt describe the lease of the process
	// running the task ("" and nil when none); they are read-only here and
	// set through TaskUpdate.Lease.
	LeaseOwner     string
	LeaseExpiresAt *time.Time
}

// TaskFilter selects tasks for ListTasks.
type TaskFilter struct {
	// Tenant, when not empty, keeps only that tenant's tasks.
	Tenant string
	// Statuses, when not empty, keeps only tasks in one of them.
	Statuses []string
	// Limit caps the result (default 50, at most 1000).
	Limit int
	// AfterCreatedAt/AfterID continue a listing: only tasks strictly older
	// than (AfterCreatedAt, AfterID) in (created_at DESC, id DESC) order.
	AfterCreatedAt *time.Time
	AfterID        string
}

// TaskUpdate changes some columns of a task; zero fields are left alone.
type TaskUpdate struct {
	Status      string
	Plan        json.RawMessage
	Result      json.RawMessage
	Error       json.RawMessage
	Usage       json.RawMessage
	StartedAt   *time.Time
	CompletedAt *time.Time
	// UpdatedAt defaults to now.
	UpdatedAt time.Time
	// FromStatuses makes the update conditional on the current status.
	FromStatuses []string
	// Lease, when not nil, makes the update conditional on the task lease
	// (see Lease) and sets or releases it.
	Lease *Lease
}

// TaskStep is a row of tasks.task_steps.
type TaskStep struct {
	TaskID     string
	StepID     string
	StepNumber int
	Arm        string
	Action     string
	Status     string
	Input      json.RawMessage
	Output     json.RawMessage
	Error      string
	Attempts   int
	StartedAt  *time.Time
	FinishedAt *time.Time
}

// Action is a row of provenance.action_log: one arm call.
type Action struct {
	ID              string // generated when empty
	TaskID          string
	ArmID           string
	ActionType      string
	Input           json.RawMessage
	Output          json.RawMessage
	Confidence      float64
	ExecutionTimeMS int
	Timestamp       time.Time // now when zero
}

// TaskHistory is a row of tasks.task_history, written when a task ends.
type TaskHistory struct {
	TaskID      string
	UserID      string
	Goal        string
	Constraints json.RawMessage
	Context     json.RawMessage
	Status      string
	Result      json.RawMessage
	CreatedAt   time.Time
	CompletedAt *time.Time
	DurationMS  int
}

// ID is the task w concerns: Create.ID when it creates one, else TaskID.
func (w TaskWrite) ID() string {
	if w.Create != nil {
		return w.Create.ID
	}
	return w.TaskID
}

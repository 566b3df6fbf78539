package storepg

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/octollm/octollm/internal/store"
)

var _ store.Tasks = (*Store)(nil)

const taskColumns = `id::text, COALESCE(parent_task_id::text, ''), tenant, COALESCE(api_key_id, ''), goal, constraints, context,
	acceptance_criteria, budget, priority, status, plan, result, error, usage, metadata, created_at, updated_at, started_at, completed_at`

// jsonArg renders raw JSON for a jsonb parameter: nil (NULL) when empty.
func jsonArg(raw json.RawMessage) any {
	if len(raw) == 0 {
		return nil
	}
	return string(raw)
}

func jsonOr(raw json.RawMessage, def string) string {
	if len(raw) == 0 {
		return def
	}
	return string(raw)
}

func textArg(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func isUnique(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == pgUniqueViolation
}

func timePtr(t pgtype.Timestamptz) *time.Time {
	if !t.Valid {
		return nil
	}
	v := t.Time.UTC()
	return &v
}

// CreateTask stores t.
func (s *Store) CreateTask(ctx context.Context, t store.Task) error {
	if t.ID == "" || t.Goal == "" {
		return errors.New("storepg: create task: id and goal are required")
	}
	if t.CreatedAt.IsZero() {
		t.CreatedAt = time.Now()
	}
	if t.UpdatedAt.IsZero() {
		t.UpdatedAt = t.CreatedAt
	}
	if t.Priority == "" {
		t.Priority = "medium"
	}
	if t.Status == "" {
		t.Status = "queued"
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO tasks.tasks (id, parent_task_id, tenant, api_key_id, goal, constraints, context,
		acceptance_criteria, budget, priority, status, plan, result, error, usage, metadata, created_at, updated_at, started_at, completed_at)
		VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11, $12::jsonb, $13::jsonb, $14::jsonb,
		$15::jsonb, $16::jsonb, $17, $18, $19, $20)`,
		t.ID, textArg(t.ParentTaskID), t.Tenant, textArg(t.APIKeyID), t.Goal,
		jsonOr(t.Constraints, "{}"), jsonOr(t.Context, "{}"), jsonOr(t.AcceptanceCriteria, "[]"), jsonOr(t.Budget, "{}"),
		t.Priority, t.Status, jsonArg(t.Plan), jsonArg(t.Result), jsonArg(t.Error), jsonOr(t.Usage, "{}"), jsonOr(t.Metadata, "{}"),
		timestamptz(t.CreatedAt), timestamptz(t.UpdatedAt), nullTimestamptz(t.StartedAt), nullTimestamptz(t.CompletedAt))
	if err != nil {
		if isUnique(err) {
			return fmt.Errorf("storepg: create task %s: %w", t.ID, store.ErrConflict)
		}
		return fmt.Errorf("storepg: create task %s: %w", t.ID, err)
	}
	return nil
}

func scanTask(row pgx.Row) (store.Task, error) {
	var t store.Task
	var constraints, context, criteria, budget, plan, result, errJSON, usage, metadata []byte
	var started, completed pgtype.Timestamptz
	if err := row.Scan(&t.ID, &t.ParentTaskID, &t.Tenant, &t.APIKeyID, &t.Goal, &constraints, &context, &criteria, &budget,
		&t.Priority, &t.Status, &plan, &result, &errJSON, &usage, &metadata, &t.CreatedAt, &t.UpdatedAt, &started, &completed); err != nil {
		return t, err
	}
	t.Constraints, t.Context, t.AcceptanceCriteria, t.Budget = constraints, context, criteria, budget
	t.Plan, t.Result, t.Error, t.Usage, t.Metadata = plan, result, errJSON, usage, metadata
	t.CreatedAt, t.UpdatedAt = t.CreatedAt.UTC(), t.UpdatedAt.UTC()
	t.StartedAt, t.CompletedAt = timePtr(started), timePtr(completed)
	return t, nil
}

// GetTask returns the task with id.
func (s *Store) GetTask(ctx context.Context, id string) (store.Task, error) {
	if uuid.Validate(id) != nil {
		return store.Task{}, fmt.Errorf("storepg: get task %q: %w", id, store.ErrNotFound)
	}
	t, err := scanTask(s.pool.QueryRow(ctx, `SELECT `+taskColumns+` FROM tasks.tasks WHERE id = $1::uuid`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return t, fmt.Errorf("storepg: get task %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return t, fmt.Errorf("storepg: get task %s: %w", id, err)
	}
	return t, nil
}

// ListTasks returns tasks newest first.
func (s *Store) ListTasks(ctx context.Context, f store.TaskFilter) ([]store.Task, error) {
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if f.Tenant != "" {
		where = append(where, "tenant = "+arg(f.Tenant))
	}
	if len(f.Statuses) > 0 {
		where = append(where, "status = ANY("+arg(f.Statuses)+")")
	}
	if f.AfterCreatedAt != nil {
		c := arg(timestamptz(*f.AfterCreatedAt))
		where = append(where, "(created_at, id::text) < ("+c+", "+arg(f.AfterID)+")")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	limit = min(limit, 1000)
	q := `SELECT ` + taskColumns + ` FROM tasks.tasks`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += fmt.Sprintf(" ORDER BY created_at DESC, id::text DESC LIMIT %d", limit)
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("storepg: list tasks: %w", err)
	}
	defer rows.Close()
	var out []store.Task
	for rows.Next() {
		t, err := scanTask(rows)
		if err != nil {
			return nil, fmt.Errorf("storepg: list tasks: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// UpdateTask applies u.
func (s *Store) UpdateTask(ctx context.Context, id string, u store.TaskUpdate) error {
	if uuid.Validate(id) != nil {
		return fmt.Errorf("storepg: update task %q: %w", id, store.ErrNotFound)
	}
	if u.UpdatedAt.IsZero() {
		u.UpdatedAt = time.Now()
	}
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	sets := []string{"updated_at = " + arg(timestamptz(u.UpdatedAt))}
	if u.Status != "" {
		sets = append(sets, "status = "+arg(u.Status))
	}
	for _, c := range []struct {
		col string
		raw json.RawMessage
	}{{"plan", u.Plan}, {"result", u.Result}, {"error", u.Error}, {"usage", u.Usage}} {
		if len(c.raw) > 0 {
			sets = append(sets, c.col+" = "+arg(string(c.raw))+"::jsonb")
		}
	}
	if u.StartedAt != nil {
		sets = append(sets, "started_at = "+arg(timestamptz(*u.StartedAt)))
	}
	if u.CompletedAt != nil {
		sets = append(sets, "completed_at = "+arg(timestamptz(*u.CompletedAt)))
	}
	q := `UPDATE tasks.tasks SET ` + strings.Join(sets, ", ") + ` WHERE id = ` + arg(id) + `::uuid`
	if len(u.FromStatuses) > 0 {
		q += " AND status = ANY(" + arg(u.FromStatuses) + ")"
	}
	tag, err := s.pool.Exec(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("storepg: update task %s: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		var one int
		err := s.pool.QueryRow(ctx, `SELECT 1 FROM tasks.tasks WHERE id = $1::uuid`, id).Scan(&one)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("storepg: update task %s: %w", id, store.ErrNotFound)
		}
		return fmt.Errorf("storepg: update task %s: status not in %v: %w", id, u.FromStatuses, store.ErrConflict)
	}
	return nil
}

// UpsertTaskStep creates or replaces a step.
func (s *Store) UpsertTaskStep(ctx context.Context, st store.TaskStep) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO tasks.task_steps
		(task_id, step_id, step_number, arm, action, status, input, output, error, attempts, started_at, finished_at)
		VALUES ($1::uuid, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11, $12)
		ON CONFLICT (task_id, step_id) DO UPDATE SET step_number = excluded.step_number, arm = excluded.arm,
			action = excluded.action, status = excluded.status, input = excluded.input, output = excluded.output,
			error = excluded.error, attempts = excluded.attempts, started_at = excluded.started_at, finished_at = excluded.finished_at`,
		st.TaskID, st.StepID, st.StepNumber, st.Arm, st.Action, st.Status, jsonArg(st.Input), jsonArg(st.Output),
		textArg(st.Error), st.Attempts, nullTimestamptz(st.StartedAt), nullTimestamptz(st.FinishedAt))
	if err != nil {
		return fmt.Errorf("storepg: upsert step %s/%s: %w", st.TaskID, st.StepID, err)
	}
	return nil
}

// ListTaskSteps returns a task's steps by step number.
func (s *Store) ListTaskSteps(ctx context.Context, taskID string) ([]store.TaskStep, error) {
	if uuid.Validate(taskID) != nil {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT task_id::text, step_id, step_number, arm, action, status, input, output,
		COALESCE(error, ''), attempts, started_at, finished_at FROM tasks.task_steps WHERE task_id = $1::uuid ORDER BY step_number, step_id`, taskID)
	if err != nil {
		return nil, fmt.Errorf("storepg: list steps %s: %w", taskID, err)
	}
	defer rows.Close()
	var out []store.TaskStep
	for rows.Next() {
		var st store.TaskStep
		var in, o []byte
		var started, finished pgtype.Timestamptz
		if err := rows.Scan(&st.TaskID, &st.StepID, &st.StepNumber, &st.Arm, &st.Action, &st.Status, &in, &o, &st.Error,
			&st.Attempts, &started, &finished); err != nil {
			return nil, fmt.Errorf("storepg: list steps %s: %w", taskID, err)
		}
		st.Input, st.Output, st.StartedAt, st.FinishedAt = in, o, timePtr(started), timePtr(finished)
		out = append(out, st)
	}
	return out, rows.Err()
}

// AppendAction adds a provenance record.
func (s *Store) AppendAction(ctx context.Context, a store.Action) error {
	if a.ID == "" {
		a.ID = uuid.NewString()
	}
	if a.Timestamp.IsZero() {
		a.Timestamp = time.Now()
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO provenance.action_log
		(action_id, task_id, arm_id, action_type, input, output, confidence, execution_time_ms, timestamp)
		VALUES ($1::uuid, $2::uuid, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9)`,
		a.ID, textArg(a.TaskID), a.ArmID, a.ActionType, jsonArg(a.Input), jsonArg(a.Output), a.Confidence, a.ExecutionTimeMS, timestamptz(a.Timestamp))
	if err != nil {
		if isUnique(err) {
			return fmt.Errorf("storepg: append action %s: %w", a.ID, store.ErrConflict)
		}
		return fmt.Errorf("storepg: append action: %w", err)
	}
	return nil
}

// ListActions returns a task's provenance, oldest first.
func (s *Store) ListActions(ctx context.Context, taskID string) ([]store.Action, error) {
	if uuid.Validate(taskID) != nil {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT action_id::text, COALESCE(task_id::text, ''), arm_id, action_type, input, output,
		COALESCE(confidence, 0), COALESCE(execution_time_ms, 0), timestamp FROM provenance.action_log WHERE task_id = $1::uuid
		ORDER BY timestamp, action_id`, taskID)
	if err != nil {
		return nil, fmt.Errorf("storepg: list actions %s: %w", taskID, err)
	}
	defer rows.Close()
	var out []store.Action
	for rows.Next() {
		var a store.Action
		var in, o []byte
		if err := rows.Scan(&a.ID, &a.TaskID, &a.ArmID, &a.ActionType, &in, &o, &a.Confidence, &a.ExecutionTimeMS, &a.Timestamp); err != nil {
			return nil, fmt.Errorf("storepg: list actions %s: %w", taskID, err)
		}
		a.Input, a.Output, a.Timestamp = in, o, a.Timestamp.UTC()
		out = append(out, a)
	}
	return out, rows.Err()
}

// PutTaskHistory creates or replaces a history row.
func (s *Store) PutTaskHistory(ctx context.Context, h store.TaskHistory) error {
	if h.CreatedAt.IsZero() {
		h.CreatedAt = time.Now()
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO tasks.task_history
		(task_id, user_id, goal, constraints, context, status, result, created_at, completed_at, duration_ms)
		VALUES ($1::uuid, $2, $3, $4::jsonb, $5::jsonb, $6, $7::jsonb, $8, $9, $10)
		ON CONFLICT (task_id) DO UPDATE SET user_id = excluded.user_id, goal = excluded.goal, constraints = excluded.constraints,
			context = excluded.context, status = excluded.status, result = excluded.result, created_at = excluded.created_at,
			completed_at = excluded.completed_at, duration_ms = excluded.duration_ms`,
		h.TaskID, textArg(h.UserID), h.Goal, jsonArg(h.Constraints), jsonArg(h.Context), h.Status, jsonArg(h.Result),
		timestamptz(h.CreatedAt), nullTimestamptz(h.CompletedAt), h.DurationMS)
	if err != nil {
		return fmt.Errorf("storepg: put task history %s: %w", h.TaskID, err)
	}
	return nil
}

// GetTaskHistory returns a history row.
func (s *Store) GetTaskHistory(ctx context.Context, taskID string) (store.TaskHistory, error) {
	var h store.TaskHistory
	if uuid.Validate(taskID) != nil {
		return h, fmt.Errorf("storepg: task history %q: %w", taskID, store.ErrNotFound)
	}
	var constraints, context, result []byte
	var completed pgtype.Timestamptz
	var ms *int32
	err := s.pool.QueryRow(ctx, `SELECT task_id::text, COALESCE(user_id, ''), goal, constraints, context, COALESCE(status, ''), result,
		created_at, completed_at, duration_ms FROM tasks.task_history WHERE task_id = $1::uuid`, taskID).
		Scan(&h.TaskID, &h.UserID, &h.Goal, &constraints, &context, &h.Status, &result, &h.CreatedAt, &completed, &ms)
	if errors.Is(err, pgx.ErrNoRows) {
		return h, fmt.Errorf("storepg: task history %s: %w", taskID, store.ErrNotFound)
	}
	if err != nil {
		return h, fmt.Errorf("storepg: task history %s: %w", taskID, err)
	}
	h.Constraints, h.Context, h.Result, h.CreatedAt, h.CompletedAt = constraints, context, result, h.CreatedAt.UTC(), timePtr(completed)
	if ms != nil {
		h.DurationMS = int(*ms)
	}
	return h, nil
}

package storesqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/octollm/octollm/internal/store"
)

var _ store.Tasks = (*Store)(nil)

const taskColumns = `id, parent_task_id, tenant, api_key_id, goal, constraints, context, acceptance_criteria, budget,
	priority, status, plan, result, error, usage, metadata, created_at, updated_at, started_at, completed_at`

// jsonOr renders raw JSON for a NOT NULL column, def when empty.
func jsonOr(raw json.RawMessage, def string) string {
	if len(raw) == 0 {
		return def
	}
	return string(raw)
}

// nullJSON renders raw JSON for a nullable column.
func nullJSON(raw json.RawMessage) sql.NullString {
	if len(raw) == 0 {
		return sql.NullString{}
	}
	return sql.NullString{String: string(raw), Valid: true}
}

func nullStr(s string) sql.NullString {
	return sql.NullString{String: s, Valid: s != ""}
}

func rawOf(s sql.NullString) json.RawMessage {
	if !s.Valid {
		return nil
	}
	return json.RawMessage(s.String)
}

// CreateTask stores t.
func (s *Store) CreateTask(ctx context.Context, t store.Task) error {
	if t.ID == "" || t.Goal == "" {
		return errors.New("storesqlite: create task: id and goal are required")
	}
	now := time.Now()
	if t.CreatedAt.IsZero() {
		t.CreatedAt = now
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
	_, err := s.writer.ExecContext(ctx, `INSERT INTO tasks_tasks (`+taskColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		t.ID, nullStr(t.ParentTaskID), t.Tenant, nullStr(t.APIKeyID), t.Goal,
		jsonOr(t.Constraints, "{}"), jsonOr(t.Context, "{}"), jsonOr(t.AcceptanceCriteria, "[]"), jsonOr(t.Budget, "{}"),
		t.Priority, t.Status, nullJSON(t.Plan), nullJSON(t.Result), nullJSON(t.Error), jsonOr(t.Usage, "{}"), jsonOr(t.Metadata, "{}"),
		formatTime(t.CreatedAt), formatTime(t.UpdatedAt), nullTime(t.StartedAt), nullTime(t.CompletedAt))
	if err != nil {
		if isConstraintUnique(err) {
			return fmt.Errorf("storesqlite: create task %s: %w", t.ID, store.ErrConflict)
		}
		return fmt.Errorf("storesqlite: create task %s: %w", t.ID, err)
	}
	return nil
}

func scanTask(row scanner) (store.Task, error) {
	var t store.Task
	var parent, key, plan, result, errJSON, started, completed sql.NullString
	var constraints, context, criteria, budget, usage, metadata, created, updated string
	if err := row.Scan(&t.ID, &parent, &t.Tenant, &key, &t.Goal, &constraints, &context, &criteria, &budget,
		&t.Priority, &t.Status, &plan, &result, &errJSON, &usage, &metadata, &created, &updated, &started, &completed); err != nil {
		return t, err
	}
	t.ParentTaskID, t.APIKeyID = parent.String, key.String
	t.Constraints, t.Context, t.AcceptanceCriteria, t.Budget = json.RawMessage(constraints), json.RawMessage(context), json.RawMessage(criteria), json.RawMessage(budget)
	t.Plan, t.Result, t.Error = rawOf(plan), rawOf(result), rawOf(errJSON)
	t.Usage, t.Metadata = json.RawMessage(usage), json.RawMessage(metadata)
	var err error
	if t.CreatedAt, err = parseTime(created); err != nil {
		return t, err
	}
	if t.UpdatedAt, err = parseTime(updated); err != nil {
		return t, err
	}
	if t.StartedAt, err = parseNullTime(started); err != nil {
		return t, err
	}
	t.CompletedAt, err = parseNullTime(completed)
	return t, err
}

// GetTask returns the task with id.
func (s *Store) GetTask(ctx context.Context, id string) (store.Task, error) {
	t, err := scanTask(s.reader.QueryRowContext(ctx, `SELECT `+taskColumns+` FROM tasks_tasks WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return t, fmt.Errorf("storesqlite: get task %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return t, fmt.Errorf("storesqlite: get task %s: %w", id, err)
	}
	return t, nil
}

// ListTasks returns tasks newest first.
func (s *Store) ListTasks(ctx context.Context, f store.TaskFilter) ([]store.Task, error) {
	var where []string
	var args []any
	if f.Tenant != "" {
		where = append(where, "tenant = ?")
		args = append(args, f.Tenant)
	}
	if len(f.Statuses) > 0 {
		where = append(where, "status IN (?"+strings.Repeat(", ?", len(f.Statuses)-1)+")")
		for _, st := range f.Statuses {
			args = append(args, st)
		}
	}
	if f.AfterCreatedAt != nil {
		where = append(where, "(created_at < ? OR (created_at = ? AND id < ?))")
		c := formatTime(*f.AfterCreatedAt)
		args = append(args, c, c, f.AfterID)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	limit = min(limit, 1000)
	q := `SELECT ` + taskColumns + ` FROM tasks_tasks`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += fmt.Sprintf(" ORDER BY created_at DESC, id DESC LIMIT %d", limit)
	rows, err := s.reader.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: list tasks: %w", err)
	}
	defer rows.Close()
	var out []store.Task
	for rows.Next() {
		t, err := scanTask(rows)
		if err != nil {
			return nil, fmt.Errorf("storesqlite: list tasks: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// UpdateTask applies u.
func (s *Store) UpdateTask(ctx context.Context, id string, u store.TaskUpdate) error {
	if u.UpdatedAt.IsZero() {
		u.UpdatedAt = time.Now()
	}
	sets := []string{"updated_at = ?"}
	args := []any{formatTime(u.UpdatedAt)}
	add := func(col string, v any) {
		sets = append(sets, col+" = ?")
		args = append(args, v)
	}
	if u.Status != "" {
		add("status", u.Status)
	}
	if len(u.Plan) > 0 {
		add("plan", string(u.Plan))
	}
	if len(u.Result) > 0 {
		add("result", string(u.Result))
	}
	if len(u.Error) > 0 {
		add("error", string(u.Error))
	}
	if len(u.Usage) > 0 {
		add("usage", string(u.Usage))
	}
	if u.StartedAt != nil {
		add("started_at", formatTime(*u.StartedAt))
	}
	if u.CompletedAt != nil {
		add("completed_at", formatTime(*u.CompletedAt))
	}
	q := `UPDATE tasks_tasks SET ` + strings.Join(sets, ", ") + ` WHERE id = ?`
	args = append(args, id)
	if len(u.FromStatuses) > 0 {
		q += " AND status IN (?" + strings.Repeat(", ?", len(u.FromStatuses)-1) + ")"
		for _, st := range u.FromStatuses {
			args = append(args, st)
		}
	}
	res, err := s.writer.ExecContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("storesqlite: update task %s: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		var one int
		err := s.writer.QueryRowContext(ctx, `SELECT 1 FROM tasks_tasks WHERE id = ?`, id).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("storesqlite: update task %s: %w", id, store.ErrNotFound)
		}
		return fmt.Errorf("storesqlite: update task %s: status not in %v: %w", id, u.FromStatuses, store.ErrConflict)
	}
	return nil
}

// UpsertTaskStep creates or replaces a step.
func (s *Store) UpsertTaskStep(ctx context.Context, st store.TaskStep) error {
	_, err := s.writer.ExecContext(ctx, `INSERT INTO tasks_task_steps
		(task_id, step_id, step_number, arm, action, status, input, output, error, attempts, started_at, finished_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (task_id, step_id) DO UPDATE SET step_number = excluded.step_number, arm = excluded.arm,
			action = excluded.action, status = excluded.status, input = excluded.input, output = excluded.output,
			error = excluded.error, attempts = excluded.attempts, started_at = excluded.started_at, finished_at = excluded.finished_at`,
		st.TaskID, st.StepID, st.StepNumber, st.Arm, st.Action, st.Status, nullJSON(st.Input), nullJSON(st.Output),
		nullStr(st.Error), st.Attempts, nullTime(st.StartedAt), nullTime(st.FinishedAt))
	if err != nil {
		return fmt.Errorf("storesqlite: upsert step %s/%s: %w", st.TaskID, st.StepID, err)
	}
	return nil
}

// ListTaskSteps returns a task's steps by step number.
func (s *Store) ListTaskSteps(ctx context.Context, taskID string) ([]store.TaskStep, error) {
	rows, err := s.reader.QueryContext(ctx, `SELECT task_id, step_id, step_number, arm, action, status, input, output, error,
		attempts, started_at, finished_at FROM tasks_task_steps WHERE task_id = ? ORDER BY step_number, step_id`, taskID)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: list steps %s: %w", taskID, err)
	}
	defer rows.Close()
	var out []store.TaskStep
	for rows.Next() {
		var st store.TaskStep
		var in, outJ, errS, started, finished sql.NullString
		if err := rows.Scan(&st.TaskID, &st.StepID, &st.StepNumber, &st.Arm, &st.Action, &st.Status, &in, &outJ, &errS,
			&st.Attempts, &started, &finished); err != nil {
			return nil, fmt.Errorf("storesqlite: list steps %s: %w", taskID, err)
		}
		st.Input, st.Output, st.Error = rawOf(in), rawOf(outJ), errS.String
		if st.StartedAt, err = parseNullTime(started); err != nil {
			return nil, err
		}
		if st.FinishedAt, err = parseNullTime(finished); err != nil {
			return nil, err
		}
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
	_, err := s.writer.ExecContext(ctx, `INSERT INTO provenance_action_log
		(action_id, task_id, arm_id, action_type, input, output, confidence, execution_time_ms, timestamp)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, nullStr(a.TaskID), a.ArmID, a.ActionType, nullJSON(a.Input), nullJSON(a.Output), a.Confidence, a.ExecutionTimeMS, formatTime(a.Timestamp))
	if err != nil {
		if isConstraintUnique(err) {
			return fmt.Errorf("storesqlite: append action %s: %w", a.ID, store.ErrConflict)
		}
		return fmt.Errorf("storesqlite: append action: %w", err)
	}
	return nil
}

// ListActions returns a task's provenance, oldest first.
func (s *Store) ListActions(ctx context.Context, taskID string) ([]store.Action, error) {
	rows, err := s.reader.QueryContext(ctx, `SELECT action_id, task_id, arm_id, action_type, input, output, confidence,
		execution_time_ms, timestamp FROM provenance_action_log WHERE task_id = ? ORDER BY timestamp, action_id`, taskID)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: list actions %s: %w", taskID, err)
	}
	defer rows.Close()
	var out []store.Action
	for rows.Next() {
		var a store.Action
		var task, in, outJ sql.NullString
		var conf sql.NullFloat64
		var ms sql.NullInt64
		var ts string
		if err := rows.Scan(&a.ID, &task, &a.ArmID, &a.ActionType, &in, &outJ, &conf, &ms, &ts); err != nil {
			return nil, fmt.Errorf("storesqlite: list actions %s: %w", taskID, err)
		}
		a.TaskID, a.Input, a.Output, a.Confidence, a.ExecutionTimeMS = task.String, rawOf(in), rawOf(outJ), conf.Float64, int(ms.Int64)
		if a.Timestamp, err = parseTime(ts); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// PutTaskHistory creates or replaces a history row.
func (s *Store) PutTaskHistory(ctx context.Context, h store.TaskHistory) error {
	if h.CreatedAt.IsZero() {
		h.CreatedAt = time.Now()
	}
	_, err := s.writer.ExecContext(ctx, `INSERT INTO tasks_task_history
		(task_id, user_id, goal, constraints, context, status, result, created_at, completed_at, duration_ms)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (task_id) DO UPDATE SET user_id = excluded.user_id, goal = excluded.goal, constraints = excluded.constraints,
			context = excluded.context, status = excluded.status, result = excluded.result, created_at = excluded.created_at,
			completed_at = excluded.completed_at, duration_ms = excluded.duration_ms`,
		h.TaskID, nullStr(h.UserID), h.Goal, nullJSON(h.Constraints), nullJSON(h.Context), h.Status, nullJSON(h.Result),
		formatTime(h.CreatedAt), nullTime(h.CompletedAt), h.DurationMS)
	if err != nil {
		return fmt.Errorf("storesqlite: put task history %s: %w", h.TaskID, err)
	}
	return nil
}

// GetTaskHistory returns a history row.
func (s *Store) GetTaskHistory(ctx context.Context, taskID string) (store.TaskHistory, error) {
	var h store.TaskHistory
	var user, constraints, context, status, result, completed sql.NullString
	var created string
	var ms sql.NullInt64
	err := s.reader.QueryRowContext(ctx, `SELECT task_id, user_id, goal, constraints, context, status, result, created_at,
		completed_at, duration_ms FROM tasks_task_history WHERE task_id = ?`, taskID).
		Scan(&h.TaskID, &user, &h.Goal, &constraints, &context, &status, &result, &created, &completed, &ms)
	if errors.Is(err, sql.ErrNoRows) {
		return h, fmt.Errorf("storesqlite: task history %s: %w", taskID, store.ErrNotFound)
	}
	if err != nil {
		return h, fmt.Errorf("storesqlite: task history %s: %w", taskID, err)
	}
	h.UserID, h.Constraints, h.Context, h.Status, h.Result, h.DurationMS = user.String, rawOf(constraints), rawOf(context), status.String, rawOf(result), int(ms.Int64)
	if h.CreatedAt, err = parseTime(created); err != nil {
		return h, err
	}
	h.CompletedAt, err = parseNullTime(completed)
	return h, err
}

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
	priority, status, plan, result, error, usage, metadata, created_at, updated_at, started_at, completed_at, lease_owner, lease_expires_at`

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

// execer is what the task writes run on: the writer pool, a transaction or
// a transaction's statement cache.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// CreateTask stores t.
func (s *Store) CreateTask(ctx context.Context, t store.Task) error {
	return createTask(ctx, s.writer, t)
}

func createTask(ctx context.Context, ex execer, t store.Task) error {
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
	_, err := ex.ExecContext(ctx, `INSERT INTO tasks_tasks (`+taskColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		t.ID, nullStr(t.ParentTaskID), t.Tenant, nullStr(t.APIKeyID), t.Goal,
		jsonOr(t.Constraints, "{}"), jsonOr(t.Context, "{}"), jsonOr(t.AcceptanceCriteria, "[]"), jsonOr(t.Budget, "{}"),
		t.Priority, t.Status, nullJSON(t.Plan), nullJSON(t.Result), nullJSON(t.Error), jsonOr(t.Usage, "{}"), jsonOr(t.Metadata, "{}"),
		formatTime(t.CreatedAt), formatTime(t.UpdatedAt), nullTime(t.StartedAt), nullTime(t.CompletedAt),
		nullStr(t.LeaseOwner), nullTime(t.LeaseExpiresAt))
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
	var parent, key, plan, result, errJSON, started, completed, leaseOwner, leaseExpires sql.NullString
	var constraints, context, criteria, budget, usage, metadata, created, updated string
	if err := row.Scan(&t.ID, &parent, &t.Tenant, &key, &t.Goal, &constraints, &context, &criteria, &budget,
		&t.Priority, &t.Status, &plan, &result, &errJSON, &usage, &metadata, &created, &updated, &started, &completed,
		&leaseOwner, &leaseExpires); err != nil {
		return t, err
	}
	t.ParentTaskID, t.APIKeyID, t.LeaseOwner = parent.String, key.String, leaseOwner.String
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
	if t.LeaseExpiresAt, err = parseNullTime(leaseExpires); err != nil {
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
	return updateTask(ctx, s.writer, id, u, time.Now())
}

// updateTask applies u, at now for the lease arithmetic. It builds the
// statement from the fields set; callers in one transaction reuse the
// prepared statements of identical shapes.
func updateTask(ctx context.Context, ex execer, id string, u store.TaskUpdate, now time.Time) error {
	if u.UpdatedAt.IsZero() {
		u.UpdatedAt = now
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
	if l := u.Lease; l != nil {
		if l.TTL > 0 {
			add("lease_owner", l.Owner)
			add("lease_expires_at", formatTime(now.Add(l.TTL)))
		} else {
			sets = append(sets, "lease_owner = NULL", "lease_expires_at = NULL")
		}
	}
	q := `UPDATE tasks_tasks SET ` + strings.Join(sets, ", ") + ` WHERE id = ?`
	args = append(args, id)
	if len(u.FromStatuses) > 0 {
		q += " AND status IN (?" + strings.Repeat(", ?", len(u.FromStatuses)-1) + ")"
		for _, st := range u.FromStatuses {
			args = append(args, st)
		}
	}
	if l := u.Lease; l != nil {
		if l.Claim {
			q += " AND (lease_owner IS NULL OR lease_owner = ? OR lease_expires_at IS NULL OR lease_expires_at < ?)"
			args = append(args, l.Owner, formatTime(now))
		} else {
			q += " AND lease_owner = ?"
			args = append(args, l.Owner)
		}
	}
	res, err := ex.ExecContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("storesqlite: update task %s: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		var one int
		err := ex.QueryRowContext(ctx, `SELECT 1 FROM tasks_tasks WHERE id = ?`, id).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("storesqlite: update task %s: %w", id, store.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("storesqlite: update task %s: %w", id, err)
		}
		return fmt.Errorf("storesqlite: update task %s: status not in %v or lease not held: %w", id, u.FromStatuses, store.ErrConflict)
	}
	return nil
}

// UpsertTaskStep creates or replaces a step.
func (s *Store) UpsertTaskStep(ctx context.Context, st store.TaskStep) error {
	return upsertTaskStep(ctx, s.writer, st)
}

func upsertTaskStep(ctx context.Context, ex execer, st store.TaskStep) error {
	_, err := ex.ExecContext(ctx, `INSERT INTO tasks_task_steps
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
	return appendAction(ctx, s.writer, a)
}

func appendAction(ctx context.Context, ex execer, a store.Action) error {
	if a.ID == "" {
		a.ID = uuid.NewString()
	}
	if a.Timestamp.IsZero() {
		a.Timestamp = time.Now()
	}
	_, err := ex.ExecContext(ctx, `INSERT INTO provenance_action_log
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
	return putTaskHistory(ctx, s.writer, h)
}

func putTaskHistory(ctx context.Context, ex execer, h store.TaskHistory) error {
	if h.CreatedAt.IsZero() {
		h.CreatedAt = time.Now()
	}
	_, err := ex.ExecContext(ctx, `INSERT INTO tasks_task_history
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

// stmtCache runs statements in a transaction, preparing each distinct one
// once: a group commit repeats a handful of statement shapes many times,
// and SQLite would otherwise parse every one of them again.
type stmtCache struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func (c *stmtCache) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := c.stmts[q]; ok {
		return st, nil
	}
	st, err := c.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	c.stmts[q] = st
	return st, nil
}

func (c *stmtCache) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := c.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (c *stmtCache) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	// Only the rare conflict diagnosis reads inside a write transaction.
	return c.tx.QueryRowContext(ctx, q, args...)
}

func (c *stmtCache) close() {
	for _, st := range c.stmts {
		_ = st.Close()
	}
}

// WriteTasks applies ws in one transaction on the writer (see
// store.Tasks.WriteTasks). When a statement fails outright (not a failed
// condition), the transaction is rolled back and each write is retried in
// a transaction of its own, so one bad write cannot sink the others.
func (s *Store) WriteTasks(ctx context.Context, ws []store.TaskWrite) []error {
	errs := make([]error, len(ws))
	if len(ws) == 0 {
		return errs
	}
	err := func() error {
		tx, err := s.writer.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		res, err := s.WriteTasksTx(ctx, tx, ws)
		if err != nil {
			_ = tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		copy(errs, res)
		return nil
	}()
	if err == nil {
		return errs
	}
	if len(ws) == 1 {
		errs[0] = fmt.Errorf("storesqlite: write task %s: %w", ws[0].ID(), err)
		return errs
	}
	for i := range ws {
		errs[i] = s.WriteTasks(ctx, ws[i:i+1])[0]
	}
	return errs
}

// WriteTasksTx applies ws inside tx, which must be a transaction on DB():
// the orchestrator adds its job-queue inserts to the same transaction. The
// returned slice has each write's soft outcome (nil, ErrConflict,
// ErrNotFound); a non-nil error means a statement failed and tx must be
// rolled back.
func (s *Store) WriteTasksTx(ctx context.Context, tx *sql.Tx, ws []store.TaskWrite) ([]error, error) {
	c := &stmtCache{tx: tx, stmts: map[string]*sql.Stmt{}}
	defer c.close()
	errs := make([]error, len(ws))
	now := time.Now()
	for i, w := range ws {
		if w.Create != nil {
			if err := createTask(ctx, c, *w.Create); err != nil {
				if errors.Is(err, store.ErrConflict) {
					errs[i] = err
					continue
				}
				return nil, err
			}
		}
		id := w.ID()
		if w.Create == nil && w.Update != nil {
			if err := updateTask(ctx, c, id, *w.Update, now); err != nil {
				if errors.Is(err, store.ErrConflict) || errors.Is(err, store.ErrNotFound) {
					errs[i] = err
					continue
				}
				return nil, err
			}
		}
		for _, st := range w.Steps {
			if st.TaskID == "" {
				st.TaskID = id
			}
			if err := upsertTaskStep(ctx, c, st); err != nil {
				return nil, err
			}
		}
		for _, a := range w.Actions {
			if a.TaskID == "" {
				a.TaskID = id
			}
			if err := appendAction(ctx, c, a); err != nil {
				return nil, err
			}
		}
		if w.History != nil {
			h := *w.History
			if h.TaskID == "" {
				h.TaskID = id
			}
			if err := putTaskHistory(ctx, c, h); err != nil {
				return nil, err
			}
		}
	}
	return errs, nil
}

// RenewLeases extends owner's leases on the active tasks among ids.
func (s *Store) RenewLeases(ctx context.Context, owner string, ids []string, ttl time.Duration) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	now := time.Now()
	args := []any{formatTime(now.Add(ttl)), owner}
	for _, id := range ids {
		args = append(args, id)
	}
	rows, err := s.writer.QueryContext(ctx, `UPDATE tasks_tasks SET lease_expires_at = ?
		WHERE lease_owner = ? AND status IN ('queued', 'planning', 'executing', 'validating')
		AND id IN (?`+strings.Repeat(", ?", len(ids)-1)+`) RETURNING id`, args...)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: renew leases: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("storesqlite: renew leases: %w", err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storesqlite: renew leases: %w", err)
	}
	return out, nil
}

// ExpiredLeases lists active tasks whose lease ran out.
func (s *Store) ExpiredLeases(ctx context.Context, limit int) ([]string, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.reader.QueryContext(ctx, `SELECT id FROM tasks_tasks
		WHERE lease_expires_at IS NOT NULL AND lease_expires_at < ?
		AND status IN ('queued', 'planning', 'executing', 'validating')
		ORDER BY lease_expires_at LIMIT ?`, formatTime(time.Now()), limit)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: expired leases: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("storesqlite: expired leases: %w", err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// ExpireLeases ends owner's leases ("" for every lease).
func (s *Store) ExpireLeases(ctx context.Context, owner string) error {
	q := `UPDATE tasks_tasks SET lease_owner = NULL, lease_expires_at = NULL WHERE lease_owner IS NOT NULL`
	var args []any
	if owner != "" {
		q += ` AND lease_owner = ?`
		args = append(args, owner)
	}
	if _, err := s.writer.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("storesqlite: expire leases: %w", err)
	}
	return nil
}

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
	acceptance_criteria, budget, priority, status, plan, result, error, usage, metadata, created_at, updated_at, started_at, completed_at,
	COALESCE(lease_owner, ''), lease_expires_at`

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
	q, args, err := createTaskSQL(t)
	if err != nil {
		return err
	}
	if _, err = s.pool.Exec(ctx, q, args...); err != nil {
		if isUnique(err) {
			return fmt.Errorf("storepg: create task %s: %w", t.ID, store.ErrConflict)
		}
		return fmt.Errorf("storepg: create task %s: %w", t.ID, err)
	}
	return nil
}

func createTaskSQL(t store.Task) (string, []any, error) {
	if t.ID == "" || t.Goal == "" {
		return "", nil, errors.New("storepg: create task: id and goal are required")
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
	return `INSERT INTO tasks.tasks (id, parent_task_id, tenant, api_key_id, goal, constraints, context,
		acceptance_criteria, budget, priority, status, plan, result, error, usage, metadata, created_at, updated_at, started_at, completed_at,
		lease_owner, lease_expires_at)
		VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11, $12::jsonb, $13::jsonb, $14::jsonb,
		$15::jsonb, $16::jsonb, $17, $18, $19, $20, $21, $22)`, []any{
			t.ID, textArg(t.ParentTaskID), t.Tenant, textArg(t.APIKeyID), t.Goal,
			jsonOr(t.Constraints, "{}"), jsonOr(t.Context, "{}"), jsonOr(t.AcceptanceCriteria, "[]"), jsonOr(t.Budget, "{}"),
			t.Priority, t.Status, jsonArg(t.Plan), jsonArg(t.Result), jsonArg(t.Error), jsonOr(t.Usage, "{}"), jsonOr(t.Metadata, "{}"),
			timestamptz(t.CreatedAt), timestamptz(t.UpdatedAt), nullTimestamptz(t.StartedAt), nullTimestamptz(t.CompletedAt),
			textArg(t.LeaseOwner), nullTimestamptz(t.LeaseExpiresAt)}, nil
}

func scanTask(row pgx.Row) (store.Task, error) {
	var t store.Task
	var constraints, context, criteria, budget, plan, result, errJSON, usage, metadata []byte
	var started, completed, leaseExpires pgtype.Timestamptz
	if err := row.Scan(&t.ID, &t.ParentTaskID, &t.Tenant, &t.APIKeyID, &t.Goal, &constraints, &context, &criteria, &budget,
		&t.Priority, &t.Status, &plan, &result, &errJSON, &usage, &metadata, &t.CreatedAt, &t.UpdatedAt, &started, &completed,
		&t.LeaseOwner, &leaseExpires); err != nil {
		return t, err
	}
	t.Constraints, t.Context, t.AcceptanceCriteria, t.Budget = constraints, context, criteria, budget
	t.Plan, t.Result, t.Error, t.Usage, t.Metadata = plan, result, errJSON, usage, metadata
	t.CreatedAt, t.UpdatedAt = t.CreatedAt.UTC(), t.UpdatedAt.UTC()
	t.StartedAt, t.CompletedAt, t.LeaseExpiresAt = timePtr(started), timePtr(completed), timePtr(leaseExpires)
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
	q, args := updateTaskSQL(id, u)
	tag, err := s.pool.Exec(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("storepg: update task %s: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return s.updateMissed(ctx, s.pool, id, u)
	}
	return nil
}

// updateMissed says why an update changed no row.
func (s *Store) updateMissed(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}, id string, u store.TaskUpdate) error {
	var one int
	err := q.QueryRow(ctx, `SELECT 1 FROM tasks.tasks WHERE id = $1::uuid`, id).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("storepg: update task %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("storepg: update task %s: %w", id, err)
	}
	return fmt.Errorf("storepg: update task %s: status not in %v or lease not held: %w", id, u.FromStatuses, store.ErrConflict)
}

// updateTaskSQL builds the statement applying u. Lease times use the
// database's clock, so processes with skewed clocks agree on expiry.
func updateTaskSQL(id string, u store.TaskUpdate) (string, []any) {
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
	if l := u.Lease; l != nil {
		if l.TTL > 0 {
			sets = append(sets, "lease_owner = "+arg(l.Owner),
				"lease_expires_at = now() + make_interval(secs => "+arg(l.TTL.Seconds())+"::float8)")
		} else {
			sets = append(sets, "lease_owner = NULL", "lease_expires_at = NULL")
		}
	}
	q := `UPDATE tasks.tasks SET ` + strings.Join(sets, ", ") + ` WHERE id = ` + arg(id) + `::uuid`
	if len(u.FromStatuses) > 0 {
		q += " AND status = ANY(" + arg(u.FromStatuses) + ")"
	}
	if l := u.Lease; l != nil {
		if l.Claim {
			o := arg(l.Owner)
			q += " AND (lease_owner IS NULL OR lease_owner = " + o + " OR lease_expires_at IS NULL OR lease_expires_at < now())"
		} else {
			q += " AND lease_owner = " + arg(l.Owner)
		}
	}
	return q, args
}

// UpsertTaskStep creates or replaces a step.
func (s *Store) UpsertTaskStep(ctx context.Context, st store.TaskStep) error {
	q, args := upsertStepSQL(st)
	if _, err := s.pool.Exec(ctx, q, args...); err != nil {
		return fmt.Errorf("storepg: upsert step %s/%s: %w", st.TaskID, st.StepID, err)
	}
	return nil
}

func upsertStepSQL(st store.TaskStep) (string, []any) {
	return `INSERT INTO tasks.task_steps
		(task_id, step_id, step_number, arm, action, status, input, output, error, attempts, started_at, finished_at)
		VALUES ($1::uuid, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11, $12)
		ON CONFLICT (task_id, step_id) DO UPDATE SET step_number = excluded.step_number, arm = excluded.arm,
			action = excluded.action, status = excluded.status, input = excluded.input, output = excluded.output,
			error = excluded.error, attempts = excluded.attempts, started_at = excluded.started_at, finished_at = excluded.finished_at`,
		[]any{st.TaskID, st.StepID, st.StepNumber, st.Arm, st.Action, st.Status, jsonArg(st.Input), jsonArg(st.Output),
			textArg(st.Error), st.Attempts, nullTimestamptz(st.StartedAt), nullTimestamptz(st.FinishedAt)}
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
	q, args := appendActionSQL(a)
	if _, err := s.pool.Exec(ctx, q, args...); err != nil {
		if isUnique(err) {
			return fmt.Errorf("storepg: append action %s: %w", args[0], store.ErrConflict)
		}
		return fmt.Errorf("storepg: append action: %w", err)
	}
	return nil
}

func appendActionSQL(a store.Action) (string, []any) {
	if a.ID == "" {
		a.ID = uuid.NewString()
	}
	if a.Timestamp.IsZero() {
		a.Timestamp = time.Now()
	}
	return `INSERT INTO provenance.action_log
		(action_id, task_id, arm_id, action_type, input, output, confidence, execution_time_ms, timestamp)
		VALUES ($1::uuid, $2::uuid, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9)`,
		[]any{a.ID, textArg(a.TaskID), a.ArmID, a.ActionType, jsonArg(a.Input), jsonArg(a.Output), a.Confidence, a.ExecutionTimeMS, timestamptz(a.Timestamp)}
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
	q, args := putHistorySQL(h)
	if _, err := s.pool.Exec(ctx, q, args...); err != nil {
		return fmt.Errorf("storepg: put task history %s: %w", h.TaskID, err)
	}
	return nil
}

func putHistorySQL(h store.TaskHistory) (string, []any) {
	if h.CreatedAt.IsZero() {
		h.CreatedAt = time.Now()
	}
	return `INSERT INTO tasks.task_history
		(task_id, user_id, goal, constraints, context, status, result, created_at, completed_at, duration_ms)
		VALUES ($1::uuid, $2, $3, $4::jsonb, $5::jsonb, $6, $7::jsonb, $8, $9, $10)
		ON CONFLICT (task_id) DO UPDATE SET user_id = excluded.user_id, goal = excluded.goal, constraints = excluded.constraints,
			context = excluded.context, status = excluded.status, result = excluded.result, created_at = excluded.created_at,
			completed_at = excluded.completed_at, duration_ms = excluded.duration_ms`,
		[]any{h.TaskID, textArg(h.UserID), h.Goal, jsonArg(h.Constraints), jsonArg(h.Context), h.Status, jsonArg(h.Result),
			timestamptz(h.CreatedAt), nullTimestamptz(h.CompletedAt), h.DurationMS}
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

// WriteTasks applies ws in one transaction (see store.Tasks.WriteTasks).
// When a statement fails outright (not a failed condition), the
// transaction is rolled back and each write is retried in a transaction of
// its own, so one bad write cannot sink the others.
func (s *Store) WriteTasks(ctx context.Context, ws []store.TaskWrite) []error {
	errs := make([]error, len(ws))
	if len(ws) == 0 {
		return errs
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		res, err := s.WriteTasksTx(ctx, tx, ws)
		if err == nil {
			copy(errs, res)
		}
		return err
	})
	if err == nil {
		return errs
	}
	if len(ws) == 1 {
		errs[0] = fmt.Errorf("storepg: write task %s: %w", ws[0].ID(), err)
		return errs
	}
	for i := range ws {
		errs[i] = s.WriteTasks(ctx, ws[i:i+1])[0]
	}
	return errs
}

// WriteTasksTx applies ws inside tx, a transaction on Pool() (the
// orchestrator adds its job-queue inserts to it). It takes two round trips
// whatever the number of writes: the creations and conditional updates in
// one pipelined batch, then the rows of the writes whose conditions held.
// The returned slice has each write's soft outcome (nil, ErrConflict,
// ErrNotFound); a non-nil error means a statement failed and tx must be
// rolled back.
func (s *Store) WriteTasksTx(ctx context.Context, tx pgx.Tx, ws []store.TaskWrite) ([]error, error) {
	errs := make([]error, len(ws))
	missed := make([]bool, len(ws)) // conditional update changed no row
	type queued struct {
		i      int
		create bool
	}
	var first pgx.Batch
	var order []queued
	for i, w := range ws {
		if w.Create != nil {
			q, args, err := createTaskSQL(*w.Create)
			if err != nil {
				return nil, err
			}
			// A duplicate id must not abort the transaction.
			first.Queue(q+" ON CONFLICT (id) DO NOTHING", args...)
			order = append(order, queued{i, true})
		} else if w.Update != nil {
			if uuid.Validate(w.ID()) != nil {
				errs[i] = fmt.Errorf("storepg: update task %q: %w", w.ID(), store.ErrNotFound)
				continue
			}
			q, args := updateTaskSQL(w.ID(), *w.Update)
			first.Queue(q, args...)
			order = append(order, queued{i, false})
		}
	}
	if first.Len() > 0 {
		br := tx.SendBatch(ctx, &first)
		for _, o := range order {
			tag, err := br.Exec()
			if err != nil {
				_ = br.Close()
				return nil, fmt.Errorf("storepg: write task %s: %w", ws[o.i].ID(), err)
			}
			if tag.RowsAffected() == 0 && errs[o.i] == nil {
				if o.create {
					errs[o.i] = fmt.Errorf("storepg: create task %s: %w", ws[o.i].ID(), store.ErrConflict)
				} else {
					missed[o.i] = true
				}
			}
		}
		if err := br.Close(); err != nil {
			return nil, fmt.Errorf("storepg: write tasks: %w", err)
		}
	}
	var second pgx.Batch
	for i, w := range ws {
		if missed[i] {
			errs[i] = s.updateMissed(ctx, tx, w.ID(), *w.Update)
			continue
		}
		if errs[i] != nil {
			continue
		}
		id := w.ID()
		for _, st := range w.Steps {
			if st.TaskID == "" {
				st.TaskID = id
			}
			q, args := upsertStepSQL(st)
			second.Queue(q, args...)
		}
		for _, a := range w.Actions {
			if a.TaskID == "" {
				a.TaskID = id
			}
			q, args := appendActionSQL(a)
			second.Queue(q, args...)
		}
		if w.History != nil {
			h := *w.History
			if h.TaskID == "" {
				h.TaskID = id
			}
			q, args := putHistorySQL(h)
			second.Queue(q, args...)
		}
	}
	if second.Len() > 0 {
		if err := tx.SendBatch(ctx, &second).Close(); err != nil {
			return nil, fmt.Errorf("storepg: write tasks: %w", err)
		}
	}
	return errs, nil
}

const activeTaskStatuses = `('queued', 'planning', 'executing', 'validating')`

// RenewLeases extends owner's leases on the active tasks among ids.
func (s *Store) RenewLeases(ctx context.Context, owner string, ids []string, ttl time.Duration) ([]string, error) {
	valid := make([]string, 0, len(ids))
	for _, id := range ids {
		if uuid.Validate(id) == nil {
			valid = append(valid, id)
		}
	}
	if len(valid) == 0 {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, `UPDATE tasks.tasks SET lease_expires_at = now() + make_interval(secs => $1::float8)
		WHERE lease_owner = $2 AND status IN `+activeTaskStatuses+` AND id = ANY($3::uuid[]) RETURNING id::text`,
		ttl.Seconds(), owner, valid)
	if err != nil {
		return nil, fmt.Errorf("storepg: renew leases: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("storepg: renew leases: %w", err)
	}
	return out, nil
}

// ExpiredLeases lists active tasks whose lease ran out.
func (s *Store) ExpiredLeases(ctx context.Context, limit int) ([]string, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.pool.Query(ctx, `SELECT id::text FROM tasks.tasks
		WHERE lease_expires_at IS NOT NULL AND lease_expires_at < now() AND status IN `+activeTaskStatuses+`
		ORDER BY lease_expires_at LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("storepg: expired leases: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("storepg: expired leases: %w", err)
	}
	return out, nil
}

// ExpireLeases ends owner's leases ("" for every lease).
func (s *Store) ExpireLeases(ctx context.Context, owner string) error {
	q := `UPDATE tasks.tasks SET lease_owner = NULL, lease_expires_at = NULL WHERE lease_owner IS NOT NULL`
	var args []any
	if owner != "" {
		q += ` AND lease_owner = $1`
		args = append(args, owner)
	}
	if _, err := s.pool.Exec(ctx, q, args...); err != nil {
		return fmt.Errorf("storepg: expire leases: %w", err)
	}
	return nil
}

package orchestrator

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/octollm/octollm/internal/store"
)

// taskArgs is the River job of one task: the job carries only the id; all
// state lives in the store. The job is only a wake-up: which process runs
// the task is decided by the task's lease (lease.go).
type taskArgs struct {
	TaskID string `json:"task_id"`
}

func (taskArgs) Kind() string { return "octollm_task" }

// InsertOpts makes a task's job unique while it is waiting or running, so
// recovery sweeps and duplicate wake-ups never queue it twice. Completed
// jobs are left out of the unique states: a task whose job completed while
// another process held its lease can get a new job if that process dies.
func (taskArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 25, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
		rivertype.JobStateRetryable, rivertype.JobStateScheduled,
	}}}
}

type taskWorker struct {
	river.WorkerDefaults[taskArgs]
	o *Orchestrator
}

// Timeout is disabled: the task's own time budget bounds the work.
func (w *taskWorker) Timeout(*river.Job[taskArgs]) time.Duration { return -1 }

func (w *taskWorker) Work(ctx context.Context, job *river.Job[taskArgs]) error {
	return w.o.runTask(ctx, job.Args.TaskID)
}

// queue hides River's transaction type parameter.
type queue interface {
	// apply commits ws and, for the writes with job set that succeed, their
	// tasks' jobs, in one transaction; it returns each write's outcome.
	apply(ctx context.Context, ws []store.TaskWrite, job []bool) []error
	// insert queues jobs for ids (existing waiting or running jobs stay).
	insert(ctx context.Context, ids []string) error
	// wake makes the jobs of ids runnable again: their worker died with
	// them marked running. Tasks without a job get one.
	wake(ctx context.Context, ids []string) error
	// recoverAll makes every running task job runnable again; only for a
	// database no other process uses, at start (after a crash).
	recoverAll(ctx context.Context) error
	// staleRunning lists the tasks whose job has been running for longer
	// than d (nil where a single process owns the database).
	staleRunning(ctx context.Context, d time.Duration) ([]string, error)
	start(ctx context.Context) error
	stop(ctx context.Context) error
	stopAndCancel(ctx context.Context) error
}

// backend is what a store backend provides for the queue: River's driver
// on the store's own database and transactions that task writes and job
// inserts share.
type backend[TTx any] struct {
	driver   riverdriver.Driver[TTx]
	begin    func(ctx context.Context) (TTx, error)
	commit   func(ctx context.Context, tx TTx) error
	rollback func(ctx context.Context, tx TTx) error
	writeTx  func(ctx context.Context, tx TTx, ws []store.TaskWrite) ([]error, error)
	exec     func(ctx context.Context, q string, args ...any) error
	// wakeSQL makes the running jobs of the task ids in its one argument
	// available again.
	wakeSQL string
	// recoverSQL makes every running task job available again.
	recoverSQL string
	// staleRunning lists the task ids of jobs running for longer than d.
	staleRunning func(ctx context.Context, d time.Duration) ([]string, error)
	// jobsAfterCommit inserts jobs after the task writes commit rather than
	// in their transaction, which is what wakes this process's idle
	// workers at once where there is no LISTEN/NOTIFY (SQLite). A crash in
	// between leaves tasks without a job, which Start queues.
	jobsAfterCommit bool
}

type riverQueue[TTx any] struct {
	b      backend[TTx]
	client *river.Client[TTx]
}

func params(ids []string) []river.InsertManyParams {
	p := make([]river.InsertManyParams, len(ids))
	for i, id := range ids {
		p[i] = river.InsertManyParams{Args: taskArgs{TaskID: id}}
	}
	return p
}

func (q *riverQueue[TTx]) apply(ctx context.Context, ws []store.TaskWrite, job []bool) []error {
	errs, err := q.applyTx(ctx, ws, job)
	if err == nil {
		return errs
	}
	errs = make([]error, len(ws))
	if len(ws) == 1 {
		errs[0] = err
		return errs
	}
	// One write broke the transaction: apply each on its own so the others
	// still land.
	for i := range ws {
		errs[i] = q.apply(ctx, ws[i:i+1], job[i:i+1])[0]
	}
	return errs
}

func (q *riverQueue[TTx]) applyTx(ctx context.Context, ws []store.TaskWrite, job []bool) ([]error, error) {
	tx, err := q.b.begin(ctx)
	if err != nil {
		return nil, err
	}
	errs, err := q.b.writeTx(ctx, tx, ws)
	var ids []string
	if err == nil {
		for i, w := range ws {
			if job[i] && errs[i] == nil {
				ids = append(ids, w.ID())
			}
		}
		if len(ids) > 0 && !q.b.jobsAfterCommit {
			_, err = q.client.InsertManyTx(ctx, tx, params(ids))
		}
	}
	if err != nil {
		_ = q.b.rollback(ctx, tx)
		return nil, err
	}
	if err := q.b.commit(ctx, tx); err != nil {
		return nil, err
	}
	if q.b.jobsAfterCommit {
		if err := q.insert(ctx, ids); err != nil {
			// The tasks are stored; Start queues them after a restart.
			for i, w := range ws {
				if job[i] && errs[i] == nil {
					errs[i] = fmt.Errorf("queue task %s: %w", w.ID(), err)
				}
			}
		}
	}
	return errs, nil
}

func (q *riverQueue[TTx]) insert(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := q.client.InsertMany(ctx, params(ids))
	return err
}

func (q *riverQueue[TTx]) wake(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	if err := q.b.exec(ctx, q.b.wakeSQL, ids); err != nil {
		return fmt.Errorf("wake jobs: %w", err)
	}
	// Tasks whose job is gone (completed by a process that lost the lease)
	// get a new one; the others' are skipped as duplicates. Going through
	// the client also tells idle producers there is work.
	return q.insert(ctx, ids)
}

func (q *riverQueue[TTx]) recoverAll(ctx context.Context) error {
	return q.b.exec(ctx, q.b.recoverSQL)
}

func (q *riverQueue[TTx]) staleRunning(ctx context.Context, d time.Duration) ([]string, error) {
	if q.b.staleRunning == nil {
		return nil, nil
	}
	return q.b.staleRunning(ctx, d)
}

func (q *riverQueue[TTx]) start(ctx context.Context) error { return q.client.Start(ctx) }
func (q *riverQueue[TTx]) stop(ctx context.Context) error  { return q.client.Stop(ctx) }
func (q *riverQueue[TTx]) stopAndCancel(ctx context.Context) error {
	return q.client.StopAndCancel(ctx)
}

func newRiverQueue[TTx any](ctx context.Context, b backend[TTx], cfg Config, o *Orchestrator, log *slog.Logger) (*riverQueue[TTx], error) {
	m, err := rivermigrate.New(b.driver, &rivermigrate.Config{Logger: log})
	if err != nil {
		return nil, fmt.Errorf("river migrator: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return nil, fmt.Errorf("river migrate: %w", err)
	}
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, &taskWorker{o: o}); err != nil {
		return nil, err
	}
	var periodic []*river.PeriodicJob
	if o.jobs != nil {
		if periodic, err = o.jobs(workers); err != nil {
			return nil, fmt.Errorf("register jobs: %w", err)
		}
	}
	c, err := river.NewClient(b.driver, &river.Config{
		PeriodicJobs:      periodic,
		Queues:            map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: cfg.Workers}},
		Workers:           workers,
		Logger:            log,
		FetchPollInterval: cfg.PollInterval,
		FetchCooldown:     cfg.FetchCooldown,
		JobTimeout:        -1,
		// Leases recover a dead worker's tasks within LeaseTTL; River's own
		// rescue is only the last resort and must never fire for a task a
		// live worker is still running (the longest task budget is 1 h).
		RescueStuckJobsAfter: cfg.RescueAfter,
	})
	if err != nil {
		return nil, fmt.Errorf("river client: %w", err)
	}
	return &riverQueue[TTx]{b: b, client: c}, nil
}

// sqliteStore and pgStore are what the store backends expose for River.
type sqliteStore interface {
	DB() *sql.DB
	WriteTasksTx(ctx context.Context, tx *sql.Tx, ws []store.TaskWrite) ([]error, error)
}

type pgStore interface {
	Pool() *pgxpool.Pool
	WriteTasksTx(ctx context.Context, tx pgx.Tx, ws []store.TaskWrite) ([]error, error)
}

// openQueue builds River on the store's own database.
func openQueue(ctx context.Context, st any, cfg Config, o *Orchestrator, log *slog.Logger) (queue, error) {
	kind := taskArgs{}.Kind()
	switch s := st.(type) {
	case pgStore:
		pool := s.Pool()
		return newRiverQueue(ctx, backend[pgx.Tx]{
			driver:   riverpgxv5.New(pool),
			begin:    func(ctx context.Context) (pgx.Tx, error) { return pool.Begin(ctx) },
			commit:   func(ctx context.Context, tx pgx.Tx) error { return tx.Commit(ctx) },
			rollback: func(ctx context.Context, tx pgx.Tx) error { return tx.Rollback(ctx) },
			writeTx:  s.WriteTasksTx,
			exec: func(ctx context.Context, q string, args ...any) error {
				_, err := pool.Exec(ctx, q, args...)
				return err
			},
			wakeSQL: `UPDATE river_job SET state = 'available' WHERE state = 'running' AND kind = '` + kind +
				`' AND args->>'task_id' = ANY($1::text[])`,
			recoverSQL: `UPDATE river_job SET state = 'available' WHERE state = 'running' AND kind = '` + kind + `'`,
			staleRunning: func(ctx context.Context, d time.Duration) ([]string, error) {
				rows, err := pool.Query(ctx, `SELECT args->>'task_id' FROM river_job WHERE state = 'running' AND kind = $1
					AND COALESCE(attempted_at, created_at) < now() - make_interval(secs => $2::float8) LIMIT 100`, kind, d.Seconds())
				if err != nil {
					return nil, err
				}
				return pgx.CollectRows(rows, pgx.RowTo[string])
			},
		}, cfg, o, log)
	case sqliteStore:
		db := s.DB()
		return newRiverQueue(ctx, backend[*sql.Tx]{
			driver:          pollingSQLiteDriver{riversqlite.New(db)},
			jobsAfterCommit: true,
			begin:           func(ctx context.Context) (*sql.Tx, error) { return db.BeginTx(ctx, nil) },
			commit:          func(_ context.Context, tx *sql.Tx) error { return tx.Commit() },
			rollback:        func(_ context.Context, tx *sql.Tx) error { return tx.Rollback() },
			writeTx:         s.WriteTasksTx,
			exec: func(ctx context.Context, q string, args ...any) error {
				if len(args) == 1 {
					if ids, ok := args[0].([]string); ok {
						// SQLite has no arrays: pass the ids as a JSON array.
						args[0] = string(mustJSON(ids))
					}
				}
				_, err := db.ExecContext(ctx, q, args...)
				return err
			},
			wakeSQL: `UPDATE river_job SET state = 'available' WHERE state = 'running' AND kind = '` + kind +
				`' AND json_extract(args, '$.task_id') IN (SELECT value FROM json_each(?))`,
			recoverSQL: `UPDATE river_job SET state = 'available' WHERE state = 'running' AND kind = '` + kind + `'`,
		}, cfg, o, log)
	default:
		return nil, errors.New("orchestrator: the store exposes neither DB() (SQLite) nor Pool() (PostgreSQL) for the task queue")
	}
}

// pollingSQLiteDriver is riversqlite without its notification outbox, which
// it polls every 50 ms: River then wakes this process's workers directly on
// insert, without delay or polling. The embedded database belongs to one
// process, so there is nobody else to notify.
type pollingSQLiteDriver struct {
	*riversqlite.Driver
}

func (pollingSQLiteDriver) SupportsListener() bool     { return false }
func (pollingSQLiteDriver) SupportsListenNotify() bool { return false }

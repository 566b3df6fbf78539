package orchestrator

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
)

// taskArgs is the River job of one task: the job carries only the id; all
// state lives in the store.
type taskArgs struct {
	TaskID string `json:"task_id"`
}

func (taskArgs) Kind() string { return "octollm_task" }

// InsertOpts makes a task's job unique while it is pending or running, so
// recovery sweeps and duplicate submits never queue it twice.
func (taskArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 25, UniqueOpts: river.UniqueOpts{ByArgs: true}}
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
	insert(ctx context.Context, id string) error
	start(ctx context.Context) error
	stop(ctx context.Context) error
	stopAndCancel(ctx context.Context) error
}

type riverQueue[TTx any] struct {
	client *river.Client[TTx]
}

func (q *riverQueue[TTx]) insert(ctx context.Context, id string) error {
	_, err := q.client.Insert(ctx, taskArgs{TaskID: id}, nil)
	return err
}
func (q *riverQueue[TTx]) start(ctx context.Context) error { return q.client.Start(ctx) }
func (q *riverQueue[TTx]) stop(ctx context.Context) error  { return q.client.Stop(ctx) }
func (q *riverQueue[TTx]) stopAndCancel(ctx context.Context) error {
	return q.client.StopAndCancel(ctx)
}

func newRiverQueue[TTx any](ctx context.Context, driver riverdriver.Driver[TTx], cfg Config, o *Orchestrator, log *slog.Logger) (*riverQueue[TTx], error) {
	m, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: log})
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
	c, err := river.NewClient(driver, &river.Config{
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: cfg.Workers}},
		Workers:              workers,
		Logger:               log,
		FetchPollInterval:    cfg.PollInterval,
		FetchCooldown:        min(cfg.PollInterval, 100*time.Millisecond),
		JobTimeout:           -1,
		RescueStuckJobsAfter: cfg.RescueAfter,
	})
	if err != nil {
		return nil, fmt.Errorf("river client: %w", err)
	}
	return &riverQueue[TTx]{client: c}, nil
}

// sqliteDB and pgPool are what the store backends expose for River.
type sqliteDB interface{ DB() *sql.DB }
type pgPool interface{ Pool() *pgxpool.Pool }

// openQueue builds River on the store's own database.
func openQueue(ctx context.Context, st any, cfg Config, o *Orchestrator, log *slog.Logger) (queue, func(context.Context) error, error) {
	switch s := st.(type) {
	case pgPool:
		q, err := newRiverQueue(ctx, riverpgxv5.New(s.Pool()), cfg, o, log)
		return q, func(context.Context) error { return nil }, err
	case sqliteDB:
		db := s.DB()
		q, err := newRiverQueue(ctx, riversqlite.New(db), cfg, o, log)
		// The embedded database belongs to one process, so a task job still
		// marked running when the process starts was orphaned by a crash:
		// make it available again (PostgreSQL relies on River's rescuer,
		// since other processes may be running jobs there).
		recover := func(ctx context.Context) error {
			_, err := db.ExecContext(ctx, `UPDATE river_job SET state = 'available' WHERE state = 'running' AND kind = ?`, taskArgs{}.Kind())
			return err
		}
		return q, recover, err
	default:
		return nil, nil, errors.New("orchestrator: the store exposes neither DB() (SQLite) nor Pool() (PostgreSQL) for the task queue")
	}
}

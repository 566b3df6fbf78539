package memory

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/riverqueue/river"

	"github.com/octollm/octollm/internal/store"
)

// RetentionConfig sets how long memory is kept (spec §3.8).
type RetentionConfig struct {
	// TaskHistory is how long task history rows live (default 90 days).
	TaskHistory time.Duration
	// ActionLog is how long provenance records live (default 30 days).
	ActionLog time.Duration
	// ArchiveAfter is how long an entity may go without an update before
	// it is archived (default 180 days).
	ArchiveAfter time.Duration
	// Interval is how often the job runs (default 1 h).
	Interval time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Logger (default discards).
	Logger *slog.Logger
}

func (c *RetentionConfig) fill() error {
	if c.TaskHistory == 0 {
		c.TaskHistory = 90 * 24 * time.Hour
	}
	if c.ActionLog == 0 {
		c.ActionLog = 30 * 24 * time.Hour
	}
	if c.ArchiveAfter == 0 {
		c.ArchiveAfter = 180 * 24 * time.Hour
	}
	if c.Interval == 0 {
		c.Interval = time.Hour
	}
	if c.TaskHistory < 0 || c.ActionLog < 0 || c.ArchiveAfter < 0 || c.Interval < time.Minute {
		return fmt.Errorf("memory: retention periods must be positive and the interval at least a minute (%+v)", *c)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// RetentionArgs is the River job that applies retention.
type RetentionArgs struct{}

// Kind implements river.JobArgs.
func (RetentionArgs) Kind() string { return "memory_retention" }

// InsertOpts keeps one retention job at a time per interval window.
func (RetentionArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 5, UniqueOpts: river.UniqueOpts{ByPeriod: 10 * time.Minute}}
}

// RetentionReport is what one run changed.
type RetentionReport struct {
	TaskHistoryDeleted int64 `json:"task_history_deleted"`
	ActionsDeleted     int64 `json:"actions_deleted"`
	EntitiesArchived   int64 `json:"entities_archived"`
	EpisodesExpired    int64 `json:"episodes_expired"`
}

// RetentionWorker runs RetentionArgs jobs.
type RetentionWorker struct {
	river.WorkerDefaults[RetentionArgs]
	cfg RetentionConfig
	st  store.Retention
}

var _ river.Worker[RetentionArgs] = (*RetentionWorker)(nil)

// NewRetentionWorker returns the worker; register it with
// river.AddWorkerSafely and schedule it with PeriodicJob.
func NewRetentionWorker(cfg RetentionConfig, st store.Retention) (*RetentionWorker, error) {
	if st == nil {
		return nil, errors.New("memory: NewRetentionWorker needs a store")
	}
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	return &RetentionWorker{cfg: cfg, st: st}, nil
}

// PeriodicJob schedules retention every Interval, and once at start.
func (w *RetentionWorker) PeriodicJob() *river.PeriodicJob {
	return river.NewPeriodicJob(river.PeriodicInterval(w.cfg.Interval),
		func() (river.JobArgs, *river.InsertOpts) { return RetentionArgs{}, nil },
		&river.PeriodicJobOpts{RunOnStart: true})
}

// Work implements river.Worker.
func (w *RetentionWorker) Work(ctx context.Context, _ *river.Job[RetentionArgs]) error {
	rep, err := w.Run(ctx)
	if err != nil {
		return err
	}
	w.cfg.Logger.InfoContext(ctx, "memory retention applied", "task_history_deleted", rep.TaskHistoryDeleted,
		"actions_deleted", rep.ActionsDeleted, "entities_archived", rep.EntitiesArchived, "episodes_expired", rep.EpisodesExpired)
	return nil
}

// Run applies retention once. Each step is independent: one failing does
// not stop the others, and the errors are joined.
func (w *RetentionWorker) Run(ctx context.Context) (RetentionReport, error) {
	now := w.cfg.Now()
	var rep RetentionReport
	var errs []error
	var err error
	if rep.TaskHistoryDeleted, err = w.st.PruneTaskHistory(ctx, now.Add(-w.cfg.TaskHistory)); err != nil {
		errs = append(errs, err)
	}
	if rep.ActionsDeleted, err = w.st.PruneActionLog(ctx, now.Add(-w.cfg.ActionLog)); err != nil {
		errs = append(errs, err)
	}
	if rep.EntitiesArchived, err = w.st.ArchiveEntities(ctx, now.Add(-w.cfg.ArchiveAfter)); err != nil {
		errs = append(errs, err)
	}
	if rep.EpisodesExpired, err = w.st.DeleteExpiredEpisodes(ctx, now); err != nil {
		errs = append(errs, err)
	}
	return rep, errors.Join(errs...)
}

// Package orchestrator is OctoLLM's brain: it accepts tasks, persists them,
// runs each as a durable River job (on the store's SQLite file or
// PostgreSQL database) and drives it from goal to validated result — plan
// (planner arm), validate the DAG, run the steps in topological order with
// bounded parallelism, each routed by capability score, retried with
// backoff, rerouted after repeated failure and carrying a capability token
// scoped to that step; integrate; judge; bounded repair — while enforcing
// the task's time, token and cost budgets. Every arm call is recorded in
// tasks.task_steps and provenance.action_log; progress is streamed to
// subscribers as events.
package orchestrator

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/riverqueue/river"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/cache"
	"github.com/octollm/octollm/internal/store"
)

// Reflex screens submitted goals (internal/reflex, adapted by the wiring).
type Reflex interface {
	// Screen analyses text. A blocked screening rejects the task; Text is
	// the text with PII replaced by reversible tokens; Restore, when not
	// nil, puts the original values back.
	Screen(ctx context.Context, text string) (Screening, error)
	// Redact removes PII and secrets from text before it is stored in the
	// provenance log.
	Redact(ctx context.Context, text string) string
}

// Screening is the reflex verdict on a goal.
type Screening struct {
	Blocked bool
	Reason  string
	// Matches describes what was found (types and positions, never values).
	Matches any
	// Text is the goal to store and plan with (PII tokenised).
	Text string
	// PII says the goal held PII.
	PII bool
	// Restore reverses the tokenisation for the submitting key.
	Restore func(string) string
}

// TokenIssuer issues step-scoped capability tokens (*auth.TokenIssuer).
type TokenIssuer interface {
	Issue(ctx context.Context, g auth.Grant) (token, jti string, err error)
}

// Config configures an Orchestrator.
type Config struct {
	// Workers is how many tasks one process runs at once (default 32:
	// tasks mostly wait on models and arms, not on this process).
	Workers int
	// StepParallelism bounds parallel steps within a task (default 4).
	StepParallelism int
	// StepTimeout is the default per-step timeout (default 30 s).
	StepTimeout time.Duration
	// DisableOutputGuard skips the guardian check of arm outputs (on by
	// default whenever a guardian arm is registered).
	DisableOutputGuard bool
	// ArmStepTimeouts overrides StepTimeout per arm type for steps whose task
	// does not set budget.step_timeout_seconds (default: coder 180 s).
	ArmStepTimeouts map[string]time.Duration
	// MaxStepTimeout caps budget.step_timeout_seconds (default 300 s).
	MaxStepTimeout time.Duration
	// RetryBase and RetryMax shape the exponential backoff between attempts
	// of a step (defaults 1 s and 10 s).
	RetryBase, RetryMax time.Duration
	// RerouteAfter is how many consecutive failures on one arm move a step
	// to another arm of the same type (default 2).
	RerouteAfter int
	// MaxRepairs bounds the judge → replan loop (default 3).
	MaxRepairs int
	// CacheTTL is how long identical goal + constraints + tenant return the
	// cached result (default 1 h; negative disables).
	CacheTTL time.Duration
	// PollInterval is how often River looks for new jobs without a
	// notification (default 1 s: inserts notify the workers of every
	// process, so polling only catches what notifications missed).
	PollInterval time.Duration
	// FetchCooldown is the least time between two job fetches of one
	// process (default 5 ms); it caps how fast a process picks up work.
	FetchCooldown time.Duration
	// RescueAfter is when River considers a running job orphaned and runs
	// it again; it must exceed the longest task (default 1 h 5 min, the
	// 3 600 s budget cap plus margin). Leases recover dead workers' tasks
	// much sooner; this is the last resort.
	RescueAfter time.Duration
	// LeaseTTL is how long a task's lease lasts without renewal (default
	// 15 s): a task whose process died is resumed elsewhere about LeaseTTL
	// + ReapInterval later. Leases are renewed every LeaseTTL/3.
	LeaseTTL time.Duration
	// ReapInterval is how often each process looks for tasks whose lease
	// ran out (default 5 s).
	ReapInterval time.Duration
	// FlushDelay bounds how long progress that need not be durable at once
	// (status changes, running steps, provenance of calls without side
	// effects) waits to join the next write (default 200 ms). Completed
	// steps with side effects, and any step that took longer than this,
	// are made durable before the task goes on.
	FlushDelay time.Duration
	// CommitBatch caps the writes of one group commit (default 256).
	CommitBatch int
	// Owner names this process in task leases (default host-pid-random;
	// it must differ between processes sharing a database).
	Owner string
	// RestorePII puts tokenised PII back into results shown to the
	// submitting key.
	RestorePII bool
	// Defaults for a task budget's missing fields.
	DefaultBudget Budget
	// Swarm configures swarm mode (spec §2.2): tasks that are critical,
	// high-stakes or ask for it run their model-answered steps as several
	// proposals that are aggregated.
	Swarm SwarmConfig
	// Now is the clock (default time.Now).
	Now func() time.Time
}

func (c *Config) fillDefaults() error {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	defD := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&c.Workers, 32)
	def(&c.StepParallelism, 4)
	def(&c.RerouteAfter, 2)
	def(&c.MaxRepairs, 3)
	defD(&c.StepTimeout, 30*time.Second)
	defD(&c.MaxStepTimeout, 300*time.Second)
	defD(&c.RetryBase, time.Second)
	defD(&c.RetryMax, 10*time.Second)
	defD(&c.PollInterval, time.Second)
	defD(&c.FetchCooldown, 5*time.Millisecond)
	defD(&c.RescueAfter, time.Hour+5*time.Minute)
	defD(&c.LeaseTTL, 15*time.Second)
	defD(&c.ReapInterval, 5*time.Second)
	defD(&c.FlushDelay, 200*time.Millisecond)
	def(&c.CommitBatch, 256)
	if c.Owner == "" {
		host, _ := os.Hostname()
		c.Owner = fmt.Sprintf("%s-%d-%s", host, os.Getpid(), uuid.NewString()[:8])
	}
	if c.CacheTTL == 0 {
		c.CacheTTL = time.Hour
	}
	def(&c.DefaultBudget.MaxTokens, 10000)
	def(&c.DefaultBudget.MaxTimeSeconds, 300)
	def(&c.DefaultBudget.MaxRetries, 3)
	if c.DefaultBudget.MaxCostUSD <= 0 {
		c.DefaultBudget.MaxCostUSD = 1.0
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.ArmStepTimeouts == nil {
		c.ArmStepTimeouts = map[string]time.Duration{arm.TypeCoder: 180 * time.Second}
	}
	if c.StepTimeout > c.MaxStepTimeout {
		return fmt.Errorf("orchestrator: StepTimeout %s exceeds MaxStepTimeout %s", c.StepTimeout, c.MaxStepTimeout)
	}
	c.Swarm.FillDefaults()
	if c.Swarm.ArmTypes == nil {
		c.Swarm.ArmTypes = []string{arm.TypeCoder, arm.TypeRetriever}
	}
	if err := c.Swarm.Validate(); err != nil {
		return fmt.Errorf("orchestrator: %w", err)
	}
	if c.FetchCooldown > c.PollInterval {
		return fmt.Errorf("orchestrator: FetchCooldown %s exceeds PollInterval %s", c.FetchCooldown, c.PollInterval)
	}
	if c.LeaseTTL < 30*time.Millisecond {
		return fmt.Errorf("orchestrator: LeaseTTL %s is too short", c.LeaseTTL)
	}
	return nil
}

// Deps are what the orchestrator is built from.
type Deps struct {
	// Store persists tasks; it must be storesqlite or storepg (River runs on
	// the same database).
	Store store.Store
	// Cache holds cached results (optional).
	Cache cache.Cache
	// Logger (default discards).
	Logger *slog.Logger
	// Registerer receives metrics (optional).
	Registerer prometheus.Registerer
	// Arms is the registry steps are routed over (a planner arm is
	// required; a judge arm enables validation).
	Arms *arm.Registry
	// Reflex screens goals (optional: without it goals are stored as given).
	Reflex Reflex
	// Issuer issues step capability tokens (optional: without it steps
	// carry none and arms that require one refuse).
	Issuer TokenIssuer
	// Jobs registers further River workers (e.g. memory retention) on the
	// task queue's client and returns their periodic schedules (optional).
	Jobs func(*river.Workers) ([]*river.PeriodicJob, error)
}

// Orchestrator runs tasks.
type Orchestrator struct {
	cfg     Config
	st      store.Store
	cache   cache.Cache
	log     *slog.Logger
	arms    *arm.Registry
	reflex  Reflex
	issuer  TokenIssuer
	jobs    func(*river.Workers) ([]*river.PeriodicJob, error)
	events  *broker
	metrics *metrics

	q      queue
	commit *committer
	leases *leaseKeeper

	mu       sync.Mutex
	restores map[string]restoreEntry
	started  bool
	// aborting makes interrupted runs leave everything as a crash would.
	aborting bool
}

type restoreEntry struct {
	fn      func(string) string
	tenant  string
	expires time.Time
}

// New builds an orchestrator and migrates River's tables. Call Start to
// begin working tasks (a process may also only submit, without Start).
func New(ctx context.Context, cfg Config, d Deps) (*Orchestrator, error) {
	if err := cfg.fillDefaults(); err != nil {
		return nil, err
	}
	if d.Store == nil || d.Arms == nil {
		return nil, errors.New("orchestrator: Store and Arms are required")
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	m, err := newMetrics(d.Registerer)
	if err != nil {
		return nil, err
	}
	o := &Orchestrator{cfg: cfg, st: d.Store, cache: d.Cache, log: d.Logger, arms: d.Arms, reflex: d.Reflex, issuer: d.Issuer, jobs: d.Jobs,
		events: newBroker(), metrics: m, restores: map[string]restoreEntry{}}
	o.q, err = openQueue(ctx, d.Store, cfg, o, d.Logger.With("component", "river"))
	if err != nil {
		return nil, fmt.Errorf("orchestrator: %w", err)
	}
	o.commit = &committer{apply: o.q.apply, maxBatch: cfg.CommitBatch, timeout: 30 * time.Second,
		observe: func(n int) { m.commitWrites.Observe(float64(n)) }}
	o.leases = newLeaseKeeper(o, cfg.Owner)
	return o, nil
}

// Owner is the name this process holds task leases under.
func (o *Orchestrator) Owner() string { return o.cfg.Owner }

// Start recovers tasks orphaned by a previous crash and starts the workers.
// On SQLite the process owns the database, so every task left running by
// a crash is resumed at once; on PostgreSQL other processes may be running
// tasks, and a dead process's tasks are resumed when their leases expire.
func (o *Orchestrator) Start(ctx context.Context) error {
	if _, ok := o.st.(sqliteStore); ok {
		if err := o.st.ExpireLeases(ctx, ""); err != nil {
			return fmt.Errorf("orchestrator: recover orphaned tasks: %w", err)
		}
		if err := o.q.recoverAll(ctx); err != nil {
			return fmt.Errorf("orchestrator: recover orphaned jobs: %w", err)
		}
	}
	o.mu.Lock()
	o.started, o.aborting = true, false
	o.mu.Unlock()
	o.leases.start()
	if err := o.q.start(ctx); err != nil {
		o.leases.stopLoops()
		return fmt.Errorf("orchestrator: start workers: %w", err)
	}
	// Tasks stored without a job (by an older version, which inserted the
	// task and its job separately) get one; unique jobs make this a no-op
	// for the others.
	tasks, err := o.st.ListTasks(ctx, store.TaskFilter{Statuses: activeStatuses, Limit: 1000})
	if err != nil {
		return fmt.Errorf("orchestrator: recovery sweep: %w", err)
	}
	ids := make([]string, 0, len(tasks))
	for _, t := range tasks {
		if t.LeaseOwner == "" {
			ids = append(ids, t.ID)
		}
	}
	if err := o.q.insert(ctx, ids); err != nil {
		return fmt.Errorf("orchestrator: re-enqueue tasks: %w", err)
	}
	return nil
}

// Stop waits for running tasks to finish and stops the workers. Tasks
// still running when ctx ends are interrupted at a safe point: their
// progress is saved, their leases released, and they resume on the next
// start or in another process.
func (o *Orchestrator) Stop(ctx context.Context) error {
	o.mu.Lock()
	started := o.started
	o.started = false
	o.mu.Unlock()
	if !started {
		return nil
	}
	// Leases keep being renewed while the running tasks finish.
	defer o.leases.stopLoops()
	err := o.q.stop(ctx)
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return o.q.stopAndCancel(context.WithoutCancel(ctx))
	}
	return err
}

// Abort stops the workers at once as a crash would: running tasks are
// cancelled without saving anything or releasing their leases, so they
// resume on the next start (SQLite) or, once their leases expire, in any
// process (PostgreSQL). Tests use it to simulate kill -9.
func (o *Orchestrator) Abort(ctx context.Context) error {
	o.mu.Lock()
	o.started, o.aborting = false, true
	o.mu.Unlock()
	o.leases.stopLoops()
	return o.q.stopAndCancel(ctx)
}

func (o *Orchestrator) isAborting() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.aborting
}

// SubmitError is a rejected submission.
type SubmitError struct {
	Code    string
	Field   string
	Message string
	Details any
}

func (e *SubmitError) Error() string { return e.Code + ": " + e.Message }

func (o *Orchestrator) normalise(req *TaskRequest) error {
	bad := func(field, msg string) error {
		return &SubmitError{Code: "validation_failed", Field: field, Message: msg}
	}
	req.Goal = strings.TrimSpace(req.Goal)
	switch {
	case req.Goal == "":
		return bad("goal", "is required and must not be blank")
	case len(req.Goal) > 10000:
		return bad("goal", "must be at most 10000 characters")
	case len(req.Constraints) > 20:
		return bad("constraints", "at most 20 constraints")
	case len(req.AcceptanceCriteria) > 20:
		return bad("acceptance_criteria", "at most 20 criteria")
	}
	if req.Priority == "" {
		req.Priority = "medium"
	}
	switch req.Priority {
	case "low", "medium", "high", "critical":
	default:
		return bad("priority", "must be low, medium, high or critical")
	}
	if req.ParentTaskID != "" && uuid.Validate(req.ParentTaskID) != nil {
		return bad("parent_task_id", "must be a UUID")
	}
	b := Budget{}
	if req.Budget != nil {
		b = *req.Budget
	}
	if b.MaxCostUSD == 0 && b.MaxCostDollarsIn != 0 {
		b.MaxCostUSD = b.MaxCostDollarsIn
	}
	b.MaxCostDollarsIn = 0
	d := o.cfg.DefaultBudget
	switch {
	case b.MaxTokens < 0 || b.MaxTokens > 100000:
		return bad("budget.max_tokens", "must be between 1 and 100000")
	case b.MaxTimeSeconds < 0 || b.MaxTimeSeconds > 3600:
		return bad("budget.max_time_seconds", "must be between 1 and 3600")
	case b.MaxCostUSD < 0 || b.MaxCostUSD > 100:
		return bad("budget.max_cost_usd", "must be between 0 and 100")
	case b.MaxRetries < 0 || b.MaxRetries > 10:
		return bad("budget.max_retries", "must be between 0 and 10")
	case b.StepTimeoutSecs < 0 || time.Duration(b.StepTimeoutSecs)*time.Second > o.cfg.MaxStepTimeout:
		return bad("budget.step_timeout_seconds", fmt.Sprintf("must be between 1 and %d", int(o.cfg.MaxStepTimeout.Seconds())))
	}
	if b.MaxTokens == 0 {
		b.MaxTokens = d.MaxTokens
	}
	if b.MaxTimeSeconds == 0 {
		b.MaxTimeSeconds = d.MaxTimeSeconds
	}
	if b.MaxCostUSD == 0 {
		b.MaxCostUSD = d.MaxCostUSD
	}
	if req.Budget == nil || req.Budget.MaxRetries == 0 {
		b.MaxRetries = d.MaxRetries
	}
	req.Budget = &b
	return nil
}

func cacheKey(tenant, goal string, constraints []string) string {
	h := sha256.New()
	b, _ := json.Marshal([]any{tenant, goal, nonNil(constraints)})
	h.Write(b)
	return "orchestrator:result:" + hex.EncodeToString(h.Sum(nil))
}

// Submit validates, screens and stores a task and queues its job.
func (o *Orchestrator) Submit(ctx context.Context, tenant string, req TaskRequest) (Submitted, error) {
	start := o.cfg.Now()
	if err := o.normalise(&req); err != nil {
		return Submitted{}, err
	}
	var restore func(string) string
	pii := false
	if o.reflex != nil {
		sc, err := o.reflex.Screen(ctx, req.Goal)
		if err != nil {
			return Submitted{}, fmt.Errorf("screen goal: %w", err)
		}
		if sc.Blocked {
			o.metrics.submitted.WithLabelValues("blocked").Inc()
			return Submitted{}, &SubmitError{Code: CodeInjection, Field: "goal", Message: "task blocked by security policy: " + sc.Reason, Details: sc.Matches}
		}
		if sc.Text != "" {
			req.Goal = sc.Text
		}
		pii, restore = sc.PII, sc.Restore
	}
	now := o.cfg.Now().UTC()
	id := uuid.NewString()
	meta := req.Metadata
	if meta == nil {
		meta = map[string]any{}
	}
	t := store.Task{ID: id, ParentTaskID: req.ParentTaskID, Tenant: tenant, APIKeyID: tenant, Goal: req.Goal,
		Constraints: mustJSON(nonNil(req.Constraints)), Context: mustJSON(nonNilMap(req.Context)),
		AcceptanceCriteria: mustJSON(nonNil(req.AcceptanceCriteria)), Budget: mustJSON(req.Budget), Priority: req.Priority,
		Status: StatusQueued, Metadata: mustJSON(meta), CreatedAt: now, UpdatedAt: now}

	key := cacheKey(tenant, req.Goal, req.Constraints)
	if o.cache != nil && o.cfg.CacheTTL > 0 && !req.NoCache && !pii {
		if b, ok, err := o.cache.Get(ctx, key); err == nil && ok {
			var res Result
			if json.Unmarshal(b, &res) == nil {
				res.Cached = true
				t.Status, t.Result, t.StartedAt, t.CompletedAt = StatusCompleted, mustJSON(res), &now, &now
				t.Usage = mustJSON(Usage{})
				if err := o.commit.write(store.TaskWrite{Create: &t}, false); err != nil {
					return Submitted{}, fmt.Errorf("store task: %w", err)
				}
				o.metrics.submitted.WithLabelValues("cached").Inc()
				o.metrics.finished.WithLabelValues(StatusCompleted).Inc()
				return Submitted{TaskID: id, Status: StatusCompleted, CreatedAt: now, Cached: true}, nil
			}
		}
	}
	if restore != nil {
		o.mu.Lock()
		o.pruneRestores(now)
		o.restores[id] = restoreEntry{fn: restore, tenant: tenant, expires: now.Add(24 * time.Hour)}
		o.mu.Unlock()
	}
	// The task and its job are stored in one transaction, shared with
	// whatever other submissions and task runs are writing meanwhile.
	if err := o.commit.write(store.TaskWrite{Create: &t}, true); err != nil {
		return Submitted{}, fmt.Errorf("store task: %w", err)
	}
	o.metrics.submitted.WithLabelValues(req.Priority).Inc()
	o.metrics.submitLatency.Observe(o.cfg.Now().Sub(start).Seconds())
	return Submitted{TaskID: id, Status: StatusQueued, CreatedAt: now, PIIRedacted: pii}, nil
}

// pruneRestores drops expired PII restore functions (o.mu held).
func (o *Orchestrator) pruneRestores(now time.Time) {
	if len(o.restores) < 1024 {
		return
	}
	for id, r := range o.restores {
		if now.After(r.expires) {
			delete(o.restores, id)
		}
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilMap(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		// Every value marshalled here is built from JSON-decoded input.
		panic(fmt.Sprintf("orchestrator: marshal %T: %v", v, err))
	}
	return b
}

// ErrNotFound is returned for unknown tasks (and tasks of other tenants).
var ErrNotFound = errors.New("orchestrator: task not found")

// Get returns the task view. tenant "" (admin) sees every task.
func (o *Orchestrator) Get(ctx context.Context, tenant, id string) (TaskView, error) {
	t, err := o.st.GetTask(ctx, id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && tenant != "" && t.Tenant != tenant) {
		return TaskView{}, ErrNotFound
	}
	if err != nil {
		return TaskView{}, err
	}
	steps, err := o.st.ListTaskSteps(ctx, id)
	if err != nil {
		return TaskView{}, err
	}
	v := view(t, steps)
	if o.cfg.RestorePII && v.Result != nil {
		o.mu.Lock()
		r, ok := o.restores[id]
		o.mu.Unlock()
		if ok && r.tenant == t.Tenant && (tenant == "" || tenant == r.tenant) {
			v.Result.Output = r.fn(v.Result.Output)
		}
	}
	return v, nil
}

// List returns tasks newest first; cursor continues a previous page.
func (o *Orchestrator) List(ctx context.Context, tenant, status string, limit int, cursor string) ([]TaskView, string, error) {
	f := store.TaskFilter{Tenant: tenant, Limit: limit}
	if status != "" {
		f.Statuses = strings.Split(status, ",")
	}
	if cursor != "" {
		ts, id, ok := strings.Cut(cursor, "_")
		at, err := time.Parse(time.RFC3339Nano, ts)
		if !ok || err != nil {
			return nil, "", &SubmitError{Code: "validation_failed", Field: "cursor", Message: "is not a cursor returned by this API"}
		}
		f.AfterCreatedAt, f.AfterID = &at, id
	}
	if f.Limit <= 0 {
		f.Limit = 20
	}
	f.Limit = min(f.Limit, 200)
	tasks, err := o.st.ListTasks(ctx, f)
	if err != nil {
		return nil, "", err
	}
	out := make([]TaskView, 0, len(tasks))
	for _, t := range tasks {
		out = append(out, view(t, nil))
	}
	next := ""
	if len(tasks) == f.Limit {
		last := tasks[len(tasks)-1]
		next = last.CreatedAt.UTC().Format(time.RFC3339Nano) + "_" + last.ID
	}
	return out, next, nil
}

// Cancel cancels a task that has not finished. It reports the task's
// status afterwards.
func (o *Orchestrator) Cancel(ctx context.Context, tenant, id string) (string, error) {
	t, err := o.st.GetTask(ctx, id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && tenant != "" && t.Tenant != tenant) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", err
	}
	if Terminal(t.Status) {
		return t.Status, nil
	}
	now := o.cfg.Now().UTC()
	err = o.st.UpdateTask(ctx, id, store.TaskUpdate{Status: StatusCancelled, CompletedAt: &now, FromStatuses: activeStatuses,
		Error: mustJSON(TaskError{Code: CodeCancelled, Message: "cancelled at the submitter's request"})})
	if errors.Is(err, store.ErrConflict) {
		t, err := o.st.GetTask(ctx, id)
		return t.Status, err
	}
	if err != nil {
		return "", err
	}
	// A run in this process stops now; one in another process when its
	// next write or lease renewal finds the task cancelled.
	o.leases.cancel(id, errCancelled)
	o.metrics.finished.WithLabelValues(StatusCancelled).Inc()
	o.publish(Event{Type: "status", TaskID: id, Status: StatusCancelled})
	return StatusCancelled, nil
}

// Provenance returns a task's action log.
func (o *Orchestrator) Provenance(ctx context.Context, tenant, id string) ([]store.Action, error) {
	t, err := o.st.GetTask(ctx, id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && tenant != "" && t.Tenant != tenant) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return o.st.ListActions(ctx, id)
}

// Subscribe returns the live events of a task.
func (o *Orchestrator) Subscribe(taskID string) (<-chan Event, func()) {
	return o.events.subscribe(taskID)
}

// Arms lists the registered arms with their health.
func (o *Orchestrator) Arms() []arm.Status { return o.arms.List() }

func (o *Orchestrator) publish(e Event) {
	if e.Time.IsZero() {
		e.Time = o.cfg.Now().UTC()
	}
	o.events.publish(e)
}

func view(t store.Task, steps []store.TaskStep) TaskView {
	v := TaskView{TaskID: t.ID, Status: t.Status, Goal: t.Goal, Priority: t.Priority, Plan: t.Plan, Steps: []StepView{},
		CreatedAt: t.CreatedAt, UpdatedAt: t.UpdatedAt, StartedAt: t.StartedAt, CompletedAt: t.CompletedAt}
	_ = json.Unmarshal(t.Constraints, &v.Constraints)
	_ = json.Unmarshal(t.AcceptanceCriteria, &v.AcceptanceCriteria)
	_ = json.Unmarshal(t.Budget, &v.Budget)
	_ = json.Unmarshal(t.Usage, &v.Usage)
	_ = json.Unmarshal(t.Metadata, &v.Metadata)
	if len(t.Result) > 0 {
		v.Result = &Result{}
		_ = json.Unmarshal(t.Result, v.Result)
	}
	if len(t.Error) > 0 {
		v.Error = &TaskError{}
		_ = json.Unmarshal(t.Error, v.Error)
	}
	if t.StartedAt != nil && t.CompletedAt != nil {
		v.DurationMS = t.CompletedAt.Sub(*t.StartedAt).Milliseconds()
	}
	v.Progress = progress(t.Plan, steps)
	for _, s := range steps {
		if strings.HasPrefix(s.StepID, "_") {
			continue // planner and judge calls
		}
		var out stepOutput
		_ = json.Unmarshal(s.Output, &out)
		sv := StepView{ID: s.StepID, Number: s.StepNumber, Arm: s.Arm, ArmID: out.ArmID, Action: s.Action, Status: s.Status,
			Output: clip(out.Output, 2000), Error: s.Error, Attempts: s.Attempts, StartedAt: s.StartedAt, FinishedAt: s.FinishedAt}
		if s.StartedAt != nil && s.FinishedAt != nil {
			sv.DurationMS = s.FinishedAt.Sub(*s.StartedAt).Milliseconds()
		}
		v.Steps = append(v.Steps, sv)
	}
	return v
}

func progress(planJSON json.RawMessage, steps []store.TaskStep) Progress {
	var p Progress
	var plan struct {
		Steps []struct {
			ID string `json:"id"`
		} `json:"steps"`
	}
	if len(planJSON) > 0 {
		_ = json.Unmarshal(planJSON, &plan)
	}
	inPlan := map[string]bool{}
	for _, s := range plan.Steps {
		inPlan[s.ID] = true
	}
	p.TotalSteps = len(plan.Steps)
	for _, s := range steps {
		if !inPlan[s.StepID] {
			continue
		}
		switch s.Status {
		case stepCompleted:
			p.CompletedSteps++
		case stepRunning:
			if p.CurrentStep == "" {
				p.CurrentStep, p.CurrentArm = s.StepID, s.Arm
			}
		}
	}
	if p.TotalSteps > 0 {
		p.Percentage = float64(p.CompletedSteps) * 100 / float64(p.TotalSteps)
	}
	return p
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

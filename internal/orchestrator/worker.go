package orchestrator

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/judge"
	"github.com/octollm/octollm/internal/arm/planner"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/store"
)

// Step statuses in tasks.task_steps.
const (
	stepPending   = "pending"
	stepRunning   = "running"
	stepCompleted = "completed"
	stepFailed    = "failed"
)

var (
	errCancelled   = errors.New("task cancelled")
	errTaskTimeout = errors.New("task time budget exhausted")
)

// stepOutput is what tasks.task_steps.output holds for a finished step.
type stepOutput struct {
	Output     string         `json:"output"`
	Data       map[string]any `json:"data,omitempty"`
	ArmID      string         `json:"arm_id,omitempty"`
	Confidence float64        `json:"confidence"`
	Tokens     int            `json:"tokens,omitempty"`
	CostUSD    float64        `json:"cost_usd,omitempty"`
	Model      string         `json:"model,omitempty"`
	// Raw is the arm's output before extraction, when they differ.
	Raw string `json:"raw,omitempty"`
}

// taskRun is one execution of a task by this process.
type taskRun struct {
	o      *Orchestrator
	t      store.Task
	budget Budget
	// workerCtx is River's context: when it ends the process is stopping
	// and the task must be left to resume, not failed.
	workerCtx context.Context
	// cancel stops the run (cancellation, lost lease).
	cancel context.CancelCauseFunc
	// lease is the run's task lease.
	lease *runLease
	// resumed says an earlier run started the task: completed steps are
	// read back instead of run again.
	resumed bool
	// prev are the step rows an earlier run left (resumed tasks only).
	prev map[string]store.TaskStep
	// swarm is set when the task runs as a swarm.
	swarm *swarmRun

	mu      sync.Mutex // guards the fields below
	usage   Usage
	partial map[string]stepOutput
	plan    planner.Plan
	steps   map[string]string // step id → status, for progress
	pend    pendingWrite
	timer   *time.Timer
	closed  bool // no more timer flushes

	flushMu sync.Mutex     // orders this run's flushes
	async   sync.WaitGroup // background flushes
}

// pendingWrite is what a run has staged but not yet written: it joins the
// next flush, which a completed step, the end of the task or FlushDelay
// triggers. Staging keeps a task's trivial progress (status changes,
// running steps) from costing a transaction each.
type pendingWrite struct {
	status    string
	plan      json.RawMessage
	scalarVer int // bumped when status or plan change
	steps     []store.TaskStep
	actions   []store.Action
}

func (p *pendingWrite) empty() bool {
	return p.status == "" && p.plan == nil && len(p.steps) == 0 && len(p.actions) == 0
}

func (o *Orchestrator) runTask(ctx context.Context, id string) error {
	t, err := o.st.GetTask(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		o.log.WarnContext(ctx, "job for unknown task", "task_id", id)
		return nil
	}
	if err != nil {
		return err
	}
	if Terminal(t.Status) {
		return nil
	}
	if !o.leases.reserve(id) {
		return nil // already running here (a duplicate wake-up)
	}
	defer o.leases.remove(id)
	// Claim the task's lease: free, expired (its process died) or ours.
	started := o.cfg.Now().UTC()
	claim := store.TaskUpdate{FromStatuses: activeStatuses, Lease: &store.Lease{Owner: o.cfg.Owner, TTL: o.cfg.LeaseTTL, Claim: true}}
	if t.StartedAt != nil {
		started = *t.StartedAt
	} else {
		claim.StartedAt = &started
	}
	if len(t.Plan) == 0 && t.Status == StatusQueued {
		claim.Status = StatusPlanning
	}
	claimSent := time.Now()
	if err := o.commit.write(store.TaskWrite{TaskID: id, Update: &claim}, false); err != nil {
		if errors.Is(err, store.ErrConflict) || errors.Is(err, store.ErrNotFound) {
			// Finished, cancelled, or run by a live process, which renews
			// its lease; should that process die, the reaper wakes the task.
			return nil
		}
		return err
	}
	if claim.Status != "" {
		t.Status = claim.Status
	}
	r := &taskRun{o: o, t: t, workerCtx: ctx, resumed: t.StartedAt != nil, partial: map[string]stepOutput{}, steps: map[string]string{}}
	r.t.StartedAt = &started
	_ = json.Unmarshal(t.Budget, &r.budget)
	_ = json.Unmarshal(t.Usage, &r.usage)
	if r.budget.MaxTimeSeconds <= 0 {
		r.budget = o.cfg.DefaultBudget
	}
	if claim.Status != "" {
		o.publish(Event{Type: "status", TaskID: id, Status: claim.Status, Progress: &Progress{}})
	}

	tctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r.cancel = cancel
	tctx, cancelT := context.WithDeadlineCause(tctx, started.Add(time.Duration(r.budget.MaxTimeSeconds)*time.Second), errTaskTimeout)
	defer cancelT()
	r.lease = newRunLease(cancel, claimSent, o.cfg.LeaseTTL)
	o.leases.add(id, r.lease)

	res, runErr := r.run(tctx)
	return r.finish(ctx, tctx, res, runErr)
}

// stage adds to the pending write and makes sure it is flushed within
// FlushDelay.
func (r *taskRun) stage(fn func(p *pendingWrite)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	fn(&r.pend)
	if r.timer == nil && !r.closed {
		r.timer = time.AfterFunc(r.o.cfg.FlushDelay, r.timerFlush)
	}
}

// stageStep stages a step row and, when not nil, the provenance record of
// the call it reports, together.
func (r *taskRun) stageStep(row store.TaskStep, act *store.Action) {
	r.stage(func(p *pendingWrite) {
		p.steps = append(p.steps, row)
		if act != nil {
			p.actions = append(p.actions, *act)
		}
		r.steps[row.StepID] = row.Status
	})
}

// flushSoon flushes in the background.
func (r *taskRun) flushSoon() {
	r.async.Add(1)
	go func() {
		defer r.async.Done()
		if err := r.flush(nil); err != nil && !errors.Is(err, errCancelled) && !errors.Is(err, errLeaseLost) {
			r.o.log.Warn("save task progress", "task_id", r.t.ID, "err", err)
		}
	}()
}

func (r *taskRun) timerFlush() {
	r.mu.Lock()
	r.timer = nil
	closed := r.closed
	r.mu.Unlock()
	if closed {
		return
	}
	if err := r.flush(nil); err != nil {
		r.o.log.Warn("save task progress", "task_id", r.t.ID, "err", err)
	}
}

// flush writes everything staged, with extra (the task's outcome) when not
// nil. Every write renews the lease and is conditional on holding it and
// on the task being active: a write that fails so means the task was
// cancelled or taken over, and the run stops.
func (r *taskRun) flush(extra func(w *store.TaskWrite)) error {
	r.flushMu.Lock()
	defer r.flushMu.Unlock()
	r.mu.Lock()
	if extra == nil && (r.closed || r.pend.empty()) {
		r.mu.Unlock()
		return nil
	}
	p := r.pend
	nSteps, nActions := len(p.steps), len(p.actions)
	u := &store.TaskUpdate{Status: p.status, Plan: p.plan, Usage: mustJSON(r.usage), FromStatuses: activeStatuses,
		Lease: &store.Lease{Owner: r.o.cfg.Owner, TTL: r.o.cfg.LeaseTTL}}
	r.mu.Unlock()
	w := store.TaskWrite{TaskID: r.t.ID, Update: u, Steps: latestRows(p.steps[:nSteps]), Actions: p.actions[:nActions:nActions]}
	if extra != nil {
		extra(&w)
	}
	sent := time.Now()
	err := r.o.commit.write(w, false)
	if err == nil {
		if w.Update.Lease.TTL > 0 {
			r.lease.extend(sent, r.o.cfg.LeaseTTL)
		}
		r.mu.Lock()
		r.pend.steps = r.pend.steps[nSteps:]
		r.pend.actions = r.pend.actions[nActions:]
		if r.pend.scalarVer == p.scalarVer {
			r.pend.status, r.pend.plan = "", nil
		}
		r.mu.Unlock()
		return nil
	}
	if !errors.Is(err, store.ErrConflict) && !errors.Is(err, store.ErrNotFound) {
		return err // staged rows stay for the next flush
	}
	// The task left this run: record the calls that ran (provenance is a
	// fact whoever owns the task now), drop the rest, and stop.
	cause := errLeaseLost
	if t, gerr := r.o.st.GetTask(context.Background(), r.t.ID); gerr == nil && Terminal(t.Status) {
		cause = errCancelled
	}
	if len(w.Actions) > 0 {
		_ = r.o.commit.write(store.TaskWrite{TaskID: r.t.ID, Actions: w.Actions}, false)
	}
	r.mu.Lock()
	r.pend = pendingWrite{}
	r.closed = true
	r.mu.Unlock()
	if cause == errLeaseLost {
		r.o.metrics.leaseLost.Inc()
		r.lease.lost()
	} else {
		r.cancel(cause)
	}
	return cause
}

// latestRows keeps the last row of each step, in the order of those rows.
func latestRows(rows []store.TaskStep) []store.TaskStep {
	if len(rows) < 2 {
		return rows
	}
	last := make(map[string]int, len(rows))
	for i, s := range rows {
		last[s.StepID] = i
	}
	out := make([]store.TaskStep, 0, len(last))
	for i, s := range rows {
		if last[s.StepID] == i {
			out = append(out, s)
		}
	}
	return out
}

// setStatus moves the task on (staged: it is written with the next flush).
func (r *taskRun) setStatus(ctx context.Context, status string) error {
	if err := context.Cause(ctx); err != nil && ctx.Err() != nil {
		return err
	}
	r.stage(func(p *pendingWrite) {
		p.status = status
		p.scalarVer++
	})
	r.t.Status = status
	r.o.publish(Event{Type: "status", TaskID: r.t.ID, Status: status, Progress: r.progress()})
	return nil
}

func (r *taskRun) progress() *Progress {
	r.mu.Lock()
	defer r.mu.Unlock()
	p := Progress{TotalSteps: len(r.plan.Steps)}
	for _, s := range r.plan.Steps {
		switch r.steps[s.ID] {
		case stepCompleted:
			p.CompletedSteps++
		case stepRunning:
			if p.CurrentStep == "" {
				p.CurrentStep, p.CurrentArm = s.ID, s.Arm
			}
		}
	}
	if p.TotalSteps > 0 {
		p.Percentage = float64(p.CompletedSteps) * 100 / float64(p.TotalSteps)
	}
	return &p
}

func (r *taskRun) setPlan(p planner.Plan) {
	r.mu.Lock()
	r.plan = p
	r.mu.Unlock()
}

func (r *taskRun) run(ctx context.Context) (Result, error) {
	var goalCtx map[string]any
	var constraints, criteria []string
	_ = json.Unmarshal(r.t.Context, &goalCtx)
	_ = json.Unmarshal(r.t.Constraints, &constraints)
	_ = json.Unmarshal(r.t.AcceptanceCriteria, &criteria)
	r.activateSwarm()

	if len(r.t.Plan) > 0 {
		p, err := planner.Decode(json.RawMessage(r.t.Plan))
		if err != nil {
			return Result{}, &TaskError{Code: CodePlanInvalid, Message: err.Error()}
		}
		r.setPlan(p)
	} else {
		if r.t.Status != StatusPlanning {
			if err := r.setStatus(ctx, StatusPlanning); err != nil {
				return Result{}, err
			}
		}
		p, err := r.makePlan(ctx, planner.Request{Goal: r.t.Goal, Constraints: constraints, Context: goalCtx}, "_plan")
		if err != nil {
			return Result{}, err
		}
		r.setPlan(p)
	}
	for repair := 0; ; repair++ {
		if err := r.setStatus(ctx, StatusExecuting); err != nil {
			return Result{}, err
		}
		outputs, err := r.execute(ctx)
		if err != nil {
			return Result{}, err
		}
		res := r.integrate(outputs)
		res.Swarm = r.swarmReport()
		if err := r.setStatus(ctx, StatusValidating); err != nil {
			return Result{}, err
		}
		val, err := r.validate(ctx, outputs, res.Output, criteria, repair)
		if err != nil {
			return Result{}, err
		}
		if val == nil {
			return res, nil
		}
		res.Validation = mustJSON(val)
		if val.Valid {
			res.Confidence = min(res.Confidence, val.Confidence)
			if len(val.PassedCriteria) == 0 && len(val.FailedCriteria) == 0 {
				res.Confidence = min(res.Confidence, 1)
			}
			return res, nil
		}
		feedback := validationFeedback(val)
		if r.plan.Planner != "llm" || repair >= r.o.cfg.MaxRepairs {
			return res, &TaskError{Code: CodeValidationFailed, Message: "the result did not pass validation: " + feedback, Details: val}
		}
		if err := r.setStatus(ctx, StatusPlanning); err != nil {
			return Result{}, err
		}
		prev := r.plan
		p, err := r.makePlan(ctx, planner.Request{Goal: r.t.Goal, Constraints: constraints, Context: goalCtx, Feedback: feedback, PreviousPlan: &prev},
			fmt.Sprintf("_plan_repair_%d", repair+1))
		if err != nil {
			return Result{}, err
		}
		// Repaired plans get fresh step ids so the steps of the rejected
		// plan (already in tasks.task_steps) are never mistaken for theirs.
		prefix := fmt.Sprintf("r%d.", repair+1)
		for i := range p.Steps {
			p.Steps[i].ID = prefix + p.Steps[i].ID
			for j := range p.Steps[i].DependsOn {
				p.Steps[i].DependsOn[j] = prefix + p.Steps[i].DependsOn[j]
			}
		}
		r.setPlan(p)
	}
}

func validationFeedback(v *judge.Result) string {
	var parts []string
	for _, i := range v.Issues {
		if i.Severity == judge.SeverityError {
			parts = append(parts, i.Message)
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "failed criteria: "+strings.Join(v.FailedCriteria, "; "))
	}
	return strings.Join(parts, "; ")
}

// makePlan asks the planner arm for a plan and stores it.
func (r *taskRun) makePlan(ctx context.Context, req planner.Request, rowID string) (planner.Plan, error) {
	inputs := map[string]any{"goal": req.Goal, "constraints": req.Constraints, "context": req.Context}
	if req.Feedback != "" {
		inputs["feedback"] = req.Feedback
		inputs["previous_plan"] = req.PreviousPlan
	}
	var p planner.Plan
	_, err := r.call(ctx, callSpec{rowID: rowID, number: 0, armType: arm.TypePlanner, action: "plan", inputs: inputs,
		timeout: r.stepTimeout(arm.TypePlanner),
		post: func(out *stepOutput) error {
			var err error
			if p, err = planner.Decode(out.Data["plan"]); err == nil {
				err = planner.Validate(p)
			}
			if err != nil {
				return &arm.Error{Code: CodePlanInvalid, Message: err.Error()}
			}
			return nil
		},
		// The plan is staged with the planner call's completion: a plan
		// call recorded as done always comes with its plan, so a resumed
		// task never plans again.
		done: func(pw *pendingWrite) {
			pw.plan = mustJSON(p)
			pw.scalarVer++
		}})
	if err != nil {
		var te *TaskError
		if errors.As(err, &te) && te.Details != nil {
			if ae, ok := te.Details.(*arm.Error); ok {
				switch ae.Code {
				case arm.CodeLLMRequired:
					return planner.Plan{}, &TaskError{Code: CodeLLMRequired, Message: ae.Message}
				case CodePlanInvalid:
					return planner.Plan{}, &TaskError{Code: CodePlanInvalid, Message: ae.Message}
				}
			}
		}
		return planner.Plan{}, err
	}
	return p, nil
}

// stepTimeout is the task's step_timeout_seconds when the caller set one,
// else the arm type's own default (a coder step is a model call, a sandboxed
// test run and up to two fix rounds), else the orchestrator's default.
func (r *taskRun) stepTimeout(armType string) time.Duration {
	d := time.Duration(r.budget.StepTimeoutSecs) * time.Second
	if d <= 0 {
		d = r.o.cfg.StepTimeout
		if t := r.o.cfg.ArmStepTimeouts[armType]; t > 0 {
			d = t
		}
	}
	return min(d, r.o.cfg.MaxStepTimeout)
}

type stepDone struct {
	id  string
	out stepOutput
	err error
}

// execute runs the plan's steps in dependency order, independent ones in
// parallel (bounded), reusing the output of steps a previous run of this
// task already completed.
func (r *taskRun) execute(ctx context.Context) (map[string]stepOutput, error) {
	have := map[string]store.TaskStep{}
	if r.resumed {
		rows, err := r.o.st.ListTaskSteps(ctx, r.t.ID)
		if err != nil {
			return nil, err
		}
		for _, s := range rows {
			have[s.StepID] = s
		}
	}
	r.prev = have
	done := map[string]stepOutput{}
	var pending []store.TaskStep
	for i, s := range r.plan.Steps {
		if row, ok := have[s.ID]; ok {
			if row.Status == stepCompleted {
				var out stepOutput
				_ = json.Unmarshal(row.Output, &out)
				done[s.ID] = out
				r.mu.Lock()
				r.partial[s.ID] = out
				r.steps[s.ID] = stepCompleted
				r.mu.Unlock()
			}
			continue
		}
		pending = append(pending, store.TaskStep{TaskID: r.t.ID, StepID: s.ID, StepNumber: i + 1, Arm: s.Arm, Action: s.Action,
			Status: stepPending, Input: mustJSON(r.redactInputs(s.Inputs))})
	}
	for _, row := range pending {
		r.stageStep(row, nil)
	}
	sctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	results := make(chan stepDone)
	launched := map[string]bool{}
	inflight := 0
	var firstErr error
	for len(done) < len(r.plan.Steps) && firstErr == nil {
		for i, s := range r.plan.Steps {
			if inflight >= r.o.cfg.StepParallelism {
				break
			}
			if _, ok := done[s.ID]; ok || launched[s.ID] {
				continue
			}
			deps := map[string]stepOutput{}
			ready := true
			for _, d := range s.DependsOn {
				out, ok := done[d]
				if !ok {
					ready = false
					break
				}
				deps[d] = out
			}
			if !ready {
				continue
			}
			launched[s.ID] = true
			inflight++
			go func() {
				out, err := r.runStep(sctx, i+1, s, deps)
				results <- stepDone{id: s.ID, out: out, err: err}
			}()
		}
		if inflight == 0 {
			return nil, &TaskError{Code: CodePlanInvalid, Message: "no step can run: the plan's dependencies cannot be met"}
		}
		d := <-results
		inflight--
		if d.err != nil {
			firstErr = d.err
			cancel(d.err)
			break
		}
		done[d.id] = d.out
		r.mu.Lock()
		r.partial[d.id] = d.out
		r.mu.Unlock()
	}
	for ; inflight > 0; inflight-- {
		if d := <-results; d.err == nil {
			r.mu.Lock()
			r.partial[d.id] = d.out
			r.mu.Unlock()
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return done, nil
}

func (r *taskRun) redactInputs(in map[string]any) map[string]any {
	if r.o.reflex == nil || len(in) == 0 {
		return in
	}
	b, _ := json.Marshal(in)
	var out map[string]any
	if json.Unmarshal([]byte(r.o.reflex.Redact(context.Background(), string(b))), &out) != nil {
		return map[string]any{"redacted": true}
	}
	return out
}

func (r *taskRun) redact(s string) string {
	if r.o.reflex == nil {
		return s
	}
	return r.o.reflex.Redact(context.Background(), s)
}

// runStep performs one plan step and post-processes its output.
func (r *taskRun) runStep(ctx context.Context, number int, s planner.Step, deps map[string]stepOutput) (stepOutput, error) {
	inputs := make(map[string]any, len(s.Inputs)+1)
	extractKind := ""
	for k, v := range s.Inputs {
		if k == "extract" {
			extractKind, _ = v.(string)
			continue
		}
		inputs[k] = v
	}
	if len(deps) > 0 {
		d := map[string]any{}
		for id, out := range deps {
			d[id] = out.Output
		}
		inputs["dependencies"] = d
	}
	if r.swarm != nil && r.o.swarmable(s.Arm) {
		return r.runSwarmStep(ctx, number, s, inputs)
	}
	out, err := r.call(ctx, callSpec{rowID: s.ID, number: number, armType: s.Arm, action: s.Action, inputs: inputs,
		timeout: r.stepTimeout(s.Arm), grant: grantFor(s.Action, inputs), post: func(out *stepOutput) error {
			if code, ok := exitCode(out.Data); ok && code != 0 {
				stderr, _ := out.Data["stderr"].(string)
				msg := fmt.Sprintf("command exited with code %d", code)
				if strings.TrimSpace(stderr) != "" {
					msg += ": " + clip(strings.TrimSpace(stderr), 500)
				}
				return arm.Errorf(arm.CodeExecution, "%s", msg)
			}
			if err := r.guardOutput(ctx, s.ID, s.Arm, out); err != nil {
				return err
			}
			if extractKind != "" {
				v, data, err := extract(extractKind, out.Output)
				if err != nil {
					return arm.Errorf(arm.CodeExecution, "extract %s: %v", extractKind, err)
				}
				if out.Data == nil {
					out.Data = map[string]any{}
				}
				for k, x := range data {
					out.Data[k] = x
				}
				out.Raw, out.Output = out.Output, v
			}
			return nil
		}})
	return out, err
}

func exitCode(d map[string]any) (int, bool) {
	switch v := d["exit_code"].(type) {
	case int:
		return v, true
	case int64:
		return int(v), true
	case float64:
		return int(v), true
	case json.Number:
		n, err := v.Int64()
		return int(n), err == nil
	}
	return 0, false
}

// grantFor scopes a capability token to exactly what the step names.
func grantFor(action string, inputs map[string]any) auth.Grant {
	g := auth.Grant{Capabilities: []string{action}}
	if argv := stringList(inputs["argv"]); len(argv) > 0 {
		g.Commands = []string{filepath.Base(argv[0])}
		for _, a := range argv[1:] {
			if strings.HasPrefix(a, "/") || strings.HasPrefix(a, "./") || strings.HasPrefix(a, "../") || a == "." {
				g.Paths = append(g.Paths, a)
			}
		}
	}
	if s, ok := inputs["url"].(string); ok {
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			g.Hosts = []string{u.Host}
		}
	}
	return g
}

func stringList(v any) []string {
	switch x := v.(type) {
	case []string:
		return x
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil
			}
			out = append(out, s)
		}
		return out
	}
	return nil
}

type callSpec struct {
	rowID   string
	number  int
	armType string
	action  string
	inputs  map[string]any
	timeout time.Duration
	grant   auth.Grant
	// post post-processes a successful result; an error fails the step
	// (never retried: the arm did what it was asked).
	post func(*stepOutput) error
	// done, when set, stages more changes together with the completion.
	done func(*pendingWrite)
	// pin, when set, calls exactly this arm, once (a swarm proposal).
	pin string
}

func (r *taskRun) checkBudget() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.budget.MaxTokens > 0 && r.usage.Tokens >= r.budget.MaxTokens {
		return &TaskError{Code: CodeBudgetExceeded, Message: fmt.Sprintf("token budget of %d used up (%d tokens)", r.budget.MaxTokens, r.usage.Tokens)}
	}
	if r.budget.MaxCostUSD > 0 && r.usage.CostUSD >= r.budget.MaxCostUSD {
		return &TaskError{Code: CodeBudgetExceeded, Message: fmt.Sprintf("cost budget of $%.4f used up ($%.4f)", r.budget.MaxCostUSD, r.usage.CostUSD)}
	}
	return nil
}

// call runs one arm call with routing, retries with backoff, rerouting,
// the circuit breakers, a step token, and the step/provenance records.
func (r *taskRun) call(ctx context.Context, c callSpec) (stepOutput, error) {
	o := r.o
	var exclude []string
	consecutive := map[string]int{}
	var startedAt *time.Time
	var lastErr *arm.Error
	for attempt := 1; ; attempt++ {
		if err := r.checkBudget(); err != nil {
			return stepOutput{}, err
		}
		cands := o.arms.Candidates(c.armType, c.action, nil, exclude)
		if len(cands) == 0 && len(exclude) > 0 {
			exclude, cands = nil, o.arms.Candidates(c.armType, c.action, nil, nil)
		}
		if c.pin != "" {
			cands = slices.DeleteFunc(cands, func(s arm.Status) bool { return s.ArmID != c.pin })
		}
		if len(cands) == 0 {
			msg := fmt.Sprintf("no %s arm is available for action %q", c.armType, c.action)
			if o.arms.HasType(c.armType) {
				msg += " (every one has an open circuit after repeated failures)"
			}
			if lastErr != nil {
				msg += "; last error: " + lastErr.Message
			}
			r.saveStep(c, stepFailed, attempt-1, startedAt, nil, msg, nil)
			return stepOutput{}, &TaskError{Code: CodeNoArm, Message: msg, StepID: c.rowID}
		}
		armID := cands[0].ArmID
		now := o.cfg.Now().UTC()
		if startedAt == nil {
			startedAt = &now
		}
		token := ""
		if o.issuer != nil {
			g := c.grant
			g.Subject, g.TaskID, g.StepID = armID, r.t.ID, c.rowID
			if len(g.Capabilities) == 0 {
				g.Capabilities = []string{c.action}
			}
			tok, _, err := o.issuer.Issue(ctx, g)
			if err != nil {
				return stepOutput{}, fmt.Errorf("issue capability token for step %s: %w", c.rowID, err)
			}
			token = tok
		}
		// Never start a call without a lease that surely outlasts the
		// start: the watchdog stops the run before it could lapse.
		if err := o.leases.ensure(ctx, r.t.ID, r.lease); err != nil {
			return stepOutput{}, err
		}
		r.saveStep(c, stepRunning, attempt, startedAt, nil, "", nil)
		o.publish(Event{Type: "step_started", TaskID: r.t.ID, StepID: c.rowID, Arm: armID})

		callCtx, cancel := context.WithTimeout(ctx, c.timeout)
		t0 := time.Now()
		res, err := o.arms.Call(callCtx, armID, arm.Request{TaskID: r.t.ID, StepID: c.rowID, Action: c.action, Inputs: c.inputs,
			CapabilityToken: token, Timeout: c.timeout})
		stepTimedOut := errors.Is(callCtx.Err(), context.DeadlineExceeded) && ctx.Err() == nil
		cancel()
		elapsed := time.Since(t0)
		r.mu.Lock()
		r.usage.Tokens += res.Tokens
		r.usage.CostUSD += res.CostUSD
		r.mu.Unlock()
		out := stepOutput{Output: res.Output, Data: res.Data, ArmID: armID, Confidence: res.Confidence, Tokens: res.Tokens, CostUSD: res.CostUSD, Model: res.Model}
		if err == nil && c.post != nil {
			err = c.post(&out)
		}
		outcome := "ok"
		var ae *arm.Error
		if err != nil {
			ae = arm.AsError(err)
			if stepTimedOut && ae.Code != arm.CodeTimeout {
				ae = &arm.Error{Code: arm.CodeTimeout, Message: ae.Message}
			}
			outcome = ae.Code
		}
		o.metrics.armCalls.WithLabelValues(c.armType, outcome).Inc()
		o.metrics.stepDuration.WithLabelValues(c.armType, outcome).Observe(elapsed.Seconds())
		// The provenance record is staged with the step row it goes with,
		// so a recorded completion and its record are written together.
		act := r.action(c, armID, attempt, out, ae, elapsed, stepTimedOut)

		if err == nil {
			fin := o.cfg.Now().UTC()
			r.saveStepDone(c, attempt, startedAt, &fin, out, act, c.done)
			// A completed step with side effects, or one that was slow
			// (costly) to redo, is written at once, without waiting: the
			// task goes on while it commits. Its flush precedes any later
			// one of this task, so a step is never recorded completed
			// before the steps it depends on, and after a crash only steps
			// not yet recorded run again — as if the crash had come while
			// they ran. Quick planner and judge calls, which change nothing
			// outside, just join the next flush.
			if !sideEffectFree(c.armType) || elapsed >= o.cfg.FlushDelay {
				r.flushSoon()
			}
			o.publish(Event{Type: "step_finished", TaskID: r.t.ID, StepID: c.rowID, Arm: armID, Status: stepCompleted, Output: clip(out.Output, 1000)})
			return out, nil
		}
		if r.workerCtx.Err() != nil || ctx.Err() != nil {
			// Shutdown, cancellation or the task deadline: the caller
			// decides; the step stays running so a resumed task reruns it.
			r.stageAction(act)
			return stepOutput{}, context.Cause(ctx)
		}
		lastErr = ae
		fin := o.cfg.Now().UTC()
		if ae.Code == arm.CodeTimeout {
			msg := fmt.Sprintf("step killed at the %s step timeout", c.timeout)
			r.saveStep(c, stepFailed, attempt, startedAt, &fin, msg, &act)
			o.publish(Event{Type: "step_finished", TaskID: r.t.ID, StepID: c.rowID, Arm: armID, Status: stepFailed, Error: msg})
			return stepOutput{}, &TaskError{Code: CodeStepTimeout, Message: msg, StepID: c.rowID}
		}
		if !ae.Retryable || attempt > r.budget.MaxRetries || c.pin != "" {
			msg := ae.Message
			if ae.Retryable {
				msg = fmt.Sprintf("%s (gave up after %d attempts)", msg, attempt)
			}
			r.saveStep(c, stepFailed, attempt, startedAt, &fin, ae.Code+": "+msg, &act)
			o.publish(Event{Type: "step_finished", TaskID: r.t.ID, StepID: c.rowID, Arm: armID, Status: stepFailed, Error: msg})
			return stepOutput{}, &TaskError{Code: CodeStepFailed, Message: fmt.Sprintf("step %s (%s %s) failed: %s", c.rowID, c.armType, c.action, msg), StepID: c.rowID, Details: ae}
		}
		r.stageAction(act) // the step stays running: it is tried again
		consecutive[armID]++
		if consecutive[armID] >= o.cfg.RerouteAfter {
			exclude = append(exclude, armID)
			consecutive[armID] = 0
		}
		backoff := min(o.cfg.RetryBase<<(attempt-1), o.cfg.RetryMax)
		select {
		case <-ctx.Done():
			return stepOutput{}, context.Cause(ctx)
		case <-time.After(backoff):
		}
	}
}

// sideEffectFree says redoing a call of this arm type changes nothing
// outside OctoLLM (it only costs model time).
func sideEffectFree(armType string) bool {
	return armType == arm.TypePlanner || armType == arm.TypeJudge
}

// saveStep stages a step row.
func (r *taskRun) saveStep(c callSpec, status string, attempts int, started, finished *time.Time, errMsg string, act *store.Action) {
	r.stageStep(store.TaskStep{TaskID: r.t.ID, StepID: c.rowID, StepNumber: r.rowNumber(c),
		Arm: c.armType, Action: c.action, Status: status, Input: mustJSON(r.redactInputs(c.inputs)), Error: r.redact(errMsg),
		Attempts: attempts, StartedAt: started, FinishedAt: finished}, act)
}

func (r *taskRun) rowNumber(c callSpec) int {
	if strings.HasPrefix(c.rowID, "_") {
		return 1000 + c.number
	}
	return c.number
}

func (r *taskRun) saveStepDone(c callSpec, attempts int, started, finished *time.Time, out stepOutput, act store.Action, done func(*pendingWrite)) {
	red := out
	red.Output = r.redact(out.Output)
	red.Raw = r.redact(out.Raw)
	row := store.TaskStep{TaskID: r.t.ID, StepID: c.rowID, StepNumber: r.rowNumber(c),
		Arm: c.armType, Action: c.action, Status: stepCompleted, Input: mustJSON(r.redactInputs(c.inputs)), Output: mustJSON(red),
		Attempts: attempts, StartedAt: started, FinishedAt: finished}
	r.stage(func(p *pendingWrite) {
		p.steps = append(p.steps, row)
		p.actions = append(p.actions, act)
		r.steps[row.StepID] = row.Status
		if done != nil {
			done(p)
		}
	})
}

// action builds the provenance record of one arm call.
func (r *taskRun) action(c callSpec, armID string, attempt int, out stepOutput, ae *arm.Error, elapsed time.Duration, killed bool) store.Action {
	output := map[string]any{"output": clip(r.redact(out.Output), 4000), "tokens": out.Tokens, "cost_usd": out.CostUSD, "attempt": attempt}
	if out.Model != "" {
		output["model"] = out.Model
	}
	if code, ok := exitCode(out.Data); ok {
		output["exit_code"] = code
	}
	if ae != nil {
		output["error"] = map[string]any{"code": ae.Code, "message": r.redact(ae.Message), "retryable": ae.Retryable}
	}
	if killed {
		output["killed"] = true
		output["kill_reason"] = fmt.Sprintf("step timeout of %s", c.timeout)
	}
	input := map[string]any{"step_id": c.rowID, "action": c.action, "inputs": r.redactInputs(c.inputs)}
	return store.Action{ID: uuid.NewString(), TaskID: r.t.ID, ArmID: armID, ActionType: c.action, Input: mustJSON(input), Output: mustJSON(output),
		Confidence: out.Confidence, ExecutionTimeMS: int(elapsed.Milliseconds()), Timestamp: r.o.cfg.Now().UTC()}
}

func (r *taskRun) stageAction(a store.Action) {
	r.stage(func(p *pendingWrite) { p.actions = append(p.actions, a) })
}

// integrate combines the outputs of the plan's final steps (those no other
// step depends on), in plan order.
func (r *taskRun) integrate(outputs map[string]stepOutput) Result {
	needed := map[string]bool{}
	for _, s := range r.plan.Steps {
		for _, d := range s.DependsOn {
			needed[d] = true
		}
	}
	var parts []string
	var data map[string]any
	conf := 1.0
	sinks := 0
	for _, s := range r.plan.Steps {
		out := outputs[s.ID]
		if out.Confidence > 0 {
			conf = min(conf, out.Confidence)
		}
		if needed[s.ID] || s.Arm == arm.TypeJudge {
			continue
		}
		sinks++
		parts = append(parts, out.Output)
		data = out.Data
	}
	if sinks != 1 {
		data = nil
	}
	if data != nil {
		clean := map[string]any{}
		for k, v := range data {
			if k != "stdout" && k != "stderr" {
				clean[k] = v
			}
		}
		data = clean
	}
	return Result{Output: strings.Join(parts, "\n\n"), Confidence: conf, Data: data}
}

// partialResult keeps the output of every step that finished, in plan
// order, when the task stops early.
func (r *taskRun) partialResult() Result {
	r.mu.Lock()
	defer r.mu.Unlock()
	var parts []string
	for _, s := range r.plan.Steps {
		if out, ok := r.partial[s.ID]; ok {
			parts = append(parts, out.Output)
		}
	}
	return Result{Output: strings.Join(parts, "\n\n"), Partial: true}
}

// validate asks the judge about each step's acceptance criteria and the
// task's. It returns nil when there is no judge or nothing to check.
func (r *taskRun) validate(ctx context.Context, outputs map[string]stepOutput, final string, criteria []string, round int) (*judge.Result, error) {
	if !r.o.arms.HasType(arm.TypeJudge) {
		return nil, nil
	}
	type check struct {
		id       string
		output   string
		criteria []string
		ctx      map[string]any
	}
	var checks []check
	for _, s := range r.plan.Steps {
		if len(s.AcceptanceCriteria) == 0 || s.Arm == arm.TypeJudge {
			continue
		}
		out := outputs[s.ID]
		cctx := map[string]any{}
		if code, ok := exitCode(out.Data); ok {
			cctx["exit_code"] = code
		}
		if n, ok := out.Data["count"]; ok {
			cctx["count"] = n
		}
		text := out.Output
		if out.Raw != "" && hasContains(s.AcceptanceCriteria) {
			text = out.Raw + "\n" + out.Output
		}
		checks = append(checks, check{s.ID, text, s.AcceptanceCriteria, cctx})
	}
	if len(criteria) > 0 {
		checks = append(checks, check{"task", final, criteria, map[string]any{}})
	}
	if len(checks) == 0 {
		return nil, nil
	}
	merged := &judge.Result{Valid: true, Issues: []judge.Issue{}, PassedCriteria: []string{}, FailedCriteria: []string{}, UncheckedCriteria: []string{}}
	var confSum float64
	for i, c := range checks {
		out, err := r.call(ctx, callSpec{rowID: fmt.Sprintf("_validate_%d_%s", round, c.id), number: 500 + i, armType: arm.TypeJudge, action: "validate",
			inputs: map[string]any{"output": c.output, "acceptance_criteria": c.criteria, "context": c.ctx}, timeout: r.stepTimeout(arm.TypeJudge)})
		if err != nil {
			return nil, err
		}
		v, err := judge.DecodeResult(out.Data["validation"])
		if err != nil {
			return nil, &TaskError{Code: CodeValidationFailed, Message: "the judge's answer is not a validation result: " + err.Error()}
		}
		merged.Valid = merged.Valid && v.Valid
		merged.Issues = append(merged.Issues, v.Issues...)
		merged.PassedCriteria = append(merged.PassedCriteria, v.PassedCriteria...)
		merged.FailedCriteria = append(merged.FailedCriteria, v.FailedCriteria...)
		merged.UncheckedCriteria = append(merged.UncheckedCriteria, v.UncheckedCriteria...)
		merged.Metadata.ErrorCount += v.Metadata.ErrorCount
		merged.Metadata.WarningCount += v.Metadata.WarningCount
		merged.Metadata.InfoCount += v.Metadata.InfoCount
		merged.Metadata.Tokens += v.Metadata.Tokens
		merged.Metadata.CostUSD += v.Metadata.CostUSD
		merged.Metadata.DurationMS += v.Metadata.DurationMS
		merged.Metadata.ValidationTypesRun = v.Metadata.ValidationTypesRun
		if v.Metadata.Model != "" {
			merged.Metadata.Model = v.Metadata.Model
		}
		confSum += v.Confidence
	}
	merged.Metadata.TotalIssues = len(merged.Issues)
	merged.Confidence = confSum / float64(len(checks))
	merged.QualityScore = 0.5
	return merged, nil
}

func hasContains(criteria []string) bool {
	for _, c := range criteria {
		if strings.Contains(strings.ToLower(c), "contain") {
			return true
		}
	}
	return false
}

// finish records the task's outcome. It returns an error only when the
// task must run again (the process is stopping, or the store failed).
func (r *taskRun) finish(ctx, tctx context.Context, res Result, runErr error) error {
	o := r.o
	defer r.close()
	r.async.Wait()
	cause := context.Cause(tctx)
	lost := errors.Is(runErr, errLeaseLost) || errors.Is(cause, errLeaseLost)
	cancelled := errors.Is(runErr, errCancelled) || errors.Is(cause, errCancelled)
	if lost && !cancelled {
		// A lease not renewed because the task was cancelled elsewhere is
		// a cancellation, not a takeover.
		if t, err := o.st.GetTask(context.WithoutCancel(ctx), r.t.ID); err == nil && t.Status == StatusCancelled {
			cancelled = true
		}
	}
	switch {
	case cancelled:
		// Cancel recorded the status; keep what ran in the task's record.
		r.saveLeftovers(true)
		return nil
	case lost:
		// Another process runs the task now: only the provenance of the
		// calls made here is still this run's to record.
		o.log.Warn("task taken over by another process", "task_id", r.t.ID)
		r.saveLeftovers(false)
		return nil
	case ctx.Err() != nil:
		if o.isAborting() {
			// A simulated crash: leave everything as kill -9 would.
			return fmt.Errorf("task %s aborted: %w", r.t.ID, ctx.Err())
		}
		// River is stopping: save what is staged and release the lease so
		// any process resumes the task at once (completed steps are not run
		// again).
		if err := r.flush(func(w *store.TaskWrite) { w.Update.Lease.TTL = 0 }); err != nil {
			o.log.Warn("save interrupted task", "task_id", r.t.ID, "err", err)
		}
		return fmt.Errorf("task %s interrupted by shutdown: %w", r.t.ID, ctx.Err())
	}
	status := StatusCompleted
	var te *TaskError
	if runErr != nil {
		switch {
		case errors.Is(cause, errTaskTimeout) || errors.Is(runErr, errTaskTimeout):
			te = &TaskError{Code: CodeTimedOut, Message: fmt.Sprintf("the task's time budget of %d s ran out; finished steps are kept in the result", r.budget.MaxTimeSeconds)}
		case errors.As(runErr, &te):
		default:
			var ae *arm.Error
			if errors.As(runErr, &ae) {
				te = &TaskError{Code: ae.Code, Message: ae.Message}
			} else {
				// A store or internal failure: let River retry the job, and
				// let any process take the task.
				_ = r.flush(func(w *store.TaskWrite) { w.Update.Lease.TTL = 0 })
				return fmt.Errorf("task %s: %w", r.t.ID, runErr)
			}
		}
		switch te.Code {
		case CodeTimedOut, CodeStepTimeout:
			status = StatusTimedOut
		case CodeBudgetExceeded:
			status = StatusBudgetExceeded
		default:
			status = StatusFailed
		}
		if res.Output == "" {
			if pr := r.partialResult(); pr.Output != "" {
				res = pr
			}
		}
	}
	now := o.cfg.Now().UTC()
	var resJSON, errJSON json.RawMessage
	if status == StatusCompleted || res.Output != "" || res.Validation != nil {
		resJSON = mustJSON(res)
	}
	if te != nil {
		errJSON = mustJSON(te)
	}
	histResult := resJSON
	if histResult == nil {
		histResult = mustJSON(map[string]any{"error": te})
	}
	// The outcome, the last staged rows, the history row and the lease's
	// release in one write.
	err := r.flush(func(w *store.TaskWrite) {
		w.Update.Status, w.Update.CompletedAt, w.Update.Result, w.Update.Error = status, &now, resJSON, errJSON
		w.Update.Lease.TTL = 0
		w.History = &store.TaskHistory{TaskID: r.t.ID, UserID: r.t.Tenant, Goal: r.t.Goal, Constraints: r.t.Constraints,
			Context: r.t.Context, Status: status, Result: histResult, CreatedAt: r.t.CreatedAt, CompletedAt: &now,
			DurationMS: int(now.Sub(r.t.CreatedAt).Milliseconds())}
	})
	if errors.Is(err, errCancelled) || errors.Is(err, errLeaseLost) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("record outcome of task %s: %w", r.t.ID, err)
	}
	started := *r.t.StartedAt
	o.metrics.finished.WithLabelValues(status).Inc()
	o.metrics.duration.Observe(now.Sub(started).Seconds())
	wctx := context.WithoutCancel(ctx)
	if status == StatusCompleted && o.cache != nil && o.cfg.CacheTTL > 0 {
		var constraints []string
		_ = json.Unmarshal(r.t.Constraints, &constraints)
		if err := o.cache.Set(wctx, cacheKey(r.t.Tenant, r.t.Goal, constraints), mustJSON(res), o.cfg.CacheTTL); err != nil {
			o.log.Warn("cache task result", "task_id", r.t.ID, "err", err)
		}
	}
	ev := Event{Type: "status", TaskID: r.t.ID, Status: status, Output: clip(res.Output, 4000), Progress: r.progress()}
	if te != nil {
		ev.Error = te.Message
	}
	o.publish(ev)
	o.log.Debug("task finished", "task_id", r.t.ID, "status", status, "duration_ms", now.Sub(started).Milliseconds())
	return nil
}

// saveLeftovers writes what is staged when the run ends without owning
// the task any more: the provenance records and, for a cancelled task, the
// step rows. Nothing is conditional here: the task is no longer active.
func (r *taskRun) saveLeftovers(steps bool) {
	r.async.Wait()
	r.flushMu.Lock()
	defer r.flushMu.Unlock()
	r.mu.Lock()
	w := store.TaskWrite{TaskID: r.t.ID, Actions: r.pend.actions}
	if steps {
		w.Steps = latestRows(r.pend.steps)
	}
	r.pend = pendingWrite{}
	r.closed = true
	r.mu.Unlock()
	if len(w.Actions) == 0 && len(w.Steps) == 0 {
		return
	}
	if err := r.o.commit.write(w, false); err != nil {
		r.o.log.Warn("save the record of an ended run", "task_id", r.t.ID, "err", err)
	}
}

// close stops timer flushes.
func (r *taskRun) close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closed = true
	if r.timer != nil {
		r.timer.Stop()
		r.timer = nil
	}
}

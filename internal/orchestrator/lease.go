package orchestrator

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/octollm/octollm/internal/store"
)

// Leases decide which process runs a task. River's job only wakes a worker
// up; before running, the worker claims the task's lease in the store (free,
// expired or already its own), and every write of the run is conditional on
// still holding it. A heartbeat renews the leases of the tasks this process
// runs; a reaper in every process looks for tasks whose lease ran out —
// their process died — and makes their jobs runnable again, so another
// process resumes them within about LeaseTTL + ReapInterval instead of
// River's hour-long rescue. A live process's task is never taken over: its
// lease keeps being renewed, and a process that cannot renew (database
// unreachable, stalled) stops its own runs before the lease can expire.

var errLeaseLost = errors.New("task lease lost to another process")

// runLease is the lease of one run as this process knows it: until is a
// local deadline the lease surely lasts to (the send time of the last
// write or renewal that extended it, plus LeaseTTL: the database computes
// the expiry later, from its own clock). A watchdog stops the run shortly
// before until unless the lease is extended, so a process that cannot
// renew — database unreachable, process stalled — stops working on a task
// before another process may take it over.
type runLease struct {
	cancel context.CancelCauseFunc
	margin time.Duration

	mu    sync.Mutex
	until time.Time
	timer *time.Timer
	done  bool
}

func newRunLease(cancel context.CancelCauseFunc, sent time.Time, ttl time.Duration) *runLease {
	l := &runLease{cancel: cancel, margin: ttl / 6, until: sent.Add(ttl)}
	l.mu.Lock()
	l.arm()
	l.mu.Unlock()
	return l
}

// extend records that the lease was renewed by a request sent at sent.
func (l *runLease) extend(sent time.Time, ttl time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if u := sent.Add(ttl); u.After(l.until) {
		l.until = u
	}
}

// remaining is how long the lease surely lasts.
func (l *runLease) remaining() time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	return time.Until(l.until)
}

// arm sets the watchdog for the current deadline (l.mu held).
func (l *runLease) arm() {
	if l.done {
		return
	}
	l.timer = time.AfterFunc(time.Until(l.until)-l.margin, l.check)
}

func (l *runLease) check() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.done {
		return
	}
	if time.Until(l.until) > l.margin {
		l.arm() // extended meanwhile
		return
	}
	l.done = true
	l.cancel(errLeaseLost)
}

// lost stops the run: the lease is gone.
func (l *runLease) lost() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.done {
		l.done = true
		l.timer.Stop()
	}
	l.cancel(errLeaseLost)
}

func (l *runLease) stop() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.done = true
	if l.timer != nil {
		l.timer.Stop()
	}
}

// leaseKeeper tracks the leases this process holds.
type leaseKeeper struct {
	o     *Orchestrator
	owner string

	mu   sync.Mutex
	held map[string]*runLease // nil while a run is claiming

	stop chan struct{}
	wg   sync.WaitGroup
}

func newLeaseKeeper(o *Orchestrator, owner string) *leaseKeeper {
	return &leaseKeeper{o: o, owner: owner, held: map[string]*runLease{}}
}

// reserve marks id as run by this process; false when it already is (a
// duplicate wake-up of a task this process is running).
func (k *leaseKeeper) reserve(id string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	if _, ok := k.held[id]; ok {
		return false
	}
	k.held[id] = nil
	return true
}

// add records the lease of a reserved task's run.
func (k *leaseKeeper) add(id string, l *runLease) {
	k.mu.Lock()
	k.held[id] = l
	k.mu.Unlock()
}

// cancel stops this process's run of id, if any.
func (k *leaseKeeper) cancel(id string, cause error) {
	k.mu.Lock()
	l := k.held[id]
	k.mu.Unlock()
	if l != nil {
		l.cancel(cause)
	}
}

func (k *leaseKeeper) remove(id string) {
	k.mu.Lock()
	l := k.held[id]
	delete(k.held, id)
	k.mu.Unlock()
	if l != nil {
		l.stop()
	}
}

// start runs the heartbeat and the reaper until stopLoops.
func (k *leaseKeeper) start() {
	k.mu.Lock()
	if k.stop != nil {
		k.mu.Unlock()
		return
	}
	k.stop = make(chan struct{})
	stop := k.stop
	k.mu.Unlock()
	k.wg.Add(2)
	go k.loop(stop, k.o.cfg.LeaseTTL/3, k.renew)
	go k.loop(stop, k.o.cfg.ReapInterval, k.reap)
}

func (k *leaseKeeper) stopLoops() {
	k.mu.Lock()
	stop := k.stop
	k.stop = nil
	k.mu.Unlock()
	if stop != nil {
		close(stop)
		k.wg.Wait()
	}
}

func (k *leaseKeeper) loop(stop chan struct{}, every time.Duration, fn func(context.Context)) {
	defer k.wg.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			ctx, cancel := context.WithTimeout(context.Background(), k.o.cfg.LeaseTTL/3)
			fn(ctx)
			cancel()
		}
	}
}

// renew extends every held lease. Runs whose lease was not renewed lost it
// (the task was cancelled or finished elsewhere, or — after a stall —
// taken over): they stop. When renewing fails, the runs' watchdogs stop
// them before their leases can have run out.
func (k *leaseKeeper) renew(ctx context.Context) {
	k.mu.Lock()
	ids := make([]string, 0, len(k.held))
	for id, l := range k.held {
		if l != nil {
			ids = append(ids, id)
		}
	}
	k.mu.Unlock()
	if len(ids) == 0 {
		return
	}
	sent := time.Now()
	renewed, err := k.o.st.RenewLeases(ctx, k.owner, ids, k.o.cfg.LeaseTTL)
	if err != nil {
		k.o.log.Warn("renew task leases", "err", err, "tasks", len(ids))
		return
	}
	ok := make(map[string]bool, len(renewed))
	for _, id := range renewed {
		ok[id] = true
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, id := range ids {
		l := k.held[id]
		switch {
		case l == nil:
		case ok[id]:
			l.extend(sent, k.o.cfg.LeaseTTL)
		default:
			k.o.metrics.leaseLost.Inc()
			l.lost()
		}
	}
}

// ensure makes sure the run of id holds its lease for a good while before
// it starts an arm call, renewing it now if it is getting old.
func (k *leaseKeeper) ensure(ctx context.Context, id string, l *runLease) error {
	if l.remaining() > k.o.cfg.LeaseTTL/2 {
		return nil
	}
	sent := time.Now()
	renewed, err := k.o.st.RenewLeases(ctx, k.owner, []string{id}, k.o.cfg.LeaseTTL)
	if err != nil {
		return fmt.Errorf("renew the task lease: %w", err)
	}
	if len(renewed) == 0 {
		k.o.metrics.leaseLost.Inc()
		l.lost()
		return errLeaseLost
	}
	l.extend(sent, k.o.cfg.LeaseTTL)
	return nil
}

// reap wakes the jobs of tasks whose lease ran out, and of tasks whose
// job has been running for a whole lease period without anyone holding the
// task's lease (the process died between fetching the job and claiming).
func (k *leaseKeeper) reap(ctx context.Context) {
	ids, err := k.o.st.ExpiredLeases(ctx, 100)
	if err != nil {
		k.o.log.Warn("list expired task leases", "err", err)
		return
	}
	stale, err := k.o.q.staleRunning(ctx, k.o.cfg.LeaseTTL)
	if err != nil {
		k.o.log.Warn("list stale task jobs", "err", err)
	}
	for _, id := range stale {
		t, err := k.o.st.GetTask(ctx, id)
		if errors.Is(err, store.ErrNotFound) || (err == nil && (t.LeaseOwner == "" || Terminal(t.Status))) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return
	}
	if err := k.o.q.wake(ctx, ids); err != nil {
		k.o.log.Warn("wake tasks with expired leases", "err", err, "tasks", len(ids))
		return
	}
	k.o.metrics.recovered.Add(float64(len(ids)))
	k.o.log.Info("resuming tasks whose process stopped renewing their lease", "tasks", len(ids))
}

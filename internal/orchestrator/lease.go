package orchestrator

import (
	"context"
	"errors"
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

// leaseKeeper tracks the leases this process holds.
type leaseKeeper struct {
	o     *Orchestrator
	owner string

	mu   sync.Mutex
	held map[string]context.CancelCauseFunc
	// lastRenew is when every held lease was last renewed successfully.
	lastRenew time.Time

	stop chan struct{}
	wg   sync.WaitGroup
}

func newLeaseKeeper(o *Orchestrator, owner string) *leaseKeeper {
	return &leaseKeeper{o: o, owner: owner, held: map[string]context.CancelCauseFunc{}}
}

func (k *leaseKeeper) add(id string, cancel context.CancelCauseFunc) {
	k.mu.Lock()
	k.held[id] = cancel
	k.mu.Unlock()
}

// cancel stops this process's run of id, if any.
func (k *leaseKeeper) cancel(id string, cause error) {
	k.mu.Lock()
	cancel, ok := k.held[id]
	k.mu.Unlock()
	if ok {
		cancel(cause)
	}
}

func (k *leaseKeeper) remove(id string) {
	k.mu.Lock()
	delete(k.held, id)
	k.mu.Unlock()
}

// start runs the heartbeat and the reaper until stopLoops.
func (k *leaseKeeper) start() {
	k.mu.Lock()
	if k.stop != nil {
		k.mu.Unlock()
		return
	}
	k.stop = make(chan struct{})
	k.lastRenew = time.Now()
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
// (the task was cancelled or finished elsewhere, or — after a stall — taken
// over): they stop. When renewing fails altogether for most of a lease
// period, every run stops before another process may take its task over.
func (k *leaseKeeper) renew(ctx context.Context) {
	k.mu.Lock()
	ids := make([]string, 0, len(k.held))
	for id := range k.held {
		ids = append(ids, id)
	}
	k.mu.Unlock()
	if len(ids) == 0 {
		k.mu.Lock()
		k.lastRenew = time.Now()
		k.mu.Unlock()
		return
	}
	t0 := time.Now()
	renewed, err := k.o.st.RenewLeases(ctx, k.owner, ids, k.o.cfg.LeaseTTL)
	k.mu.Lock()
	defer k.mu.Unlock()
	if err != nil {
		k.o.log.Warn("renew task leases", "err", err, "tasks", len(ids))
		// Self-fencing: stop before the leases can have run out (with a
		// third of the period as margin for the stores' clocks).
		if time.Since(k.lastRenew) > k.o.cfg.LeaseTTL*2/3 {
			for id, cancel := range k.held {
				k.o.metrics.leaseLost.Inc()
				cancel(errLeaseLost)
				delete(k.held, id)
			}
		}
		return
	}
	k.lastRenew = t0
	ok := make(map[string]bool, len(renewed))
	for _, id := range renewed {
		ok[id] = true
	}
	for _, id := range ids {
		if cancel, held := k.held[id]; held && !ok[id] {
			k.o.metrics.leaseLost.Inc()
			cancel(errLeaseLost)
			delete(k.held, id)
		}
	}
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

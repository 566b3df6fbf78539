package orchestrator

import (
	"context"
	"sync"
	"time"

	"github.com/octollm/octollm/internal/store"
)

// committer is a group commit in front of the store: concurrent task runs
// and submissions hand it their writes, and whoever arrives while no flush
// is running flushes everything queued in one transaction. Under load the
// writes of many tasks share one transaction and one disk flush (SQLite has
// a single writer, and a commit costs a disk sync on either backend); with
// a single writer nothing waits, since a lone write is flushed at once.
type committer struct {
	apply    func(ctx context.Context, ws []store.TaskWrite, job []bool) []error
	maxBatch int
	timeout  time.Duration
	observe  func(n int)

	mu       sync.Mutex
	pending  []*commitReq
	flushing bool
}

type commitReq struct {
	w    store.TaskWrite
	job  bool
	done chan error
}

// write commits w (and, with job, queues its task's job in the same
// transaction) and returns its outcome. It returns once w is durable.
func (c *committer) write(w store.TaskWrite, job bool) error {
	r := &commitReq{w: w, job: job, done: make(chan error, 1)}
	c.mu.Lock()
	c.pending = append(c.pending, r)
	lead := !c.flushing
	c.flushing = true
	c.mu.Unlock()
	if lead {
		c.drain()
	}
	return <-r.done
}

// drain flushes batches until none is queued. The caller flushes at least
// the batch holding its own write; when more writes queued up meanwhile, a
// new goroutine takes over so the caller's task goes on.
func (c *committer) drain() {
	c.mu.Lock()
	batch := c.pending
	if len(batch) > c.maxBatch {
		batch = batch[:c.maxBatch]
	}
	c.pending = c.pending[len(batch):]
	c.mu.Unlock()

	c.flush(batch)

	c.mu.Lock()
	if len(c.pending) == 0 {
		c.flushing = false
		c.mu.Unlock()
		return
	}
	c.mu.Unlock()
	go c.drain()
}

func (c *committer) flush(batch []*commitReq) {
	// A batch serves many callers: none of their contexts may cancel it.
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	ws := make([]store.TaskWrite, len(batch))
	job := make([]bool, len(batch))
	for i, r := range batch {
		ws[i], job[i] = r.w, r.job
	}
	if c.observe != nil {
		c.observe(len(batch))
	}
	errs := c.apply(ctx, ws, job)
	for i, r := range batch {
		r.done <- errs[i]
	}
}

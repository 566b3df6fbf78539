package orchestrator

import (
	"context"
	"errors"
	"testing"
	"time"
)

// The watchdog stops a run whose lease was not extended before the lease
// can have lapsed, and leaves alone a run whose lease keeps being extended.
func TestRunLeaseWatchdog(t *testing.T) {
	t.Parallel()
	// The watchdog fires ttl/6 before the lease lapses, and the renewals
	// below come every ttl/4: the leases are long enough that a loaded
	// machine's late timers and sleeps (a few hundred milliseconds) stay
	// within those margins.
	const ttl = 3 * time.Second
	ctx, cancel := context.WithCancelCause(context.Background())
	start := time.Now()
	l := newRunLease(cancel, start, ttl)
	defer l.stop()
	select {
	case <-ctx.Done():
	case <-time.After(60 * time.Second):
		t.Fatal("the watchdog never stopped a run whose lease was not renewed")
	}
	if took := time.Since(start); took >= ttl || !errors.Is(context.Cause(ctx), errLeaseLost) {
		t.Fatalf("stopped after %s (lease %s), cause %v", took, ttl, context.Cause(ctx))
	}

	const ttl2 = 2 * time.Second
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	l2 := newRunLease(cancel2, time.Now(), ttl2)
	defer l2.stop()
	for range 10 {
		time.Sleep(ttl2 / 4)
		l2.extend(time.Now(), ttl2)
	}
	if ctx2.Err() != nil {
		t.Fatalf("a renewed lease's run was stopped: %v", context.Cause(ctx2))
	}
	if r := l2.remaining(); r <= ttl2/2 || r > ttl2 {
		t.Fatalf("remaining %s", r)
	}
	l2.lost()
	if !errors.Is(context.Cause(ctx2), errLeaseLost) {
		t.Fatalf("lost: %v", context.Cause(ctx2))
	}
}

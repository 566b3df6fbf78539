package reflexsvc

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// throttledLog logs one message at most once per interval and counts the
// ones it swallowed: when Redis is down every request fails the same way,
// and thousands of identical lines per second would bury everything else
// (the metrics still count every failure).
type throttledLog struct {
	logger   *slog.Logger
	level    slog.Level
	interval time.Duration
	now      func() time.Time

	mu         sync.Mutex
	last       time.Time
	suppressed int
}

func (t *throttledLog) log(ctx context.Context, msg string, args ...any) {
	t.mu.Lock()
	now := t.now()
	if !t.last.IsZero() && now.Sub(t.last) < t.interval {
		t.suppressed++
		t.mu.Unlock()
		return
	}
	n := t.suppressed
	t.last, t.suppressed = now, 0
	t.mu.Unlock()
	if n > 0 {
		args = append(args, "suppressed_since_last", n)
	}
	t.logger.Log(ctx, t.level, msg, args...)
}

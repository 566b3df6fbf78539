package arm

import (
	"sync"
	"time"
)

// Breaker states.
const (
	BreakerClosed   = "closed"
	BreakerOpen     = "open"
	BreakerHalfOpen = "half_open"
)

// breaker is a per-arm circuit breaker (spec §2.0): it opens after
// Threshold consecutive failures, lets one trial call through after
// ResetAfter (half-open), closes on a successful trial and re-opens on a
// failed one. Written by hand because it is a dozen lines over the
// registry's own clock and stats; a library would need adapting to both.
type breaker struct {
	mu        sync.Mutex
	threshold int
	reset     time.Duration
	now       func() time.Time

	fails    int
	openedAt time.Time
	open     bool
	trial    bool // a half-open trial call is in flight
}

func (b *breaker) state() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.stateLocked()
}

func (b *breaker) stateLocked() string {
	switch {
	case !b.open:
		return BreakerClosed
	case b.now().Sub(b.openedAt) >= b.reset:
		return BreakerHalfOpen
	default:
		return BreakerOpen
	}
}

// allow reports whether a call may proceed; in half-open only one trial
// call is let through at a time.
func (b *breaker) allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch b.stateLocked() {
	case BreakerClosed:
		return true
	case BreakerHalfOpen:
		if b.trial {
			return false
		}
		b.trial = true
		return true
	default:
		return false
	}
}

func (b *breaker) record(success bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.trial = false
	if success {
		b.fails = 0
		b.open = false
		return
	}
	b.fails++
	if b.open || b.fails >= b.threshold {
		b.open = true
		b.openedAt = b.now()
	}
}

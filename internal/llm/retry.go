package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"
)

// RetryConfig configures WithRetry. Zero fields take the defaults below.
type RetryConfig struct {
	// MaxAttempts is the number of tries per call, the first included
	// (default 3; 1 disables retries).
	MaxAttempts int `yaml:"max_attempts" toml:"max_attempts"`
	// BaseDelay is the backoff before the first retry; it doubles with each
	// further retry (default 500ms).
	BaseDelay time.Duration `yaml:"base_delay" toml:"base_delay"`
	// MaxDelay caps the computed backoff (default 8s).
	MaxDelay time.Duration `yaml:"max_delay" toml:"max_delay"`
	// MaxRetryAfter caps how long a provider's Retry-After is honoured
	// (default 30s): a provider asking for longer is retried after this
	// cap, so one bad header cannot stall a task.
	MaxRetryAfter time.Duration `yaml:"max_retry_after" toml:"max_retry_after"`
	// Timeout bounds each attempt, streams included (default 60s; negative
	// disables). An attempt that times out is retried as ErrUnavailable; the
	// caller's own deadline is never retried.
	Timeout time.Duration `yaml:"timeout" toml:"timeout"`
	// Sleep waits between attempts; tests inject a fake. Default: a timer
	// that returns early with ctx.Err() when ctx ends.
	Sleep func(ctx context.Context, d time.Duration) error `yaml:"-" toml:"-"`
	// Jitter returns a number in [0, 1) that spreads the backoff (default
	// math/rand/v2). Each delay is backoff × (0.5 + Jitter()/2).
	Jitter func() float64 `yaml:"-" toml:"-"`
	// Logger receives one warning per retry (default: discard).
	Logger *slog.Logger `yaml:"-" toml:"-"`
}

// Retry defaults.
const (
	DefaultMaxAttempts   = 3
	DefaultBaseDelay     = 500 * time.Millisecond
	DefaultMaxDelay      = 8 * time.Second
	DefaultMaxRetryAfter = 30 * time.Second
	DefaultTimeout       = 60 * time.Second
)

func (c *RetryConfig) fill() {
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.BaseDelay <= 0 {
		c.BaseDelay = DefaultBaseDelay
	}
	if c.MaxDelay <= 0 {
		c.MaxDelay = DefaultMaxDelay
	}
	if c.MaxRetryAfter <= 0 {
		c.MaxRetryAfter = DefaultMaxRetryAfter
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Sleep == nil {
		c.Sleep = sleep
	}
	if c.Jitter == nil {
		c.Jitter = rand.Float64
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Retrier retries a Provider's calls on rate limits, unavailability and
// per-attempt timeouts, with exponential backoff, jitter and Retry-After.
type Retrier struct {
	p   Provider
	cfg RetryConfig
}

var (
	_ Provider      = (*Retrier)(nil)
	_ ModelResolver = (*Retrier)(nil)
)

// WithRetry wraps p with retries.
func WithRetry(p Provider, cfg RetryConfig) *Retrier {
	cfg.fill()
	return &Retrier{p: p, cfg: cfg}
}

// Name implements Provider.
func (r *Retrier) Name() string { return r.p.Name() }

// ResolveModel implements ModelResolver.
func (r *Retrier) ResolveModel(req Request) string { return ResolveModel(r.p, req) }

// delay is the wait before retry number n (1-based) after err.
func (r *Retrier) delay(n int, err error) time.Duration {
	d := r.cfg.BaseDelay << (n - 1)
	if d > r.cfg.MaxDelay || d <= 0 {
		d = r.cfg.MaxDelay
	}
	d = time.Duration(float64(d) * (0.5 + r.cfg.Jitter()/2))
	if ra := min(RetryAfter(err), r.cfg.MaxRetryAfter); ra > d {
		d = ra
	}
	return d
}

// do runs call until it succeeds, fails for good or attempts run out.
// retryable reports whether a failed attempt may be repeated.
func (r *Retrier) do(ctx context.Context, op string, call func(ctx context.Context) error, retryable func(error) bool) error {
	var err error
	for attempt := 1; ; attempt++ {
		err = r.attempt(ctx, call)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil || !retryable(err) || attempt >= r.cfg.MaxAttempts {
			return err
		}
		d := r.delay(attempt, err)
		if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < d {
			// Waiting would outlive the caller; let it decide (a Chain
			// falls back to the next provider at once).
			return err
		}
		r.cfg.Logger.LogAttrs(ctx, slog.LevelWarn, "llm call failed, retrying",
			slog.String("provider", r.p.Name()), slog.String("op", op),
			slog.Int("attempt", attempt), slog.Duration("delay", d), slog.String("error", err.Error()))
		if serr := r.cfg.Sleep(ctx, d); serr != nil {
			return fmt.Errorf("%w (while waiting to retry after: %w)", serr, err)
		}
	}
}

// attempt runs one call under the per-attempt timeout, reporting a timeout
// of the attempt (not of the caller) as ErrUnavailable.
func (r *Retrier) attempt(ctx context.Context, call func(ctx context.Context) error) error {
	if r.cfg.Timeout < 0 {
		return call(ctx)
	}
	actx, cancel := context.WithTimeoutCause(ctx, r.cfg.Timeout, errAttemptTimeout)
	defer cancel()
	err := call(actx)
	if err != nil && ctx.Err() == nil && errors.Is(context.Cause(actx), errAttemptTimeout) {
		return fmt.Errorf("%s: attempt timed out after %s: %w", r.p.Name(), r.cfg.Timeout, ErrUnavailable)
	}
	return err
}

var errAttemptTimeout = errors.New("llm attempt timeout")

// Chat implements Provider.
func (r *Retrier) Chat(ctx context.Context, req Request) (Response, error) {
	var resp Response
	err := r.do(ctx, "chat", func(ctx context.Context) error {
		var err error
		resp, err = r.p.Chat(ctx, req)
		return err
	}, Retryable)
	return resp, err
}

// ChatStream implements Provider. A stream is retried only while nothing has
// reached fn: a retry after the first delta would repeat text the caller has
// already seen.
func (r *Retrier) ChatStream(ctx context.Context, req Request, fn func(Delta) error) (Response, error) {
	var resp Response
	delivered := false
	var fnErr error
	wrapped := func(d Delta) error {
		delivered = true
		if err := fn(d); err != nil {
			fnErr = err
			return err
		}
		return nil
	}
	err := r.do(ctx, "chat_stream", func(ctx context.Context) error {
		var err error
		resp, err = r.p.ChatStream(ctx, req, wrapped)
		return err
	}, func(err error) bool { return !delivered && fnErr == nil && Retryable(err) })
	return resp, err
}

// Embed implements Provider.
func (r *Retrier) Embed(ctx context.Context, model string, inputs []string) ([][]float32, error) {
	var vecs [][]float32
	err := r.do(ctx, "embed", func(ctx context.Context) error {
		var err error
		vecs, err = r.p.Embed(ctx, model, inputs)
		return err
	}, Retryable)
	return vecs, err
}

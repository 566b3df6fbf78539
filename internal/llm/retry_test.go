package llm_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmanthropic"
	"github.com/octollm/octollm/internal/llm/llmollama"
	"github.com/octollm/octollm/internal/llm/llmopenai"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

// sleeper records the waits of a Retrier instead of sleeping.
type sleeper struct {
	mu     sync.Mutex
	delays []time.Duration
	err    error
}

func (s *sleeper) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.delays = append(s.delays, d)
	return s.err
}

func (s *sleeper) got() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.delays...)
}

func user(text string) llm.Request {
	return llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: text}}}
}

func openaiOn(tb testing.TB, srv *llmtest.Server) llm.Provider {
	tb.Helper()
	p, err := llmopenai.New(llmopenai.Config{BaseURL: srv.URL, Model: "gpt-4o-mini"})
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func anthropicOn(tb testing.TB, srv *llmtest.Server) llm.Provider {
	tb.Helper()
	p, err := llmanthropic.New(llmanthropic.Config{BaseURL: srv.URL, APIKey: "k"})
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func ollamaOn(tb testing.TB, srv *llmtest.Server) llm.Provider {
	tb.Helper()
	p, err := llmollama.New(llmollama.Config{BaseURL: srv.URL})
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// retrier wraps p with fast, recorded backoff: Jitter 0 makes every delay
// exactly half the exponential backoff.
func retrier(p llm.Provider, s *sleeper, mut func(*llm.RetryConfig)) *llm.Retrier {
	cfg := llm.RetryConfig{MaxAttempts: 3, BaseDelay: 100 * time.Millisecond, MaxDelay: time.Second,
		MaxRetryAfter: 5 * time.Second, Sleep: s.sleep, Jitter: func() float64 { return 0 }}
	if mut != nil {
		mut(&cfg)
	}
	return llm.WithRetry(p, cfg)
}

func equalDelays(t *testing.T, got, want []time.Duration) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("delays = %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("delays = %v, want %v", got, want)
		}
	}
}

func TestRetryBackoffAndRetryAfter(t *testing.T) {
	t.Parallel()
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	srv.Enqueue(
		llmtest.Reply{Status: 429, RetryAfter: "3"},
		llmtest.Reply{Status: 500},
		llmtest.Reply{Content: "finally"},
	)
	s := &sleeper{}
	resp, err := retrier(openaiOn(t, srv), s, nil).Chat(context.Background(), user("x"))
	if err != nil || resp.Content != "finally" {
		t.Fatalf("Chat = %q, %v", resp.Content, err)
	}
	// Retry-After 3s beats the 50ms backoff; then 200ms × 0.5.
	equalDelays(t, s.got(), []time.Duration{3 * time.Second, 100 * time.Millisecond})
	if n := len(srv.Calls()); n != 3 {
		t.Errorf("server saw %d calls, want 3", n)
	}
}

func TestRetryCapsRetryAfterAndBackoff(t *testing.T) {
	t.Parallel()
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	for range 5 {
		srv.Enqueue(llmtest.Reply{Status: 503})
	}
	srv.Enqueue(llmtest.Reply{Status: 429, RetryAfter: "3600"}, llmtest.Reply{Content: "ok"})
	s := &sleeper{}
	p := retrier(openaiOn(t, srv), s, func(c *llm.RetryConfig) {
		c.MaxAttempts = 7
		c.BaseDelay = 400 * time.Millisecond
		c.MaxDelay = time.Second
		c.Jitter = func() float64 { return 0.999999 }
		c.MaxRetryAfter = 2 * time.Second
	})
	if _, err := p.Chat(context.Background(), user("x")); err != nil {
		t.Fatalf("Chat: %v", err)
	}
	got := s.got()
	if len(got) != 6 {
		t.Fatalf("delays = %v, want 6", got)
	}
	// 400ms, 800ms, then capped at 1s; jitter close to 1 keeps them near full.
	for i, max := range []time.Duration{400, 800, 1000, 1000, 1000} {
		max *= time.Millisecond
		if got[i] > max || got[i] < max*99/100 {
			t.Errorf("delay %d = %s, want about %s", i, got[i], max)
		}
	}
	if got[5] != 2*time.Second {
		t.Errorf("Retry-After of an hour waited %s, want the 2s cap", got[5])
	}
}

func TestRetryGivesUp(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		reply    llmtest.Reply
		calls    int
		sentinel error
	}{
		{"server errors until attempts run out", llmtest.Reply{Status: 500}, 3, llm.ErrUnavailable},
		{"bad request is not retried", llmtest.Reply{Status: 400}, 1, llm.ErrInvalidRequest},
		{"bad key is not retried", llmtest.Reply{Status: 401}, 1, llm.ErrUnauthorized},
		{"exhausted quota is not retried", llmtest.Reply{Status: 429, ErrorCode: "insufficient_quota"}, 1, llm.ErrRateLimited},
		{"malformed reply is not retried", llmtest.Reply{Malformed: true}, 1, llm.ErrBadResponse},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(func(llmtest.Call) llmtest.Reply { return tc.reply }))
			s := &sleeper{}
			_, err := retrier(openaiOn(t, srv), s, nil).Chat(context.Background(), user("x"))
			if !errors.Is(err, tc.sentinel) {
				t.Errorf("err = %v, want %v", err, tc.sentinel)
			}
			if n := len(srv.Calls()); n != tc.calls {
				t.Errorf("server saw %d calls, want %d", n, tc.calls)
			}
			if n := len(s.got()); n != tc.calls-1 {
				t.Errorf("slept %d times, want %d", n, tc.calls-1)
			}
		})
	}
}

func TestRetryAttemptTimeout(t *testing.T) {
	t.Parallel()
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	// The second attempt must be answered within the attempt timeout: 2 s
	// leaves a loaded machine room for that. The slow answer would take a
	// minute, so a call that returns well before then did not wait for it.
	srv.Enqueue(llmtest.Reply{Content: "slow", Delay: time.Minute}, llmtest.Reply{Content: "fast"})
	s := &sleeper{}
	start := time.Now()
	resp, err := retrier(openaiOn(t, srv), s, func(c *llm.RetryConfig) { c.Timeout = 2 * time.Second }).
		Chat(context.Background(), user("x"))
	if err != nil || resp.Content != "fast" {
		t.Fatalf("Chat = %q, %v; want the second attempt's answer", resp.Content, err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("took %s; the attempt timeout is 2s", d)
	}

	// Every attempt timing out ends in ErrUnavailable, not in a deadline
	// error the caller would mistake for its own.
	srv.Respond(func(llmtest.Call) llmtest.Reply { return llmtest.Reply{Delay: 10 * time.Second} })
	_, err = retrier(openaiOn(t, srv), s, func(c *llm.RetryConfig) { c.Timeout = 50 * time.Millisecond; c.MaxAttempts = 2 }).
		Chat(context.Background(), user("x"))
	if !errors.Is(err, llm.ErrUnavailable) || errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "timed out") {
		t.Errorf("err = %v, want ErrUnavailable saying the attempt timed out", err)
	}
}

func TestRetryRespectsCallerContext(t *testing.T) {
	t.Parallel()
	srv := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(func(llmtest.Call) llmtest.Reply {
		return llmtest.Reply{Delay: 10 * time.Second}
	}))
	s := &sleeper{}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := retrier(openaiOn(t, srv), s, nil).Chat(ctx, user("x"))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want the caller's deadline", err)
	}
	if n := len(srv.Calls()); n != 1 {
		t.Errorf("server saw %d calls; the caller's deadline must not be retried", n)
	}

	// A Retry-After longer than the caller has left returns at once. (The
	// caller has time enough for the first call on a loaded machine.)
	srv2 := llmtest.NewServer(t, llmtest.OpenAI)
	srv2.Enqueue(llmtest.Reply{Status: 429, RetryAfter: "60"}, llmtest.Reply{Content: "too late"})
	ctx2, cancel2 := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel2()
	_, err = retrier(openaiOn(t, srv2), s, func(c *llm.RetryConfig) { c.MaxRetryAfter = 2 * time.Minute }).Chat(ctx2, user("x"))
	if !errors.Is(err, llm.ErrRateLimited) || len(srv2.Calls()) != 1 {
		t.Errorf("err = %v after %d calls, want ErrRateLimited after 1", err, len(srv2.Calls()))
	}

	// Cancellation while waiting ends the call with the context's error.
	srv3 := llmtest.NewServer(t, llmtest.OpenAI)
	srv3.Enqueue(llmtest.Reply{Status: 503})
	cancelled := &sleeper{err: context.Canceled}
	_, err = retrier(openaiOn(t, srv3), cancelled, nil).Chat(context.Background(), user("x"))
	if !errors.Is(err, context.Canceled) || !errors.Is(err, llm.ErrUnavailable) {
		t.Errorf("err = %v, want context.Canceled carrying the last failure", err)
	}
}

func TestRetryStream(t *testing.T) {
	t.Parallel()
	srv := llmtest.NewServer(t, llmtest.Anthropic)
	srv.Enqueue(llmtest.Reply{Status: 529}, llmtest.Reply{Content: "hello there", Chunks: []string{"hello", " there"}})
	s := &sleeper{}
	p := retrier(anthropicOn(t, srv), s, nil)
	var got strings.Builder
	resp, err := p.ChatStream(context.Background(), user("x"), func(d llm.Delta) error { got.WriteString(d.Content); return nil })
	if err != nil || resp.Content != "hello there" || got.String() != "hello there" {
		t.Fatalf("stream = %q / %q, %v", got.String(), resp.Content, err)
	}

	// Once text reached the caller, a failure is not retried: the caller
	// would see the beginning twice.
	srv.Enqueue(llmtest.Reply{Content: "partial text", Chunks: []string{"partial", " text"}, StreamError: "overloaded"})
	got.Reset()
	before := len(srv.Calls())
	_, err = p.ChatStream(context.Background(), user("x"), func(d llm.Delta) error { got.WriteString(d.Content); return nil })
	if !errors.Is(err, llm.ErrUnavailable) || len(srv.Calls())-before != 1 || got.String() != "partial" {
		t.Errorf("err = %v after %d calls, text %q; want one call and the partial text", err, len(srv.Calls())-before, got.String())
	}

	// The caller's callback error is final.
	stop := errors.New("stop")
	before = len(srv.Calls())
	_, err = p.ChatStream(context.Background(), user("x"), func(llm.Delta) error { return stop })
	if !errors.Is(err, stop) || len(srv.Calls())-before != 1 {
		t.Errorf("err = %v after %d calls, want the callback's error after 1", err, len(srv.Calls())-before)
	}
}

func TestRetryEmbed(t *testing.T) {
	t.Parallel()
	srv := llmtest.NewServer(t, llmtest.Ollama)
	srv.Enqueue(llmtest.Reply{Status: 503, RetryAfter: "1"})
	s := &sleeper{}
	vecs, err := retrier(ollamaOn(t, srv), s, nil).Embed(context.Background(), "", []string{"a"})
	if err != nil || len(vecs) != 1 {
		t.Fatalf("Embed = %v, %v", vecs, err)
	}
	equalDelays(t, s.got(), []time.Duration{time.Second})
}

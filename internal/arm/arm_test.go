package arm_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/arm"
)

// funcArm is a real Arm whose behaviour is a function: the fake every
// routing test uses.
type funcArm struct {
	cap arm.Capability
	fn  func(ctx context.Context, req arm.Request) (arm.Result, error)
}

func (f *funcArm) ID() string                   { return f.cap.ArmID }
func (f *funcArm) Capabilities() arm.Capability { return f.cap }
func (f *funcArm) Execute(ctx context.Context, req arm.Request) (arm.Result, error) {
	return f.fn(ctx, req)
}

var _ arm.Arm = (*funcArm)(nil)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestBreakerOpensAfterFiveFailuresAndHalfOpensAfter60s(t *testing.T) {
	clk := &clock{t: time.Unix(1000, 0)}
	reg := arm.NewRegistry(arm.RegistryConfig{Now: clk.Now})
	fail := true
	calls := 0
	a := &funcArm{cap: arm.Capability{ArmID: "executor", Type: arm.TypeExecutor}, fn: func(context.Context, arm.Request) (arm.Result, error) {
		calls++
		if fail {
			return arm.Result{}, arm.Errorf(arm.CodeUnavailable, "down")
		}
		return arm.Result{Output: "ok"}, nil
	}}
	if err := reg.Register(a); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := range 5 {
		if _, err := reg.Call(ctx, "executor", arm.Request{}); !errors.Is(err, arm.ErrUnavailable) {
			t.Fatalf("call %d: got %v", i, err)
		}
	}
	if _, err := reg.Call(ctx, "executor", arm.Request{}); !errors.Is(err, arm.ErrCircuitOpen) {
		t.Fatalf("6th call: want circuit open, got %v", err)
	}
	if calls != 5 {
		t.Fatalf("arm called %d times, want 5 (open circuit must not call)", calls)
	}
	if st := reg.List()[0]; st.Status != "unavailable" || st.Circuit != arm.BreakerOpen {
		t.Fatalf("status = %+v", st)
	}
	if c := reg.Candidates(arm.TypeExecutor, "", nil, nil); len(c) != 0 {
		t.Fatalf("open arm offered as candidate: %+v", c)
	}
	clk.Add(59 * time.Second)
	if _, err := reg.Call(ctx, "executor", arm.Request{}); !errors.Is(err, arm.ErrCircuitOpen) {
		t.Fatalf("at 59s: want still open, got %v", err)
	}
	clk.Add(time.Second)
	// Half-open trial fails → open again for another 60 s.
	if _, err := reg.Call(ctx, "executor", arm.Request{}); !errors.Is(err, arm.ErrUnavailable) {
		t.Fatalf("half-open trial: got %v", err)
	}
	if _, err := reg.Call(ctx, "executor", arm.Request{}); !errors.Is(err, arm.ErrCircuitOpen) {
		t.Fatalf("after failed trial: want open, got %v", err)
	}
	clk.Add(60 * time.Second)
	fail = false
	if _, err := reg.Call(ctx, "executor", arm.Request{}); err != nil {
		t.Fatalf("successful trial: %v", err)
	}
	if st := reg.List()[0]; st.Circuit != arm.BreakerClosed {
		t.Fatalf("after success circuit = %s", st.Circuit)
	}
}

func TestCallerFaultsDoNotOpenCircuit(t *testing.T) {
	reg := arm.NewRegistry(arm.RegistryConfig{})
	_ = reg.Register(&funcArm{cap: arm.Capability{ArmID: "executor", Type: arm.TypeExecutor}, fn: func(context.Context, arm.Request) (arm.Result, error) {
		return arm.Result{}, arm.Errorf(arm.CodeForbidden, "not allowed")
	}})
	for range 10 {
		_, _ = reg.Call(context.Background(), "executor", arm.Request{})
	}
	if st := reg.List()[0]; st.Circuit != arm.BreakerClosed || st.SuccessRate != 1 {
		t.Fatalf("status = %+v", st)
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name     string
		st       arm.Status
		required []string
		want     float64
	}{
		{"fresh tier1 no requirement", arm.Status{Capability: arm.Capability{CostTier: 1}, SuccessRate: 1, Circuit: arm.BreakerClosed}, nil, 0.4 + 0.2 + 0.3 + 0.1*0.8},
		{"half match tier5", arm.Status{Capability: arm.Capability{CostTier: 5, Capabilities: []string{"a"}}, SuccessRate: 0.5, Circuit: arm.BreakerClosed}, []string{"a", "b"}, 0.2 + 0.2 + 0.15},
		{"open circuit", arm.Status{Capability: arm.Capability{CostTier: 1}, SuccessRate: 1, Circuit: arm.BreakerOpen}, nil, 0.4 + 0.3 + 0.08},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := arm.Score(tt.st, tt.required); got < tt.want-1e-9 || got > tt.want+1e-9 {
				t.Fatalf("Score = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCandidatesPreferHealthierAndCheaper(t *testing.T) {
	reg := arm.NewRegistry(arm.RegistryConfig{})
	ok := func(context.Context, arm.Request) (arm.Result, error) { return arm.Result{}, nil }
	bad := func(context.Context, arm.Request) (arm.Result, error) { return arm.Result{}, errors.New("boom") }
	_ = reg.Register(&funcArm{cap: arm.Capability{ArmID: "executor-001", Type: arm.TypeExecutor, CostTier: 3}, fn: bad})
	_ = reg.Register(&funcArm{cap: arm.Capability{ArmID: "executor-002", Type: arm.TypeExecutor, CostTier: 3}, fn: ok})
	_ = reg.Register(&funcArm{cap: arm.Capability{ArmID: "judge", Type: arm.TypeJudge, CostTier: 1}, fn: ok})
	for range 3 {
		_, _ = reg.Call(context.Background(), "executor-001", arm.Request{})
	}
	c := reg.Candidates(arm.TypeExecutor, "", nil, nil)
	if len(c) != 2 || c[0].ArmID != "executor-002" {
		t.Fatalf("candidates = %+v", c)
	}
	if c := reg.Candidates(arm.TypeExecutor, "", nil, []string{"executor-002"}); len(c) != 1 || c[0].ArmID != "executor-001" {
		t.Fatalf("exclude: %+v", c)
	}
}

func TestHTTPTransportRoundTrip(t *testing.T) {
	local := &funcArm{cap: arm.Capability{ArmID: "executor", Type: arm.TypeExecutor}, fn: func(ctx context.Context, req arm.Request) (arm.Result, error) {
		switch req.Action {
		case "echo":
			if req.Timeout != 7*time.Second {
				return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "timeout %s", req.Timeout)
			}
			return arm.Result{Output: req.Inputs["text"].(string), Data: map[string]any{"exit_code": 0.0}, Confidence: 1}, nil
		default:
			return arm.Result{}, arm.Errorf(arm.CodeUnknownAction, "no %s", req.Action)
		}
	}}
	r := chi.NewRouter()
	r.Route("/api/v1", func(r chi.Router) {
		arm.Handler{Lookup: func(id string) (arm.Arm, bool) { return local, id == "executor" }}.Mount(r)
	})
	srv := httptest.NewServer(r)
	defer srv.Close()
	remote, err := arm.NewHTTPClient(arm.HTTPConfig{BaseURL: srv.URL, Capability: local.cap})
	if err != nil {
		t.Fatal(err)
	}
	res, err := remote.Execute(context.Background(), arm.Request{TaskID: "t", StepID: "s", Action: "echo", Inputs: map[string]any{"text": "hi"}, Timeout: 7 * time.Second})
	if err != nil || res.Output != "hi" || res.Data["exit_code"] != 0.0 {
		t.Fatalf("res=%+v err=%v", res, err)
	}
	_, err = remote.Execute(context.Background(), arm.Request{Action: "nope"})
	var ae *arm.Error
	if !errors.As(err, &ae) || ae.Code != arm.CodeUnknownAction || ae.Retryable {
		t.Fatalf("err = %#v", err)
	}
	other, _ := arm.NewHTTPClient(arm.HTTPConfig{BaseURL: srv.URL, Capability: arm.Capability{ArmID: "coder", Type: arm.TypeCoder}})
	if _, err := other.Execute(context.Background(), arm.Request{Action: "x"}); !errors.Is(err, arm.ErrInvalid) {
		t.Fatalf("unknown remote arm: %v", err)
	}
	srv.Close()
	if _, err := remote.Execute(context.Background(), arm.Request{Action: "echo"}); !errors.Is(err, arm.ErrUnavailable) {
		t.Fatalf("closed server: %v", err)
	}
}

package arm_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/arm"
)

// serveArm serves a through the generic adapter and returns a client that
// knows only its id and type, as a split-mode process does.
func serveArm(t *testing.T, a arm.Arm) (*arm.HTTPClient, *httptest.Server) {
	t.Helper()
	r := chi.NewRouter()
	r.Route("/api/v1", arm.Handler{Lookup: func(id string) (arm.Arm, bool) { return a, id == a.ID() }}.Mount)
	srv := httptest.NewServer(r)
	t.Cleanup(srv.Close)
	c := a.Capabilities()
	cl, err := arm.NewHTTPClient(arm.HTTPConfig{BaseURL: srv.URL, Capability: arm.Capability{ArmID: c.ArmID, Type: c.Type}})
	if err != nil {
		t.Fatal(err)
	}
	return cl, srv
}

// TestHTTPClientKeepsArmErrors: an arm's error crosses HTTP with its code,
// retryability and details.
func TestHTTPClientKeepsArmErrors(t *testing.T) {
	t.Parallel()
	errs := map[string]*arm.Error{
		"invalid":  {Code: arm.CodeInvalidInput, Message: "argv: must be a list", Details: map[string]any{"field": "argv"}},
		"token":    arm.Errorf(arm.CodeInvalidToken, "expired"),
		"denied":   {Code: arm.CodeForbidden, Message: "rm is not allowed", Details: map[string]any{"rule": "command_not_allowed"}},
		"timeout":  {Code: arm.CodeTimeout, Message: "killed", Details: map[string]any{"killed": true}},
		"down":     arm.Errorf(arm.CodeUnavailable, "model down"),
		"internal": arm.Errorf(arm.CodeInternal, "bug"),
		"llm":      arm.Errorf(arm.CodeLLMRequired, "configure a model"),
		"exec":     {Code: arm.CodeExecution, Message: "still failing", Retryable: true},
		"unknown":  arm.Errorf(arm.CodeUnknownAction, "no such action"),
	}
	a := &funcArm{cap: arm.Capability{ArmID: "coder", Type: arm.TypeCoder}, fn: func(_ context.Context, req arm.Request) (arm.Result, error) {
		return arm.Result{}, errs[req.Action]
	}}
	cl, _ := serveArm(t, a)
	for action, want := range errs {
		t.Run(action, func(t *testing.T) {
			t.Parallel()
			_, err := cl.Execute(context.Background(), arm.Request{Action: action})
			var got *arm.Error
			if !errors.As(err, &got) {
				t.Fatalf("%T %v", err, err)
			}
			if got.Code != want.Code || got.Message != want.Message || got.Retryable != want.Retryable || fmt.Sprint(got.Details) != fmt.Sprint(want.Details) {
				t.Fatalf("got %+v, want %+v", got, want)
			}
		})
	}
}

// TestHTTPClientMapsEnvelopes: when the adapter or the server in front of
// it refuses the call (an API error envelope, not an arm result), the
// client still returns an *arm.Error whose code says what to do.
func TestHTTPClientMapsEnvelopes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		status    int
		body      string
		code      string
		retryable bool
		inMessage string
	}{
		{"field error", 400, `{"error":{"code":"validation_failed","message":"timeout_seconds: must be between 0 and 300","details":[{"field":"timeout_seconds","message":"must be between 0 and 300"}]}}`,
			arm.CodeInvalidInput, false, "timeout_seconds"},
		{"arm code kept", 503, `{"error":{"code":"llm_required","message":"set OCTOLLM_LLM_PROVIDER"}}`, arm.CodeLLMRequired, false, "OCTOLLM_LLM_PROVIDER"},
		{"bad API key", 401, `{"error":{"code":"unauthorized","message":"invalid API key"}}`, arm.CodeForbidden, false, "invalid API key"},
		{"missing scope", 403, `{"error":{"code":"forbidden","message":"needs scope internal"}}`, arm.CodeForbidden, false, "internal"},
		{"rate limited", 429, `{"error":{"code":"rate_limited","message":"slow down"}}`, arm.CodeUnavailable, true, "slow down"},
		{"proxy error", 502, `<html>bad gateway</html>`, arm.CodeUnavailable, true, "bad gateway"},
		{"too large", 413, `{"error":{"code":"payload_too_large","message":"body over 1 MiB"}}`, arm.CodeInvalidInput, false, "1 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.HasSuffix(r.URL.Path, "/capabilities") {
					api.WriteJSON(w, 200, arm.Capability{ArmID: "judge", Type: arm.TypeJudge, Actions: []string{"validate"}})
					return
				}
				w.WriteHeader(tt.status)
				fmt.Fprint(w, tt.body)
			}))
			t.Cleanup(srv.Close)
			cl, _ := arm.NewHTTPClient(arm.HTTPConfig{BaseURL: srv.URL, Capability: arm.Capability{ArmID: "judge", Type: arm.TypeJudge}})
			_, err := cl.Execute(context.Background(), arm.Request{Action: "validate"})
			var ae *arm.Error
			if !errors.As(err, &ae) || ae.Code != tt.code || ae.Retryable != tt.retryable || !strings.Contains(ae.Message, tt.inMessage) {
				t.Fatalf("got %#v", err)
			}
			if ae.Details["status"] != tt.status {
				t.Fatalf("details %v", ae.Details)
			}
			if tt.status == 400 && !strings.Contains(fmt.Sprint(ae.Details["fields"]), "timeout_seconds") {
				t.Fatalf("field details lost: %v", ae.Details)
			}
		})
	}
}

// TestHTTPClientCancellation: a caller that gives up gets a timeout that
// is still context.Canceled (as from an arm in process), at once, and the
// remote arm's context ends too, so it stops working.
func TestHTTPClientCancellation(t *testing.T) {
	t.Parallel()
	// The remote arm would answer after a minute; everything below that
	// returns well before then proves it was not waited for. (Bounds of
	// a second or two, measured from the start of the call, are what a
	// loaded machine can miss.)
	const armTakes = time.Minute
	var stopped atomic.Bool
	running := make(chan struct{}, 1)
	a := &funcArm{cap: arm.Capability{ArmID: "executor", Type: arm.TypeExecutor}, fn: func(ctx context.Context, _ arm.Request) (arm.Result, error) {
		select {
		case running <- struct{}{}:
		default:
		}
		select {
		case <-ctx.Done():
			stopped.Store(true)
			return arm.Result{}, arm.AsError(ctx.Err())
		case <-time.After(armTakes):
			return arm.Result{Output: "too late"}, nil
		}
	}}
	cl, _ := serveArm(t, a)

	// The caller gives up once the remote arm is at work (a fixed delay
	// could end the call before it reached the arm on a slow machine).
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cancelled := make(chan time.Time, 1)
	go func() {
		select {
		case <-running:
		case <-time.After(armTakes):
		}
		cancelled <- time.Now()
		cancel()
	}()
	_, err := cl.Execute(ctx, arm.Request{Action: "shell"})
	returned := time.Now()
	if !errors.Is(err, context.Canceled) || !errors.Is(err, arm.ErrTimeout) {
		t.Fatalf("cancel: %v", err)
	}
	if after := returned.Sub(<-cancelled); after > armTakes/4 {
		t.Fatalf("cancel: returned %s after the cancellation", after)
	}
	// Not the arm's fault: not retryable.
	if arm.AsError(err).Retryable {
		t.Fatalf("cancellation is retryable: %#v", err)
	}
	for deadline := time.Now().Add(armTakes / 4); !stopped.Load(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the remote arm kept working after the caller left")
		}
	}

	ctx, cancel = context.WithTimeout(context.Background(), 200*time.Millisecond)
	t.Cleanup(cancel)
	if _, err := cl.Execute(ctx, arm.Request{Action: "shell"}); !errors.Is(err, arm.ErrTimeout) {
		t.Fatalf("deadline: %v", err)
	}
}

// TestHTTPClientLearnsCapabilities: a split-mode client starts with an id
// and a type; it takes the remote's actions, tags and cost tier from the
// remote (so routing scores it like the arm in process) but keeps its own
// endpoint.
func TestHTTPClientLearnsCapabilities(t *testing.T) {
	t.Parallel()
	full := arm.Capability{ArmID: "guardian", Type: arm.TypeGuardian, Name: "Guardian", Description: "checks",
		Capabilities: []string{"pii_detection"}, Actions: []string{"check", "scan"}, CostTier: 1, Endpoint: "in-process"}
	a := &funcArm{cap: full, fn: func(context.Context, arm.Request) (arm.Result, error) {
		return arm.Result{Output: "ok", Confidence: 1}, nil
	}}
	cl, srv := serveArm(t, a)
	if got := cl.Capabilities(); len(got.Actions) != 0 || got.Endpoint != srv.URL {
		t.Fatalf("before any call: %+v", got)
	}
	if _, err := cl.Execute(context.Background(), arm.Request{Action: "check"}); err != nil {
		t.Fatal(err)
	}
	want := full
	want.Endpoint = srv.URL
	if got := cl.Capabilities(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("after a call: %+v, want %+v", got, want)
	}

	// A URL that serves another arm under the id is refused.
	wrong, _ := arm.NewHTTPClient(arm.HTTPConfig{BaseURL: srv.URL, Capability: arm.Capability{ArmID: "guardian", Type: arm.TypeJudge}})
	if _, err := wrong.Describe(context.Background()); !errors.Is(err, arm.ErrUnavailable) || !strings.Contains(err.Error(), "guardian") {
		t.Fatalf("type mismatch: %v", err)
	}
	if got := wrong.Capabilities(); got.Type != arm.TypeJudge || len(got.Actions) != 0 {
		t.Fatalf("mismatch adopted: %+v", got)
	}
}

// TestAsErrorKeepsContextErrors: a context error becomes a non-retryable
// timeout that errors.Is still finds.
func TestAsErrorKeepsContextErrors(t *testing.T) {
	t.Parallel()
	for _, cause := range []error{context.Canceled, context.DeadlineExceeded, fmt.Errorf("sandbox: %w", context.Canceled)} {
		e := arm.AsError(cause)
		if e.Code != arm.CodeTimeout || e.Retryable || !errors.Is(e, cause) || !errors.Is(e, arm.ErrTimeout) {
			t.Fatalf("%v → %#v", cause, e)
		}
	}
	if e := arm.AsError(errors.New("boom")); e.Code != arm.CodeInternal || !e.Retryable {
		t.Fatalf("foreign error: %#v", e)
	}
}

// TestCancelledCallsDoNotOpenCircuit: callers giving up (a shutdown, a
// cancelled task) say nothing about the arm's health, in process or over
// HTTP.
func TestCancelledCallsDoNotOpenCircuit(t *testing.T) {
	t.Parallel()
	a := &funcArm{cap: arm.Capability{ArmID: "judge", Type: arm.TypeJudge}, fn: func(ctx context.Context, _ arm.Request) (arm.Result, error) {
		<-ctx.Done()
		return arm.Result{}, arm.AsError(ctx.Err())
	}}
	cl, _ := serveArm(t, a)
	for name, target := range map[string]arm.Arm{"in-process": a, "http": cl} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			reg := arm.NewRegistry(arm.RegistryConfig{})
			if err := reg.Register(target); err != nil {
				t.Fatal(err)
			}
			for range 10 {
				ctx, cancel := context.WithCancel(context.Background())
				time.AfterFunc(20*time.Millisecond, cancel)
				_, err := reg.Call(ctx, "judge", arm.Request{Action: "validate"})
				cancel()
				if !errors.Is(err, context.Canceled) {
					t.Fatalf("call: %v", err)
				}
			}
			if st := reg.List()[0]; st.Circuit != arm.BreakerClosed || st.SuccessRate != 1 {
				t.Fatalf("status after cancelled calls: %+v", st)
			}
		})
	}
}

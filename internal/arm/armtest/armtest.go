// Package armtest is the contract every arm must honour, whichever
// transport carries it: the same suite runs against an arm in process and
// against an arm.HTTPClient talking to the arm in another process, so a
// difference between the two is a test failure, not a surprise in split
// mode.
//
// What the suite checks (Run):
//   - the arm's id and capability agree: a non-empty id, the expected type,
//     a cost tier in 1–5 and a list of actions, each covered by a Case;
//   - every advertised action works on a valid request: no error, the
//     provenance the orchestrator records (confidence, model, tokens, cost)
//     is consistent with whether a model answered, the result survives
//     JSON, and the case's own Check passes;
//   - an unknown action is an *arm.Error with code unknown_action, not
//     retryable, naming the action;
//   - each invalid request is an *arm.Error with code invalid_input, not
//     retryable, whose message names the offending field;
//   - a call with a cancelled context returns promptly with a context or
//     timeout error, and (with Contract.Slow) so does a call cancelled
//     while the arm works.
//
// Over HTTP these checks also prove the transport keeps error codes: the
// arm's *arm.Error must come back from the client with the same code.
package armtest

import (
	"context"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/llm/llmopenai"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

// Contract describes one arm for the suite.
type Contract struct {
	// Type is the arm type the arm must report (arm.TypeExecutor, ...).
	Type string
	// Cases are valid requests. Together they must cover every action the
	// arm advertises.
	Cases []Case
	// Invalid are requests the arm must refuse as invalid input.
	Invalid []Invalid
	// Prepare completes a request before it is sent, e.g. with a capability
	// token for exactly that step (nil sends requests as they are). It is
	// also applied to the unknown-action and cancellation requests.
	Prepare func(t testing.TB, req arm.Request) arm.Request
	// Slow, if set, is a valid request that keeps the arm busy for several
	// seconds; the suite cancels it after a moment and expects the arm to
	// stop at once.
	Slow *arm.Request
	// Sequential runs the cases one after another (default: in parallel),
	// for arms whose cases depend on each other's effects.
	Sequential bool
}

// Case is a valid request and what its result must show.
type Case struct {
	// Name names the subtest (default: the action).
	Name    string
	Request arm.Request
	// Model says a model answers this request: the result must name the
	// model and count its tokens. Otherwise the result must claim no model,
	// tokens or cost.
	Model bool
	// Optional cases are skipped when the arm does not advertise their
	// action (e.g. python when no interpreter is installed).
	Optional bool
	// Check asserts what this action must produce.
	Check func(t testing.TB, res arm.Result)
}

// Invalid is a request the arm must refuse with arm.CodeInvalidInput.
type Invalid struct {
	Name    string
	Request arm.Request
	// Field is the input the error message must name.
	Field string
}

// UnknownAction is the action the suite sends to test the refusal of
// actions an arm does not know.
const UnknownAction = "armtest-no-such-action"

// callTimeout bounds every call of the suite.
const callTimeout = 60 * time.Second

// Run runs the contract against a. It may be called several times in one
// test (one per transport); its subtests are named after what they check.
func Run(t *testing.T, a arm.Arm, c Contract) {
	t.Helper()
	if d, ok := a.(interface {
		Describe(context.Context) (arm.Capability, error)
	}); ok {
		// A remote arm learns its capability from the remote; without it
		// the capability checks would test the local configuration.
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_, err := d.Describe(ctx)
		cancel()
		if err != nil {
			t.Fatalf("describe remote arm %s: %v", a.ID(), err)
		}
	}
	prepare := func(t testing.TB, req arm.Request) arm.Request {
		if req.Timeout == 0 {
			req.Timeout = 30 * time.Second
		}
		if c.Prepare != nil {
			req = c.Prepare(t, req)
		}
		return req
	}
	caps := a.Capabilities()

	t.Run("capabilities", func(t *testing.T) {
		switch {
		case a.ID() == "":
			t.Fatal("empty arm id")
		case caps.ArmID != a.ID():
			t.Fatalf("Capabilities().ArmID %q differs from ID() %q", caps.ArmID, a.ID())
		case caps.Type != c.Type:
			t.Fatalf("type %q, want %q", caps.Type, c.Type)
		case len(caps.Actions) == 0:
			t.Fatalf("arm %s lists no actions: %+v", a.ID(), caps)
		case caps.CostTier < 1 || caps.CostTier > 5:
			t.Fatalf("cost tier %d, want 1-5", caps.CostTier)
		case caps.Name == "" || caps.Description == "" || len(caps.Capabilities) == 0:
			t.Fatalf("arm %s does not describe itself (name, description, capability tags): %+v", a.ID(), caps)
		}
		seen := map[string]bool{}
		for _, act := range caps.Actions {
			if act == "" || seen[act] {
				t.Fatalf("actions %q: empty or repeated %q", caps.Actions, act)
			}
			seen[act] = true
		}
		for _, act := range caps.Actions {
			if !slices.ContainsFunc(c.Cases, func(k Case) bool { return k.Request.Action == act }) {
				t.Errorf("advertised action %q has no valid case in the contract", act)
			}
		}
		for _, k := range c.Cases {
			if !seen[k.Request.Action] && !k.Optional {
				t.Errorf("case %q uses action %q, which the arm does not advertise (%q)", k.name(), k.Request.Action, caps.Actions)
			}
		}
	})

	t.Run("actions", func(t *testing.T) {
		for _, k := range c.Cases {
			t.Run(k.name(), func(t *testing.T) {
				if !c.Sequential {
					t.Parallel()
				}
				if !slices.Contains(caps.Actions, k.Request.Action) {
					t.Skipf("arm %s does not advertise %q", a.ID(), k.Request.Action)
				}
				res, err := execute(t, a, prepare(t, k.Request))
				if err != nil {
					t.Fatalf("%s %v: %v", k.Request.Action, k.Request.Inputs, err)
				}
				checkProvenance(t, res, k.Model)
				if k.Check != nil {
					k.Check(t, res)
				}
			})
		}
	})

	t.Run("unknown action", func(t *testing.T) {
		req := arm.Request{Action: UnknownAction, Inputs: map[string]any{}}
		if len(c.Cases) > 0 {
			req.Inputs = c.Cases[0].Request.Inputs
		}
		_, err := execute(t, a, prepare(t, req))
		ae := wantCode(t, err, arm.CodeUnknownAction)
		if !strings.Contains(ae.Message, UnknownAction) {
			t.Errorf("message %q does not name the action %q", ae.Message, UnknownAction)
		}
	})

	t.Run("invalid input", func(t *testing.T) {
		for _, k := range c.Invalid {
			t.Run(k.Name, func(t *testing.T) {
				if !c.Sequential {
					t.Parallel()
				}
				_, err := execute(t, a, prepare(t, k.Request))
				ae := wantCode(t, err, arm.CodeInvalidInput)
				if !strings.Contains(ae.Message, k.Field) {
					t.Errorf("message %q does not name the field %q", ae.Message, k.Field)
				}
			})
		}
	})

	t.Run("cancelled", func(t *testing.T) {
		if len(c.Cases) == 0 {
			t.Skip("no valid case to cancel")
		}
		req := prepare(t, c.Cases[0].Request)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		start := time.Now()
		_, err := a.Execute(ctx, req)
		wantStopped(t, err, time.Since(start), 2*time.Second)
	})

	if c.Slow != nil {
		t.Run("cancelled while working", func(t *testing.T) {
			req := prepare(t, *c.Slow)
			ctx, cancel := context.WithCancel(context.Background())
			t.Cleanup(cancel)
			time.AfterFunc(500*time.Millisecond, cancel)
			start := time.Now()
			_, err := a.Execute(ctx, req)
			// Half a second of work plus the arm's reaction.
			wantStopped(t, err, time.Since(start), 3*time.Second)
		})
	}
}

func (k Case) name() string {
	if k.Name != "" {
		return k.Name
	}
	return k.Request.Action
}

func execute(t testing.TB, a arm.Arm, req arm.Request) (arm.Result, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	return a.Execute(ctx, req)
}

// checkProvenance asserts the fields the orchestrator records for a step
// (confidence, model, tokens, cost) and that the result survives the JSON
// both the HTTP transport and the task store put it through.
func checkProvenance(t testing.TB, res arm.Result, model bool) {
	t.Helper()
	if !(res.Confidence >= 0 && res.Confidence <= 1) { // NaN fails too
		t.Errorf("confidence %v, want 0-1", res.Confidence)
	}
	if strings.TrimSpace(res.Output) == "" && len(res.Data) == 0 {
		t.Errorf("result has neither output nor data: %+v", res)
	}
	if res.CostUSD < 0 || res.Tokens < 0 {
		t.Errorf("negative usage: tokens %d cost %v", res.Tokens, res.CostUSD)
	}
	if model {
		if res.Model == "" || res.Tokens == 0 {
			t.Errorf("a model answered but the result names model %q with %d tokens", res.Model, res.Tokens)
		}
	} else if res.Model != "" || res.Tokens != 0 || res.CostUSD != 0 {
		t.Errorf("no model should answer, yet the result claims model %q, %d tokens, $%v", res.Model, res.Tokens, res.CostUSD)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatalf("result is not JSON-encodable (it could not cross HTTP or be stored): %v", err)
	}
	var back arm.Result
	if err := json.Unmarshal(b, &back); err != nil || back.Output != res.Output || back.Confidence != res.Confidence || back.Model != res.Model {
		t.Errorf("result changes through JSON: %+v → %s (%v)", res, b, err)
	}
}

// wantCode asserts err is an *arm.Error with code, retryable as the code
// says, and returns it.
func wantCode(t testing.TB, err error, code string) *arm.Error {
	t.Helper()
	var ae *arm.Error
	if !errors.As(err, &ae) {
		t.Fatalf("want *arm.Error %s, got %T %v", code, err, err)
	}
	if ae.Code != code {
		t.Fatalf("code %q (%s), want %q", ae.Code, ae.Message, code)
	}
	if ae.Retryable {
		t.Errorf("%s error is retryable: repeating the same request cannot help", code)
	}
	return ae
}

// wantStopped asserts a cancelled call ended within limit with an error
// that says the call was cancelled or timed out (never a result, never a
// fault of the arm).
func wantStopped(t testing.TB, err error, took, limit time.Duration) {
	t.Helper()
	if took > limit {
		t.Errorf("cancelled call took %s, want < %s", took, limit)
	}
	if err == nil {
		t.Fatal("cancelled call succeeded: an arm must not work for a caller that has gone")
	}
	if !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, arm.ErrTimeout) {
		t.Fatalf("cancelled call: want a context or timeout error, got %T %v", err, err)
	}
}

// Transports returns a in process and the same arm behind the generic HTTP
// adapter on a loopback test server, reached through arm.HTTPClient: the
// two transports Run must see behave alike.
func Transports(t testing.TB, a arm.Arm) map[string]arm.Arm {
	t.Helper()
	r := chi.NewRouter()
	r.Route("/api/v1", arm.Handler{Lookup: func(id string) (arm.Arm, bool) { return a, id == a.ID() }}.Mount)
	srv := httptest.NewServer(r)
	t.Cleanup(srv.Close)
	capab := a.Capabilities()
	// The client starts from what a process in split mode knows: the id
	// and type; the rest it must learn from the remote.
	remote, err := arm.NewHTTPClient(arm.HTTPConfig{BaseURL: srv.URL, Capability: arm.Capability{ArmID: capab.ArmID, Type: capab.Type}})
	if err != nil {
		t.Fatal(err)
	}
	return map[string]arm.Arm{"in-process": a, "http": remote}
}

// FakeCompleter is a real OpenAI-protocol model client talking to an
// llmtest server that answers with FakeModel.
func FakeCompleter(t testing.TB) arm.Completer {
	t.Helper()
	srv := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(FakeModel))
	p, err := llmopenai.New(llmopenai.Config{BaseURL: srv.URL, APIKey: "test", Model: "fake-model"})
	if err != nil {
		t.Fatal(err)
	}
	return arm.LLMCompleter{Provider: p}
}

package executor

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/sandbox"
	"github.com/octollm/octollm/internal/sandbox/sandboxtest"
)

// grantFor mirrors the orchestrator's grant for a step (internal/orchestrator
// grantFor): the step's action, argv[0]'s base name, path-like arguments
// and the URL's host.
func grantFor(action string, inputs map[string]any) auth.Grant {
	g := auth.Grant{Subject: "executor", Capabilities: []string{action}}
	if argv, _ := stringList(inputs["argv"]); len(argv) > 0 {
		g.Commands = []string{argv[0][strings.LastIndex(argv[0], "/")+1:]}
		for _, a := range argv[1:] {
			if strings.HasPrefix(a, "/") || strings.HasPrefix(a, "./") || strings.HasPrefix(a, "../") || a == "." {
				g.Paths = append(g.Paths, a)
			}
		}
	}
	if s, ok := inputs["url"].(string); ok {
		if h, _, err := splitURLHostRaw(s); err == nil {
			g.Hosts = []string{h}
		}
	}
	return g
}

func splitURLHostRaw(s string) (string, int, error) {
	u := strings.TrimPrefix(strings.TrimPrefix(s, "http://"), "https://")
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[:i]
	}
	return u, 0, nil
}

// armKit runs the same checks against the in-process arm and the arm served
// over the generic adapter.
func armsUnderTest(t *testing.T, k *kit) map[string]arm.Arm {
	t.Helper()
	r := chi.NewRouter()
	r.Route("/api/v1", arm.Handler{Lookup: func(id string) (arm.Arm, bool) { return k.e, id == k.e.ID() }}.Mount)
	srv := httptest.NewServer(r)
	t.Cleanup(srv.Close)
	remote, err := arm.NewHTTPClient(arm.HTTPConfig{BaseURL: srv.URL + "/", Capability: k.e.Capabilities()})
	if err != nil {
		t.Fatal(err)
	}
	return map[string]arm.Arm{"in-process": k.e, "http": remote}
}

func TestArmContract(t *testing.T) {
	t.Parallel()
	k := newKit(t, Config{})
	for name, a := range armsUnderTest(t, k) {
		t.Run(name, func(t *testing.T) {
			call := func(action string, inputs map[string]any, timeout time.Duration) (arm.Result, error) {
				g := grantFor(action, inputs)
				g.TaskID, g.StepID = "0b5e6f5e-2f43-4a5c-9d6e-3f1a2b3c4d5e", "s1"
				// Round-trip the inputs through JSON as the orchestrator's
				// stored plans do.
				b, _ := json.Marshal(inputs)
				var in map[string]any
				_ = json.Unmarshal(b, &in)
				return a.Execute(context.Background(), arm.Request{TaskID: g.TaskID, StepID: "s1", Action: action, Inputs: in,
					CapabilityToken: k.token(t, g), Timeout: timeout})
			}
			res, err := call(arm.ActionShell, map[string]any{"argv": []string{"echo", "Hello OctoLLM"}}, 30*time.Second)
			if err != nil || res.Output != "Hello OctoLLM\n" || fmt.Sprint(res.Data["exit_code"]) != "0" || res.Data["stdout"] != "Hello OctoLLM\n" {
				t.Fatalf("echo: %+v %v", res, err)
			}
			res, err = call(arm.ActionShell, map[string]any{"argv": []string{"ls", "/workspace/nope"}}, 30*time.Second)
			if err != nil || fmt.Sprint(res.Data["exit_code"]) != "2" {
				t.Fatalf("a failing command is a result: %+v %v", res, err)
			}
			start := time.Now()
			res, err = call(arm.ActionShell, map[string]any{"argv": []string{"sleep", "20"}}, 2*time.Second)
			var ae *arm.Error
			if !errors.Is(err, arm.ErrTimeout) || !errors.As(err, &ae) || time.Since(start) > 5*time.Second {
				t.Fatalf("timeout: %v after %s", err, time.Since(start))
			}
			if name == "in-process" && ae.Details["killed"] != true {
				t.Fatalf("details %v", ae.Details)
			}
			_, err = call(arm.ActionShell, map[string]any{"argv": []string{"foobar"}}, 30*time.Second)
			if !errors.As(err, &ae) || ae.Code != arm.CodeForbidden || ae.Retryable || !strings.Contains(ae.Message, "foobar") {
				t.Fatalf("foobar: %v", err)
			}
			_, err = call(arm.ActionShell, map[string]any{"argv": "echo hi"}, 30*time.Second)
			if !errors.As(err, &ae) || ae.Code != arm.CodeInvalidInput {
				t.Fatalf("shell string: %v", err)
			}
			_, err = call("deploy", map[string]any{}, 30*time.Second)
			if !errors.As(err, &ae) || (ae.Code != arm.CodeUnknownAction && ae.Code != arm.CodeInvalidInput) {
				t.Fatalf("unknown action: %v", err)
			}
			_, err = a.Execute(context.Background(), arm.Request{Action: arm.ActionShell, Inputs: map[string]any{"argv": []any{"echo"}}, CapabilityToken: "forged"})
			if !errors.As(err, &ae) || (ae.Code != arm.CodeInvalidToken && ae.Code != arm.CodeForbidden) {
				t.Fatalf("bad token: %v", err)
			}
			// A token for another task does not authorise this one.
			g := grantFor(arm.ActionShell, map[string]any{"argv": []string{"echo"}})
			g.TaskID = "11111111-2f43-4a5c-9d6e-3f1a2b3c4d5e"
			_, err = a.Execute(context.Background(), arm.Request{TaskID: "0b5e6f5e-2f43-4a5c-9d6e-3f1a2b3c4d5e", Action: arm.ActionShell,
				Inputs: map[string]any{"argv": []any{"echo"}}, CapabilityToken: k.token(t, g), Timeout: time.Second})
			if !errors.As(err, &ae) || ae.Code != arm.CodeForbidden {
				t.Fatalf("other task's token: %v", err)
			}
		})
	}
	caps := k.e.Capabilities()
	if caps.ArmID != "executor" || caps.Type != arm.TypeExecutor || !strings.Contains(strings.Join(caps.Actions, ","), "shell") {
		t.Fatalf("%+v", caps)
	}
}

func TestArmCommandNotFound(t *testing.T) {
	t.Parallel()
	k := newKit(t, Config{Profile: ProfilePermissive})
	_, err := k.e.Execute(context.Background(), arm.Request{Action: arm.ActionShell, Inputs: map[string]any{"argv": []any{"foobar"}},
		CapabilityToken: k.shellToken(t, []string{"foobar"}), Timeout: 10 * time.Second})
	var ae *arm.Error
	if !errors.As(err, &ae) || ae.Code != arm.CodeExecution || ae.Retryable || !strings.Contains(ae.Message, `"foobar" not found`) {
		t.Fatalf("%v", err)
	}
}

func TestArmHTTPStep(t *testing.T) {
	t.Parallel()
	srv, _ := countingServer(t, false)
	k := newKit(t, Config{AllowHosts: []string{hostOf(srv)}})
	inputs := map[string]any{"url": srv.URL + "/id", "method": "GET"}
	res, err := k.e.Execute(context.Background(), arm.Request{Action: arm.ActionHTTP, Inputs: inputs,
		CapabilityToken: k.token(t, grantFor(arm.ActionHTTP, inputs)), Timeout: 10 * time.Second})
	if err != nil || res.Output != "hello from GET /id" || res.Data["status_code"] != 200 {
		t.Fatalf("%+v %v", res, err)
	}
	// A closed port: no answer at all is retryable.
	ln := httptest.NewServer(http.NotFoundHandler())
	closed := ln.URL
	ln.Close()
	k2 := newKit(t, Config{AllowHosts: []string{hostOf(ln)}})
	inputs = map[string]any{"url": closed + "/x"}
	_, err = k2.e.Execute(context.Background(), arm.Request{Action: arm.ActionHTTP, Inputs: inputs,
		CapabilityToken: k2.token(t, grantFor(arm.ActionHTTP, inputs)), Timeout: 10 * time.Second})
	var ae *arm.Error
	if !errors.As(err, &ae) || ae.Code != arm.CodeUnavailable || !ae.Retryable {
		t.Fatalf("closed port: %v", err)
	}
}

// apiRunner drives sandboxtest's escape suite through POST /api/v1/execute
// with the permissive profile: every attack goes through the executor's
// request handling, token checks and sandbox, as a client would send it.
type apiRunner struct {
	t *testing.T
	k *kit
}

func (r apiRunner) Run(ctx context.Context, spec sandbox.Spec) (sandbox.Result, error) {
	if spec.Network != sandbox.NetworkNone || len(spec.ReadOnlyPaths) > 0 || spec.ProxyAddr != "" {
		return sandbox.Result{}, errors.New("apiRunner: network and read-only paths are granted by tokens, not specs")
	}
	body := APIRequest{Command: spec.Argv[0], Args: spec.Argv[1:], Stdin: string(spec.Stdin), Env: spec.Env,
		CapabilityToken: r.k.shellToken(r.t, spec.Argv),
		Limits: RequestLimits{MemoryMB: spec.MemoryBytes >> 20, Pids: spec.Pids, OutputBytes: spec.OutputLimit,
			CPUSeconds: int((spec.CPUTime + time.Second - 1) / time.Second)}}
	if spec.Timeout > 0 {
		s := spec.Timeout.Seconds()
		body.TimeoutSeconds = &s
	}
	if len(spec.Files) > 0 {
		body.Files = map[string]string{}
		for k, v := range spec.Files {
			body.Files[k] = string(v)
		}
	}
	code, out := r.k.post(r.t, "/api/v1/execute", body)
	if code == http.StatusBadRequest {
		return sandbox.Result{}, fmt.Errorf("%w: %v", sandbox.ErrInvalidSpec, out["error"])
	}
	if code != http.StatusOK {
		return sandbox.Result{}, fmt.Errorf("executor answered %d: %v", code, out)
	}
	b, _ := json.Marshal(out)
	var resp Response
	if err := json.Unmarshal(b, &resp); err != nil {
		return sandbox.Result{}, err
	}
	res := sandbox.Result{Stdout: []byte(resp.Stdout), Stderr: []byte(resp.Stderr), ExitCode: resp.ExitCode, Signal: resp.Signal,
		Truncated: resp.Truncated, TimedOut: resp.TimedOut, OOMKilled: resp.OOMKilled, MaxRSSKB: resp.Resources.MaxRSSKB,
		CPUMs: resp.Resources.CPUMs, Tier: resp.Provenance.SandboxTier, Duration: time.Duration(resp.DurationMS) * time.Millisecond}
	switch {
	case resp.TimedOut:
		return res, sandbox.ErrTimeout
	case resp.ExitCode == 127 && strings.Contains(resp.Error, "not found"):
		return res, sandbox.ErrCommandNotFound
	}
	return res, nil
}

func TestEscapeSuiteThroughAPI(t *testing.T) {
	k := newKit(t, Config{Profile: ProfilePermissive})
	if n := len(sandboxtest.Cases()); n < 25 {
		t.Fatalf("escape suite has %d cases", n)
	}
	sandboxtest.Run(t, apiRunner{t: t, k: k})
}

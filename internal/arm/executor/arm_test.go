package executor

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/armtest"
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

// TestArmContract runs the shared arm contract in process and over HTTP,
// then the executor's own checks: the step timeout kills the command,
// refusals by policy and by token.
func TestArmContract(t *testing.T) {
	t.Parallel()
	page, _ := countingServer(t, false)
	k := newKit(t, Config{AllowHosts: []string{hostOf(page)}})
	contract := armtest.Executor(armtest.ExecutorEnv{
		Token: func(t testing.TB, req arm.Request) string {
			g := grantFor(req.Action, req.Inputs)
			g.TaskID, g.StepID = req.TaskID, req.StepID
			return k.token(t, g)
		},
		PageURL: page.URL + "/id", PageBody: "hello from GET /id",
	})
	for name, a := range armtest.Transports(t, k.e) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			armtest.Run(t, a, contract)
			call := func(action string, inputs map[string]any, timeout time.Duration) (arm.Result, error) {
				req := contract.Prepare(t, arm.Request{Action: action, Inputs: inputs, Timeout: timeout})
				return a.Execute(context.Background(), req)
			}
			start := time.Now()
			// The command would run for minutes; the bound leaves a loaded
			// machine room for the 2 s timeout's kill.
			_, err := call(arm.ActionShell, map[string]any{"argv": []string{"sleep", "200"}}, 2*time.Second)
			var ae *arm.Error
			if !errors.Is(err, arm.ErrTimeout) || !errors.As(err, &ae) || time.Since(start) > 15*time.Second {
				t.Fatalf("timeout: %v after %s", err, time.Since(start))
			}
			// The kill is on record, in process and across HTTP.
			if ae.Details["killed"] != true {
				t.Fatalf("details %v", ae.Details)
			}
			_, err = call(arm.ActionShell, map[string]any{"argv": []string{"foobar"}}, 30*time.Second)
			if !errors.As(err, &ae) || ae.Code != arm.CodeForbidden || ae.Retryable || !strings.Contains(ae.Message, "foobar") || ae.Details["rule"] == nil {
				t.Fatalf("foobar: %v", err)
			}
			_, err = a.Execute(context.Background(), arm.Request{Action: arm.ActionShell, Inputs: map[string]any{"argv": []any{"echo"}}, CapabilityToken: "forged"})
			if !errors.As(err, &ae) || ae.Code != arm.CodeInvalidToken || ae.Retryable {
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
	if caps.ArmID != "executor" || !slices.Contains(caps.Actions, arm.ActionShell) || !slices.Contains(caps.Actions, arm.ActionHTTP) {
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

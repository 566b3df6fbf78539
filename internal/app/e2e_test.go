package app

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/orchestrator"
	"github.com/octollm/octollm/internal/sandbox"
	"github.com/octollm/octollm/internal/sandbox/sandboxtest"
)

// TestMain lets this test binary serve as the sandbox's init: `serve` with
// the executor role builds a sandbox, which re-executes the binary.
func TestMain(m *testing.M) {
	sandbox.MaybeRunInit()
	os.Exit(m.Run())
}

// cliEnv points client commands at ts.
func (ts *testServer) cliEnv() env {
	return env{"OCTOLLM_SERVER": ts.url, "OCTOLLM_DATA_DIR": ts.dataDir}
}

// runTask runs `octollm task run --wait --json goal` and decodes the task.
func runTask(t *testing.T, ts *testServer, goal string) (orchestrator.TaskView, string) {
	t.Helper()
	code, out, errOut := runCLI(t, ts.cliEnv(), "task", "run", "--wait", "--json", goal)
	var v orchestrator.TaskView
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("task run %q: exit %d, stdout %q, stderr %q", goal, code, out, errOut)
	}
	if (code == 0) != (v.Status == orchestrator.StatusCompleted) {
		t.Fatalf("task run %q: exit %d for status %s", goal, code, v.Status)
	}
	return v, errOut
}

// worldReadableDir makes a directory the sandbox's unprivileged user can
// list (t.TempDir's parents are private to root).
func worldReadableDir(t *testing.T, files ...string) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "octollm-e2e-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestTaskScenariosWithRealExecutor runs the orchestrator's end-to-end
// scenarios through `octollm serve` and `octollm task run`, with the real
// executor and sandbox doing the work.
func TestTaskScenariosWithRealExecutor(t *testing.T) {
	want := uuid.NewString()
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "<html><body><p>Your id is %s, keep it.</p></body></html>", want)
	}))
	// Cleanup, not defer: the parallel subtests run after this function returns.
	t.Cleanup(page.Close)
	pageURL := page.URL
	dir := worldReadableDir(t, "a.txt", "b.txt", "c.md", ".hidden")
	ts := startServer(t, Config{Executor: ExecutorConfig{
		AllowHosts: []string{strings.TrimPrefix(pageURL, "http://")},
		ReadPaths:  []string{dir},
	}})

	t.Run("echo", func(t *testing.T) {
		t.Parallel()
		v, _ := runTask(t, ts, "Echo 'Hello OctoLLM'")
		if v.Status != orchestrator.StatusCompleted || v.Result == nil || !strings.Contains(v.Result.Output, "Hello OctoLLM") {
			t.Fatalf("%s %+v %+v", v.Status, v.Result, v.Error)
		}
	})
	t.Run("list and count", func(t *testing.T) {
		t.Parallel()
		v, _ := runTask(t, ts, "List the files in "+dir+" and count them")
		if v.Status != orchestrator.StatusCompleted || v.Result == nil || strings.TrimSpace(v.Result.Output) != "4" {
			t.Fatalf("%s %+v %+v", v.Status, v.Result, v.Error)
		}
	})
	t.Run("fetch", func(t *testing.T) {
		t.Parallel()
		v, _ := runTask(t, ts, "Fetch "+pageURL+"/id and extract the UUID in its body")
		if v.Status != orchestrator.StatusCompleted || v.Result == nil || v.Result.Output != want {
			t.Fatalf("%s %+v %+v", v.Status, v.Result, v.Error)
		}
	})
	t.Run("invalid command", func(t *testing.T) {
		t.Parallel()
		v, _ := runTask(t, ts, "run the invalid command `foobar`")
		if v.Status != orchestrator.StatusFailed || v.Error == nil || v.Error.Code != orchestrator.CodeStepFailed || !strings.Contains(v.Error.Message, "foobar") {
			t.Fatalf("%s %+v", v.Status, v.Error)
		}
		if len(v.Steps) != 1 || v.Steps[0].Attempts != 1 {
			t.Fatalf("a refused command must not be retried: %+v", v.Steps)
		}
	})
	t.Run("sleep killed at the step timeout", func(t *testing.T) {
		if testing.Short() {
			t.Skip("takes the 30 s step timeout")
		}
		t.Parallel()
		start := time.Now()
		v, _ := runTask(t, ts, "Sleep for 200 seconds")
		took := time.Since(start)
		if v.Status != orchestrator.StatusTimedOut || v.Error == nil || v.Error.Code != orchestrator.CodeStepTimeout {
			t.Fatalf("%s %+v", v.Status, v.Error)
		}
		if took < 29*time.Second || took > 45*time.Second {
			t.Fatalf("took %s, want about 30 s", took)
		}
		// The executor commits its own records in groups, moments after
		// the run: look for a while (a loaded machine is slow to).
		killed, sandboxKill := false, false
		var body map[string]any
		for deadline := time.Now().Add(30 * time.Second); !(killed && sandboxKill) && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			var code int
			code, body = ts.do(t, http.MethodGet, "/api/v1/tasks/"+v.TaskID+"/provenance", ts.adminKey(t), nil)
			if code != 200 {
				t.Fatalf("provenance %d %v", code, body)
			}
			for _, a := range body["actions"].([]any) {
				act := a.(map[string]any)
				out, _ := act["output"].(map[string]any)
				errv, _ := out["error"].(map[string]any)
				if act["arm_id"] == "executor" && out["killed"] == true && errv["code"] == arm.CodeTimeout {
					killed = true
					// The executor's own record names the sandbox and token.
					if act["action_type"] == "execute_shell" && out["sandbox_tier"] != "" && out["timed_out"] == true {
						sandboxKill = true
					}
				}
			}
		}
		if !killed || !sandboxKill {
			t.Fatalf("no kill in provenance (step %v, sandbox %v): %v", killed, sandboxKill, body["actions"])
		}
	})
}

// TestExecutorThroughServe covers the executor's API, /health and the exec
// command in `octollm serve`.
func TestExecutorThroughServe(t *testing.T) {
	var hits atomic.Int32
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, "loopback page")
	}))
	defer page.Close()
	host := strings.TrimPrefix(page.URL, "http://")
	ts := startServer(t, Config{Executor: ExecutorConfig{AllowHosts: []string{host}}})
	key := ts.adminKey(t)

	code, body := ts.do(t, http.MethodGet, "/health", "", nil)
	comps, _ := body["components"].(map[string]any)
	ex, _ := comps["executor"].(map[string]any)
	tier, _ := ex["sandbox_tier"].(string)
	if code != 200 || !strings.HasPrefix(tier, "namespaces+seccomp") || ex["status"] != "ok" {
		t.Fatalf("/health %d %v", code, body)
	}
	code, body = ts.do(t, http.MethodGet, "/api/v1/executor/capabilities", key, nil)
	if code != 200 || body["sandbox_tier"] != tier || body["policy"] != "default" {
		t.Fatalf("capabilities %d %v", code, body)
	}
	// The API key is required, then the capability token.
	if code, _ := ts.do(t, http.MethodPost, "/api/v1/execute", "", map[string]any{"command": "echo"}); code != 401 {
		t.Fatalf("no API key: %d", code)
	}
	code, body = ts.do(t, http.MethodPost, "/execute", key, map[string]any{"command": "echo", "capability_token": "tok_forged"})
	if code != 401 || body["error"].(map[string]any)["code"] != "invalid_capability_token" {
		t.Fatalf("forged token: %d %v", code, body)
	}
	code, body = ts.do(t, http.MethodPost, "/api/v1/keys", key, map[string]any{"name": "reader", "scopes": []string{auth.ScopeTaskRead}})
	readerKey, _ := body["key"].(string)
	if code != 201 || readerKey == "" {
		t.Fatalf("create key %d %v", code, body)
	}
	if code, _ := ts.do(t, http.MethodPost, "/api/v1/execute", readerKey, map[string]any{"command": "echo"}); code != 403 {
		t.Fatalf("key without sandbox:execute: %d", code)
	}

	e := ts.cliEnv()
	code2, out, errOut := runCLI(t, e, "exec", "--", "echo", "Hello", "exec")
	if code2 != 0 || out != "Hello exec\n" {
		t.Fatalf("exec echo: %d %q %q", code2, out, errOut)
	}
	code2, _, errOut = runCLI(t, e, "exec", "--", "ls", "/workspace/missing")
	if code2 != 2 || !strings.Contains(errOut, "missing") {
		t.Fatalf("exec ls: %d %q", code2, errOut)
	}
	code2, _, errOut = runCLI(t, e, "exec", "--", "foobar")
	if code2 != 1 || !strings.Contains(errOut, "command_not_allowed") || !strings.Contains(errOut, "allowed commands: ") || !strings.Contains(errOut, "echo") {
		t.Fatalf("exec foobar: %d %q", code2, errOut)
	}
	code2, out, _ = runCLI(t, e, "exec", "--json", "--", "echo", "j")
	var resp map[string]any
	if code2 != 0 || json.Unmarshal([]byte(out), &resp) != nil || resp["stdout"] != "j\n" || resp["provenance"].(map[string]any)["sandbox_tier"] != tier {
		t.Fatalf("exec --json: %d %q", code2, out)
	}
	code2, _, errOut = runCLI(t, e, "exec", "--timeout", "1", "--", "sleep", "5")
	if code2 != 137 || !strings.Contains(errOut, "killed") {
		t.Fatalf("exec timeout: %d %q", code2, errOut)
	}
	// Without a grant the command is refused before it runs.
	code2, _, errOut = runCLI(t, e, "exec", "--", "curl", "-sS", page.URL+"/")
	if code2 != 1 || !strings.Contains(errOut, "host_not_granted") || hits.Load() != 0 {
		t.Fatalf("exec curl without --allow-host: %d %q", code2, errOut)
	}
	// Through the egress proxy to the operator-allowed loopback server
	// (the executor's own tests cover the proxy with Python as well).
	if _, err := os.Stat("/usr/bin/curl"); err == nil {
		code2, out, errOut = runCLI(t, e, "exec", "--allow-host", host, "--", "curl", "-sS", "--max-time", "10", page.URL+"/")
		if code2 != 0 || out != "loopback page" || hits.Load() != 1 {
			t.Fatalf("exec curl: %d %q %q (hits %d)", code2, out, errOut, hits.Load())
		}
	} else {
		t.Log("curl is not installed: the exec-through-the-proxy check is left to internal/arm/executor")
	}

	// PII and secrets in arguments never reach the audit log.
	code2, out, _ = runCLI(t, e, "exec", "--", "echo", "mail", "jane.doe@example.com", "key", "AKIAIOSFODNN7EXAMPLE")
	if code2 != 0 || !strings.Contains(out, "jane.doe@example.com") {
		t.Fatalf("exec echo PII: %d %q", code2, out)
	}
	// Every execution is in the JSONL audit log, redacted.
	var b []byte
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if b, _ = os.ReadFile(filepath.Join(ts.dataDir, "audit", "executor.jsonl")); strings.Contains(string(b), `"argv_redacted":"echo mail [`) {
			break
		}
	}
	if strings.Count(string(b), "\n") < 8 || strings.Contains(string(b), "jane.doe@example.com") || strings.Contains(string(b), "AKIAIOSFODNN7EXAMPLE") ||
		!strings.Contains(string(b), `"argv_redacted":"echo mail [`) {
		t.Fatalf("audit log:\n%s", b)
	}
}

// TestExecutorRoleSplitMode runs the executor alone (`--roles executor`)
// with the orchestrator's public key, and an orchestrator process that
// reaches it over HTTP.
func TestExecutorRoleSplitMode(t *testing.T) {
	orchDir := t.TempDir()
	priv, err := auth.LoadOrCreateSigningKey(filepath.Join(orchDir, "capability.key"))
	if err != nil {
		t.Fatal(err)
	}
	execTS := startServer(t, Config{Roles: RoleExecutor, CapabilityPublicKey: auth.EncodePublicKey(priv.Public().(ed25519.PublicKey))})
	orchTS := startServer(t, Config{Roles: "orchestrator,planner,judge,guardian,reflex", DataDir: orchDir,
		RoleURLs: map[string]string{RoleExecutor: execTS.url}, InternalAPIKey: execTS.adminKey(t)})

	v, _ := runTask(t, orchTS, "Echo 'Hello split mode'")
	if v.Status != orchestrator.StatusCompleted || v.Result == nil || !strings.Contains(v.Result.Output, "Hello split mode") {
		t.Fatalf("%s %+v %+v", v.Status, v.Result, v.Error)
	}
	// The executor process recorded it with the token's id (the audit log
	// is written off the request path, so give it a moment).
	var b []byte
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if b, err = os.ReadFile(filepath.Join(execTS.dataDir, "audit", "executor.jsonl")); err == nil && len(b) > 0 {
			break
		}
	}
	if !strings.Contains(string(b), `"capability_jti":"`) || !strings.Contains(string(b), `"source":"arm"`) {
		t.Fatalf("executor audit: %v\n%s", err, b)
	}
	// An executor without any key to verify tokens with refuses to start.
	code, _, errOut := runCLI(t, env{"OCTOLLM_DATA_DIR": t.TempDir(), "OCTOLLM_ADDR": "127.0.0.1:0"}, "serve", "--roles", "executor")
	if code != ExitUsage || !strings.Contains(errOut, "OCTOLLM_CAPABILITY_PUBLIC_KEY") {
		t.Fatalf("executor without a public key: %d %q", code, errOut)
	}
}

func TestExecutorConfigFromEnvAndFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "octollm.yaml")
	if err := os.WriteFile(file, []byte("executor:\n  profile: permissive\n  read_paths: [/srv/a]\n  max_concurrent: 4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, env{"OCTOLLM_CONFIG": file, "OCTOLLM_EXECUTOR_ALLOW_HOSTS": "127.0.0.1:8080, example.org ,",
		"OCTOLLM_EXECUTOR_READ_PATHS": "/srv/data,/srv/more"}, "config", "print")
	if code != 0 {
		t.Fatalf("config print: %d %s", code, errOut)
	}
	for _, want := range []string{"profile: permissive", "- 127.0.0.1:8080", "- example.org", "- /srv/data", "- /srv/more", "max_concurrent: 4"} {
		if !strings.Contains(out, want) {
			t.Errorf("config print lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "/srv/a") {
		t.Errorf("the environment must override the file's read paths:\n%s", out)
	}
	code, _, errOut = runCLI(t, env{"OCTOLLM_EXECUTOR_PROFILE": "yolo"}, "config", "print")
	if code != ExitUsage || !strings.Contains(errOut, "executor profile") {
		t.Fatalf("bad profile: %d %q", code, errOut)
	}
	code, _, errOut = runCLI(t, env{"OCTOLLM_EXECUTOR_MAX_CONCURRENT": "lots"}, "config", "print")
	if code != ExitUsage || !strings.Contains(errOut, "OCTOLLM_EXECUTOR_MAX_CONCURRENT") {
		t.Fatalf("bad max concurrent: %d %q", code, errOut)
	}
	// A policy that does not parse stops serve with a clear error.
	bad := filepath.Join(dir, "policy.yaml")
	if err := os.WriteFile(bad, []byte("commands:\n  ls: {capabilities: [root]}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runCLI(t, env{"OCTOLLM_DATA_DIR": filepath.Join(dir, "data"), "OCTOLLM_ADDR": "127.0.0.1:0", "OCTOLLM_EXECUTOR_POLICY": bad}, "serve")
	if code != ExitUsage || !strings.Contains(errOut, "unknown capability") {
		t.Fatalf("bad policy: %d %q", code, errOut)
	}
}

// serveRunner drives the sandbox escape suite through a running server's
// POST /api/v1/execute: API key, capability token (signed with the
// server's own key), policy, executor and sandbox, as a client sees them.
type serveRunner struct {
	t   *testing.T
	ts  *testServer
	key string
	iss *auth.TokenIssuer
}

func (r serveRunner) Run(_ context.Context, spec sandbox.Spec) (sandbox.Result, error) {
	if spec.Network != sandbox.NetworkNone || len(spec.ReadOnlyPaths) > 0 {
		return sandbox.Result{}, errors.New("serveRunner: network and read-only paths come from tokens and settings")
	}
	tok, _, err := r.iss.Issue(context.Background(), auth.Grant{Subject: "executor", Commands: []string{filepath.Base(spec.Argv[0])}, Capabilities: []string{"shell"}})
	if err != nil {
		return sandbox.Result{}, err
	}
	body := map[string]any{"command": spec.Argv[0], "args": spec.Argv[1:], "stdin": string(spec.Stdin), "env": spec.Env,
		"capability_token": tok, "limits": map[string]any{"memory_mb": spec.MemoryBytes >> 20, "pids": spec.Pids, "output_bytes": spec.OutputLimit}}
	if spec.Timeout > 0 {
		body["timeout_seconds"] = spec.Timeout.Seconds()
	}
	if len(spec.Files) > 0 {
		files := map[string]string{}
		for k, v := range spec.Files {
			files[k] = string(v)
		}
		body["files"] = files
	}
	code, out := r.ts.do(r.t, http.MethodPost, "/api/v1/execute", r.key, body)
	if code == http.StatusBadRequest {
		return sandbox.Result{}, fmt.Errorf("%w: %v", sandbox.ErrInvalidSpec, out["error"])
	}
	if code != http.StatusOK {
		return sandbox.Result{}, fmt.Errorf("server answered %d: %v", code, out)
	}
	num := func(k string, m map[string]any) int64 { f, _ := m[k].(float64); return int64(f) }
	res := sandbox.Result{ExitCode: int(num("exit_code", out))}
	res.Stdout = []byte(fmt.Sprint(out["stdout"]))
	res.Stderr = []byte(fmt.Sprint(out["stderr"]))
	res.Truncated, _ = out["truncated"].(bool)
	res.TimedOut, _ = out["timed_out"].(bool)
	res.OOMKilled, _ = out["oom_killed"].(bool)
	if rs, ok := out["resources"].(map[string]any); ok {
		res.MaxRSSKB, res.CPUMs = num("max_rss_kb", rs), num("cpu_ms", rs)
	}
	if res.TimedOut {
		return res, sandbox.ErrTimeout
	}
	if msg, _ := out["error"].(string); res.ExitCode == 127 && strings.Contains(msg, "not found") {
		return res, sandbox.ErrCommandNotFound
	}
	return res, nil
}

func TestEscapeSuiteThroughServe(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the 33-case escape suite")
	}
	ts := startServer(t, Config{Executor: ExecutorConfig{Profile: "permissive"}})
	priv, err := auth.LoadOrCreateSigningKey(filepath.Join(ts.dataDir, "capability.key"))
	if err != nil {
		t.Fatal(err)
	}
	iss, err := auth.NewIssuer(auth.IssuerConfig{PrivateKey: priv})
	if err != nil {
		t.Fatal(err)
	}
	sandboxtest.Run(t, serveRunner{t: t, ts: ts, key: ts.adminKey(t), iss: iss})
}

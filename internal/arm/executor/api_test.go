package executor

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/sandbox"
)

func TestAPIExecuteEcho(t *testing.T) {
	t.Parallel()
	k := newKit(t, Config{})
	for _, path := range []string{"/api/v1/execute", "/execute"} {
		code, body := k.post(t, path, map[string]any{
			"action_type": "shell", "command": "echo", "args": []string{"hi", "there"},
			"capability_token": k.shellToken(t, []string{"echo"}),
		})
		if code != 200 || body["success"] != true || body["stdout"] != "hi there\n" || body["exit_code"] != 0.0 || body["timed_out"] != false {
			t.Fatalf("%s: %d %v", path, code, body)
		}
		prov := body["provenance"].(map[string]any)
		sum := sha256.Sum256([]byte("echo hi there"))
		if prov["arm_id"] != "executor" || prov["action_type"] != "shell" || prov["command_hash"] != hex.EncodeToString(sum[:]) ||
			prov["capability_jti"] == "" || prov["sandbox_tier"] != k.e.Tier() || prov["timestamp"] == "" {
			t.Fatalf("provenance %v", prov)
		}
		if _, err := time.Parse(time.RFC3339Nano, prov["timestamp"].(string)); err != nil {
			t.Fatal(err)
		}
		res := body["resources"].(map[string]any)
		if _, ok := res["max_rss_kb"]; !ok {
			t.Fatalf("resources %v", res)
		}
		if body["duration_ms"].(float64) < 0 {
			t.Fatalf("duration %v", body["duration_ms"])
		}
	}
}

func TestAPIFailingCommandIs200(t *testing.T) {
	t.Parallel()
	k := newKit(t, Config{})
	code, body := k.post(t, "/api/v1/execute", map[string]any{
		"command": "ls", "args": []string{"/workspace/missing"}, "capability_token": k.shellToken(t, []string{"ls"}),
	})
	if code != 200 || body["success"] != false || body["exit_code"] != 2.0 || !strings.Contains(body["stderr"].(string), "missing") {
		t.Fatalf("%d %v", code, body)
	}
	// stdin, files and an allowed environment variable reach the command.
	code, body = k.post(t, "/api/v1/execute", map[string]any{
		"command": "wc", "args": []string{"-l", "a.txt"}, "files": map[string]string{"a.txt": "1\n2\n3\n"},
		"capability_token": k.shellToken(t, []string{"wc"}),
	})
	if code != 200 || body["stdout"] != "3 a.txt\n" {
		t.Fatalf("%d %v", code, body)
	}
	code, body = k.post(t, "/api/v1/execute", map[string]any{
		"command": "cat", "stdin": "from stdin", "capability_token": k.shellToken(t, []string{"cat"}),
	})
	if code != 200 || body["stdout"] != "from stdin" {
		t.Fatalf("%d %v", code, body)
	}
	code, body = k.post(t, "/api/v1/execute", map[string]any{
		"command": "date", "args": []string{"+%Z"}, "env": map[string]string{"TZ": "UTC"}, "capability_token": k.shellToken(t, []string{"date"}),
	})
	if code != 200 || body["stdout"] != "UTC\n" {
		t.Fatalf("%d %v", code, body)
	}
}

func TestAPIRejectsBadTokens(t *testing.T) {
	t.Parallel()
	k := newKit(t, Config{})
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	other, _ := auth.NewIssuer(auth.IssuerConfig{PrivateKey: otherKey})
	forged, _, _ := other.Issue(context.Background(), auth.Grant{Subject: "executor", Commands: []string{"echo"}, Capabilities: []string{"shell"}})
	old, _ := auth.NewIssuer(auth.IssuerConfig{PrivateKey: k.priv, Now: func() time.Time { return time.Now().Add(-10 * time.Minute) }})
	expired, _, _ := old.Issue(context.Background(), auth.Grant{Subject: "executor", Commands: []string{"echo"}, Capabilities: []string{"shell"}})
	revokedTok, jti, _ := k.iss.Issue(context.Background(), auth.Grant{Subject: "executor", Commands: []string{"echo"}, Capabilities: []string{"shell"}})
	k.revoked.revoke(jti)
	for name, tok := range map[string]string{
		"missing":       "",
		"garbage":       "tok_abc123",
		"other key":     forged,
		"expired":       expired,
		"revoked":       revokedTok,
		"other subject": k.token(t, auth.Grant{Subject: "planner", Commands: []string{"echo"}, Capabilities: []string{"shell"}}),
	} {
		code, body := k.post(t, "/api/v1/execute", map[string]any{"command": "echo", "args": []string{"x"}, "capability_token": tok})
		errb, _ := body["error"].(map[string]any)
		if code != 401 || errb["code"] != "invalid_capability_token" {
			t.Errorf("%s: %d %v", name, code, body)
		}
	}
}

func TestAPIForbiddenNamesRuleAndAllowedCommands(t *testing.T) {
	t.Parallel()
	k := newKit(t, Config{})
	for _, tc := range []struct {
		name string
		body map[string]any
		rule string
	}{
		{"command", map[string]any{"command": "foobar", "capability_token": k.shellToken(t, []string{"foobar"})}, RuleCommandNotAllowed},
		{"not granted", map[string]any{"command": "ls", "capability_token": k.shellToken(t, []string{"echo"})}, RuleCommandNotGranted},
		{"flag", map[string]any{"command": "find", "args": []string{".", "-delete"}, "capability_token": k.shellToken(t, []string{"find"})}, RuleFlagForbidden},
		{"path", map[string]any{"command": "cat", "args": []string{"/etc/passwd"}, "capability_token": k.shellToken(t, []string{"cat", "/etc/passwd"})}, RulePathNotAllowed},
		{"host", map[string]any{"action_type": "http", "url": "http://127.0.0.1:9/", "capability_token": k.token(t, auth.Grant{Capabilities: []string{"http"}, Hosts: []string{"127.0.0.1:9"}})}, RuleHostNotAllowed},
		{"env", map[string]any{"command": "ls", "env": map[string]string{"LD_PRELOAD": "/workspace/x.so"}, "capability_token": k.shellToken(t, []string{"ls"})}, RuleEnvNotAllowed},
	} {
		code, body := k.post(t, "/api/v1/execute", tc.body)
		errb, _ := body["error"].(map[string]any)
		det, _ := errb["details"].(map[string]any)
		allowed, _ := det["allowed_commands"].([]any)
		if code != 403 || errb["code"] != "capability_denied" || det["rule"] != tc.rule || !slices.Contains(allowed, any("echo")) {
			t.Errorf("%s: %d %v", tc.name, code, body)
		}
	}
}

func TestAPIMalformedRequests(t *testing.T) {
	t.Parallel()
	k := newKit(t, Config{})
	tok := k.shellToken(t, []string{"echo"})
	for name, body := range map[string]any{
		"not json":       `{"command": "echo",`,
		"wrong type":     `{"command": ["echo"], "capability_token": "x"}`,
		"action":         map[string]any{"action_type": "docker", "command": "echo", "capability_token": tok},
		"no command":     map[string]any{"capability_token": tok},
		"shell string":   map[string]any{"command": "echo hi; id", "capability_token": tok},
		"timeout zero":   map[string]any{"command": "echo", "timeout_seconds": 0, "capability_token": tok},
		"timeout 301":    map[string]any{"command": "echo", "timeout_seconds": 301, "capability_token": tok},
		"file escape":    map[string]any{"command": "echo", "files": map[string]string{"../x": "y"}, "capability_token": tok},
		"bad url":        map[string]any{"action_type": "http", "url": "file:///etc/passwd", "capability_token": tok},
		"memory too low": map[string]any{"command": "echo", "limits": map[string]any{"memory_mb": 1}, "capability_token": tok},
	} {
		code, resp := k.post(t, "/api/v1/execute", body)
		if code != 400 {
			t.Errorf("%s: %d %v", name, code, resp)
		}
	}
}

func TestCapabilitiesEndpoint(t *testing.T) {
	t.Parallel()
	k := newKit(t, Config{AllowHosts: []string{"127.0.0.1:8080"}})
	resp, err := k.srv.Client().Get(k.srv.URL + "/api/v1/executor/capabilities")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var info CapabilitiesInfo
	if err := decodeJSON(resp.Body, &info); err != nil {
		t.Fatal(err)
	}
	if info.SandboxTier != k.e.Tier() || !strings.HasPrefix(info.SandboxTier, "namespaces+seccomp") || !slices.Contains(info.AllowedCommands, "ls") ||
		!slices.Contains(info.AllowedHosts, "127.0.0.1:8080") || info.Policy != "default" {
		t.Fatalf("%+v", info)
	}
	h := k.e.HealthInfo()
	if h["sandbox_tier"] != k.e.Tier() || h["status"] != "ok" {
		t.Fatalf("health %v", h)
	}
}

// TestTimeoutThirtySeconds is the issue's acceptance test: sleep 200 under
// a 30 s limit, through the API, ends at 30 s ± 1 s, timed out, with
// nothing left running.
func TestTimeoutThirtySeconds(t *testing.T) {
	if testing.Short() {
		t.Skip("takes 30 s")
	}
	t.Parallel()
	k := newKit(t, Config{})
	arg := fmt.Sprintf("200.%06d", time.Now().UnixNano()%1000000)
	start := time.Now()
	code, body := k.post(t, "/api/v1/execute", map[string]any{
		"command": "sleep", "args": []string{arg}, "timeout_seconds": 30, "capability_token": k.shellToken(t, []string{"sleep"}),
	})
	took := time.Since(start)
	if code != 200 || body["timed_out"] != true || body["success"] != false || body["exit_code"] != 137.0 {
		t.Fatalf("%d %v", code, body)
	}
	t.Logf("sleep %s under a 30 s limit answered after %s", arg, took)
	if took < 29*time.Second || took > 31*time.Second {
		t.Fatalf("took %s, want 30 s ± 1 s", took)
	}
	if pids := procsWithArg(t, arg); len(pids) > 0 {
		t.Fatalf("sleep %s survived: pids %v", arg, pids)
	}
	var rec map[string]any
	for _, l := range k.auditLines(t) {
		if l["command"] == "sleep" {
			rec = l
		}
	}
	if rec == nil || rec["killed"] != true || rec["timed_out"] != true || rec["capability_jti"] == "" || rec["sandbox_tier"] == "" {
		t.Fatalf("audit record %v", rec)
	}
}

func procsWithArg(t *testing.T, arg string) []string {
	t.Helper()
	ents, err := os.ReadDir("/proc")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err == nil && slices.Contains(strings.Split(string(b), "\x00"), arg) {
			out = append(out, e.Name())
		}
	}
	return out
}

func TestProvenanceAndAuditHoldNoSecrets(t *testing.T) {
	t.Parallel()
	k := newKit(t, Config{})
	secret := "sk-live-" + strconv.FormatInt(time.Now().UnixNano(), 36) + "abcdefghijklmnop"
	tok := k.token(t, auth.Grant{TaskID: "0b5e6f5e-2f43-4a5c-9d6e-3f1a2b3c4d5e", StepID: "step_1", Commands: []string{"echo"}, Capabilities: []string{"shell"}})
	code, body := k.post(t, "/api/v1/execute", map[string]any{"command": "echo", "args": []string{secret}, "capability_token": tok})
	if code != 200 || !strings.Contains(body["stdout"].(string), secret) {
		t.Fatalf("%d %v", code, body)
	}
	jti := body["provenance"].(map[string]any)["capability_jti"]
	// A refusal is recorded too.
	if code, _ := k.post(t, "/api/v1/execute", map[string]any{"command": "nc", "capability_token": k.shellToken(t, []string{"nc"})}); code != 403 {
		t.Fatalf("nc: %d", code)
	}
	lines := k.auditLines(t)
	raw, _ := os.ReadFile(k.audit)
	if strings.Contains(string(raw), secret) {
		t.Fatalf("the audit log holds the argument in clear: %s", raw)
	}
	if st, _ := os.Stat(k.audit); st.Mode().Perm() != 0o600 {
		t.Fatalf("audit log mode %v", st.Mode())
	}
	if len(lines) != 2 || lines[0]["capability_jti"] != jti || lines[0]["task_id"] != "0b5e6f5e-2f43-4a5c-9d6e-3f1a2b3c4d5e" ||
		lines[0]["decision"] != "allowed" || lines[0]["stdout_bytes"].(float64) != float64(len(secret)+1) || lines[0]["command_hash"] == "" {
		t.Fatalf("audit %v", lines)
	}
	if lines[1]["decision"] != "denied" || lines[1]["rule"] != RuleCommandNotAllowed || lines[1]["command"] != "nc" {
		t.Fatalf("denial %v", lines[1])
	}
	acts := k.actions.list()
	if len(acts) != 2 || acts[0].TaskID != "0b5e6f5e-2f43-4a5c-9d6e-3f1a2b3c4d5e" || acts[0].ArmID != "executor" || acts[0].ActionType != "execute_shell" {
		t.Fatalf("actions %+v", acts)
	}
	for _, a := range acts {
		if strings.Contains(string(a.Input)+string(a.Output), secret) {
			t.Fatalf("provenance holds the secret: %s %s", a.Input, a.Output)
		}
	}
	if !strings.Contains(string(acts[0].Input), `"command_hash"`) || !strings.Contains(string(acts[0].Output), `"sandbox_tier"`) {
		t.Fatalf("action %s %s", acts[0].Input, acts[0].Output)
	}
}

// upperRedactor stands in for the reflex engine: it replaces the secret.
type upperRedactor struct{ secret string }

func (r upperRedactor) Redact(_ context.Context, s string) string {
	return strings.ReplaceAll(s, r.secret, "[SECRET-REDACTED]")
}

func TestAuditRedactsArgv(t *testing.T) {
	t.Parallel()
	secret := "hunter2-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	k := newKitWith(t, Config{}, Deps{Redactor: upperRedactor{secret}})
	if code, body := k.post(t, "/api/v1/execute", map[string]any{"command": "echo", "args": []string{"pw", secret},
		"capability_token": k.shellToken(t, []string{"echo"})}); code != 200 {
		t.Fatalf("%d %v", code, body)
	}
	lines := k.auditLines(t)
	if len(lines) != 1 || lines[0]["argv_redacted"] != "echo pw [SECRET-REDACTED]" {
		t.Fatalf("%v", lines)
	}
}

func TestUnavailableSandboxRefusesClearly(t *testing.T) {
	t.Parallel()
	k := newKitWith(t, Config{}, Deps{Sandbox: Unavailable(errors.New("user namespaces are disabled"))})
	h := k.e.HealthInfo()
	if h["status"] != "unavailable" || h["sandbox_tier"] != "unavailable" || !strings.Contains(fmt.Sprint(h["error"]), "user namespaces") {
		t.Fatalf("health %v", h)
	}
	code, body := k.post(t, "/api/v1/execute", map[string]any{"command": "echo", "capability_token": k.shellToken(t, []string{"echo"})})
	if code != 503 || !strings.Contains(body["error"].(map[string]any)["message"].(string), "user namespaces are disabled") {
		t.Fatalf("%d %v", code, body)
	}
	_, err := k.e.Execute(context.Background(), arm.Request{Action: arm.ActionShell, Inputs: map[string]any{"argv": []any{"echo"}},
		CapabilityToken: k.shellToken(t, []string{"echo"}), Timeout: time.Second})
	if !errors.Is(err, arm.ErrUnavailable) {
		t.Fatalf("arm: %v", err)
	}
}

func TestUnreadableReadPathIsExplained(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("as an ordinary user the sandbox reads what that user reads")
	}
	t.Parallel()
	dir := t.TempDir() // its parent is private to root
	k := newKit(t, Config{ReadPaths: []string{dir}})
	code, body := k.post(t, "/api/v1/execute", map[string]any{"command": "ls", "args": []string{dir}, "capability_token": k.shellToken(t, []string{"ls", dir})})
	msg, _ := body["error"].(map[string]any)["message"].(string)
	if code != 500 || !strings.Contains(msg, "not searchable by others") || !strings.Contains(msg, "nobody") {
		t.Fatalf("%d %v", code, body)
	}
}

// blockingSandbox holds every run until released.
type blockingSandbox struct{ release chan struct{} }

func (b blockingSandbox) Run(ctx context.Context, s sandbox.Spec) (sandbox.Result, error) {
	select {
	case <-b.release:
	case <-ctx.Done():
	}
	return sandbox.Result{Stdout: []byte("done\n")}, nil
}
func (blockingSandbox) Tier() string { return "blocking" }

func TestQueueBoundsAndRefusalsDoNotQueue(t *testing.T) {
	t.Parallel()
	sb := blockingSandbox{release: make(chan struct{})}
	k := newKitWith(t, Config{MaxConcurrent: 1, MaxQueued: 1}, Deps{Sandbox: sb})
	tok := k.shellToken(t, []string{"echo"})
	results := make(chan int, 2)
	for i := 0; i < 2; i++ { // one runs, one waits
		go func() {
			code, _ := k.post(t, "/api/v1/execute", map[string]any{"command": "echo", "capability_token": tok})
			results <- code
		}()
	}
	deadline := time.Now().Add(30 * time.Second)
	for k.e.waiting.Load() != 1 || len(k.e.slots) != 1 {
		if time.Now().After(deadline) {
			t.Fatalf("running %d waiting %d", len(k.e.slots), k.e.waiting.Load())
		}
		time.Sleep(5 * time.Millisecond)
	}
	// A third is turned away at once, and a refused one is answered
	// without waiting for a slot.
	code, body := k.post(t, "/api/v1/execute", map[string]any{"command": "echo", "capability_token": tok})
	if code != 503 || !strings.Contains(fmt.Sprint(body["error"]), "too many") {
		t.Fatalf("third: %d %v", code, body)
	}
	code, _ = k.post(t, "/api/v1/execute", map[string]any{"command": "nc", "capability_token": k.shellToken(t, []string{"nc"})})
	if code != 403 {
		t.Fatalf("refusal while the queue is full: %d", code)
	}
	close(sb.release)
	for i := 0; i < 2; i++ {
		if c := <-results; c != 200 {
			t.Fatalf("queued run: %d", c)
		}
	}
}

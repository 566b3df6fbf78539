package app

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// env is a fake environment for Run.
type env map[string]string

func (e env) lookup(k string) (string, bool) { v, ok := e[k]; return v, ok }

// runCLI runs the octollm command line in process.
func runCLI(t *testing.T, e env, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(context.Background(), args, IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, LookupEnv: e.lookup})
	return code, out.String(), errb.String()
}

// testServer runs `octollm serve` in process on a free port.
type testServer struct {
	url     string
	dataDir string
	stderr  *syncBuffer
	cancel  context.CancelFunc
	done    chan error
}

type syncBuffer struct {
	mu  chan struct{}
	buf bytes.Buffer
}

func newSyncBuffer() *syncBuffer { return &syncBuffer{mu: make(chan struct{}, 1)} }
func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.Write(p)
}
func (b *syncBuffer) String() string {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.String()
}

func startServer(t *testing.T, cfg Config) *testServer {
	t.Helper()
	def := defaultConfig()
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:0"
	}
	if cfg.Roles == "" {
		cfg.Roles = def.Roles
	}
	cfg.BodyLimit, cfg.LogLevel, cfg.LogFormat, cfg.BootstrapAdminKey = def.BodyLimit, "warn", "json", true
	if cfg.DataDir == "" {
		cfg.DataDir = t.TempDir()
	}
	ctx, cancel := context.WithCancel(context.Background())
	ts := &testServer{dataDir: cfg.DataDir, stderr: newSyncBuffer(), cancel: cancel, done: make(chan error, 1)}
	addrc := make(chan net.Addr, 1)
	go func() {
		ts.done <- serve(ctx, cfg, IO{Stdout: io.Discard, Stderr: ts.stderr, LookupEnv: env{}.lookup}, func(a net.Addr) { addrc <- a })
	}()
	select {
	case a := <-addrc:
		ts.url = "http://" + a.String()
	case err := <-ts.done:
		t.Fatalf("serve failed: %v\n%s", err, ts.stderr)
	case <-time.After(60 * time.Second): // generous: -race on 2 busy cores
		t.Fatalf("serve did not start within 60 s:\n%s", ts.stderr)
	}
	t.Cleanup(ts.stop)
	return ts
}

func (ts *testServer) stop() {
	if ts.cancel == nil {
		return
	}
	ts.cancel()
	<-ts.done
	ts.cancel = nil
}

func (ts *testServer) adminKey(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(ts.dataDir, "admin.key"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

func (ts *testServer) do(t *testing.T, method, path, key string, body any) (int, map[string]any) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, ts.url+path, rd)
	if key != "" {
		req.Header.Set("X-API-Key", key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func TestServeHealthReadyMetrics(t *testing.T) {
	ts := startServer(t, Config{})
	code, body := ts.do(t, "GET", "/health", "", nil)
	if code != 200 || body["status"] != "healthy" || body["version"] == "" || body["uptime_seconds"] == nil {
		t.Fatalf("/health %d %v", code, body)
	}
	code, body = ts.do(t, "GET", "/ready", "", nil)
	if code != 200 || body["ready"] != true {
		t.Fatalf("/ready %d %v", code, body)
	}
	checks := body["checks"].(map[string]any)
	if checks["database"] != "ok" || checks["cache"] != "ok" {
		t.Fatalf("checks %v", checks)
	}
	resp, err := http.Get(ts.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `octollm_http_requests_total{method="GET",route="/health",status="200"} 1`) {
		t.Fatalf("metrics lack octollm_ series:\n%.2000s", b)
	}
	if !strings.Contains(ts.stderr.String(), "created an admin API key") {
		t.Fatalf("first start did not announce the admin key: %s", ts.stderr)
	}
	if fi, err := os.Stat(filepath.Join(ts.dataDir, "admin.key")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("admin.key: %v %v", fi, err)
	}
}

func TestAPIKeysAuthAndScopes(t *testing.T) {
	ts := startServer(t, Config{})
	admin := ts.adminKey(t)

	for _, tc := range []struct{ method, path string }{
		{"GET", "/api/v1/keys"}, {"POST", "/api/v1/keys"}, {"DELETE", "/api/v1/keys/x"},
	} {
		code, body := ts.do(t, tc.method, tc.path, "", nil)
		if code != 401 || body["error"].(map[string]any)["code"] != "unauthorized" || body["request_id"] == "" {
			t.Fatalf("%s %s without key: %d %v", tc.method, tc.path, code, body)
		}
		code, _ = ts.do(t, tc.method, tc.path, "octollm_bogus", nil)
		if code != 401 {
			t.Fatalf("%s %s with bad key: %d", tc.method, tc.path, code)
		}
	}

	code, created := ts.do(t, "POST", "/api/v1/keys", admin, map[string]any{"name": "reader", "scopes": []string{"task:read"}})
	if code != 201 || !strings.HasPrefix(created["key"].(string), "octollm_") {
		t.Fatalf("create: %d %v", code, created)
	}
	reader := created["key"].(string)
	code, body := ts.do(t, "GET", "/api/v1/keys", reader, nil)
	if code != 403 || body["error"].(map[string]any)["code"] != "forbidden" {
		t.Fatalf("reader listing keys: %d %v", code, body)
	}
	code, body = ts.do(t, "POST", "/api/v1/keys", admin, map[string]any{"name": "x", "scopes": []string{"nope"}})
	if code != 400 || !strings.Contains(body["error"].(map[string]any)["message"].(string), `"nope"`) {
		t.Fatalf("bad scope: %d %v", code, body)
	}

	code, body = ts.do(t, "GET", "/api/v1/keys", admin, nil)
	if code != 200 {
		t.Fatalf("list: %d", code)
	}
	raw, _ := json.Marshal(body)
	if strings.Contains(string(raw), reader) || strings.Contains(string(raw), `"hash"`) {
		t.Fatal("list exposes a key or its hash")
	}
	code, _ = ts.do(t, "DELETE", "/api/v1/keys/"+created["id"].(string), admin, nil)
	if code != 204 {
		t.Fatalf("revoke: %d", code)
	}
	if code, _ = ts.do(t, "GET", "/api/v1/keys", reader, nil); code != 401 {
		t.Fatalf("revoked key still accepted: %d", code)
	}
	if code, _ = ts.do(t, "DELETE", "/api/v1/keys/"+created["id"].(string), admin, nil); code != 404 {
		t.Fatalf("second revoke: %d", code)
	}
}

func TestKeysCLIAndRestartKeepsData(t *testing.T) {
	dir := t.TempDir()
	ts := startServer(t, Config{DataDir: dir})
	e := env{"OCTOLLM_DATA_DIR": dir, "OCTOLLM_SERVER": ts.url}
	code, out, errOut := runCLI(t, e, "keys", "create", "--name", "ci", "--scopes", "task:submit,task:read", "--json")
	if code != 0 {
		t.Fatalf("keys create: %d %s", code, errOut)
	}
	var created map[string]any
	if err := json.Unmarshal([]byte(out), &created); err != nil || created["key"] == "" {
		t.Fatalf("create output %q", out)
	}
	ts.stop()

	// Restart on the same data dir: the key survives and no new admin key is made.
	ts = startServer(t, Config{DataDir: dir})
	if strings.Contains(ts.stderr.String(), "created an admin API key") {
		t.Fatal("restart created another admin key")
	}
	e["OCTOLLM_SERVER"] = ts.url
	code, out, errOut = runCLI(t, e, "keys", "list")
	if code != 0 || !strings.Contains(out, "ci") || !strings.Contains(out, created["id"].(string)) {
		t.Fatalf("keys list after restart: %d %q %s", code, out, errOut)
	}
	code, out, _ = runCLI(t, e, "keys", "revoke", created["id"].(string))
	if code != 0 || !strings.Contains(out, "revoked") {
		t.Fatalf("revoke: %d %s", code, out)
	}
	code, _, errOut = runCLI(t, e, "keys", "revoke", created["id"].(string))
	if code != 1 || !strings.Contains(errOut, "no active key") {
		t.Fatalf("revoke twice: %d %s", code, errOut)
	}
}

func TestConfigErrorsExit2(t *testing.T) {
	dir := t.TempDir()
	badYAML := filepath.Join(dir, "bad.yaml")
	os.WriteFile(badYAML, []byte("addr: [\n"), 0o600)
	unknownKey := filepath.Join(dir, "unknown.yaml")
	os.WriteFile(unknownKey, []byte("adress: 1.2.3.4:1\n"), 0o600)
	tests := []struct {
		name string
		e    env
		args []string
		want string
	}{
		{"unknown role", env{}, []string{"serve", "--roles", "reflex,kraken"}, `unknown role "kraken"`},
		{"missing config", env{}, []string{"config", "print", "--config", filepath.Join(dir, "nope.yaml")}, "read config file"},
		{"bad yaml", env{}, []string{"config", "print", "--config", badYAML}, "bad.yaml"},
		{"unknown key", env{}, []string{"config", "print", "--config", unknownKey}, "adress"},
		{"bad db url", env{"OCTOLLM_DATABASE_URL": "mysql://x"}, []string{"serve"}, "database URL"},
		{"bad redis url", env{"OCTOLLM_REDIS_URL": "http://x"}, []string{"serve"}, "redis URL"},
		{"bad addr", env{}, []string{"serve", "--addr", "nonsense"}, "addr"},
		{"unknown flag", env{}, []string{"serve", "--bogus"}, "unknown flag"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, tc.e, tc.args...)
			if code != 2 {
				t.Fatalf("exit %d, want 2 (stderr %q)", code, errOut)
			}
			if strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, tc.want) {
				t.Fatalf("stderr %q: want one line containing %q", errOut, tc.want)
			}
		})
	}
}

func TestConfigPrintPrecedenceAndMasking(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "octollm.toml")
	os.WriteFile(file, []byte("addr = \"127.0.0.1:9100\"\ndata_dir = \"/from/file\"\nredis_url = \"redis://:hunter2@127.0.0.1:6379/0\"\n"), 0o600)
	e := env{"OCTOLLM_DATA_DIR": "/from/env", "OCTOLLM_DATABASE_URL": "postgres://u:s3cret@db:5432/octollm", "OCTOLLM_API_KEY": "octollm_abcdefabcdefabcdef"}
	code, out, errOut := runCLI(t, e, "config", "print", "--config", file, "--addr", "127.0.0.1:9200")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"addr: 127.0.0.1:9200", "data_dir: /from/env", "xxxxx@db:5432"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	for _, secret := range []string{"s3cret", "hunter2", "abcdefabcdefabcdef"} {
		if strings.Contains(out, secret) {
			t.Errorf("secret %q printed:\n%s", secret, out)
		}
	}
}

func TestGCPercentFromEnv(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		env    map[string]string
		want   int
		wantOK bool
	}{
		{"unset", map[string]string{}, defaultGCPercent, true},
		{"operator's choice", map[string]string{"GOGC": "200"}, 0, false},
		{"set empty", map[string]string{"GOGC": ""}, 0, false},
	} {
		got, ok := gcPercentFromEnv(func(k string) (string, bool) { v, ok := tc.env[k]; return v, ok })
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("%s: gcPercentFromEnv = %d, %v; want %d, %v", tc.name, got, ok, tc.want, tc.wantOK)
		}
	}
}

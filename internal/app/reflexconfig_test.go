package app

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cliServer runs `octollm serve` through Run, so the configuration goes
// through the real layering (file, env, flags), and returns its base URL
// and admin key.
func cliServer(t *testing.T, e env, args ...string) (base, admin string) {
	t.Helper()
	dataDir := t.TempDir()
	stderr := newSyncBuffer()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	args = append([]string{"serve", "--addr", "127.0.0.1:0", "--data-dir", dataDir}, args...)
	go func() {
		done <- Run(ctx, args, IO{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: stderr, LookupEnv: e.lookup})
	}()
	t.Cleanup(func() { cancel(); <-done })
	deadline := time.Now().Add(60 * time.Second) // generous: -race on 2 busy cores, as in startServer
	for base == "" {
		for _, line := range strings.Split(stderr.String(), "\n") {
			var rec struct{ Msg, Addr string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "octollm listening" {
				base = "http://" + rec.Addr
			}
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d:\n%s", code, stderr)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start:\n%s", stderr)
		}
		time.Sleep(20 * time.Millisecond)
	}
	b, err := os.ReadFile(filepath.Join(dataDir, "admin.key"))
	if err != nil {
		t.Fatal(err)
	}
	return base, strings.TrimSpace(string(b))
}

// reflexKey creates an API key that is subject to rate limits (admin and
// internal keys are exempt).
func reflexKey(t *testing.T, base, admin string) string {
	t.Helper()
	code, body := call(t, base, "POST", "/api/v1/keys", admin, `{"name":"rl","scopes":["reflex:process"]}`)
	key, _ := body["key"].(string)
	if code != 201 || key == "" {
		t.Fatalf("create key: %d %v", code, body)
	}
	return key
}

// call sends one request and returns the status, the decoded body and, in
// body["_headers"], the response headers.
func call(t *testing.T, base, method, path, key, body string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, base+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("X-API-Key", key)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out := map[string]any{}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	out["_headers"] = resp.Header
	return resp.StatusCode, out
}

func processBody(text string) string {
	b, _ := json.Marshal(map[string]any{"text": text})
	return string(b)
}

// TestReflexConfigChangesService sets reflex keys in a config file and in
// the environment and checks the running service follows them over HTTP.
func TestReflexConfigChangesService(t *testing.T) {
	file := filepath.Join(t.TempDir(), "octollm.yaml")
	yaml := "reflex:\n  max_text_bytes: 200\n  ip_tier: unlimited\n  key_tier: free\n"
	if err := os.WriteFile(file, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	// The environment overrides the file's key tier.
	base, admin := cliServer(t, env{"OCTOLLM_REFLEX_KEY_TIER": "pro"}, "--config", file)
	key := reflexKey(t, base, admin)

	code, body := call(t, base, "POST", "/api/v1/reflex/process", key, processBody(strings.Repeat("a", 200)))
	if code != 200 {
		t.Fatalf("200-byte text: %d %v", code, body)
	}
	// With the IP unlimited, the only bucket is the key's: tier pro = 100.
	if got := body["_headers"].(http.Header).Get("X-RateLimit-Limit"); got != "100" {
		t.Errorf("X-RateLimit-Limit %q, want 100 (key_tier pro from env)", got)
	}
	code, body = call(t, base, "POST", "/api/v1/reflex/process", key, processBody(strings.Repeat("a", 201)))
	if code != http.StatusRequestEntityTooLarge {
		t.Fatalf("201-byte text: %d %v, want 413 (max_text_bytes 200 from the file)", code, body)
	}
}

// TestReflexDefaultsUnchanged guards the defaults: the free tier per IP
// (burst 10) is the tightest bucket, and a text of 100 000 bytes passes.
func TestReflexDefaultsUnchanged(t *testing.T) {
	base, admin := cliServer(t, env{})
	key := reflexKey(t, base, admin)
	code, body := call(t, base, "POST", "/api/v1/reflex/process", key, processBody(strings.Repeat("a", 100_000)))
	if code != 200 {
		t.Fatalf("100 000-byte text: %d %v", code, body)
	}
	if got := body["_headers"].(http.Header).Get("X-RateLimit-Limit"); got != "10" {
		t.Errorf("X-RateLimit-Limit %q, want 10 (free tier per IP)", got)
	}
}

// TestReflexLimiterFailureMode cuts the connection to Redis under a
// running server: with limiter_failure closed, /reflex/process answers 503
// with Retry-After; with the default (open), requests keep passing.
func TestReflexLimiterFailureMode(t *testing.T) {
	redisURL := requireEnv(t, "OCTOLLM_TEST_REDIS_URL")
	for _, tc := range []struct {
		mode string
		want int
	}{
		{"closed", http.StatusServiceUnavailable},
		{"open", http.StatusOK},
	} {
		t.Run(tc.mode, func(t *testing.T) {
			u, err := url.Parse(redisURL)
			if err != nil {
				t.Fatal(err)
			}
			proxy := newTCPProxy(t, u.Host)
			u.Host = proxy.addr
			base, admin := cliServer(t, env{"OCTOLLM_REDIS_URL": u.String(), "OCTOLLM_REFLEX_LIMITER_FAILURE": tc.mode})
			key := reflexKey(t, base, admin)
			// A unique text per run: the shared Redis may hold earlier answers.
			text := "hello " + t.Name() + time.Now().String()
			if code, body := call(t, base, "POST", "/api/v1/reflex/process", key, processBody(text)); code != 200 {
				t.Fatalf("with Redis up: %d %v", code, body)
			}
			proxy.stop()
			code, body := call(t, base, "POST", "/api/v1/reflex/process", key, processBody(text+" again"))
			if code != tc.want {
				t.Fatalf("with Redis cut: %d %v, want %d", code, body, tc.want)
			}
			if tc.want == http.StatusServiceUnavailable && body["_headers"].(http.Header).Get("Retry-After") == "" {
				t.Error("503 without Retry-After")
			}
		})
	}
}

// TestReflexConfigPrintAndErrors checks the reflex keys in `config print`
// (env over file, the hash salt masked) and that bad values exit 2 with one
// line naming the key.
func TestReflexConfigPrintAndErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "octollm.toml")
	toml := "[reflex]\nip_tier = \"pro\"\nhash_salt = \"file-salt-0123456789\"\ntrusted_proxies = [\"10.0.0.0/8\"]\n"
	if err := os.WriteFile(file, []byte(toml), 0o600); err != nil {
		t.Fatal(err)
	}
	e := env{"OCTOLLM_REFLEX_HASH_SALT": "env-salt-0123456789", "OCTOLLM_REFLEX_LIMITER_FAILURE": "closed", "OCTOLLM_REFLEX_CACHE_DISABLED": "true"}
	code, out, errOut := runCLI(t, e, "config", "print", "--config", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"ip_tier: pro", "key_tier: basic", "limiter_failure: closed", "cache_disabled: true", "- 10.0.0.0/8", "hash_salt: '****'", "max_text_bytes: 100000"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	for _, secret := range []string{"salt-0123", "env-salt", "file-salt"} {
		if strings.Contains(out, secret) {
			t.Errorf("hash salt %q printed:\n%s", secret, out)
		}
	}

	unknown := filepath.Join(dir, "unknown.yaml")
	if err := os.WriteFile(unknown, []byte("reflex:\n  ip_teir: pro\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	badTier := filepath.Join(dir, "tier.yaml")
	if err := os.WriteFile(badTier, []byte("reflex:\n  key_tiers:\n    k1: gold\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		e    env
		args []string
		want string
	}{
		{"unknown key", env{}, []string{"--config", unknown}, "ip_teir"},
		{"bad ip tier", env{"OCTOLLM_REFLEX_IP_TIER": "gold"}, nil, `reflex ip_tier "gold"`},
		{"bad key tier", env{"OCTOLLM_REFLEX_KEY_TIER": "x"}, nil, `reflex key_tier "x"`},
		{"bad key tiers", env{}, []string{"--config", badTier}, "reflex key_tiers[k1]"},
		{"bad failure mode", env{"OCTOLLM_REFLEX_LIMITER_FAILURE": "ajar"}, nil, `reflex limiter_failure "ajar"`},
		{"bad proxy", env{"OCTOLLM_REFLEX_TRUSTED_PROXIES": "10.0.0.0/8,proxy.local"}, nil, `"proxy.local"`},
		{"bad max text", env{"OCTOLLM_REFLEX_MAX_TEXT_BYTES": "-5"}, nil, "OCTOLLM_REFLEX_MAX_TEXT_BYTES"},
		{"bad bool", env{"OCTOLLM_REFLEX_CACHE_DISABLED": "maybe"}, nil, "OCTOLLM_REFLEX_CACHE_DISABLED"},
		{"bad threshold", env{"OCTOLLM_REFLEX_BLOCK_THRESHOLD": "1.5"}, nil, "OCTOLLM_REFLEX_BLOCK_THRESHOLD"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, tc.e, append([]string{"config", "print"}, tc.args...)...)
			if code != 2 {
				t.Fatalf("exit %d, want 2 (stderr %q)", code, errOut)
			}
			if strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, tc.want) {
				t.Fatalf("stderr %q: want one line containing %q", errOut, tc.want)
			}
		})
	}
}

// TestReflexTrustedProxies: behind a trusted proxy each X-Forwarded-For
// client gets its own bucket; without the setting the header is ignored
// and every request shares the peer's bucket.
func TestReflexTrustedProxies(t *testing.T) {
	for _, tc := range []struct {
		name    string
		e       env
		wantTwo string // X-RateLimit-Remaining of the first request from a second client
	}{
		{"trusted", env{"OCTOLLM_REFLEX_TRUSTED_PROXIES": "127.0.0.1"}, "9"},
		{"untrusted", env{}, "8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base, admin := cliServer(t, tc.e)
			key := reflexKey(t, base, admin)
			var remaining []string
			for _, client := range []string{"203.0.113.1", "203.0.113.2"} {
				req, _ := http.NewRequest("POST", base+"/api/v1/reflex/process", bytes.NewReader([]byte(processBody("hi "+client))))
				req.Header.Set("X-API-Key", key)
				req.Header.Set("X-Forwarded-For", client)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != 200 {
					t.Fatalf("status %d", resp.StatusCode)
				}
				remaining = append(remaining, resp.Header.Get("X-RateLimit-Remaining"))
			}
			if remaining[0] != "9" || remaining[1] != tc.wantTwo {
				t.Fatalf("X-RateLimit-Remaining %v, want [9 %s]", remaining, tc.wantTwo)
			}
		})
	}
}

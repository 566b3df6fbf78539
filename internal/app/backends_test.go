package app

import (
	"io"
	"net"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/store/storetest"
)

// requireEnv returns the test URL in name; it skips when unset, except under
// CI where a missing service is a failure.
func requireEnv(t *testing.T, name string) string {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required under CI", name)
		}
		t.Skipf("%s not set", name)
	}
	return v
}

// TestServeOnPostgresAndRedis runs the server on the distributed backends,
// checks data survives a restart, and that /ready follows PostgreSQL going
// away and coming back without restarting octollm. The outage is simulated
// by a loopback TCP proxy so the shared database server keeps running.
func TestServeOnPostgresAndRedis(t *testing.T) {
	redisURL := requireEnv(t, "OCTOLLM_TEST_REDIS_URL")
	dbURL := storetest.NewPostgresDatabase(t)
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := newTCPProxy(t, u.Host)
	u.Host = proxy.addr
	dataDir := t.TempDir()
	cfg := Config{DataDir: dataDir, DatabaseURL: u.String(), RedisURL: redisURL}

	ts := startServer(t, cfg)
	admin := ts.adminKey(t)
	if code, body := ts.do(t, "GET", "/ready", "", nil); code != 200 {
		t.Fatalf("/ready %d %v", code, body)
	}
	code, body := ts.do(t, "GET", "/health", "", nil)
	comp := body["components"].(map[string]any)["roles"].(map[string]any)
	if code != 200 || comp["database"] != "postgres" || comp["cache"] != "redis" {
		t.Fatalf("/health %d %v", code, body)
	}
	code, created := ts.do(t, "POST", "/api/v1/keys", admin, map[string]any{"name": "pg", "scopes": []string{"task:read"}})
	if code != 201 {
		t.Fatalf("create key %d", code)
	}

	proxy.stop()
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, body = ts.do(t, "GET", "/ready", "", nil)
		if code == 503 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/ready still %d 30 s after the database went away: %v", code, body)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if body["checks"].(map[string]any)["cache"] != "ok" {
		t.Fatalf("cache check should stay ok: %v", body)
	}
	proxy.start()
	deadline = time.Now().Add(60 * time.Second)
	for {
		if code, _ = ts.do(t, "GET", "/ready", "", nil); code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/ready did not recover after the database returned")
		}
		time.Sleep(200 * time.Millisecond)
	}

	ts.stop()
	ts = startServer(t, cfg)
	code, body = ts.do(t, "GET", "/api/v1/keys", admin, nil)
	if code != 200 {
		t.Fatalf("list after restart %d", code)
	}
	found := false
	for _, k := range body["keys"].([]any) {
		if k.(map[string]any)["id"] == created["id"] {
			found = true
		}
	}
	if !found {
		t.Fatal("key created before restart is gone")
	}
}

// tcpProxy forwards a loopback port to target and can be cut and restored.
type tcpProxy struct {
	t      *testing.T
	addr   string
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  []net.Conn
}

func newTCPProxy(t *testing.T, target string) *tcpProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &tcpProxy{t: t, addr: ln.Addr().String(), target: target}
	p.serve(ln)
	t.Cleanup(p.stop)
	return p
}

func (p *tcpProxy) start() {
	var ln net.Listener
	var err error
	for i := 0; i < 50; i++ {
		if ln, err = net.Listen("tcp", p.addr); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		p.t.Fatalf("re-listen %s: %v", p.addr, err)
	}
	p.serve(ln)
}

func (p *tcpProxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(up, c); up.Close() }()
			go func() { _, _ = io.Copy(c, up); c.Close() }()
		}
	}()
}

func (p *tcpProxy) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

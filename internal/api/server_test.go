package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/octollm/octollm/internal/api"
)

func newServer(t *testing.T, cfg api.Config) (*api.Server, *bytes.Buffer) {
	t.Helper()
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:0"
	}
	var logs bytes.Buffer
	reg := prometheus.NewRegistry()
	s, err := api.New(cfg, slog.New(slog.NewJSONHandler(&logs, nil)), reg, reg)
	if err != nil {
		t.Fatal(err)
	}
	return s, &logs
}

func decodeEnvelope(t *testing.T, body io.Reader) api.ErrorBody {
	t.Helper()
	var e api.ErrorBody
	if err := json.NewDecoder(body).Decode(&e); err != nil {
		t.Fatalf("decode error envelope: %v", err)
	}
	if e.Error.Code == "" || e.Error.Message == "" || e.RequestID == "" {
		t.Fatalf("incomplete envelope: %+v", e)
	}
	return e
}

func TestDecodeJSONErrors(t *testing.T) {
	t.Parallel()
	s, _ := newServer(t, api.Config{BodyLimit: 64})
	s.Router().Post("/echo", func(w http.ResponseWriter, r *http.Request) {
		var v struct {
			Name  string `json:"name"`
			Count int    `json:"count"`
		}
		if !api.DecodeJSON(w, r, &v) {
			return
		}
		api.WriteJSON(w, 200, v)
	})
	tests := []struct {
		name     string
		body     string
		status   int
		code     string
		contains string
	}{
		{"ok", `{"name":"a","count":2}`, 200, "", ""},
		{"syntax", `{"name": "a",, }`, 400, api.CodeInvalidJSON, "byte offset"},
		{"type", `{"count":"x"}`, 400, api.CodeInvalidJSON, `field "count"`},
		{"empty", ``, 400, api.CodeInvalidJSON, "empty"},
		{"truncated", `{"name":"a"`, 400, api.CodeInvalidJSON, "unexpected end"},
		{"trailing", `{"name":"a"} {}`, 400, api.CodeInvalidJSON, "after the JSON"},
		{"too large", `{"name":"` + strings.Repeat("x", 100) + `"}`, 413, api.CodeTooLarge, "exceeds 64 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest("POST", "/echo", strings.NewReader(tc.body))
			req.ContentLength = -1 // exercise the streaming limit, not only the header check
			s.Handler().ServeHTTP(rec, req)
			if rec.Code != tc.status {
				t.Fatalf("status = %d, want %d; body %s", rec.Code, tc.status, rec.Body)
			}
			if tc.code == "" {
				return
			}
			e := decodeEnvelope(t, rec.Body)
			if e.Error.Code != tc.code || !strings.Contains(e.Error.Message, tc.contains) {
				t.Fatalf("got %+v, want code %s containing %q", e.Error, tc.code, tc.contains)
			}
		})
	}
}

func TestRequestIDEchoedOrGenerated(t *testing.T) {
	t.Parallel()
	s, _ := newServer(t, api.Config{})
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/health", nil)
	req.Header.Set("X-Request-ID", "abc-123")
	s.Handler().ServeHTTP(rec, req)
	if got := rec.Header().Get("X-Request-ID"); got != "abc-123" {
		t.Fatalf("echoed id = %q", got)
	}
	rec = httptest.NewRecorder()
	req = httptest.NewRequest("GET", "/nope", nil)
	req.Header.Set("X-Request-ID", "bad id\nwith newline")
	s.Handler().ServeHTTP(rec, req)
	gen := rec.Header().Get("X-Request-ID")
	if gen == "" || strings.Contains(gen, " ") {
		t.Fatalf("generated id = %q", gen)
	}
	if e := decodeEnvelope(t, rec.Body); e.RequestID != gen || rec.Code != 404 {
		t.Fatalf("envelope id %q, header %q, status %d", e.RequestID, gen, rec.Code)
	}
}

func TestPanicIs500WithRequestIDLogged(t *testing.T) {
	t.Parallel()
	s, logs := newServer(t, api.Config{})
	s.Router().Get("/boom", func(http.ResponseWriter, *http.Request) { panic("kaboom") })
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/boom", nil)
	req.Header.Set("X-Request-ID", "req-panic-1")
	s.Handler().ServeHTTP(rec, req)
	if rec.Code != 500 {
		t.Fatalf("status %d", rec.Code)
	}
	if e := decodeEnvelope(t, rec.Body); e.Error.Code != api.CodeInternal {
		t.Fatalf("code %s", e.Error.Code)
	}
	if !strings.Contains(logs.String(), "req-panic-1") || !strings.Contains(logs.String(), "kaboom") {
		t.Fatalf("panic not logged with request id: %s", logs)
	}
}

func TestReadyReflectsChecks(t *testing.T) {
	t.Parallel()
	s, _ := newServer(t, api.Config{ReadyTimeout: 100 * time.Millisecond})
	var dbErr error
	s.AddCheck(api.Check{Name: "database", Check: func(context.Context) error { return dbErr }})
	s.AddCheck(api.Check{Name: "cache", Check: func(ctx context.Context) error { return nil }})
	get := func() (int, map[string]any) {
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/ready", nil))
		var body map[string]any
		_ = json.Unmarshal(rec.Body.Bytes(), &body)
		return rec.Code, body
	}
	if code, body := get(); code != 200 || body["ready"] != true {
		t.Fatalf("healthy: %d %v", code, body)
	}
	dbErr = errors.New("connection refused")
	code, body := get()
	checks := body["checks"].(map[string]any)
	if code != 503 || body["ready"] != false || !strings.Contains(checks["database"].(string), "refused") || checks["cache"] != "ok" {
		t.Fatalf("db down: %d %v", code, body)
	}
}

func TestMetricsByRoutePattern(t *testing.T) {
	t.Parallel()
	s, _ := newServer(t, api.Config{})
	s.Router().Get("/things/{id}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	for _, id := range []string{"1", "2", "3"} {
		s.Handler().ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/things/"+id, nil))
	}
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body := rec.Body.String()
	want := `octollm_http_requests_total{method="GET",route="/things/{id}",status="204"} 3`
	if !strings.Contains(body, want) {
		t.Fatalf("metrics missing %q:\n%s", want, body)
	}
	if !strings.Contains(body, "octollm_http_request_duration_seconds_bucket") {
		t.Fatal("no latency histogram")
	}
}

func TestGracefulShutdownFinishesInFlight(t *testing.T) {
	t.Parallel()
	s, _ := newServer(t, api.Config{})
	started := make(chan struct{})
	s.Router().Get("/slow", func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		_, _ = w.Write([]byte("done"))
	})
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan net.Addr, 1)
	errc := make(chan error, 1)
	go func() { errc <- s.Run(ctx, func(a net.Addr) { addrc <- a }) }()
	addr := <-addrc
	respc := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + addr.String() + "/slow")
		if err != nil {
			respc <- "error: " + err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		respc <- string(b)
	}()
	<-started
	cancel()
	if got := <-respc; got != "done" {
		t.Fatalf("in-flight request got %q", got)
	}
	if err := <-errc; err != nil {
		t.Fatalf("Run: %v", err)
	}
	if _, err := http.Get("http://" + addr.String() + "/health"); err == nil {
		t.Fatal("server still accepting after shutdown")
	}
}

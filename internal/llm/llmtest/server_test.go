package llmtest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmopenai"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

func post(t *testing.T, url string, body string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

// The fake servers reject what the real ones reject, so provider bugs show.
func TestServersRejectInvalidRequests(t *testing.T) {
	tests := []struct {
		kind   llmtest.Kind
		path   string
		body   string
		header map[string]string
		status int
		msg    string
	}{
		{llmtest.OpenAI, "/v1/chat/completions", `{"messages":[{"role":"user","content":"x"}]}`, nil, 400, "model"},
		{llmtest.OpenAI, "/v1/chat/completions", `{"model":"m","messages":[]}`, nil, 400, "messages"},
		{llmtest.OpenAI, "/v1/chat/completions", `{"model":"m","messages":[{"role":"user","content":"x"}],"response_format":{"type":"json_object"}}`, nil, 400, "json"},
		{llmtest.OpenAI, "/v1/chat/completions", `{"model":"m","messages":[{"role":"user","content":"x"}],"max_tokens":1,"max_completion_tokens":1}`, nil, 400, "max_tokens"},
		{llmtest.OpenAI, "/v1/completions", `{}`, nil, 404, "no route"},
		{llmtest.Anthropic, "/v1/messages", `{"model":"m","max_tokens":5,"messages":[{"role":"user","content":"x"}]}`, nil, 400, "anthropic-version"},
		{llmtest.Anthropic, "/v1/messages", `{"model":"m","messages":[{"role":"user","content":"x"}]}`, map[string]string{"anthropic-version": "2023-06-01"}, 400, "max_tokens"},
		{llmtest.Anthropic, "/v1/messages", `{"model":"m","max_tokens":5,"messages":[{"role":"system","content":"x"}]}`, map[string]string{"anthropic-version": "2023-06-01"}, 400, "role"},
		{llmtest.Anthropic, "/v1/messages", `{"model":"m","max_tokens":5,"temperature":1.5,"messages":[{"role":"user","content":"x"}]}`, map[string]string{"anthropic-version": "2023-06-01"}, 400, "temperature"},
		{llmtest.Ollama, "/api/chat", `{"messages":[{"role":"user","content":"x"}]}`, nil, 400, "model is required"},
		{llmtest.Ollama, "/api/chat", `{"model":"m","messages":[{"role":"user","content":"x"}],"format":"yaml"}`, nil, 400, "format"},
		{llmtest.Ollama, "/api/embed", `{"model":"m"}`, nil, 400, "input"},
	}
	for _, tc := range tests {
		t.Run(string(tc.kind)+tc.path+tc.msg, func(t *testing.T) {
			srv := llmtest.NewServer(t, tc.kind)
			base := strings.TrimSuffix(srv.URL, "/v1")
			resp, body := post(t, base+tc.path, tc.body, tc.header)
			if resp.StatusCode != tc.status || !strings.Contains(string(body), tc.msg) {
				t.Errorf("got %d %s, want %d mentioning %q", resp.StatusCode, body, tc.status, tc.msg)
			}
			if len(srv.Calls()) != 0 {
				t.Error("a rejected request was recorded as a call")
			}
		})
	}
}

func TestServerScripting(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	p, err := llmopenai.New(llmopenai.Config{BaseURL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	req := llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "what now"}}}

	srv.Enqueue(llmtest.Reply{Content: "first"}, llmtest.Reply{Content: "second"})
	if srv.Pending() != 2 {
		t.Errorf("Pending = %d", srv.Pending())
	}
	for _, want := range []string{"first", "second", "what now"} {
		resp, err := p.Chat(ctx, req)
		if err != nil || resp.Content != want {
			t.Errorf("Chat = %q, %v; want %q", resp.Content, err, want)
		}
	}
	srv.Respond(func(c llmtest.Call) llmtest.Reply { return llmtest.Reply{Content: strings.ToUpper(c.LastUser())} })
	if resp, _ := p.Chat(ctx, req); resp.Content != "WHAT NOW" {
		t.Errorf("responder reply = %q", resp.Content)
	}
	// Default usage counts words; JSON echo is valid JSON.
	srv.Respond(llmtest.Echo)
	req.JSON = true
	resp, err := p.Chat(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]string
	if err := json.Unmarshal([]byte(resp.Content), &doc); err != nil || doc["echo"] != "what now" {
		t.Errorf("JSON echo = %q (%v)", resp.Content, err)
	}
	if resp.Usage.CompletionTokens != 2 || resp.Usage.PromptTokens < 2 {
		t.Errorf("default usage = %+v", resp.Usage)
	}
	if n := len(srv.Calls()); n != 5 {
		t.Errorf("recorded %d calls, want 5", n)
	}
}

func TestServerLatencyAndRecording(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Ollama, llmtest.WithLatency(30*time.Millisecond), llmtest.WithoutRecording())
	resp, _ := post(t, srv.URL+"/api/chat", `{"model":"m","stream":false,"messages":[{"role":"user","content":"x"}]}`, nil)
	start := time.Now()
	resp, body := post(t, srv.URL+"/api/chat", `{"model":"m","stream":false,"messages":[{"role":"user","content":"x"}]}`, nil)
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Errorf("answered in %s with 30ms latency", d)
	}
	if resp.StatusCode != 200 || !bytes.Contains(body, []byte(`"done":true`)) {
		t.Errorf("got %d %s", resp.StatusCode, body)
	}
	if n := len(srv.Calls()); n != 0 {
		t.Errorf("recorded %d calls with recording off", n)
	}
}

func TestVector(t *testing.T) {
	a, b := llmtest.Vector("alpha"), llmtest.Vector("beta")
	if len(a) != llmtest.Dim {
		t.Fatalf("len = %d", len(a))
	}
	var norm, dot float64
	for i := range a {
		norm += float64(a[i]) * float64(a[i])
		dot += float64(a[i]) * float64(b[i])
	}
	if math.Abs(norm-1) > 1e-5 {
		t.Errorf("|v| = %v, want 1", math.Sqrt(norm))
	}
	if math.Abs(dot-1) < 1e-3 {
		t.Error("different texts gave the same vector")
	}
	if c := llmtest.Vector("alpha"); !equal(a, c) {
		t.Error("Vector is not deterministic")
	}
}

func equal(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestAPIKeyCheck(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithAPIKey("good"))
	bad, _ := llmopenai.New(llmopenai.Config{BaseURL: srv.URL, APIKey: "bad"})
	_, err := bad.Embed(context.Background(), "", []string{"x"})
	if !errors.Is(err, llm.ErrUnauthorized) {
		t.Errorf("err = %v, want ErrUnauthorized", err)
	}
}

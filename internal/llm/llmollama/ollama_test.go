package llmollama_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmollama"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

func newProvider(tb testing.TB, baseURL string) llm.Provider {
	tb.Helper()
	p, err := llmollama.New(llmollama.Config{BaseURL: baseURL})
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return p
}

func TestConformance(t *testing.T) {
	llmtest.RunProviderSuite(t, llmtest.Ollama, newProvider)
}

func TestConfig(t *testing.T) {
	if _, err := llmollama.New(llmollama.Config{}); err != nil {
		t.Errorf("New with defaults: %v", err)
	}
	if _, err := llmollama.New(llmollama.Config{BaseURL: "http://127.0.0.1:11434/v1"}); err == nil || !strings.Contains(err.Error(), "openai") {
		t.Errorf("New with the /v1 endpoint: err = %v, want advice to use the openai provider", err)
	}
}

// TestWire checks the Ollama-specific fields: stream always sent (Ollama
// streams by default), options, keep_alive and format.
func TestWire(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Ollama)
	p, err := llmollama.New(llmollama.Config{BaseURL: srv.URL, Model: "qwen2.5:0.5b", KeepAlive: "10m"})
	if err != nil {
		t.Fatal(err)
	}
	req := llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "hi"}}, Temperature: llm.Temperature(0), MaxTokens: 5}
	if _, err := p.Chat(context.Background(), req); err != nil {
		t.Fatalf("Chat: %v", err)
	}
	var body map[string]any
	if err := json.Unmarshal(srv.LastCall(t).Body, &body); err != nil {
		t.Fatal(err)
	}
	if body["stream"] != false {
		t.Errorf("stream = %v, want an explicit false", body["stream"])
	}
	opts, _ := body["options"].(map[string]any)
	if opts["temperature"] != float64(0) || opts["num_predict"] != float64(5) {
		t.Errorf("options = %v, want temperature 0 and num_predict 5", opts)
	}
	if body["keep_alive"] != "10m" || body["model"] != "qwen2.5:0.5b" {
		t.Errorf("keep_alive=%v model=%v", body["keep_alive"], body["model"])
	}
	req.JSON = true
	if _, err := p.Chat(context.Background(), req); err != nil {
		t.Fatalf("Chat JSON: %v", err)
	}
	if err := json.Unmarshal(srv.LastCall(t).Body, &body); err != nil {
		t.Fatal(err)
	}
	if body["format"] != "json" {
		t.Errorf("format = %v, want \"json\"", body["format"])
	}
}

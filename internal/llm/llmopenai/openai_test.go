package llmopenai_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmopenai"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

func newProvider(tb testing.TB, baseURL string) llm.Provider {
	tb.Helper()
	p, err := llmopenai.New(llmopenai.Config{BaseURL: baseURL, APIKey: "sk-test"})
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return p
}

func TestConformance(t *testing.T) {
	llmtest.RunProviderSuite(t, llmtest.OpenAI, newProvider)
}

func TestConfig(t *testing.T) {
	tests := []struct {
		name    string
		cfg     llmopenai.Config
		wantErr string
	}{
		{"openai needs a key", llmopenai.Config{}, "API key"},
		{"local server needs none", llmopenai.Config{BaseURL: "http://127.0.0.1:8000/v1"}, ""},
		{"relative URL", llmopenai.Config{BaseURL: "/v1"}, "absolute"},
		{"bad scheme", llmopenai.Config{BaseURL: "ftp://x/v1"}, "absolute"},
		{"bad max tokens field", llmopenai.Config{BaseURL: "http://127.0.0.1/v1", MaxTokensField: "n"}, "max tokens field"},
		{"openai with key", llmopenai.Config{APIKey: "sk-x"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := llmopenai.New(tc.cfg)
			if tc.wantErr == "" && err != nil {
				t.Fatalf("New: %v", err)
			}
			if tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("New: err = %v, want one mentioning %q", err, tc.wantErr)
			}
		})
	}
}

// TestWire checks details the neutral suite cannot see: headers, the JSON
// hint OpenAI demands, the max tokens field and stream options.
func TestWire(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithAPIKey("sk-right"))
	p, err := llmopenai.New(llmopenai.Config{BaseURL: srv.URL, APIKey: "sk-right", Organization: "org-1", Model: "local-model", MaxTokensField: "max_completion_tokens"})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	req := llm.Request{System: "You plan.", Messages: []llm.Message{{Role: llm.RoleUser, Content: "Plan a trip."}}, JSON: true, MaxTokens: 9}
	if _, err := p.Chat(ctx, req); err != nil {
		t.Fatalf("Chat: %v", err)
	}
	call := srv.LastCall(t)
	if got := call.Header.Get("OpenAI-Organization"); got != "org-1" {
		t.Errorf("organization header = %q", got)
	}
	if !strings.Contains(call.Chat.System, "JSON") || !strings.HasPrefix(call.Chat.System, "You plan.") {
		t.Errorf("system prompt %q lacks the JSON hint OpenAI requires", call.Chat.System)
	}
	var body map[string]any
	if err := json.Unmarshal(call.Body, &body); err != nil {
		t.Fatal(err)
	}
	if body["max_completion_tokens"] != float64(9) || body["max_tokens"] != nil {
		t.Errorf("max tokens sent as %v / %v, want max_completion_tokens=9 only", body["max_completion_tokens"], body["max_tokens"])
	}
	if body["model"] != "local-model" {
		t.Errorf("model = %v, want the configured default", body["model"])
	}

	if _, err := p.ChatStream(ctx, llm.Request{Messages: req.Messages}, func(llm.Delta) error { return nil }); err != nil {
		t.Fatalf("ChatStream: %v", err)
	}
	if err := json.Unmarshal(srv.LastCall(t).Body, &body); err != nil {
		t.Fatal(err)
	}
	so, _ := body["stream_options"].(map[string]any)
	if so["include_usage"] != true {
		t.Errorf("stream_options = %v, want include_usage so streams report tokens", body["stream_options"])
	}

	wrong, _ := llmopenai.New(llmopenai.Config{BaseURL: srv.URL, APIKey: "sk-wrong"})
	if _, err := wrong.Chat(ctx, req); !errors.Is(err, llm.ErrUnauthorized) {
		t.Errorf("wrong key: err = %v, want ErrUnauthorized", err)
	}
}

func TestReasoningModelsGetNoTemperature(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	p, err := llmopenai.New(llmopenai.Config{BaseURL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	for model, keep := range map[string]bool{"o3-mini": false, "gpt-5-mini": false, "o1": false, "gpt-5-chat-latest": true, "gpt-4o": true, "o1x": true} {
		req := llm.Request{Model: model, Temperature: llm.Temperature(0.3), Messages: []llm.Message{{Role: llm.RoleUser, Content: "x"}}}
		if _, err := p.Chat(context.Background(), req); err != nil {
			t.Fatal(err)
		}
		if got := srv.LastCall(t).Chat.Temperature != nil; got != keep {
			t.Errorf("%s: temperature sent = %v, want %v", model, got, keep)
		}
	}
}

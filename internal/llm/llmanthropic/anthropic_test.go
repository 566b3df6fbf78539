package llmanthropic_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmanthropic"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

func newProvider(tb testing.TB, baseURL string) llm.Provider {
	tb.Helper()
	p, err := llmanthropic.New(llmanthropic.Config{BaseURL: baseURL, APIKey: "sk-ant-test"})
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return p
}

func TestConformance(t *testing.T) {
	llmtest.RunProviderSuite(t, llmtest.Anthropic, newProvider)
}

func TestConfig(t *testing.T) {
	if _, err := llmanthropic.New(llmanthropic.Config{}); err == nil || !strings.Contains(err.Error(), "ANTHROPIC_API_KEY") {
		t.Errorf("New without key for api.anthropic.com: err = %v", err)
	}
	if _, err := llmanthropic.New(llmanthropic.Config{BaseURL: "127.0.0.1:9"}); err == nil {
		t.Error("New accepted a base URL without scheme")
	}
	if _, err := llmanthropic.New(llmanthropic.Config{BaseURL: "http://127.0.0.1:9/v1/"}); err != nil {
		t.Errorf("New with a /v1 suffix: %v", err)
	}
}

// TestWire checks what the neutral suite cannot see: authentication and
// version headers, the default max_tokens, and JSON mode as a forced tool.
func TestWire(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Anthropic, llmtest.WithAPIKey("sk-ant-right"))
	p, err := llmanthropic.New(llmanthropic.Config{BaseURL: srv.URL + "/v1", APIKey: "sk-ant-right", Model: "claude-test"})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	req := llm.Request{
		System:   "First rule.",
		Messages: []llm.Message{{Role: llm.RoleSystem, Content: "Second rule."}, {Role: llm.RoleUser, Content: "Answer."}},
		JSON:     true,
	}
	srv.Enqueue(llmtest.Reply{Content: `{"ok":true}`})
	resp, err := p.Chat(ctx, req)
	if err != nil {
		t.Fatalf("Chat: %v", err)
	}
	if resp.Content != `{"ok":true}` {
		t.Errorf("content = %q", resp.Content)
	}
	call := srv.LastCall(t)
	if v := call.Header.Get("anthropic-version"); v != llmanthropic.APIVersion {
		t.Errorf("anthropic-version = %q", v)
	}
	if call.Chat.System != "First rule.\n\nSecond rule." {
		t.Errorf("system = %q, want both rules folded in", call.Chat.System)
	}
	if call.Chat.MaxTokens != llm.DefaultMaxTokens {
		t.Errorf("max_tokens = %d, want the default %d", call.Chat.MaxTokens, llm.DefaultMaxTokens)
	}
	var body struct {
		ToolChoice struct{ Type, Name string } `json:"tool_choice"`
		Tools      []struct {
			Name        string          `json:"name"`
			InputSchema json.RawMessage `json:"input_schema"`
		} `json:"tools"`
	}
	if err := json.Unmarshal(call.Body, &body); err != nil {
		t.Fatal(err)
	}
	if len(body.Tools) != 1 || body.ToolChoice.Type != "tool" || body.ToolChoice.Name != body.Tools[0].Name {
		t.Errorf("JSON mode sent tools=%+v tool_choice=%+v, want one forced tool", body.Tools, body.ToolChoice)
	}

	// A model that answers text instead of the forced tool breaks the JSON
	// contract: the caller must see a bad response, not prose.
	srv.Enqueue(llmtest.Reply{Content: "not json at all"})
	if _, err := p.Chat(ctx, req); !errors.Is(err, llm.ErrBadResponse) {
		t.Errorf("text reply in JSON mode: err = %v, want ErrBadResponse", err)
	}

	wrong, _ := llmanthropic.New(llmanthropic.Config{BaseURL: srv.URL, APIKey: "sk-ant-wrong"})
	if _, err := wrong.Chat(ctx, req); !errors.Is(err, llm.ErrUnauthorized) {
		t.Errorf("wrong key: err = %v, want ErrUnauthorized", err)
	}
}

func TestTemperatureClamped(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Anthropic)
	p := newProvider(t, srv.URL)
	req := llm.Request{Temperature: llm.Temperature(1.4), Messages: []llm.Message{{Role: llm.RoleUser, Content: "x"}}}
	if _, err := p.Chat(context.Background(), req); err != nil {
		t.Fatalf("Chat with an OpenAI-range temperature: %v", err)
	}
	if got := srv.LastCall(t).Chat.Temperature; got == nil || *got != 1 {
		t.Errorf("temperature = %v, want 1", got)
	}
}

package llmopen_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmopen"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func fromEnv(t *testing.T, m map[string]string) llmopen.Config {
	t.Helper()
	var cfg llmopen.Config
	if err := cfg.ApplyEnv(env(m)); err != nil {
		t.Fatalf("ApplyEnv: %v", err)
	}
	cfg.Retry.Sleep = func(context.Context, time.Duration) error { return nil }
	return cfg
}

func user(text string, tier llm.Tier) llm.Request {
	return llm.Request{Tier: tier, Messages: []llm.Message{{Role: llm.RoleUser, Content: text}}}
}

func TestNotConfigured(t *testing.T) {
	for name, vars := range map[string]map[string]string{
		"nothing":            {},
		"explicit none":      {"OCTOLLM_LLM_PROVIDER": "none", "OPENAI_API_KEY": "sk-x"},
		"explicitly off":     {"OCTOLLM_LLM_PROVIDER": "off"},
		"only a small model": {"OCTOLLM_LLM_SMALL_MODEL": "x"},
	} {
		t.Run(name, func(t *testing.T) {
			p, err := llmopen.New(fromEnv(t, vars), nil)
			if p != nil || !errors.Is(err, llm.ErrNotConfigured) {
				t.Errorf("New = %v, %v; want nil, ErrNotConfigured", p, err)
			}
			if err != nil && !strings.Contains(err.Error(), "OCTOLLM_LLM_PROVIDER") {
				t.Errorf("error %q does not say how to configure a provider", err)
			}
		})
	}
}

func TestOpenAIFromKey(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithAPIKey("sk-secret"))
	cfg := fromEnv(t, map[string]string{"OPENAI_API_KEY": "sk-secret", "OPENAI_BASE_URL": srv.URL})
	if cfg.PrimaryName() != llmopen.OpenAI {
		t.Fatalf("PrimaryName = %q", cfg.PrimaryName())
	}
	p, err := llmopen.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	for tier, want := range map[llm.Tier]string{llm.TierDefault: "gpt-4o-mini", llm.TierSmall: "gpt-4o-mini", llm.TierLarge: "gpt-4o"} {
		if _, err := p.Chat(context.Background(), user("hi", tier)); err != nil {
			t.Fatalf("Chat: %v", err)
		}
		if got := srv.LastCall(t).Chat.Model; got != want {
			t.Errorf("tier %q reached model %q, want %q", tier, got, want)
		}
	}
	if m := cfg.Models(); m != (llm.Models{Default: "gpt-4o-mini", Small: "gpt-4o-mini", Large: "gpt-4o"}) {
		t.Errorf("Models = %+v", m)
	}
}

func TestCompatibleServerWithOneModel(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	cfg := fromEnv(t, map[string]string{"OCTOLLM_LLM_BASE_URL": srv.URL, "OCTOLLM_LLM_MODEL": "qwen2.5-7b-instruct"})
	p, err := llmopen.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Chat(context.Background(), user("hi", llm.TierLarge)); err != nil {
		t.Fatal(err)
	}
	if got := srv.LastCall(t).Chat.Model; got != "qwen2.5-7b-instruct" {
		t.Errorf("large tier reached %q; a lone model must serve every tier", got)
	}
	if h := srv.LastCall(t).Header.Get("Authorization"); h != "" {
		t.Errorf("sent Authorization %q without a key", h)
	}
}

func TestOllamaHostWithoutScheme(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Ollama)
	cfg := fromEnv(t, map[string]string{
		"OCTOLLM_LLM_PROVIDER": "ollama", "OLLAMA_HOST": strings.TrimPrefix(srv.URL, "http://"),
		"OCTOLLM_LLM_SMALL_MODEL": "qwen2.5:0.5b", "OCTOLLM_LLM_LARGE_MODEL": "qwen2.5:14b",
	})
	p, err := llmopen.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Chat(context.Background(), user("hi", llm.TierSmall)); err != nil {
		t.Fatal(err)
	}
	if got := srv.LastCall(t).Chat.Model; got != "qwen2.5:0.5b" {
		t.Errorf("small tier reached %q", got)
	}
	vecs, err := p.Embed(context.Background(), "", []string{"x"})
	if err != nil || len(vecs) != 1 || srv.LastCall(t).Embed.Model != "nomic-embed-text" {
		t.Errorf("Embed = %v, %v", vecs, err)
	}
}

func TestFallbackChain(t *testing.T) {
	primary := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(func(llmtest.Call) llmtest.Reply {
		return llmtest.Reply{Status: 503}
	}))
	backup := llmtest.NewServer(t, llmtest.Anthropic, llmtest.WithAPIKey("sk-ant"))
	cfg := fromEnv(t, map[string]string{
		"OCTOLLM_LLM_PROVIDER": "openai", "OCTOLLM_LLM_BASE_URL": primary.URL, "OCTOLLM_LLM_MODEL": "local",
		"OCTOLLM_LLM_FALLBACK": "anthropic, openai, none", "ANTHROPIC_API_KEY": "sk-ant", "ANTHROPIC_BASE_URL": backup.URL,
		"OCTOLLM_LLM_MAX_ATTEMPTS": "2",
	})
	p, err := llmopen.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name() != "chain(openai,anthropic)" {
		t.Errorf("Name = %q", p.Name())
	}
	resp, err := p.Chat(context.Background(), user("hello", llm.TierLarge))
	if err != nil || resp.Provider != "anthropic" || resp.Content != "hello" {
		t.Fatalf("Chat = %+v, %v", resp, err)
	}
	if n := len(primary.Calls()); n != 2 {
		t.Errorf("primary tried %d times, want 2 (OCTOLLM_LLM_MAX_ATTEMPTS)", n)
	}
	if got := backup.LastCall(t).Chat.Model; got != "claude-sonnet-4-5" {
		t.Errorf("fallback large tier = %q; the primary's model override must not leak into it", got)
	}
}

func TestInvalidConfig(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"unknown provider", map[string]string{"OCTOLLM_LLM_PROVIDER": "gemini"}, "use openai, anthropic, ollama or none"},
		{"anthropic without key", map[string]string{"OCTOLLM_LLM_PROVIDER": "anthropic"}, "ANTHROPIC_API_KEY"},
		{"openai without key", map[string]string{"OCTOLLM_LLM_PROVIDER": "openai"}, "OPENAI_API_KEY"},
		{"bad fallback", map[string]string{"OCTOLLM_LLM_PROVIDER": "ollama", "OCTOLLM_LLM_FALLBACK": "anthropic"}, "llm fallback anthropic"},
		{"bad base URL", map[string]string{"OCTOLLM_LLM_PROVIDER": "ollama", "OCTOLLM_LLM_BASE_URL": "localhost"}, "absolute"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := llmopen.New(fromEnv(t, tc.env), nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) || errors.Is(err, llm.ErrNotConfigured) {
				t.Errorf("err = %v, want one mentioning %q", err, tc.want)
			}
		})
	}
	var cfg llmopen.Config
	if err := cfg.ApplyEnv(env(map[string]string{"OCTOLLM_LLM_TIMEOUT": "soon"})); err == nil || !strings.Contains(err.Error(), "OCTOLLM_LLM_TIMEOUT") {
		t.Errorf("ApplyEnv bad timeout: %v", err)
	}
	if err := cfg.ApplyEnv(env(map[string]string{"OCTOLLM_LLM_MAX_ATTEMPTS": "0"})); err == nil {
		t.Error("ApplyEnv accepted 0 attempts")
	}
	if err := cfg.ApplyEnv(env(map[string]string{"OCTOLLM_LLM_TIMEOUT": "90s"})); err != nil || cfg.Retry.Timeout != 90*time.Second {
		t.Errorf("ApplyEnv timeout: %v, %s", err, cfg.Retry.Timeout)
	}
}

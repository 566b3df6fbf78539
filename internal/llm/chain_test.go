package llm_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

// failing is a Provider that fails every call with err.
type failing struct {
	name string
	err  error
}

func (f failing) Name() string { return f.name }
func (f failing) Chat(context.Context, llm.Request) (llm.Response, error) {
	return llm.Response{}, f.err
}
func (f failing) ChatStream(context.Context, llm.Request, func(llm.Delta) error) (llm.Response, error) {
	return llm.Response{}, f.err
}
func (f failing) Embed(context.Context, string, []string) ([][]float32, error) { return nil, f.err }

func TestChainFallsBack(t *testing.T) {
	t.Parallel()
	primary := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(func(llmtest.Call) llmtest.Reply {
		return llmtest.Reply{Status: 503}
	}))
	second := llmtest.NewServer(t, llmtest.Anthropic)
	chain, err := llm.NewChain(nil,
		llm.NewRouter(openaiOn(t, primary), llm.Models{Default: "gpt-4o-mini", Large: "gpt-4o"}),
		llm.NewRouter(anthropicOn(t, second), llm.Models{Default: "claude-haiku-4-5", Large: "claude-sonnet-4-5"}),
	)
	if err != nil {
		t.Fatal(err)
	}
	if chain.Name() != "chain(openai,anthropic)" {
		t.Errorf("Name = %q", chain.Name())
	}
	req := user("hello")
	req.Tier = llm.TierLarge
	resp, err := chain.Chat(context.Background(), req)
	if err != nil || resp.Content != "hello" || resp.Provider != "anthropic" {
		t.Fatalf("Chat = %+v, %v; want the fallback's answer", resp, err)
	}
	if m := primary.LastCall(t).Chat.Model; m != "gpt-4o" {
		t.Errorf("primary saw model %q, want its large tier", m)
	}
	if m := second.LastCall(t).Chat.Model; m != "claude-sonnet-4-5" {
		t.Errorf("fallback saw model %q, want its own large tier", m)
	}

	// An explicit model is provider-specific: it reaches the primary only.
	req.Model = "gpt-4.1"
	if _, err := chain.Chat(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	if m := primary.LastCall(t).Chat.Model; m != "gpt-4.1" {
		t.Errorf("primary saw model %q, want the explicit one", m)
	}
	if m := second.LastCall(t).Chat.Model; m != "claude-sonnet-4-5" {
		t.Errorf("fallback saw model %q, want its tier model instead of the primary's name", m)
	}

	var got strings.Builder
	resp, err = chain.ChatStream(context.Background(), user("streamed"), func(d llm.Delta) error { got.WriteString(d.Content); return nil })
	if err != nil || got.String() != "streamed" || resp.Provider != "anthropic" {
		t.Errorf("ChatStream = %q (%+v), %v", got.String(), resp, err)
	}
}

func TestChainAllFail(t *testing.T) {
	t.Parallel()
	chain, _ := llm.NewChain(nil,
		failing{"a", &llm.APIError{Provider: "a", Status: 503}},
		failing{"b", &llm.APIError{Provider: "b", Status: 429}},
	)
	_, err := chain.Chat(context.Background(), user("x"))
	if !errors.Is(err, llm.ErrUnavailable) || !errors.Is(err, llm.ErrRateLimited) {
		t.Errorf("err = %v, want both providers' errors", err)
	}
	if _, err := llm.NewChain(nil); err == nil {
		t.Error("NewChain accepted no providers")
	}
}

func TestChainStopsOnFinalErrors(t *testing.T) {
	t.Parallel()
	t.Run("budget", func(t *testing.T) {
		t.Parallel()
		backup := llmtest.NewServer(t, llmtest.Ollama)
		chain, _ := llm.NewChain(nil, failing{"a", llm.ErrBudgetExceeded}, ollamaOn(t, backup))
		if _, err := chain.Chat(context.Background(), user("x")); !errors.Is(err, llm.ErrBudgetExceeded) {
			t.Errorf("err = %v", err)
		}
		if n := len(backup.Calls()); n != 0 {
			t.Errorf("fell back %d times after the budget ran out", n)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		t.Parallel()
		backup := llmtest.NewServer(t, llmtest.Ollama)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		chain, _ := llm.NewChain(nil, failing{"a", context.Canceled}, ollamaOn(t, backup))
		if _, err := chain.Chat(ctx, user("x")); !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v", err)
		}
		if n := len(backup.Calls()); n != 0 {
			t.Errorf("fell back %d times after the caller gave up", n)
		}
	})
	t.Run("stream already delivered", func(t *testing.T) {
		t.Parallel()
		primary := llmtest.NewServer(t, llmtest.OpenAI)
		primary.Enqueue(llmtest.Reply{Content: "half said", Chunks: []string{"half", " said"}, Truncate: true})
		backup := llmtest.NewServer(t, llmtest.Ollama)
		chain, _ := llm.NewChain(nil, openaiOn(t, primary), ollamaOn(t, backup))
		var got strings.Builder
		_, err := chain.ChatStream(context.Background(), user("x"), func(d llm.Delta) error { got.WriteString(d.Content); return nil })
		if !errors.Is(err, llm.ErrUnavailable) || got.String() != "half" {
			t.Errorf("err = %v, text %q", err, got.String())
		}
		if n := len(backup.Calls()); n != 0 {
			t.Errorf("fell back after text reached the caller")
		}
	})
}

func TestChainEmbedDoesNotMixModels(t *testing.T) {
	t.Parallel()
	first := llmtest.NewServer(t, llmtest.Anthropic) // no embeddings: skipped
	second := llmtest.NewServer(t, llmtest.Ollama)
	third := llmtest.NewServer(t, llmtest.OpenAI)
	chain, _ := llm.NewChain(nil, anthropicOn(t, first), ollamaOn(t, second), openaiOn(t, third))
	vecs, err := chain.Embed(context.Background(), "", []string{"a"})
	if err != nil || len(vecs) != 1 {
		t.Fatalf("Embed = %v, %v", vecs, err)
	}
	second.Enqueue(llmtest.Reply{Status: 503})
	if _, err := chain.Embed(context.Background(), "", []string{"a"}); !errors.Is(err, llm.ErrUnavailable) {
		t.Errorf("err = %v, want the embedding provider's error", err)
	}
	if n := len(third.Calls()); n != 0 {
		t.Errorf("embeddings fell back to another model (%d calls)", n)
	}
	only, _ := llm.NewChain(nil, anthropicOn(t, first))
	if _, err := only.Embed(context.Background(), "", []string{"a"}); !errors.Is(err, llm.ErrUnsupported) {
		t.Errorf("err = %v, want ErrUnsupported", err)
	}
}

func TestRouterTiers(t *testing.T) {
	t.Parallel()
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	models := llm.Models{Default: "mid", Small: "tiny", Large: "huge"}
	r := llm.NewRouter(openaiOn(t, srv), models)
	tests := []struct {
		tier  llm.Tier
		model string
		want  string
	}{
		{llm.TierDefault, "", "mid"},
		{llm.TierSmall, "", "tiny"},
		{llm.TierLarge, "", "huge"},
		{llm.Tier("unknown"), "", "mid"},
		{llm.TierSmall, "explicit", "explicit"},
	}
	for _, tc := range tests {
		req := user("x")
		req.Tier, req.Model = tc.tier, tc.model
		if _, err := r.Chat(context.Background(), req); err != nil {
			t.Fatal(err)
		}
		if got := srv.LastCall(t).Chat.Model; got != tc.want {
			t.Errorf("tier %q model %q: server saw %q, want %q", tc.tier, tc.model, got, tc.want)
		}
		if got := llm.ResolveModel(llm.WithRetry(r, llm.RetryConfig{}), req); got != tc.want {
			t.Errorf("ResolveModel through a Retrier = %q, want %q", got, tc.want)
		}
	}
	if got := (llm.Models{Default: "d"}).For(llm.TierSmall); got != "d" {
		t.Errorf("empty small tier resolved to %q, want the default", got)
	}
}

package llm_test

import (
	"context"
	"errors"
	"math"
	"sync"
	"testing"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

func TestPrices(t *testing.T) {
	t.Parallel()
	tests := []struct {
		model   string
		in, out float64
		ok      bool
	}{
		{"gpt-4o", 2.5, 10, true},
		{"gpt-4o-2024-08-06", 2.5, 10, true},
		{"gpt-4o-mini-2024-07-18", 0.15, 0.6, true},
		{"GPT-4.1-mini", 0.4, 1.6, true},
		{"openai/gpt-4.1-nano", 0.1, 0.4, true},
		{"gpt-4-0613", 30, 60, true},
		{"gpt-4-turbo-2024-04-09", 10, 30, true},
		{"o3-mini-2025-01-31", 1.1, 4.4, true},
		{"claude-sonnet-4-5-20250929", 3, 15, true},
		{"claude-opus-4-5", 5, 25, true},
		{"claude-opus-4-20250514", 15, 75, true},
		{"claude-3-5-haiku-latest", 0.8, 4, true},
		{"gpt-4omni", 0, 0, false}, // a prefix must end at a separator
		{"llama3.2:3b", 0, 0, false},
		{"", 0, 0, false},
	}
	for _, tc := range tests {
		p, ok := llm.PriceOf(tc.model)
		if ok != tc.ok || p.Input != tc.in || p.Output != tc.out {
			t.Errorf("PriceOf(%q) = %+v, %v; want {%v %v}, %v", tc.model, p, ok, tc.in, tc.out, tc.ok)
		}
	}
	if c := llm.Cost("gpt-4o", llm.Usage{PromptTokens: 1_000_000, CompletionTokens: 500_000}); math.Abs(c-7.5) > 1e-9 {
		t.Errorf("Cost = %v, want 7.5", c)
	}
	if c := llm.Cost("qwen2.5:7b", llm.Usage{PromptTokens: 1e6, CompletionTokens: 1e6}); c != 0 {
		t.Errorf("local model cost %v, want 0", c)
	}
	custom := llm.DefaultPrices()
	custom["qwen2.5"] = llm.Price{Input: 1, Output: 2}
	if c := custom.Cost("qwen2.5:7b", llm.Usage{PromptTokens: 1e6, CompletionTokens: 1e6}); c != 3 {
		t.Errorf("custom price cost %v, want 3", c)
	}
	if _, ok := llm.PriceOf("qwen2.5"); ok {
		t.Error("editing a DefaultPrices copy changed the built-in table")
	}
}

func TestBudgetReserve(t *testing.T) {
	t.Parallel()
	b := llm.NewBudget(llm.Limits{MaxTokens: 100}, nil)
	capTokens, settle, err := b.Reserve("local", 30, 0)
	if err != nil || capTokens != 70 {
		t.Fatalf("Reserve = %d, %v; want a 70-token cap", capTokens, err)
	}
	// The first call's worst case is booked: nothing is left for another.
	if _, _, err := b.Reserve("local", 10, 0); !errors.Is(err, llm.ErrBudgetExceeded) {
		t.Errorf("second Reserve: err = %v, want ErrBudgetExceeded", err)
	}
	settle("", llm.Usage{PromptTokens: 30, CompletionTokens: 20})
	settle("", llm.Usage{PromptTokens: 30, CompletionTokens: 20}) // settling twice counts once
	if u, _ := b.Used(); u.Total() != 50 {
		t.Errorf("used %d tokens, want 50", u.Total())
	}
	capTokens, settle, err = b.Reserve("local", 10, 25)
	if err != nil || capTokens != 25 {
		t.Errorf("Reserve with a smaller asked cap = %d, %v; want 25", capTokens, err)
	}
	settle("", llm.Usage{})
	if err := b.Charge("local", llm.Usage{PromptTokens: 60}); !errors.Is(err, llm.ErrBudgetExceeded) {
		t.Errorf("Charge over the limit: err = %v", err)
	}
	if err := b.Exceeded(); !errors.Is(err, llm.ErrBudgetExceeded) {
		t.Errorf("Exceeded = %v", err)
	}
}

func TestBudgetCost(t *testing.T) {
	t.Parallel()
	// gpt-4o: $2.50 in, $10 out per 1M. 100 prompt tokens cost $0.00025,
	// leaving $0.00075 = 75 output tokens.
	b := llm.NewBudget(llm.Limits{MaxCostUSD: 0.001}, nil)
	capTokens, settle, err := b.Reserve("gpt-4o", 100, 0)
	if err != nil || capTokens != 75 {
		t.Fatalf("Reserve = %d, %v; want 75", capTokens, err)
	}
	settle("gpt-4o", llm.Usage{PromptTokens: 100, CompletionTokens: 75})
	if _, cost := b.Used(); math.Abs(cost-0.001) > 1e-12 {
		t.Errorf("cost = %v, want 0.001", cost)
	}
	if _, _, err := b.Reserve("gpt-4o", 1, 0); !errors.Is(err, llm.ErrBudgetExceeded) {
		t.Errorf("Reserve with no money left: err = %v", err)
	}
	// Local models cost nothing and stay allowed under a cost limit.
	if capTokens, _, err := b.Reserve("llama3.2", 100, 0); err != nil || capTokens != llm.DefaultMaxTokens {
		t.Errorf("local model under a spent cost budget: %d, %v", capTokens, err)
	}
	// No limits: the request passes unchanged.
	free := llm.NewBudget(llm.Limits{}, nil)
	if capTokens, _, err := free.Reserve("gpt-4o", 1e6, 0); err != nil || capTokens != 0 {
		t.Errorf("unlimited budget: %d, %v; want the request unchanged", capTokens, err)
	}
}

func TestBudgetConcurrent(t *testing.T) {
	t.Parallel()
	b := llm.NewBudget(llm.Limits{MaxTokens: 1_000_000}, nil)
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, settle, err := b.Reserve("x", 10, 5)
			if err != nil {
				t.Error(err)
				return
			}
			settle("", llm.Usage{PromptTokens: 10, CompletionTokens: 5})
		}()
	}
	wg.Wait()
	if u, _ := b.Used(); u.Total() != 750 {
		t.Errorf("used %d, want 750", u.Total())
	}
}

func TestWithBudget(t *testing.T) {
	t.Parallel()
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	counter := llm.NewTokenCounter()
	b := llm.NewBudget(llm.Limits{MaxTokens: 300}, nil)
	p := llm.WithBudget(llm.NewRouter(openaiOn(t, srv), llm.Models{Default: "gpt-4o-mini"}), b, counter)
	req := user("hello there")
	prompt := counter.CountRequest("gpt-4o-mini", req)

	srv.Enqueue(llmtest.Reply{Content: "hi", Usage: &llm.Usage{PromptTokens: 20, CompletionTokens: 80}})
	if _, err := p.Chat(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	if got, want := srv.LastCall(t).Chat.MaxTokens, 300-prompt; got != want {
		t.Errorf("server saw max_tokens %d, want the %d tokens left", got, want)
	}
	if u, _ := b.Used(); u != (llm.Usage{PromptTokens: 20, CompletionTokens: 80}) {
		t.Errorf("charged %+v, want the reported usage", u)
	}

	// A server that reports no usage is charged an estimate, not nothing.
	srv.Enqueue(llmtest.Reply{Content: "some words in reply", Usage: &llm.Usage{}})
	if _, err := p.ChatStream(context.Background(), req, func(llm.Delta) error { return nil }); err != nil {
		t.Fatal(err)
	}
	u, _ := b.Used()
	if want := 100 + prompt + counter.Count("gpt-4o-mini", "some words in reply"); u.Total() != want {
		t.Errorf("used %d after an unreported call, want %d", u.Total(), want)
	}

	// Spend the rest; the next call must not reach the server.
	if err := b.Charge("gpt-4o-mini", llm.Usage{PromptTokens: 300 - u.Total()}); err != nil {
		t.Fatal(err)
	}
	calls := len(srv.Calls())
	if _, err := p.Chat(context.Background(), req); !errors.Is(err, llm.ErrBudgetExceeded) {
		t.Errorf("err = %v, want ErrBudgetExceeded", err)
	}
	if _, err := p.Embed(context.Background(), "", []string{"x"}); !errors.Is(err, llm.ErrBudgetExceeded) {
		t.Errorf("Embed: err = %v, want ErrBudgetExceeded", err)
	}
	if len(srv.Calls()) != calls {
		t.Error("a call over budget reached the provider")
	}
}

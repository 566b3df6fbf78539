package llm_test

import (
	"context"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmopen"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

// Benchmarks run the real provider code against the zero-latency fake
// servers on loopback, so they measure the client, the HTTP round trip and
// the fake's encoding — the floor a local model server adds to a task.

var benchProviders = []struct {
	kind llmtest.Kind
	new  func(testing.TB, *llmtest.Server) llm.Provider
}{
	{llmtest.OpenAI, openaiOn},
	{llmtest.Anthropic, anthropicOn},
	{llmtest.Ollama, ollamaOn},
}

func benchReq() llm.Request {
	return llm.Request{System: "You are a planner.", Messages: []llm.Message{{Role: llm.RoleUser, Content: "Echo 'Hello OctoLLM' and count the files in /tmp."}}}
}

func BenchmarkChat(b *testing.B) {
	for _, bp := range benchProviders {
		b.Run(string(bp.kind), func(b *testing.B) {
			srv := llmtest.NewServer(b, bp.kind, llmtest.WithoutRecording())
			p := bp.new(b, srv)
			req := benchReq()
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := p.Chat(context.Background(), req); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

func BenchmarkChatStream(b *testing.B) {
	for _, bp := range benchProviders {
		b.Run(string(bp.kind), func(b *testing.B) {
			srv := llmtest.NewServer(b, bp.kind, llmtest.WithoutRecording())
			p := bp.new(b, srv)
			req := benchReq()
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := p.ChatStream(context.Background(), req, func(llm.Delta) error { return nil }); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

// BenchmarkStack is what the orchestrator calls: llmopen's provider (tiers,
// retries) behind a per-task budget with token counting.
func BenchmarkStack(b *testing.B) {
	srv := llmtest.NewServer(b, llmtest.OpenAI, llmtest.WithoutRecording())
	p, err := llmopen.New(llmopen.Config{Provider: "openai", BaseURL: srv.URL}, nil)
	if err != nil {
		b.Fatal(err)
	}
	counter := llm.NewTokenCounter()
	counter.Count("gpt-4o-mini", "warm up")
	req := benchReq()
	req.Tier = llm.TierSmall
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			task := llm.WithBudget(p, llm.NewBudget(llm.Limits{MaxTokens: 10_000, MaxCostUSD: 1}, nil), counter)
			if _, err := task.Chat(context.Background(), req); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func BenchmarkTokenCount(b *testing.B) {
	text := strings.Repeat("The orchestrator plans the task, routes each step to an arm and validates the result. ", 12) // ~1 KB
	for _, model := range []string{"gpt-4", "gpt-4o"} {
		b.Run(llm.EncodingFor(model), func(b *testing.B) {
			c := llm.NewTokenCounter()
			c.Count(model, "warm up")
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				c.Count(model, text)
			}
		})
	}
}

func BenchmarkTokenizerLoad(b *testing.B) {
	for _, model := range []string{"gpt-4", "gpt-4o"} {
		b.Run(llm.EncodingFor(model), func(b *testing.B) {
			for b.Loop() {
				llm.NewTokenCounter().Count(model, "x")
			}
		})
	}
}

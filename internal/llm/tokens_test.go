package llm_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/octollm/octollm/internal/llm"
)

func TestEncodingFor(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"gpt-4o":                    llm.EncodingO200K,
		"gpt-4o-mini-2024-07-18":    llm.EncodingO200K,
		"gpt-4.1-nano":              llm.EncodingO200K,
		"gpt-5":                     llm.EncodingO200K,
		"o3-mini":                   llm.EncodingO200K,
		"openai/gpt-4o":             llm.EncodingO200K,
		"gpt-4":                     llm.EncodingCL100K,
		"gpt-3.5-turbo":             llm.EncodingCL100K,
		"claude-sonnet-4-5":         llm.EncodingCL100K,
		"llama3.2":                  llm.EncodingCL100K,
		"o1x":                       llm.EncodingCL100K,
		"text-embedding-3-small":    llm.EncodingCL100K,
		"claude-3-5-haiku-20241022": llm.EncodingCL100K,
		"":                          llm.EncodingCL100K,
	}
	for model, want := range tests {
		if got := llm.EncodingFor(model); got != want {
			t.Errorf("EncodingFor(%q) = %s, want %s", model, got, want)
		}
	}
}

func TestTokenCounter(t *testing.T) {
	t.Parallel()
	c := llm.NewTokenCounter()
	tests := []struct {
		model, text string
		want        int
	}{
		// Reference counts from OpenAI's tiktoken.
		{"gpt-4", "tiktoken is great!", 6},
		{"gpt-4", "hello world", 2},
		{"gpt-4o", "hello world", 2},
		{"gpt-4", "", 0},
		{"gpt-4", "<|endoftext|>", 7}, // special markers count as text
	}
	for _, tc := range tests {
		if got := c.Count(tc.model, tc.text); got != tc.want {
			t.Errorf("Count(%q, %q) = %d, want %d", tc.model, tc.text, got, tc.want)
		}
	}
	long := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 100)
	n := c.Count("gpt-4o", long)
	if n < 900 || n > 1100 {
		t.Errorf("Count of 900 words = %d", n)
	}
	req := llm.Request{System: "hello world", Messages: []llm.Message{{Role: llm.RoleUser, Content: "tiktoken is great!"}}}
	if got, want := c.CountRequest("gpt-4", req), 3+(4+2)+(4+6); got != want {
		t.Errorf("CountRequest = %d, want %d", got, want)
	}
	if got := llm.HeuristicTokens("abcdefgh1"); got != 3 {
		t.Errorf("HeuristicTokens = %d, want 3", got)
	}
}

func TestTokenCounterConcurrent(t *testing.T) {
	t.Parallel()
	c := llm.NewTokenCounter()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			model := "gpt-4"
			if i%2 == 0 {
				model = "gpt-4o"
			}
			if got := c.Count(model, "hello world"); got != 2 {
				t.Errorf("Count = %d", got)
			}
		}()
	}
	wg.Wait()
}

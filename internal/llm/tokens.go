package llm

import (
	"strings"
	"sync"

	"github.com/pkoukk/tiktoken-go"
	tiktokenloader "github.com/pkoukk/tiktoken-go-loader"
)

// Encoding names (OpenAI's BPE vocabularies).
const (
	EncodingO200K  = "o200k_base"  // GPT-4o, GPT-4.1, GPT-5, o-series
	EncodingCL100K = "cl100k_base" // GPT-4, GPT-3.5, embeddings; the approximation for other vendors
)

// Regular expressions that split text before BPE, from OpenAI's tiktoken
// (as in tiktoken-go's encoding.go).
var encodingPatterns = map[string]string{
	EncodingO200K: strings.Join([]string{
		`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?`,
		`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?`,
		`\p{N}{1,3}`,
		` ?[^\s\p{L}\p{N}]+[\r\n/]*`,
		`\s*[\r\n]+`,
		`\s+(?!\S)`,
		`\s+`,
	}, "|"),
	EncodingCL100K: `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`,
}

var encodingSpecials = map[string]map[string]int{
	EncodingO200K:  {"<|endoftext|>": 199999, "<|endofprompt|>": 200018},
	EncodingCL100K: {"<|endoftext|>": 100257, "<|fim_prefix|>": 100258, "<|fim_middle|>": 100259, "<|fim_suffix|>": 100260, "<|endofprompt|>": 100276},
}

// EncodingFor returns the tiktoken encoding used to count tokens for model.
// OpenAI's current models use o200k_base and older ones cl100k_base; other
// vendors' tokenizers (Claude, Llama, Qwen) are not public in this form, so
// cl100k_base stands in for them — typically within 10–20 % of the real
// count, which is what budget checks need.
func EncodingFor(model string) string {
	m := strings.ToLower(model)
	if i := strings.LastIndex(m, "/"); i >= 0 {
		m = m[i+1:]
	}
	for _, p := range []string{"gpt-4o", "chatgpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "o1", "o3", "o4", "gpt-oss"} {
		if m == p || strings.HasPrefix(m, p+"-") || strings.HasPrefix(m, p+":") {
			return EncodingO200K
		}
	}
	return EncodingCL100K
}

// TokenCounter counts tokens with tiktoken's BPE vocabularies, which are
// embedded in the binary (tiktoken-go-loader) so that counting never needs
// the network. Vocabularies load on first use (o200k_base takes about a
// tenth of a second and some 30 MB); if one cannot be loaded the counter
// falls back to HeuristicTokens. Safe for concurrent use; share one.
type TokenCounter struct {
	mu   sync.Mutex
	encs map[string]*encodingSlot
}

type encodingSlot struct {
	once sync.Once
	tk   *tiktoken.Tiktoken
	err  error
}

// NewTokenCounter returns a counter; nothing is loaded until the first count.
func NewTokenCounter() *TokenCounter {
	return &TokenCounter{encs: map[string]*encodingSlot{}}
}

func (c *TokenCounter) encoding(name string) (*tiktoken.Tiktoken, error) {
	c.mu.Lock()
	slot, ok := c.encs[name]
	if !ok {
		slot = &encodingSlot{}
		c.encs[name] = slot
	}
	c.mu.Unlock()
	slot.once.Do(func() { slot.tk, slot.err = loadEncoding(name) })
	return slot.tk, slot.err
}

// loadEncoding builds an encoding from the embedded vocabulary without
// tiktoken-go's package-level loader, which would download it.
func loadEncoding(name string) (*tiktoken.Tiktoken, error) {
	ranks, err := tiktokenloader.NewOfflineLoader().LoadTiktokenBpe(name + ".tiktoken")
	if err != nil {
		return nil, err
	}
	specials := encodingSpecials[name]
	bpe, err := tiktoken.NewCoreBPE(ranks, specials, encodingPatterns[name])
	if err != nil {
		return nil, err
	}
	set := make(map[string]any, len(specials))
	for k := range specials {
		set[k] = true
	}
	return tiktoken.NewTiktoken(bpe, &tiktoken.Encoding{Name: name, PatStr: encodingPatterns[name], MergeableRanks: ranks, SpecialTokens: specials}, set), nil
}

// HeuristicTokens estimates tokens as one per four bytes, rounded up — the
// usual rule of thumb for English text with BPE tokenizers.
func HeuristicTokens(text string) int { return (len(text) + 3) / 4 }

// Count returns the number of tokens of text for model. Special-token
// markers in text are counted as plain text.
func (c *TokenCounter) Count(model, text string) int {
	if text == "" {
		return 0
	}
	tk, err := c.encoding(EncodingFor(model))
	if err != nil {
		return HeuristicTokens(text)
	}
	return len(tk.EncodeOrdinary(text))
}

// Per-message overhead of the chat format (OpenAI's published accounting:
// each message is wrapped in a few formatting tokens, and every reply is
// primed with three).
const (
	tokensPerMessage = 4
	tokensReplyPrime = 3
)

// CountRequest estimates the prompt tokens of req: system prompt and
// messages with the chat format's per-message overhead.
func (c *TokenCounter) CountRequest(model string, req Request) int {
	n := tokensReplyPrime
	if req.System != "" {
		n += tokensPerMessage + c.Count(model, req.System)
	}
	for _, m := range req.Messages {
		n += tokensPerMessage + c.Count(model, m.Content)
	}
	if s := req.JSONSchema; s != nil {
		n += c.Count(model, string(s.Schema))
	}
	return n
}

package arm

import (
	"context"
	"errors"

	"github.com/octollm/octollm/internal/llm"
)

// LLMCompleter adapts an llm.Provider to Completer, pricing each call with
// the llm package's price table.
type LLMCompleter struct {
	// Provider answers the calls.
	Provider llm.Provider
}

var _ Completer = LLMCompleter{}

// Complete implements Completer.
func (c LLMCompleter) Complete(ctx context.Context, p Prompt) (Completion, error) {
	req := llm.Request{System: p.System, Messages: []llm.Message{{Role: llm.RoleUser, Content: p.User}},
		Temperature: llm.Temperature(p.Temperature), MaxTokens: p.MaxTokens, JSON: p.JSON, Tier: llm.TierSmall}
	if p.Tier == "large" {
		req.Tier = llm.TierLarge
	}
	resp, err := c.Provider.Chat(ctx, req)
	if err != nil {
		code := CodeUnavailable
		if !llm.Retryable(err) {
			code = CodeExecution
		}
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			// The caller stopped waiting: not the model's failure, and
			// still errors.Is the context error.
			return Completion{}, &Error{Code: CodeTimeout, Message: "model call failed: " + err.Error(), cause: err}
		}
		return Completion{}, &Error{Code: code, Message: "model call failed: " + err.Error(), Retryable: code == CodeUnavailable}
	}
	return Completion{Text: resp.Content, Tokens: resp.Usage.Total(), CostUSD: llm.Cost(resp.Model, resp.Usage), Model: resp.Model}, nil
}

package orchestrator_test

import (
	"context"
	"errors"
	"sync"

	"github.com/octollm/octollm/internal/arm"
)

// scriptModel is a Completer answering from a script.
type scriptModel struct {
	mu      sync.Mutex
	replies []string
	tokens  int
	prompts []arm.Prompt
}

func (m *scriptModel) Complete(_ context.Context, p arm.Prompt) (arm.Completion, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.prompts = append(m.prompts, p)
	if len(m.replies) == 0 {
		return arm.Completion{}, errors.New("script exhausted")
	}
	r := m.replies[0]
	m.replies = m.replies[1:]
	n := m.tokens
	if n == 0 {
		n = 10
	}
	return arm.Completion{Text: r, Tokens: n, CostUSD: 0.0001, Model: "script"}, nil
}

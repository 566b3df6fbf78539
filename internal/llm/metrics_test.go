package llm_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

func TestInstrument(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewRegistry()
	m, err := llm.NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := llm.NewMetrics(reg); err == nil {
		t.Error("registering twice on one registry succeeded")
	}
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	p := llm.Instrument(openaiOn(t, srv), m)
	srv.Enqueue(
		llmtest.Reply{Content: "ok", Model: "gpt-4o", Usage: &llm.Usage{PromptTokens: 1000, CompletionTokens: 100}},
		llmtest.Reply{Status: 429},
	)
	if _, err := p.Chat(context.Background(), user("x")); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Chat(context.Background(), user("x")); !errors.Is(err, llm.ErrRateLimited) {
		t.Fatal(err)
	}
	if _, err := p.Embed(context.Background(), "", []string{"x"}); err != nil {
		t.Fatal(err)
	}
	value := func(name string, labels ...string) float64 {
		t.Helper()
		mf, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range mf {
			if f.GetName() != name {
				continue
			}
			for _, metric := range f.GetMetric() {
				var got []string
				for _, l := range metric.GetLabel() {
					got = append(got, l.GetValue())
				}
				if fmt.Sprint(got) == fmt.Sprint(labels) {
					return metric.GetCounter().GetValue()
				}
			}
		}
		return 0
	}
	// Labels in alphabetical order of their names.
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"octollm_llm_requests_total", []string{"chat", "ok", "openai"}, 1},
		{"octollm_llm_requests_total", []string{"chat", "rate_limited", "openai"}, 1},
		{"octollm_llm_requests_total", []string{"embed", "ok", "openai"}, 1},
		{"octollm_llm_tokens_total", []string{"prompt", "openai"}, 1000},
		{"octollm_llm_tokens_total", []string{"completion", "openai"}, 100},
	} {
		if got := value(c.name, c.labels...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
		}
	}
	// 1000 × $2.50/M + 100 × $10/M = $0.0035.
	if got := value("octollm_llm_cost_usd_total", "openai"); math.Abs(got-0.0035) > 1e-12 {
		t.Errorf("cost = %v, want 0.0035", got)
	}
}

func TestOutcome(t *testing.T) {
	t.Parallel()
	tests := map[error]string{
		nil:                                     "ok",
		&llm.APIError{Status: 429}:              "rate_limited",
		&llm.APIError{Status: 502}:              "unavailable",
		&llm.APIError{Status: 403}:              "unauthorized",
		&llm.APIError{Status: 422}:              "invalid_request",
		fmt.Errorf("x: %w", llm.ErrBadResponse): "bad_response",
		llm.ErrBudgetExceeded:                   "budget_exceeded",
		context.Canceled:                        "canceled",
		context.DeadlineExceeded:                "timeout",
		errors.New("other"):                     "error",
	}
	for err, want := range tests {
		if got := llm.Outcome(err); got != want {
			t.Errorf("Outcome(%v) = %q, want %q", err, got, want)
		}
	}
}

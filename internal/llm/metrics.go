package llm

import (
	"context"
	"errors"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the model layer's Prometheus metrics. Labels are the provider
// name, the operation (chat, chat_stream, embed) and an outcome class —
// never models chosen per request, tasks or prompt text.
type Metrics struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	tokens   *prometheus.CounterVec
	cost     *prometheus.CounterVec
}

// NewMetrics registers the metrics on reg:
//
//	octollm_llm_requests_total{provider,op,outcome}
//	octollm_llm_request_duration_seconds{provider,op}
//	octollm_llm_tokens_total{provider,kind="prompt"|"completion"}
//	octollm_llm_cost_usd_total{provider}
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "octollm_llm_requests_total",
			Help: "Model calls by provider, operation and outcome."}, []string{"provider", "op", "outcome"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "octollm_llm_request_duration_seconds",
			Help:    "Model call latency, retries and fallbacks included.",
			Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120}}, []string{"provider", "op"}),
		tokens: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "octollm_llm_tokens_total",
			Help: "Tokens used, by provider and kind (prompt, completion)."}, []string{"provider", "kind"}),
		cost: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "octollm_llm_cost_usd_total",
			Help: "Estimated spend in US dollars by the built-in price table."}, []string{"provider"}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.duration, m.tokens, m.cost} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Outcome classifies an error for metrics and logs: "ok", "rate_limited",
// "unavailable", "invalid_request", "unauthorized", "bad_response",
// "unsupported", "budget_exceeded", "canceled", "timeout" or "error".
func Outcome(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, ErrBudgetExceeded):
		return "budget_exceeded"
	case errors.Is(err, ErrRateLimited):
		return "rate_limited"
	case errors.Is(err, ErrUnavailable):
		return "unavailable"
	case errors.Is(err, ErrUnauthorized):
		return "unauthorized"
	case errors.Is(err, ErrInvalidRequest):
		return "invalid_request"
	case errors.Is(err, ErrBadResponse):
		return "bad_response"
	case errors.Is(err, ErrUnsupported):
		return "unsupported"
	}
	return "error"
}

// Instrumented records Metrics for every call of a Provider.
type Instrumented struct {
	p Provider
	m *Metrics
}

var (
	_ Provider      = (*Instrumented)(nil)
	_ ModelResolver = (*Instrumented)(nil)
)

// Instrument wraps p so that every call updates m. Put it outside a Chain to
// see each answer under the provider that gave it.
func Instrument(p Provider, m *Metrics) *Instrumented { return &Instrumented{p: p, m: m} }

// Name implements Provider.
func (i *Instrumented) Name() string { return i.p.Name() }

// ResolveModel implements ModelResolver.
func (i *Instrumented) ResolveModel(req Request) string { return ResolveModel(i.p, req) }

func (i *Instrumented) record(op string, start time.Time, resp Response, err error) {
	provider := i.p.Name()
	if resp.Provider != "" {
		provider = resp.Provider
	}
	i.m.requests.WithLabelValues(provider, op, Outcome(err)).Inc()
	i.m.duration.WithLabelValues(provider, op).Observe(time.Since(start).Seconds())
	if resp.Usage.PromptTokens > 0 {
		i.m.tokens.WithLabelValues(provider, "prompt").Add(float64(resp.Usage.PromptTokens))
	}
	if resp.Usage.CompletionTokens > 0 {
		i.m.tokens.WithLabelValues(provider, "completion").Add(float64(resp.Usage.CompletionTokens))
	}
	if c := Cost(resp.Model, resp.Usage); c > 0 {
		i.m.cost.WithLabelValues(provider).Add(c)
	}
}

// Chat implements Provider.
func (i *Instrumented) Chat(ctx context.Context, req Request) (Response, error) {
	start := time.Now()
	resp, err := i.p.Chat(ctx, req)
	i.record("chat", start, resp, err)
	return resp, err
}

// ChatStream implements Provider.
func (i *Instrumented) ChatStream(ctx context.Context, req Request, fn func(Delta) error) (Response, error) {
	start := time.Now()
	resp, err := i.p.ChatStream(ctx, req, fn)
	i.record("chat_stream", start, resp, err)
	return resp, err
}

// Embed implements Provider.
func (i *Instrumented) Embed(ctx context.Context, model string, inputs []string) ([][]float32, error) {
	start := time.Now()
	vecs, err := i.p.Embed(ctx, model, inputs)
	i.record("embed", start, Response{}, err)
	return vecs, err
}

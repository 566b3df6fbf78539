package llm

import (
	"context"
	"fmt"
	"math"
	"sync"
)

// Limits bound what one task may spend on models. Zero means unlimited.
type Limits struct {
	// MaxTokens bounds prompt + completion tokens over all calls.
	MaxTokens int `yaml:"max_tokens" toml:"max_tokens" json:"max_tokens"`
	// MaxCostUSD bounds the cost over all calls, by the Budget's price table.
	MaxCostUSD float64 `yaml:"max_cost_usd" toml:"max_cost_usd" json:"max_cost_usd"`
}

// Budget meters the model usage of one task and refuses calls that could
// take it over its Limits. Safe for concurrent use, so parallel steps can
// share it: each call reserves its worst case (estimated prompt plus the
// completion cap) before it starts and settles to the real usage after.
type Budget struct {
	limits Limits
	prices Prices

	mu        sync.Mutex
	used      Usage
	cost      float64
	resTokens int
	resCost   float64
}

// NewBudget returns a budget with nothing spent. A nil prices uses the
// built-in table.
func NewBudget(limits Limits, prices Prices) *Budget {
	if prices == nil {
		prices = defaultPrices
	}
	return &Budget{limits: limits, prices: prices}
}

// Limits returns the limits.
func (b *Budget) Limits() Limits { return b.limits }

// Used returns the tokens and cost charged so far (reservations of calls in
// flight are not included).
func (b *Budget) Used() (Usage, float64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used, b.cost
}

// Charge records usage of model spent outside this process (an arm running
// in another role reports its usage) and returns ErrBudgetExceeded when the
// total is now over a limit.
func (b *Budget) Charge(model string, u Usage) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.used = b.used.Add(u)
	b.cost += b.prices.Cost(model, u)
	return b.overLocked()
}

// Exceeded returns ErrBudgetExceeded (wrapped, with the figures) when the
// spent total is over a limit, else nil.
func (b *Budget) Exceeded() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.overLocked()
}

func (b *Budget) overLocked() error {
	if b.limits.MaxTokens > 0 && b.used.Total() > b.limits.MaxTokens {
		return fmt.Errorf("%w: %d tokens used of %d", ErrBudgetExceeded, b.used.Total(), b.limits.MaxTokens)
	}
	if b.limits.MaxCostUSD > 0 && b.cost > b.limits.MaxCostUSD {
		return fmt.Errorf("%w: $%.4f spent of $%.4f", ErrBudgetExceeded, b.cost, b.limits.MaxCostUSD)
	}
	return nil
}

// reservation is the worst case of one call in flight.
type reservation struct {
	tokens int
	cost   float64
}

// Reserve books a call of model with an estimated prompt and a completion
// cap (0 = no cap asked). It returns the completion cap the call must use
// so the budget cannot be exceeded: the smaller of maxCompletion and what
// is left, and never more than DefaultMaxTokens when maxCompletion is 0 —
// without a cap a reply could be of any length. With no limits set it
// returns maxCompletion unchanged. The returned settle function must be
// called once with the model that answered ("" for the reserved one) and
// the call's real usage (zero for a failed call).
func (b *Budget) Reserve(model string, prompt, maxCompletion int) (completionCap int, settle func(model string, u Usage), err error) {
	return b.reserve(model, prompt, maxCompletion, true)
}

func (b *Budget) reserve(model string, prompt, maxCompletion int, completes bool) (int, func(string, Usage), error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.limits.MaxTokens <= 0 && b.limits.MaxCostUSD <= 0 {
		return maxCompletion, b.settler(model, reservation{}), nil
	}
	allowed := 0
	if completes {
		allowed = maxCompletion
		if allowed <= 0 {
			allowed = DefaultMaxTokens
		}
	}
	tokensLeft, costLeft := math.MaxInt, math.Inf(1)
	if b.limits.MaxTokens > 0 {
		tokensLeft = b.limits.MaxTokens - b.used.Total() - b.resTokens - prompt
		allowed = min(allowed, tokensLeft)
	}
	price, _ := b.prices.Lookup(model)
	if b.limits.MaxCostUSD > 0 {
		costLeft = b.limits.MaxCostUSD - b.cost - b.resCost - price.Cost(Usage{PromptTokens: prompt})
		if price.Output > 0 {
			allowed = min(allowed, int(math.Max(costLeft, 0)*1e6/price.Output))
		}
	}
	if tokensLeft < 0 || costLeft < 0 || (completes && allowed < 1) {
		return 0, nil, fmt.Errorf("%w: %d tokens and $%.4f spent, %d tokens and $%.4f in flight, the call needs %d prompt tokens (limits: %d tokens, $%.4f)",
			ErrBudgetExceeded, b.used.Total(), b.cost, b.resTokens, b.resCost, prompt, b.limits.MaxTokens, b.limits.MaxCostUSD)
	}
	r := reservation{tokens: prompt + allowed, cost: price.Cost(Usage{PromptTokens: prompt, CompletionTokens: allowed})}
	b.resTokens += r.tokens
	b.resCost += r.cost
	return allowed, b.settler(model, r), nil
}

// settler releases r and charges the real usage, once.
func (b *Budget) settler(reserved string, r reservation) func(string, Usage) {
	var once sync.Once
	return func(model string, u Usage) {
		once.Do(func() {
			if model == "" {
				model = reserved
			}
			b.mu.Lock()
			defer b.mu.Unlock()
			b.resTokens -= r.tokens
			b.resCost -= r.cost
			b.used = b.used.Add(u)
			b.cost += b.prices.Cost(model, u)
		})
	}
}

// Metered is a Provider that charges every call to a Budget; see WithBudget.
type Metered struct {
	p       Provider
	budget  *Budget
	counter *TokenCounter
}

var (
	_ Provider      = (*Metered)(nil)
	_ ModelResolver = (*Metered)(nil)
)

// WithBudget wraps p so that every chat call is reserved against b before it
// is made (refused with ErrBudgetExceeded when it could exceed a limit, its
// completion capped to what is left) and charged after. counter estimates
// prompts before the call and fills in usage a provider did not report; nil
// uses HeuristicTokens. Wrap the shared provider once per task.
func WithBudget(p Provider, b *Budget, counter *TokenCounter) *Metered {
	return &Metered{p: p, budget: b, counter: counter}
}

// Name implements Provider.
func (m *Metered) Name() string { return m.p.Name() }

// ResolveModel implements ModelResolver.
func (m *Metered) ResolveModel(req Request) string { return ResolveModel(m.p, req) }

// Budget returns the budget charged.
func (m *Metered) Budget() *Budget { return m.budget }

func (m *Metered) count(model, text string) int {
	if m.counter == nil {
		return HeuristicTokens(text)
	}
	return m.counter.Count(model, text)
}

func (m *Metered) countRequest(model string, req Request) int {
	if m.counter == nil {
		n := tokensReplyPrime + HeuristicTokens(req.System)
		for _, msg := range req.Messages {
			n += tokensPerMessage + HeuristicTokens(msg.Content)
		}
		return n
	}
	return m.counter.CountRequest(model, req)
}

func (m *Metered) call(req Request, do func(Request) (Response, error)) (Response, error) {
	model := ResolveModel(m.p, req)
	prompt := m.countRequest(model, req)
	capTokens, settle, err := m.budget.Reserve(model, prompt, req.MaxTokens)
	if err != nil {
		return Response{}, err
	}
	req.MaxTokens = capTokens
	resp, err := do(req)
	u := resp.Usage
	if u == (Usage{}) && (err == nil || resp.Content != "") {
		// Some compatible servers report no usage (or a stream broke
		// before the usage arrived): charge an estimate rather than nothing.
		u = Usage{PromptTokens: prompt, CompletionTokens: m.count(model, resp.Content)}
	}
	settle(resp.Model, u)
	return resp, err
}

// Chat implements Provider.
func (m *Metered) Chat(ctx context.Context, req Request) (Response, error) {
	return m.call(req, func(r Request) (Response, error) { return m.p.Chat(ctx, r) })
}

// ChatStream implements Provider.
func (m *Metered) ChatStream(ctx context.Context, req Request, fn func(Delta) error) (Response, error) {
	return m.call(req, func(r Request) (Response, error) { return m.p.ChatStream(ctx, r, fn) })
}

// Embed implements Provider. Embedding calls are charged by the estimated
// input tokens, as providers do not all report them.
func (m *Metered) Embed(ctx context.Context, model string, inputs []string) ([][]float32, error) {
	n := 0
	for _, in := range inputs {
		n += m.count(model, in)
	}
	_, settle, err := m.budget.reserve(model, n, 0, false)
	if err != nil {
		return nil, err
	}
	vecs, err := m.p.Embed(ctx, model, inputs)
	if err != nil {
		settle("", Usage{})
		return nil, err
	}
	settle("", Usage{PromptTokens: n})
	return vecs, nil
}

package llm

import "context"

// Models names the models of the tiers of one provider.
type Models struct {
	// Default answers TierDefault and any tier left empty. Empty leaves the
	// choice to the provider's own default.
	Default string `yaml:"model" toml:"model"`
	// Small answers TierSmall: frequent, cheap calls (planning, yes/no
	// checks). Empty falls back to Default.
	Small string `yaml:"small_model" toml:"small_model"`
	// Large answers TierLarge: hard calls (code, synthesis). Empty falls
	// back to Default.
	Large string `yaml:"large_model" toml:"large_model"`
}

// For returns the model for a tier.
func (m Models) For(t Tier) string {
	switch {
	case t == TierSmall && m.Small != "":
		return m.Small
	case t == TierLarge && m.Large != "":
		return m.Large
	}
	return m.Default
}

// ModelResolver is implemented by wrappers that know which model a request
// will reach; Budget uses it to price a call before it is made.
type ModelResolver interface {
	ResolveModel(req Request) string
}

// ResolveModel returns the model p will use for req: req.Model when set,
// else what p resolves (through Router, Retrier, Chain), else "".
func ResolveModel(p Provider, req Request) string {
	if req.Model != "" {
		return req.Model
	}
	if r, ok := p.(ModelResolver); ok {
		return r.ResolveModel(req)
	}
	return ""
}

// Router fills Request.Model from Request.Tier for one provider.
type Router struct {
	p      Provider
	models Models
}

var (
	_ Provider      = (*Router)(nil)
	_ ModelResolver = (*Router)(nil)
)

// NewRouter wraps p so that requests without a model get the model of their
// tier.
func NewRouter(p Provider, models Models) *Router { return &Router{p: p, models: models} }

// Name implements Provider.
func (r *Router) Name() string { return r.p.Name() }

// Models returns the tier models.
func (r *Router) Models() Models { return r.models }

// ResolveModel implements ModelResolver.
func (r *Router) ResolveModel(req Request) string {
	if req.Model != "" {
		return req.Model
	}
	if m := r.models.For(req.Tier); m != "" {
		return m
	}
	return ResolveModel(r.p, req)
}

func (r *Router) route(req Request) Request {
	if req.Model == "" {
		req.Model = r.models.For(req.Tier)
	}
	return req
}

// Chat implements Provider.
func (r *Router) Chat(ctx context.Context, req Request) (Response, error) {
	return r.p.Chat(ctx, r.route(req))
}

// ChatStream implements Provider.
func (r *Router) ChatStream(ctx context.Context, req Request, fn func(Delta) error) (Response, error) {
	return r.p.ChatStream(ctx, r.route(req), fn)
}

// Embed implements Provider.
func (r *Router) Embed(ctx context.Context, model string, inputs []string) ([][]float32, error) {
	return r.p.Embed(ctx, model, inputs)
}

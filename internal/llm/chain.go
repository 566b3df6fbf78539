package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
)

// Chain is a fallback chain: each call goes to the first provider and, when
// that fails, to the next, until one answers.
//
// A request naming a Model reaches the first provider with that model and
// the fallbacks without it: model names are provider-specific, so each
// fallback answers with the model of the request's Tier.
//
// The chain does not fall back when the caller's context has ended, when the
// budget is exhausted (ErrBudgetExceeded), when the caller's stream callback
// failed, or once a stream has delivered text (a second provider would
// restart the reply the caller has partly seen).
type Chain struct {
	providers []Provider
	log       *slog.Logger
	name      string
}

var (
	_ Provider      = (*Chain)(nil)
	_ ModelResolver = (*Chain)(nil)
)

// NewChain returns a chain over providers, in order of preference. logger
// receives a warning per fallback (nil discards).
func NewChain(logger *slog.Logger, providers ...Provider) (*Chain, error) {
	if len(providers) == 0 {
		return nil, errors.New("llm: a chain needs at least one provider")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	names := make([]string, len(providers))
	for i, p := range providers {
		if p == nil {
			return nil, fmt.Errorf("llm: chain provider %d is nil", i)
		}
		names[i] = p.Name()
	}
	return &Chain{providers: providers, log: logger, name: "chain(" + strings.Join(names, ",") + ")"}, nil
}

// Name implements Provider.
func (c *Chain) Name() string { return c.name }

// Providers returns the providers in order.
func (c *Chain) Providers() []Provider { return append([]Provider(nil), c.providers...) }

// ResolveModel implements ModelResolver: the model the first provider uses.
func (c *Chain) ResolveModel(req Request) string { return ResolveModel(c.providers[0], req) }

// final reports errors after which no other provider is tried.
func final(ctx context.Context, err error) bool {
	return ctx.Err() != nil || errors.Is(err, ErrBudgetExceeded)
}

func (c *Chain) fallback(ctx context.Context, i int, err error) {
	if i+1 < len(c.providers) {
		c.log.LogAttrs(ctx, slog.LevelWarn, "llm provider failed, falling back",
			slog.String("provider", c.providers[i].Name()), slog.String("next", c.providers[i+1].Name()),
			slog.String("error", err.Error()))
	}
}

func allFailed(errs []error) error {
	return fmt.Errorf("llm: every provider failed: %w", errors.Join(errs...))
}

// Chat implements Provider.
func (c *Chain) Chat(ctx context.Context, req Request) (Response, error) {
	var errs []error
	for i, p := range c.providers {
		r := req
		if i > 0 {
			r.Model = ""
		}
		resp, err := p.Chat(ctx, r)
		if err == nil {
			return resp, nil
		}
		if final(ctx, err) {
			return resp, err
		}
		errs = append(errs, err)
		c.fallback(ctx, i, err)
	}
	return Response{}, allFailed(errs)
}

// ChatStream implements Provider.
func (c *Chain) ChatStream(ctx context.Context, req Request, fn func(Delta) error) (Response, error) {
	var errs []error
	for i, p := range c.providers {
		r := req
		if i > 0 {
			r.Model = ""
		}
		delivered := false
		var fnErr error
		resp, err := p.ChatStream(ctx, r, func(d Delta) error {
			delivered = true
			if err := fn(d); err != nil {
				fnErr = err
				return err
			}
			return nil
		})
		if err == nil {
			return resp, nil
		}
		if final(ctx, err) || delivered || fnErr != nil {
			return resp, err
		}
		errs = append(errs, err)
		c.fallback(ctx, i, err)
	}
	return Response{}, allFailed(errs)
}

// Embed implements Provider. It uses the first provider that has
// embeddings and does not fall back on failure: vectors of different models
// live in different spaces, and mixing them would corrupt an index.
func (c *Chain) Embed(ctx context.Context, model string, inputs []string) ([][]float32, error) {
	for _, p := range c.providers {
		vecs, err := p.Embed(ctx, model, inputs)
		if errors.Is(err, ErrUnsupported) {
			continue
		}
		return vecs, err
	}
	return nil, fmt.Errorf("%s: embeddings: %w", c.name, ErrUnsupported)
}

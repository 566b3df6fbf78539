package llm

import (
	"strings"
)

// Price is what a model costs, in US dollars per million tokens.
type Price struct {
	Input  float64 `yaml:"input" toml:"input" json:"input"`
	Output float64 `yaml:"output" toml:"output" json:"output"`
}

// Cost of usage at this price.
func (p Price) Cost(u Usage) float64 {
	return (float64(u.PromptTokens)*p.Input + float64(u.CompletionTokens)*p.Output) / 1e6
}

// Prices maps model names (or name prefixes, see Lookup) to prices.
type Prices map[string]Price

// defaultPrices are the vendors' list prices (USD per 1M tokens, standard
// tier, no caching or batch discounts) as published in 2025. Keys match a
// model name exactly or as a prefix followed by "-", so dated snapshots
// ("gpt-4o-2024-08-06", "claude-sonnet-4-5-20250929") and "-latest" aliases
// resolve to their family. It is never written to; DefaultPrices copies it.
var defaultPrices = Prices{
	// OpenAI
	"gpt-5":                  {1.25, 10},
	"gpt-5-mini":             {0.25, 2},
	"gpt-5-nano":             {0.05, 0.40},
	"gpt-4.1":                {2, 8},
	"gpt-4.1-mini":           {0.40, 1.60},
	"gpt-4.1-nano":           {0.10, 0.40},
	"gpt-4o":                 {2.50, 10},
	"gpt-4o-mini":            {0.15, 0.60},
	"chatgpt-4o-latest":      {5, 15},
	"gpt-4-turbo":            {10, 30},
	"gpt-4":                  {30, 60},
	"gpt-4-32k":              {60, 120},
	"gpt-3.5-turbo":          {0.50, 1.50},
	"o1":                     {15, 60},
	"o1-mini":                {1.10, 4.40},
	"o1-pro":                 {150, 600},
	"o3":                     {2, 8},
	"o3-mini":                {1.10, 4.40},
	"o3-pro":                 {20, 80},
	"o4-mini":                {1.10, 4.40},
	"text-embedding-3-small": {0.02, 0},
	"text-embedding-3-large": {0.13, 0},
	"text-embedding-ada-002": {0.10, 0},
	// Anthropic
	"claude-opus-4-5":   {5, 25},
	"claude-opus-4-1":   {15, 75},
	"claude-opus-4":     {15, 75},
	"claude-sonnet-4-5": {3, 15},
	"claude-sonnet-4":   {3, 15},
	"claude-haiku-4-5":  {1, 5},
	"claude-3-7-sonnet": {3, 15},
	"claude-3-5-sonnet": {3, 15},
	"claude-3-5-haiku":  {0.80, 4},
	"claude-3-opus":     {15, 75},
	"claude-3-sonnet":   {3, 15},
	"claude-3-haiku":    {0.25, 1.25},
}

// DefaultPrices returns a copy of the built-in price table, for callers that
// add or override entries (self-hosted models with an internal charge).
func DefaultPrices() Prices {
	out := make(Prices, len(defaultPrices))
	for k, v := range defaultPrices {
		out[k] = v
	}
	return out
}

// normalizeModel lower-cases a model name and drops a router prefix
// ("openai/gpt-4o" → "gpt-4o").
func normalizeModel(model string) string {
	m := strings.ToLower(strings.TrimSpace(model))
	if i := strings.LastIndex(m, "/"); i >= 0 {
		m = m[i+1:]
	}
	return m
}

// Lookup finds the price of model: an exact entry, else the longest entry
// that is a prefix of the name followed by "-" or ":". ok is false for
// models not in the table — local models (Ollama, vLLM) cost nothing, but a
// caller enforcing a cost budget may want to know the price was unknown.
func (p Prices) Lookup(model string) (Price, bool) {
	m := normalizeModel(model)
	if m == "" {
		return Price{}, false
	}
	if pr, ok := p[m]; ok {
		return pr, true
	}
	best, found := "", false
	for k := range p {
		if len(k) > len(best) && len(m) > len(k) && strings.HasPrefix(m, k) && (m[len(k)] == '-' || m[len(k)] == ':') {
			best, found = k, true
		}
	}
	if !found {
		return Price{}, false
	}
	return p[best], true
}

// Cost of usage on model; 0 for models without a price.
func (p Prices) Cost(model string, u Usage) float64 {
	pr, _ := p.Lookup(model)
	return pr.Cost(u)
}

// Cost of usage on model by the built-in price table; 0 for models it does
// not list (local models).
func Cost(model string, u Usage) float64 { return defaultPrices.Cost(model, u) }

// PriceOf returns the built-in price of model.
func PriceOf(model string) (Price, bool) { return defaultPrices.Lookup(model) }

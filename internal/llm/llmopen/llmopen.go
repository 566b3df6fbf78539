// Package llmopen builds the model layer from configuration: the primary
// provider and its fallbacks, each with its small/large tier models behind
// retries, joined in a fallback chain. With nothing configured it returns
// llm.ErrNotConfigured, and OctoLLM runs without a model.
package llmopen

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmanthropic"
	"github.com/octollm/octollm/internal/llm/llmollama"
	"github.com/octollm/octollm/internal/llm/llmopenai"
)

// Provider names accepted in Config.Provider and Config.Fallback.
const (
	OpenAI    = "openai"
	Anthropic = "anthropic"
	Ollama    = "ollama"
	None      = "none"
)

// Config selects and configures the model providers. The top-level fields
// describe the primary provider and override its section; the sections
// configure providers named in Fallback (and the primary, under the
// overrides).
type Config struct {
	// Provider is the primary provider: openai (any OpenAI-compatible
	// server), anthropic, ollama or none. Empty picks openai when an OpenAI
	// key is set, else anthropic when an Anthropic key is set, else openai
	// when BaseURL is set (a local compatible server), else none.
	// Env: OCTOLLM_LLM_PROVIDER.
	Provider string `yaml:"provider" toml:"provider"`
	// Model is the primary's default model; when set, it is also the small
	// and large model unless those are set. Env: OCTOLLM_LLM_MODEL.
	Model string `yaml:"model" toml:"model"`
	// SmallModel answers llm.TierSmall. Env: OCTOLLM_LLM_SMALL_MODEL.
	SmallModel string `yaml:"small_model" toml:"small_model"`
	// LargeModel answers llm.TierLarge. Env: OCTOLLM_LLM_LARGE_MODEL.
	LargeModel string `yaml:"large_model" toml:"large_model"`
	// EmbeddingModel is the primary's embedding model.
	// Env: OCTOLLM_LLM_EMBEDDING_MODEL.
	EmbeddingModel string `yaml:"embedding_model" toml:"embedding_model"`
	// BaseURL is the primary's API root, e.g. http://127.0.0.1:8000/v1 for
	// vLLM behind the openai provider. Env: OCTOLLM_LLM_BASE_URL.
	BaseURL string `yaml:"base_url" toml:"base_url"`
	// APIKey is the primary's key; usually left empty, the section's key
	// (OPENAI_API_KEY, ANTHROPIC_API_KEY) applies. Never logged.
	APIKey string `yaml:"api_key" toml:"api_key"`
	// Fallback lists providers tried in order when the primary fails
	// (rate limited, unavailable, bad answer). Env: OCTOLLM_LLM_FALLBACK
	// (comma-separated).
	Fallback []string `yaml:"fallback" toml:"fallback"`
	// Retry configures retries and the per-attempt timeout of every
	// provider. Env: OCTOLLM_LLM_TIMEOUT (duration), OCTOLLM_LLM_MAX_ATTEMPTS.
	Retry llm.RetryConfig `yaml:"retry" toml:"retry"`

	// OpenAI configures the OpenAI-compatible provider.
	// Env: OPENAI_API_KEY, OPENAI_BASE_URL.
	OpenAI ProviderConfig `yaml:"openai" toml:"openai"`
	// Anthropic configures the Anthropic provider.
	// Env: ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL.
	Anthropic ProviderConfig `yaml:"anthropic" toml:"anthropic"`
	// Ollama configures the native Ollama provider. Env: OLLAMA_HOST.
	Ollama ProviderConfig `yaml:"ollama" toml:"ollama"`

	// HTTPClient is shared by the providers (default: pooled keep-alive
	// connections, no overall timeout — Retry.Timeout bounds attempts).
	HTTPClient *http.Client `yaml:"-" toml:"-"`
}

// ProviderConfig configures one provider. Empty fields take the defaults
// of Defaults.
type ProviderConfig struct {
	BaseURL        string `yaml:"base_url" toml:"base_url"`
	APIKey         string `yaml:"api_key" toml:"api_key"`
	Model          string `yaml:"model" toml:"model"`
	SmallModel     string `yaml:"small_model" toml:"small_model"`
	LargeModel     string `yaml:"large_model" toml:"large_model"`
	EmbeddingModel string `yaml:"embedding_model" toml:"embedding_model"`
}

// Defaults returns the built-in models of a provider: the default, small
// and large chat models and the embedding model.
func Defaults(provider string) ProviderConfig {
	switch provider {
	case OpenAI:
		return ProviderConfig{BaseURL: llmopenai.DefaultBaseURL, Model: "gpt-4o-mini", SmallModel: "gpt-4o-mini", LargeModel: "gpt-4o", EmbeddingModel: llmopenai.DefaultEmbeddingModel}
	case Anthropic:
		return ProviderConfig{BaseURL: llmanthropic.DefaultBaseURL, Model: "claude-haiku-4-5", SmallModel: "claude-haiku-4-5", LargeModel: "claude-sonnet-4-5"}
	case Ollama:
		return ProviderConfig{BaseURL: llmollama.DefaultBaseURL, Model: llmollama.DefaultModel, SmallModel: llmollama.DefaultModel, LargeModel: llmollama.DefaultModel, EmbeddingModel: llmollama.DefaultEmbeddingModel}
	}
	return ProviderConfig{}
}

// ApplyEnv sets the fields named by the environment variables that getenv
// returns non-empty (see the field docs). It returns an error naming the
// variable when a value cannot be parsed.
func (c *Config) ApplyEnv(getenv func(string) string) error {
	set := func(dst *string, key string) {
		if v := strings.TrimSpace(getenv(key)); v != "" {
			*dst = v
		}
	}
	set(&c.Provider, "OCTOLLM_LLM_PROVIDER")
	set(&c.Model, "OCTOLLM_LLM_MODEL")
	set(&c.SmallModel, "OCTOLLM_LLM_SMALL_MODEL")
	set(&c.LargeModel, "OCTOLLM_LLM_LARGE_MODEL")
	set(&c.EmbeddingModel, "OCTOLLM_LLM_EMBEDDING_MODEL")
	set(&c.BaseURL, "OCTOLLM_LLM_BASE_URL")
	set(&c.OpenAI.APIKey, "OPENAI_API_KEY")
	set(&c.OpenAI.BaseURL, "OPENAI_BASE_URL")
	set(&c.Anthropic.APIKey, "ANTHROPIC_API_KEY")
	set(&c.Anthropic.BaseURL, "ANTHROPIC_BASE_URL")
	if v := strings.TrimSpace(getenv("OLLAMA_HOST")); v != "" {
		if !strings.Contains(v, "://") {
			v = "http://" + v // Ollama's own convention: host:port
		}
		c.Ollama.BaseURL = v
	}
	if v := strings.TrimSpace(getenv("OCTOLLM_LLM_FALLBACK")); v != "" {
		c.Fallback = nil
		for _, name := range strings.Split(v, ",") {
			if name = strings.TrimSpace(name); name != "" {
				c.Fallback = append(c.Fallback, name)
			}
		}
	}
	if v := strings.TrimSpace(getenv("OCTOLLM_LLM_TIMEOUT")); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return fmt.Errorf("OCTOLLM_LLM_TIMEOUT: %w", err)
		}
		c.Retry.Timeout = d
	}
	if v := strings.TrimSpace(getenv("OCTOLLM_LLM_MAX_ATTEMPTS")); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return fmt.Errorf("OCTOLLM_LLM_MAX_ATTEMPTS: %q is not a positive integer", v)
		}
		c.Retry.MaxAttempts = n
	}
	return nil
}

// PrimaryName returns the provider New will use first ("none" when no
// provider is configured), resolving an empty Provider from the API keys.
func (c Config) PrimaryName() string {
	name := strings.ToLower(strings.TrimSpace(c.Provider))
	switch name {
	case "":
		switch {
		case c.OpenAI.APIKey != "":
			return OpenAI
		case c.Anthropic.APIKey != "":
			return Anthropic
		case c.BaseURL != "":
			return OpenAI // a bare base URL means an OpenAI-compatible server
		}
		return None
	case "off", "disabled", "false":
		return None
	}
	return name
}

// resolved merges a provider's section over its defaults, and for the
// primary the top-level overrides over both.
func (c Config) resolved(name string, primary bool) ProviderConfig {
	pc := pick(c, name)
	if primary {
		over := ProviderConfig{BaseURL: c.BaseURL, APIKey: c.APIKey, Model: c.Model, SmallModel: c.SmallModel, LargeModel: c.LargeModel, EmbeddingModel: c.EmbeddingModel}
		pc = merge(pc, over)
	}
	// A model chosen without tiers serves every tier: the built-in tier
	// models of another vendor or size would be wrong for it.
	if pc.Model != "" {
		if pc.SmallModel == "" {
			pc.SmallModel = pc.Model
		}
		if pc.LargeModel == "" {
			pc.LargeModel = pc.Model
		}
	}
	return merge(Defaults(name), pc)
}

func pick(c Config, name string) ProviderConfig {
	switch name {
	case OpenAI:
		return c.OpenAI
	case Anthropic:
		return c.Anthropic
	case Ollama:
		return c.Ollama
	}
	return ProviderConfig{}
}

// merge returns base with every non-empty field of over applied.
func merge(base, over ProviderConfig) ProviderConfig {
	for _, f := range []struct{ dst, src *string }{
		{&base.BaseURL, &over.BaseURL}, {&base.APIKey, &over.APIKey}, {&base.Model, &over.Model},
		{&base.SmallModel, &over.SmallModel}, {&base.LargeModel, &over.LargeModel}, {&base.EmbeddingModel, &over.EmbeddingModel},
	} {
		if *f.src != "" {
			*f.dst = *f.src
		}
	}
	return base
}

// Models returns the tier models the primary provider will use, for logs
// and the arms' capability reports; zero when none is configured.
func (c Config) Models() llm.Models {
	name := c.PrimaryName()
	if name == None {
		return llm.Models{}
	}
	pc := c.resolved(name, true)
	return llm.Models{Default: pc.Model, Small: pc.SmallModel, Large: pc.LargeModel}
}

// New builds the configured provider: the primary and each fallback, every
// one behind llm.NewRouter (tiers) and llm.WithRetry, joined by llm.NewChain
// when there are fallbacks. It returns (nil, llm.ErrNotConfigured) when no
// provider is configured, and an error naming the problem when the
// configuration is invalid (unknown provider, missing key, bad URL).
func New(cfg Config, logger *slog.Logger) (llm.Provider, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	primary := cfg.PrimaryName()
	if primary == None {
		return nil, fmt.Errorf("%w: set OCTOLLM_LLM_PROVIDER (openai, anthropic or ollama) or OPENAI_API_KEY / ANTHROPIC_API_KEY", llm.ErrNotConfigured)
	}
	if cfg.HTTPClient == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		// Many concurrent tasks talk to one or two hosts; the default of
		// two idle connections per host would reconnect constantly.
		tr.MaxIdleConnsPerHost = 64
		cfg.HTTPClient = &http.Client{Transport: tr}
	}
	retry := cfg.Retry
	if retry.Logger == nil {
		retry.Logger = logger.With("component", "llm")
	}
	names := []string{primary}
	for _, f := range cfg.Fallback {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" || f == None || slices.Contains(names, f) {
			continue
		}
		names = append(names, f)
	}
	var providers []llm.Provider
	for i, name := range names {
		pc := cfg.resolved(name, i == 0)
		p, err := build(name, pc, cfg.HTTPClient)
		if err != nil {
			if i > 0 {
				return nil, fmt.Errorf("llm fallback %s: %w", name, err)
			}
			return nil, err
		}
		routed := llm.NewRouter(p, llm.Models{Default: pc.Model, Small: pc.SmallModel, Large: pc.LargeModel})
		providers = append(providers, llm.WithRetry(routed, retry))
	}
	if len(providers) == 1 {
		return providers[0], nil
	}
	return llm.NewChain(logger.With("component", "llm"), providers...)
}

func build(name string, pc ProviderConfig, hc *http.Client) (llm.Provider, error) {
	switch name {
	case OpenAI:
		return llmopenai.New(llmopenai.Config{BaseURL: pc.BaseURL, APIKey: pc.APIKey, Model: pc.Model, EmbeddingModel: pc.EmbeddingModel, HTTPClient: hc})
	case Anthropic:
		return llmanthropic.New(llmanthropic.Config{BaseURL: pc.BaseURL, APIKey: pc.APIKey, Model: pc.Model, HTTPClient: hc})
	case Ollama:
		return llmollama.New(llmollama.Config{BaseURL: pc.BaseURL, Model: pc.Model, EmbeddingModel: pc.EmbeddingModel, HTTPClient: hc})
	}
	return nil, errors.New("unknown LLM provider " + strconv.Quote(name) + ": use openai, anthropic, ollama or none")
}

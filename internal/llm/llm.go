// Package llm is OctoLLM's model layer: one Provider interface for chat
// (plain, JSON and schema-constrained), streaming and embeddings, plus the
// provider-independent machinery the orchestrator and the arms build on —
// retries with backoff, a fallback chain across providers, small/large model
// tiers, token counting, a per-model price table and per-task budgets.
//
// Providers live in sibling packages (llmopenai, llmanthropic, llmollama);
// llmopen builds a ready-to-use Provider from configuration, and llmtest holds
// fake servers speaking each provider's wire format together with the
// conformance suite every provider passes.
//
// The layers compose as plain Provider wrappers, innermost first:
//
//	provider → NewRouter (tier → model) → WithRetry (backoff, timeouts) → NewChain (fallback) → WithBudget (per task)
package llm

import (
	"context"
	"encoding/json"
)

// Provider is a chat/embedding model endpoint. Implementations are safe for
// concurrent use.
type Provider interface {
	// Name identifies the provider in logs, errors and metrics
	// ("openai", "anthropic", "ollama", "chain(openai,ollama)").
	Name() string
	// Chat sends one conversation and returns the whole reply.
	Chat(ctx context.Context, req Request) (Response, error)
	// ChatStream sends one conversation and calls fn with every piece of the
	// reply as it arrives. It returns the complete reply (the concatenation of
	// every delta, with usage and finish reason) once the stream ends. An
	// error returned by fn stops the stream, and ChatStream returns an error
	// wrapping it.
	ChatStream(ctx context.Context, req Request, fn func(Delta) error) (Response, error)
	// Embed returns one vector per input, in input order. An empty model
	// selects the provider's configured embedding model. Providers without an
	// embedding API return an error wrapping ErrUnsupported.
	Embed(ctx context.Context, model string, inputs []string) ([][]float32, error)
}

// Role is the author of a Message.
type Role string

// Roles understood by every provider.
const (
	RoleSystem    Role = "system"
	RoleUser      Role = "user"
	RoleAssistant Role = "assistant"
)

// Message is one turn of a conversation.
type Message struct {
	Role    Role   `json:"role"`
	Content string `json:"content"`
}

// Tier selects a model size when Request.Model is empty. The spec's
// hierarchical processing sends cheap, frequent calls (planning, yes/no
// criteria checks) to a small model and hard ones (code) to a large one.
type Tier string

// Model tiers. TierDefault uses the provider's default model.
const (
	TierDefault Tier = ""
	TierSmall   Tier = "small"
	TierLarge   Tier = "large"
)

// Request is one chat call.
type Request struct {
	// Model names the model. Empty selects the model of Tier (see Router)
	// or the provider's default.
	Model string `json:"model,omitempty"`
	// Tier picks the small or large configured model when Model is empty.
	Tier Tier `json:"tier,omitempty"`
	// System is the system prompt. Messages with RoleSystem are allowed too;
	// providers without a system role in their message list (Anthropic)
	// fold them into the system prompt.
	System   string    `json:"system,omitempty"`
	Messages []Message `json:"messages"`
	// Temperature is the sampling temperature; nil keeps the provider's
	// default. Use Temperature(0) for deterministic calls.
	Temperature *float64 `json:"temperature,omitempty"`
	// MaxTokens caps the completion; 0 keeps the provider's default
	// (Anthropic requires a value and gets DefaultMaxTokens).
	MaxTokens int `json:"max_tokens,omitempty"`
	// JSON asks for a single JSON object as the reply.
	JSON bool `json:"json,omitempty"`
	// JSONSchema asks for a reply that validates against a JSON Schema
	// (structured output). It implies JSON.
	JSONSchema *JSONSchema `json:"json_schema,omitempty"`
	// Stop lists sequences at which generation stops.
	Stop []string `json:"stop,omitempty"`
}

// JSONSchema describes structured output.
type JSONSchema struct {
	// Name identifies the schema to the provider (letters, digits, _ and -).
	Name string `json:"name"`
	// Description tells the model what the object is for; optional.
	Description string `json:"description,omitempty"`
	// Schema is the JSON Schema document (an object schema).
	Schema json.RawMessage `json:"schema"`
	// Strict asks providers that support it to enforce the schema exactly.
	Strict bool `json:"strict,omitempty"`
}

// WantsJSON reports whether the request asks for JSON output.
func (r Request) WantsJSON() bool { return r.JSON || r.JSONSchema != nil }

// Temperature returns a pointer for Request.Temperature.
func Temperature(t float64) *float64 { return &t }

// DefaultMaxTokens is the completion cap used when a provider requires one
// and the request leaves MaxTokens at 0.
const DefaultMaxTokens = 4096

// FinishReason says why generation stopped, normalised across providers.
type FinishReason string

// Normalised finish reasons. Providers map their own values onto these; an
// unknown value is passed through unchanged.
const (
	FinishStop          FinishReason = "stop"           // natural end or a stop sequence
	FinishLength        FinishReason = "length"         // MaxTokens or context window reached
	FinishContentFilter FinishReason = "content_filter" // the provider refused or filtered
)

// Usage counts the tokens of one call.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
}

// Total is PromptTokens + CompletionTokens.
func (u Usage) Total() int { return u.PromptTokens + u.CompletionTokens }

// Add returns the sum of two usages.
func (u Usage) Add(o Usage) Usage {
	return Usage{PromptTokens: u.PromptTokens + o.PromptTokens, CompletionTokens: u.CompletionTokens + o.CompletionTokens}
}

// Response is a complete chat reply.
type Response struct {
	// Content is the reply text. For JSON requests it is the JSON document.
	Content string `json:"content"`
	// Model is the model that answered, as reported by the provider.
	Model string `json:"model"`
	// Provider is the Name of the provider that answered (useful behind a Chain).
	Provider     string       `json:"provider"`
	Usage        Usage        `json:"usage"`
	FinishReason FinishReason `json:"finish_reason"`
}

// Delta is one streamed piece of a reply.
type Delta struct {
	Content string `json:"content"`
}

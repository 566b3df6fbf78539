// Package llmopenai is the llm.Provider for the OpenAI chat completions and
// embeddings API and every server that copies it: OpenAI itself, vLLM, the
// llama.cpp server, Ollama's /v1 endpoint and LM Studio — the base URL is
// configurable. It speaks HTTP directly (see internal/llmwire for why not
// the SDK).
package llmopenai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/internal/llmwire"
)

// Defaults filled by New.
const (
	DefaultBaseURL        = "https://api.openai.com/v1"
	DefaultModel          = "gpt-4o-mini"
	DefaultEmbeddingModel = "text-embedding-3-small"
)

// Config configures a Provider.
type Config struct {
	// BaseURL is the API root including the version segment, e.g.
	// https://api.openai.com/v1 (default), http://127.0.0.1:8000/v1 (vLLM),
	// http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio).
	BaseURL string
	// APIKey is sent as a Bearer token. Required for api.openai.com, optional
	// for local servers.
	APIKey string
	// Organization is sent as OpenAI-Organization when set.
	Organization string
	// Model is used when a request names none (default gpt-4o-mini).
	Model string
	// EmbeddingModel is used when Embed is called without a model
	// (default text-embedding-3-small).
	EmbeddingModel string
	// MaxTokensField is the request field that carries Request.MaxTokens:
	// "max_completion_tokens" (required by OpenAI's reasoning models; the
	// default for api.openai.com) or "max_tokens" (what older compatible
	// servers understand; the default elsewhere).
	MaxTokensField string
	// Name is what Name() returns (default "openai"); set it to tell two
	// compatible endpoints apart in logs and metrics.
	Name string
	// HTTPClient does the requests (default: a client without a timeout —
	// deadlines come from the context, see llm.RetryConfig.Timeout).
	HTTPClient *http.Client
}

func (c *Config) fill() error {
	if c.BaseURL == "" {
		c.BaseURL = DefaultBaseURL
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("llmopenai: base URL %q must be an absolute http(s) URL", c.BaseURL)
	}
	if u.Hostname() == "api.openai.com" && c.APIKey == "" {
		return fmt.Errorf("llmopenai: an API key (OPENAI_API_KEY) is required for %s", u.Host)
	}
	if c.Model == "" {
		c.Model = DefaultModel
	}
	if c.EmbeddingModel == "" {
		c.EmbeddingModel = DefaultEmbeddingModel
	}
	switch c.MaxTokensField {
	case "":
		c.MaxTokensField = "max_tokens"
		if u.Hostname() == "api.openai.com" {
			c.MaxTokensField = "max_completion_tokens"
		}
	case "max_tokens", "max_completion_tokens":
	default:
		return fmt.Errorf("llmopenai: max tokens field %q must be max_tokens or max_completion_tokens", c.MaxTokensField)
	}
	if c.Name == "" {
		c.Name = "openai"
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{}
	}
	return nil
}

// Provider talks to one OpenAI-compatible endpoint.
type Provider struct {
	cfg  Config
	wire *llmwire.Client
}

var _ llm.Provider = (*Provider)(nil)

// New validates cfg, fills defaults and returns a Provider.
func New(cfg Config) (*Provider, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	h := http.Header{}
	if cfg.APIKey != "" {
		h.Set("Authorization", "Bearer "+cfg.APIKey)
	}
	if cfg.Organization != "" {
		h.Set("OpenAI-Organization", cfg.Organization)
	}
	return &Provider{cfg: cfg, wire: &llmwire.Client{Provider: cfg.Name, HTTP: cfg.HTTPClient, BaseURL: cfg.BaseURL, Header: h}}, nil
}

// Name implements llm.Provider.
func (p *Provider) Name() string { return p.cfg.Name }

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type jsonSchemaFormat struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	Schema      any    `json:"schema"`
	Strict      bool   `json:"strict,omitempty"`
}

type responseFormat struct {
	Type       string            `json:"type"`
	JSONSchema *jsonSchemaFormat `json:"json_schema,omitempty"`
}

type streamOptions struct {
	IncludeUsage bool `json:"include_usage"`
}

type chatRequest struct {
	Model               string          `json:"model"`
	Messages            []message       `json:"messages"`
	Temperature         *float64        `json:"temperature,omitempty"`
	MaxTokens           int             `json:"max_tokens,omitempty"`
	MaxCompletionTokens int             `json:"max_completion_tokens,omitempty"`
	Stop                []string        `json:"stop,omitempty"`
	ResponseFormat      *responseFormat `json:"response_format,omitempty"`
	Stream              bool            `json:"stream,omitempty"`
	StreamOptions       *streamOptions  `json:"stream_options,omitempty"`
}

type usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
}

type chatResponse struct {
	Model   string `json:"model"`
	Choices []struct {
		Message struct {
			Content *string `json:"content"`
			Refusal *string `json:"refusal"`
		} `json:"message"`
		FinishReason string `json:"finish_reason"`
	} `json:"choices"`
	Usage *usage `json:"usage"`
}

type chunk struct {
	Model   string `json:"model"`
	Choices []struct {
		Delta struct {
			Content *string `json:"content"`
			Refusal *string `json:"refusal"`
		} `json:"delta"`
		FinishReason *string `json:"finish_reason"`
	} `json:"choices"`
	Usage *usage          `json:"usage"`
	Error *streamErrorDoc `json:"error"`
}

type streamErrorDoc struct {
	Message string `json:"message"`
	Type    string `json:"type"`
	Code    any    `json:"code"`
}

// jsonHint is appended to the system prompt in JSON mode when no message
// mentions JSON: OpenAI rejects response_format json_object otherwise.
const jsonHint = "Respond with a single JSON object."

func (p *Provider) buildRequest(req llm.Request, stream bool) (chatRequest, error) {
	if len(req.Messages) == 0 {
		return chatRequest{}, fmt.Errorf("%s: %w: no messages", p.cfg.Name, llm.ErrInvalidRequest)
	}
	cr := chatRequest{Model: req.Model, Temperature: req.Temperature, Stop: req.Stop, Stream: stream}
	if cr.Model == "" {
		cr.Model = p.cfg.Model
	}
	if reasoningModel(cr.Model) {
		// OpenAI's reasoning models reject any temperature but the default
		// with a 400; callers pick temperatures for ordinary chat models.
		cr.Temperature = nil
	}
	system := req.System
	if req.JSON && req.JSONSchema == nil && !mentionsJSON(req) {
		if system != "" {
			system += "\n\n"
		}
		system += jsonHint
	}
	if system != "" {
		cr.Messages = append(cr.Messages, message{Role: string(llm.RoleSystem), Content: system})
	}
	for _, m := range req.Messages {
		cr.Messages = append(cr.Messages, message{Role: string(m.Role), Content: m.Content})
	}
	if req.MaxTokens > 0 {
		if p.cfg.MaxTokensField == "max_completion_tokens" {
			cr.MaxCompletionTokens = req.MaxTokens
		} else {
			cr.MaxTokens = req.MaxTokens
		}
	}
	switch {
	case req.JSONSchema != nil:
		name := req.JSONSchema.Name
		if name == "" {
			name = "response"
		}
		cr.ResponseFormat = &responseFormat{Type: "json_schema", JSONSchema: &jsonSchemaFormat{
			Name: name, Description: req.JSONSchema.Description, Schema: req.JSONSchema.Schema, Strict: req.JSONSchema.Strict,
		}}
	case req.JSON:
		cr.ResponseFormat = &responseFormat{Type: "json_object"}
	}
	if stream {
		// Without include_usage the stream carries no token counts, and
		// budgets would have to guess.
		cr.StreamOptions = &streamOptions{IncludeUsage: true}
	}
	return cr, nil
}

// reasoningModel reports whether model is one of OpenAI's reasoning models
// (o1, o3, o4-mini, gpt-5 except its chat variant).
func reasoningModel(model string) bool {
	m := strings.ToLower(model)
	if i := strings.LastIndex(m, "/"); i >= 0 {
		m = m[i+1:]
	}
	if strings.HasPrefix(m, "gpt-5-chat") {
		return false
	}
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if m == p || strings.HasPrefix(m, p+"-") {
			return true
		}
	}
	return false
}

func mentionsJSON(req llm.Request) bool {
	if strings.Contains(strings.ToLower(req.System), "json") {
		return true
	}
	for _, m := range req.Messages {
		if strings.Contains(strings.ToLower(m.Content), "json") {
			return true
		}
	}
	return false
}

// Chat implements llm.Provider.
func (p *Provider) Chat(ctx context.Context, req llm.Request) (llm.Response, error) {
	cr, err := p.buildRequest(req, false)
	if err != nil {
		return llm.Response{}, err
	}
	resp, err := p.wire.PostJSON(ctx, "/chat/completions", cr)
	if err != nil {
		return llm.Response{}, err
	}
	defer resp.Body.Close()
	var out chatResponse
	if err := p.wire.DecodeBody(ctx, resp, &out); err != nil {
		return llm.Response{}, err
	}
	if len(out.Choices) == 0 {
		return llm.Response{}, p.wire.BadResponse("response has no choices", nil)
	}
	c := out.Choices[0]
	r := llm.Response{Model: out.Model, Provider: p.cfg.Name, FinishReason: finishReason(c.FinishReason)}
	switch {
	case c.Message.Content != nil:
		r.Content = *c.Message.Content
	case c.Message.Refusal != nil:
		r.Content = *c.Message.Refusal
		r.FinishReason = llm.FinishContentFilter
	}
	if out.Usage != nil {
		r.Usage = llm.Usage{PromptTokens: out.Usage.PromptTokens, CompletionTokens: out.Usage.CompletionTokens}
	}
	if r.Model == "" {
		r.Model = cr.Model
	}
	return r, nil
}

// ChatStream implements llm.Provider with the SSE stream of chat completion
// chunks ending in "data: [DONE]".
func (p *Provider) ChatStream(ctx context.Context, req llm.Request, fn func(llm.Delta) error) (llm.Response, error) {
	cr, err := p.buildRequest(req, true)
	if err != nil {
		return llm.Response{}, err
	}
	resp, err := p.wire.PostJSON(ctx, "/chat/completions", cr)
	if err != nil {
		return llm.Response{}, err
	}
	defer resp.Body.Close()
	r := llm.Response{Model: cr.Model, Provider: p.cfg.Name}
	var content strings.Builder
	var refused, done, finished bool
	events := llmwire.NewSSEReader(resp.Body)
	for !done {
		ev, err := events.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return r, p.wire.StreamReadError(ctx, err)
		}
		if strings.TrimSpace(ev.Data) == "[DONE]" {
			done = true
			break
		}
		var c chunk
		if err := json.Unmarshal([]byte(ev.Data), &c); err != nil {
			return r, p.wire.BadResponse("decode stream chunk", err)
		}
		if c.Error != nil {
			return r, &llm.APIError{Provider: p.cfg.Name, Code: fmt.Sprint(orEmpty(c.Error.Code, c.Error.Type)), Message: c.Error.Message}
		}
		if c.Model != "" {
			r.Model = c.Model
		}
		if c.Usage != nil {
			r.Usage = llm.Usage{PromptTokens: c.Usage.PromptTokens, CompletionTokens: c.Usage.CompletionTokens}
		}
		for _, ch := range c.Choices {
			text := ""
			switch {
			case ch.Delta.Content != nil:
				text = *ch.Delta.Content
			case ch.Delta.Refusal != nil:
				text = *ch.Delta.Refusal
				refused = true
			}
			if text != "" {
				content.WriteString(text)
				if err := fn(llm.Delta{Content: text}); err != nil {
					r.Content = content.String()
					return r, fmt.Errorf("%s: stream callback: %w", p.cfg.Name, err)
				}
			}
			if ch.FinishReason != nil && *ch.FinishReason != "" {
				r.FinishReason = finishReason(*ch.FinishReason)
				finished = true
			}
		}
	}
	r.Content = content.String()
	if refused {
		r.FinishReason = llm.FinishContentFilter
	}
	if !done && !finished {
		return r, p.wire.TransportError(ctx, "read stream", io.ErrUnexpectedEOF)
	}
	return r, nil
}

func orEmpty(code any, typ string) any {
	if code == nil || code == "" {
		return typ
	}
	return code
}

func finishReason(s string) llm.FinishReason {
	switch s {
	case "stop", "eos", "stop_sequence":
		return llm.FinishStop
	case "length", "max_tokens":
		return llm.FinishLength
	case "content_filter":
		return llm.FinishContentFilter
	}
	return llm.FinishReason(s)
}

type embedRequest struct {
	Model          string   `json:"model"`
	Input          []string `json:"input"`
	EncodingFormat string   `json:"encoding_format"`
}

type embedResponse struct {
	Data []struct {
		Index     int       `json:"index"`
		Embedding []float32 `json:"embedding"`
	} `json:"data"`
}

// Embed implements llm.Provider with POST /embeddings.
func (p *Provider) Embed(ctx context.Context, model string, inputs []string) ([][]float32, error) {
	if len(inputs) == 0 {
		return [][]float32{}, nil
	}
	if model == "" {
		model = p.cfg.EmbeddingModel
	}
	resp, err := p.wire.PostJSON(ctx, "/embeddings", embedRequest{Model: model, Input: inputs, EncodingFormat: "float"})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out embedResponse
	if err := p.wire.DecodeBody(ctx, resp, &out); err != nil {
		return nil, err
	}
	if len(out.Data) != len(inputs) {
		return nil, p.wire.BadResponse(fmt.Sprintf("%d embeddings for %d inputs", len(out.Data), len(inputs)), nil)
	}
	sort.SliceStable(out.Data, func(i, j int) bool { return out.Data[i].Index < out.Data[j].Index })
	vecs := make([][]float32, len(inputs))
	for i, d := range out.Data {
		if d.Index != i || len(d.Embedding) == 0 {
			return nil, p.wire.BadResponse(fmt.Sprintf("embedding %d missing or empty", i), nil)
		}
		vecs[i] = d.Embedding
	}
	return vecs, nil
}

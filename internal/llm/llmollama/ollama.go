// Package llmollama is the llm.Provider for Ollama's native API: /api/chat
// (newline-delimited JSON streaming, "format" for JSON and schemas) and
// /api/embed. It speaks HTTP directly: github.com/ollama/ollama/api would
// pull the whole Ollama server module into our build for two endpoints.
// For Ollama's OpenAI-compatible /v1 endpoint use llmopenai instead.
package llmollama

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/internal/llmwire"
)

// Defaults filled by New.
const (
	DefaultBaseURL        = "http://127.0.0.1:11434"
	DefaultModel          = "llama3.2"
	DefaultEmbeddingModel = "nomic-embed-text"
)

// Config configures a Provider.
type Config struct {
	// BaseURL is the Ollama server root (default http://127.0.0.1:11434).
	BaseURL string
	// Model is used when a request names none (default llama3.2).
	Model string
	// EmbeddingModel is used when Embed is called without a model
	// (default nomic-embed-text).
	EmbeddingModel string
	// KeepAlive tells Ollama how long to keep the model loaded after a call
	// ("5m", "-1" for ever); empty keeps the server's default.
	KeepAlive string
	// Name is what Name() returns (default "ollama").
	Name string
	// HTTPClient does the requests (default: a client without a timeout;
	// deadlines come from the context).
	HTTPClient *http.Client
}

func (c *Config) fill() error {
	if c.BaseURL == "" {
		c.BaseURL = DefaultBaseURL
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("llmollama: base URL %q must be an absolute http(s) URL", c.BaseURL)
	}
	if strings.HasSuffix(u.Path, "/v1") {
		return fmt.Errorf("llmollama: base URL %q points at the OpenAI-compatible endpoint; use the server root or the openai provider", c.BaseURL)
	}
	if c.Model == "" {
		c.Model = DefaultModel
	}
	if c.EmbeddingModel == "" {
		c.EmbeddingModel = DefaultEmbeddingModel
	}
	if c.Name == "" {
		c.Name = "ollama"
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{}
	}
	return nil
}

// Provider talks to one Ollama server.
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
	return &Provider{cfg: cfg, wire: &llmwire.Client{Provider: cfg.Name, HTTP: cfg.HTTPClient, BaseURL: cfg.BaseURL}}, nil
}

// Name implements llm.Provider.
func (p *Provider) Name() string { return p.cfg.Name }

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type options struct {
	Temperature *float64 `json:"temperature,omitempty"`
	NumPredict  int      `json:"num_predict,omitempty"`
	Stop        []string `json:"stop,omitempty"`
}

type chatRequest struct {
	Model    string          `json:"model"`
	Messages []message       `json:"messages"`
	Stream   bool            `json:"stream"` // always sent: Ollama streams by default
	Format   json.RawMessage `json:"format,omitempty"`
	Options  *options        `json:"options,omitempty"`
	// KeepAlive is a duration string.
	KeepAlive string `json:"keep_alive,omitempty"`
}

type chatResponse struct {
	Model   string `json:"model"`
	Message struct {
		Content string `json:"content"`
	} `json:"message"`
	Done            bool   `json:"done"`
	DoneReason      string `json:"done_reason"`
	PromptEvalCount int    `json:"prompt_eval_count"`
	EvalCount       int    `json:"eval_count"`
	Error           string `json:"error"`
}

func (p *Provider) buildRequest(req llm.Request, stream bool) (chatRequest, error) {
	if len(req.Messages) == 0 {
		return chatRequest{}, fmt.Errorf("%s: %w: no messages", p.cfg.Name, llm.ErrInvalidRequest)
	}
	cr := chatRequest{Model: req.Model, Stream: stream, KeepAlive: p.cfg.KeepAlive}
	if cr.Model == "" {
		cr.Model = p.cfg.Model
	}
	if req.System != "" {
		cr.Messages = append(cr.Messages, message{Role: string(llm.RoleSystem), Content: req.System})
	}
	for _, m := range req.Messages {
		cr.Messages = append(cr.Messages, message{Role: string(m.Role), Content: m.Content})
	}
	switch {
	case req.JSONSchema != nil && len(req.JSONSchema.Schema) > 0:
		cr.Format = req.JSONSchema.Schema
	case req.WantsJSON():
		cr.Format = json.RawMessage(`"json"`)
	}
	if req.Temperature != nil || req.MaxTokens > 0 || len(req.Stop) > 0 {
		cr.Options = &options{Temperature: req.Temperature, NumPredict: req.MaxTokens, Stop: req.Stop}
	}
	return cr, nil
}

func (p *Provider) response(cr chatRequest, out chatResponse) llm.Response {
	r := llm.Response{
		Model: out.Model, Provider: p.cfg.Name, FinishReason: doneReason(out.DoneReason),
		Usage: llm.Usage{PromptTokens: out.PromptEvalCount, CompletionTokens: out.EvalCount},
	}
	if r.Model == "" {
		r.Model = cr.Model
	}
	return r
}

// Chat implements llm.Provider.
func (p *Provider) Chat(ctx context.Context, req llm.Request) (llm.Response, error) {
	cr, err := p.buildRequest(req, false)
	if err != nil {
		return llm.Response{}, err
	}
	resp, err := p.wire.PostJSON(ctx, "/api/chat", cr)
	if err != nil {
		return llm.Response{}, err
	}
	defer resp.Body.Close()
	var out chatResponse
	if err := p.wire.DecodeBody(ctx, resp, &out); err != nil {
		return llm.Response{}, err
	}
	if out.Error != "" {
		return llm.Response{}, &llm.APIError{Provider: p.cfg.Name, Message: out.Error}
	}
	if !out.Done {
		return llm.Response{}, p.wire.BadResponse("reply not marked done", nil)
	}
	r := p.response(cr, out)
	r.Content = out.Message.Content
	return r, nil
}

// ChatStream implements llm.Provider with Ollama's NDJSON stream: one JSON
// object per line, the last with "done": true and the token counts.
func (p *Provider) ChatStream(ctx context.Context, req llm.Request, fn func(llm.Delta) error) (llm.Response, error) {
	cr, err := p.buildRequest(req, true)
	if err != nil {
		return llm.Response{}, err
	}
	resp, err := p.wire.PostJSON(ctx, "/api/chat", cr)
	if err != nil {
		return llm.Response{}, err
	}
	defer resp.Body.Close()
	r := llm.Response{Model: cr.Model, Provider: p.cfg.Name}
	var content strings.Builder
	lines := llmwire.NewLineReader(resp.Body)
	for {
		line, err := lines.Next()
		if errors.Is(err, io.EOF) {
			r.Content = content.String()
			return r, p.wire.TransportError(ctx, "read stream", io.ErrUnexpectedEOF)
		}
		if err != nil {
			r.Content = content.String()
			return r, p.wire.StreamReadError(ctx, err)
		}
		var c chatResponse
		if err := json.Unmarshal(line, &c); err != nil {
			r.Content = content.String()
			return r, p.wire.BadResponse("decode stream line", err)
		}
		if c.Error != "" {
			r.Content = content.String()
			return r, &llm.APIError{Provider: p.cfg.Name, Message: c.Error}
		}
		if text := c.Message.Content; text != "" {
			content.WriteString(text)
			if err := fn(llm.Delta{Content: text}); err != nil {
				r.Content = content.String()
				return r, fmt.Errorf("%s: stream callback: %w", p.cfg.Name, err)
			}
		}
		if c.Done {
			final := p.response(cr, c)
			final.Content = content.String()
			return final, nil
		}
	}
}

func doneReason(s string) llm.FinishReason {
	switch s {
	case "stop", "":
		// Older servers omit done_reason on a normal finish.
		return llm.FinishStop
	case "length":
		return llm.FinishLength
	}
	return llm.FinishReason(s)
}

type embedRequest struct {
	Model     string   `json:"model"`
	Input     []string `json:"input"`
	KeepAlive string   `json:"keep_alive,omitempty"`
}

type embedResponse struct {
	Embeddings [][]float32 `json:"embeddings"`
	Error      string      `json:"error"`
}

// Embed implements llm.Provider with POST /api/embed.
func (p *Provider) Embed(ctx context.Context, model string, inputs []string) ([][]float32, error) {
	if len(inputs) == 0 {
		return [][]float32{}, nil
	}
	if model == "" {
		model = p.cfg.EmbeddingModel
	}
	resp, err := p.wire.PostJSON(ctx, "/api/embed", embedRequest{Model: model, Input: inputs, KeepAlive: p.cfg.KeepAlive})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out embedResponse
	if err := p.wire.DecodeBody(ctx, resp, &out); err != nil {
		return nil, err
	}
	if out.Error != "" {
		return nil, &llm.APIError{Provider: p.cfg.Name, Message: out.Error}
	}
	if len(out.Embeddings) != len(inputs) {
		return nil, p.wire.BadResponse(fmt.Sprintf("%d embeddings for %d inputs", len(out.Embeddings), len(inputs)), nil)
	}
	for i, v := range out.Embeddings {
		if len(v) == 0 {
			return nil, p.wire.BadResponse(fmt.Sprintf("embedding %d is empty", i), nil)
		}
	}
	return out.Embeddings, nil
}

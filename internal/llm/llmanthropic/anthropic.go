// Package llmanthropic is the llm.Provider for Anthropic's Messages API
// (POST /v1/messages, with SSE streaming). It speaks HTTP directly (see
// internal/llmwire for why not the SDK).
//
// JSON and schema-constrained output use a forced tool call: the request
// declares one tool whose input_schema is the wanted schema and sets
// tool_choice to it, and the tool input the model produces is the reply. This
// works on every Claude model, unlike assistant prefill.
package llmanthropic

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
	DefaultBaseURL = "https://api.anthropic.com"
	DefaultModel   = "claude-haiku-4-5"
	// APIVersion is sent as the anthropic-version header.
	APIVersion = "2023-06-01"
)

// Config configures a Provider.
type Config struct {
	// BaseURL is the API root without /v1 (default https://api.anthropic.com).
	BaseURL string
	// APIKey is sent as x-api-key. Required for api.anthropic.com.
	APIKey string
	// Model is used when a request names none (default claude-haiku-4-5).
	Model string
	// Name is what Name() returns (default "anthropic").
	Name string
	// HTTPClient does the requests (default: a client without a timeout;
	// deadlines come from the context).
	HTTPClient *http.Client
}

func (c *Config) fill() error {
	if c.BaseURL == "" {
		c.BaseURL = DefaultBaseURL
	}
	c.BaseURL = strings.TrimSuffix(strings.TrimRight(c.BaseURL, "/"), "/v1")
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("llmanthropic: base URL %q must be an absolute http(s) URL", c.BaseURL)
	}
	if u.Hostname() == "api.anthropic.com" && c.APIKey == "" {
		return fmt.Errorf("llmanthropic: an API key (ANTHROPIC_API_KEY) is required for %s", u.Host)
	}
	if c.Model == "" {
		c.Model = DefaultModel
	}
	if c.Name == "" {
		c.Name = "anthropic"
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{}
	}
	return nil
}

// Provider talks to the Anthropic Messages API.
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
	h.Set("anthropic-version", APIVersion)
	if cfg.APIKey != "" {
		h.Set("x-api-key", cfg.APIKey)
	}
	return &Provider{cfg: cfg, wire: &llmwire.Client{Provider: cfg.Name, HTTP: cfg.HTTPClient, BaseURL: cfg.BaseURL, Header: h}}, nil
}

// Name implements llm.Provider.
func (p *Provider) Name() string { return p.cfg.Name }

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type tool struct {
	Name        string          `json:"name"`
	Description string          `json:"description,omitempty"`
	InputSchema json.RawMessage `json:"input_schema"`
}

type toolChoice struct {
	Type string `json:"type"`
	Name string `json:"name,omitempty"`
}

type messagesRequest struct {
	Model         string      `json:"model"`
	System        string      `json:"system,omitempty"`
	Messages      []message   `json:"messages"`
	MaxTokens     int         `json:"max_tokens"`
	Temperature   *float64    `json:"temperature,omitempty"`
	StopSequences []string    `json:"stop_sequences,omitempty"`
	Stream        bool        `json:"stream,omitempty"`
	Tools         []tool      `json:"tools,omitempty"`
	ToolChoice    *toolChoice `json:"tool_choice,omitempty"`
}

type usage struct {
	InputTokens              int `json:"input_tokens"`
	OutputTokens             int `json:"output_tokens"`
	CacheCreationInputTokens int `json:"cache_creation_input_tokens"`
	CacheReadInputTokens     int `json:"cache_read_input_tokens"`
}

func (u usage) prompt() int {
	return u.InputTokens + u.CacheCreationInputTokens + u.CacheReadInputTokens
}

type contentBlock struct {
	Type  string          `json:"type"`
	Text  string          `json:"text"`
	Name  string          `json:"name"`
	Input json.RawMessage `json:"input"`
}

type messagesResponse struct {
	Model      string         `json:"model"`
	Content    []contentBlock `json:"content"`
	StopReason string         `json:"stop_reason"`
	Usage      usage          `json:"usage"`
}

// jsonToolName is the forced tool's name when the schema has none.
const jsonToolName = "json_response"

// anyObject is the schema for JSON mode without a schema: any object.
var anyObject = json.RawMessage(`{"type":"object"}`)

func (p *Provider) buildRequest(req llm.Request, stream bool) (messagesRequest, error) {
	mr := messagesRequest{
		Model: req.Model, MaxTokens: req.MaxTokens, Temperature: req.Temperature,
		StopSequences: req.Stop, Stream: stream,
	}
	if mr.Model == "" {
		mr.Model = p.cfg.Model
	}
	if mr.MaxTokens <= 0 {
		mr.MaxTokens = llm.DefaultMaxTokens
	}
	if t := req.Temperature; t != nil && (*t < 0 || *t > 1) {
		// Anthropic accepts 0–1 where OpenAI accepts 0–2; clamp rather than
		// fail a request written for the other vendor.
		mr.Temperature = llm.Temperature(min(max(*t, 0), 1))
	}
	system := []string{}
	if req.System != "" {
		system = append(system, req.System)
	}
	for _, m := range req.Messages {
		if m.Role == llm.RoleSystem {
			// The Messages API has no system role inside the list.
			system = append(system, m.Content)
			continue
		}
		mr.Messages = append(mr.Messages, message{Role: string(m.Role), Content: m.Content})
	}
	if len(mr.Messages) == 0 {
		return messagesRequest{}, fmt.Errorf("%s: %w: no user or assistant messages", p.cfg.Name, llm.ErrInvalidRequest)
	}
	mr.System = strings.Join(system, "\n\n")
	if req.WantsJSON() {
		t := tool{Name: jsonToolName, Description: "Return the response as a JSON object.", InputSchema: anyObject}
		if s := req.JSONSchema; s != nil {
			if s.Name != "" {
				t.Name = s.Name
			}
			if s.Description != "" {
				t.Description = s.Description
			}
			if len(s.Schema) > 0 {
				t.InputSchema = s.Schema
			}
		}
		mr.Tools = []tool{t}
		mr.ToolChoice = &toolChoice{Type: "tool", Name: t.Name}
	}
	return mr, nil
}

// Chat implements llm.Provider.
func (p *Provider) Chat(ctx context.Context, req llm.Request) (llm.Response, error) {
	mr, err := p.buildRequest(req, false)
	if err != nil {
		return llm.Response{}, err
	}
	resp, err := p.wire.PostJSON(ctx, "/v1/messages", mr)
	if err != nil {
		return llm.Response{}, err
	}
	defer resp.Body.Close()
	var out messagesResponse
	if err := p.wire.DecodeBody(ctx, resp, &out); err != nil {
		return llm.Response{}, err
	}
	r := llm.Response{
		Model: out.Model, Provider: p.cfg.Name, FinishReason: stopReason(out.StopReason),
		Usage: llm.Usage{PromptTokens: out.Usage.prompt(), CompletionTokens: out.Usage.OutputTokens},
	}
	if r.Model == "" {
		r.Model = mr.Model
	}
	if req.WantsJSON() {
		for _, b := range out.Content {
			if b.Type == "tool_use" {
				r.Content = string(b.Input)
				return r, nil
			}
		}
		if r.FinishReason == llm.FinishStop {
			// Forced tool use that yields no tool call breaks the contract.
			return r, p.wire.BadResponse("JSON requested but the reply has no tool_use block", nil)
		}
		return r, nil // cut by max_tokens or refused: FinishReason tells
	}
	var text strings.Builder
	for _, b := range out.Content {
		if b.Type == "text" {
			text.WriteString(b.Text)
		}
	}
	r.Content = text.String()
	return r, nil
}

type streamEvent struct {
	Type    string `json:"type"`
	Message struct {
		Model string `json:"model"`
		Usage usage  `json:"usage"`
	} `json:"message"`
	ContentBlock contentBlock `json:"content_block"`
	Delta        struct {
		Type        string `json:"type"`
		Text        string `json:"text"`
		PartialJSON string `json:"partial_json"`
		StopReason  string `json:"stop_reason"`
	} `json:"delta"`
	Usage *usage `json:"usage"`
	Error *struct {
		Type    string `json:"type"`
		Message string `json:"message"`
	} `json:"error"`
}

// ChatStream implements llm.Provider with the Messages SSE stream
// (message_start, content_block_*, message_delta, message_stop).
func (p *Provider) ChatStream(ctx context.Context, req llm.Request, fn func(llm.Delta) error) (llm.Response, error) {
	mr, err := p.buildRequest(req, true)
	if err != nil {
		return llm.Response{}, err
	}
	resp, err := p.wire.PostJSON(ctx, "/v1/messages", mr)
	if err != nil {
		return llm.Response{}, err
	}
	defer resp.Body.Close()
	wantJSON := req.WantsJSON()
	r := llm.Response{Model: mr.Model, Provider: p.cfg.Name}
	var content strings.Builder
	sawTool, stopped := false, false
	events := llmwire.NewSSEReader(resp.Body)
	for !stopped {
		ev, err := events.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			r.Content = content.String()
			return r, p.wire.StreamReadError(ctx, err)
		}
		var se streamEvent
		if err := json.Unmarshal([]byte(ev.Data), &se); err != nil {
			r.Content = content.String()
			return r, p.wire.BadResponse("decode stream event", err)
		}
		if se.Type == "" {
			se.Type = ev.Name
		}
		var text string
		switch se.Type {
		case "message_start":
			if se.Message.Model != "" {
				r.Model = se.Message.Model
			}
			r.Usage.PromptTokens = se.Message.Usage.prompt()
			r.Usage.CompletionTokens = se.Message.Usage.OutputTokens
		case "content_block_start":
			if se.ContentBlock.Type == "tool_use" {
				sawTool = true
			}
		case "content_block_delta":
			switch se.Delta.Type {
			case "text_delta":
				if !wantJSON {
					text = se.Delta.Text
				}
			case "input_json_delta":
				if wantJSON {
					text = se.Delta.PartialJSON
				}
			}
		case "message_delta":
			if se.Delta.StopReason != "" {
				r.FinishReason = stopReason(se.Delta.StopReason)
			}
			if se.Usage != nil {
				// message_delta carries cumulative output tokens.
				r.Usage.CompletionTokens = se.Usage.OutputTokens
				if pr := se.Usage.prompt(); pr > 0 {
					r.Usage.PromptTokens = pr
				}
			}
		case "message_stop":
			stopped = true
		case "error":
			r.Content = content.String()
			ae := &llm.APIError{Provider: p.cfg.Name}
			if se.Error != nil {
				ae.Code, ae.Message = se.Error.Type, se.Error.Message
			}
			return r, ae
		}
		if text != "" {
			content.WriteString(text)
			if err := fn(llm.Delta{Content: text}); err != nil {
				r.Content = content.String()
				return r, fmt.Errorf("%s: stream callback: %w", p.cfg.Name, err)
			}
		}
	}
	r.Content = content.String()
	if !stopped {
		return r, p.wire.TransportError(ctx, "read stream", io.ErrUnexpectedEOF)
	}
	if wantJSON && r.Content == "" {
		if sawTool {
			// The whole (empty) input arrived in content_block_start.
			r.Content = "{}"
		} else if r.FinishReason == llm.FinishStop {
			return r, p.wire.BadResponse("JSON requested but the stream has no tool_use block", nil)
		}
	}
	return r, nil
}

func stopReason(s string) llm.FinishReason {
	switch s {
	case "end_turn", "stop_sequence", "tool_use", "pause_turn":
		return llm.FinishStop
	case "max_tokens", "model_context_window_exceeded":
		return llm.FinishLength
	case "refusal":
		return llm.FinishContentFilter
	}
	return llm.FinishReason(s)
}

// Embed implements llm.Provider: Anthropic has no embeddings API.
func (p *Provider) Embed(context.Context, string, []string) ([][]float32, error) {
	return nil, fmt.Errorf("%s: embeddings: %w", p.cfg.Name, llm.ErrUnsupported)
}

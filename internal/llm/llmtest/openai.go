package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/octollm/octollm/internal/llm"
)

// created is the fixed "created" timestamp of fake OpenAI replies.
const created = 1735689600

// decodeText reads message content given as a string or as an array of
// {"type":"text","text":...} parts (both are valid in OpenAI and Anthropic).
func decodeText(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", true
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, true
	}
	var parts []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	if json.Unmarshal(raw, &parts) != nil {
		return "", false
	}
	var b strings.Builder
	for _, p := range parts {
		if p.Type == "text" {
			b.WriteString(p.Text)
		}
	}
	return b.String(), true
}

// decodeStop reads "stop" given as a string or an array.
func decodeStop(raw json.RawMessage) ([]string, bool) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, true
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return []string{s}, true
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list, true
	}
	return nil, false
}

type openaiChatIn struct {
	Model    string `json:"model"`
	Messages []struct {
		Role    string          `json:"role"`
		Content json.RawMessage `json:"content"`
	} `json:"messages"`
	Temperature         *float64        `json:"temperature"`
	MaxTokens           *int            `json:"max_tokens"`
	MaxCompletionTokens *int            `json:"max_completion_tokens"`
	Stop                json.RawMessage `json:"stop"`
	ResponseFormat      *struct {
		Type       string `json:"type"`
		JSONSchema *struct {
			Name        string          `json:"name"`
			Description string          `json:"description"`
			Schema      json.RawMessage `json:"schema"`
			Strict      bool            `json:"strict"`
		} `json:"json_schema"`
	} `json:"response_format"`
	Stream        bool `json:"stream"`
	StreamOptions *struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options"`
}

func decodeOpenAI(c *Call) *Reply {
	switch c.Path {
	case "/v1/chat/completions":
	case "/v1/embeddings":
		var in struct {
			Model string          `json:"model"`
			Input json.RawMessage `json:"input"`
		}
		if err := json.Unmarshal(c.Body, &in); err != nil {
			return badRequest("invalid JSON body: %v", err)
		}
		if in.Model == "" {
			return badRequest("you must provide a model parameter")
		}
		inputs, ok := decodeStop(in.Input) // string or array of strings
		if !ok || len(inputs) == 0 {
			return badRequest("'input' must be a non-empty string or array of strings")
		}
		c.Embed = &EmbedCall{Model: in.Model, Inputs: inputs}
		return nil
	default:
		return notFound(c.Path)
	}
	var in openaiChatIn
	if err := json.Unmarshal(c.Body, &in); err != nil {
		return badRequest("invalid JSON body: %v", err)
	}
	if in.Model == "" {
		return badRequest("you must provide a model parameter")
	}
	if len(in.Messages) == 0 {
		return badRequest("'messages' must contain at least one message")
	}
	if in.MaxTokens != nil && in.MaxCompletionTokens != nil {
		return badRequest("max_tokens and max_completion_tokens cannot both be set")
	}
	req := &llm.Request{Model: in.Model, Temperature: in.Temperature}
	var system []string
	leading := true
	for i, m := range in.Messages {
		text, ok := decodeText(m.Content)
		if !ok {
			return badRequest("messages[%d].content must be a string or an array of parts", i)
		}
		role := m.Role
		if role == "developer" {
			role = string(llm.RoleSystem)
		}
		switch role {
		case string(llm.RoleSystem), string(llm.RoleUser), string(llm.RoleAssistant):
		default:
			return badRequest("messages[%d].role %q is not supported", i, m.Role)
		}
		if leading && role == string(llm.RoleSystem) {
			system = append(system, text)
			continue
		}
		leading = false
		req.Messages = append(req.Messages, llm.Message{Role: llm.Role(role), Content: text})
	}
	req.System = strings.Join(system, "\n\n")
	switch {
	case in.MaxTokens != nil:
		req.MaxTokens = *in.MaxTokens
	case in.MaxCompletionTokens != nil:
		req.MaxTokens = *in.MaxCompletionTokens
	}
	stop, ok := decodeStop(in.Stop)
	if !ok {
		return badRequest("'stop' must be a string or an array of strings")
	}
	req.Stop = stop
	if rf := in.ResponseFormat; rf != nil {
		switch rf.Type {
		case "text":
		case "json_object":
			// OpenAI refuses JSON mode unless the prompt mentions JSON.
			all := strings.ToLower(req.System)
			for _, m := range req.Messages {
				all += "\n" + strings.ToLower(m.Content)
			}
			if !strings.Contains(all, "json") {
				return badRequest("'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'")
			}
			req.JSON = true
		case "json_schema":
			if rf.JSONSchema == nil || rf.JSONSchema.Name == "" || len(rf.JSONSchema.Schema) == 0 {
				return badRequest("response_format json_schema needs a name and a schema")
			}
			req.JSON = true
			req.JSONSchema = &llm.JSONSchema{Name: rf.JSONSchema.Name, Description: rf.JSONSchema.Description,
				Schema: rf.JSONSchema.Schema, Strict: rf.JSONSchema.Strict}
		default:
			return badRequest("unknown response_format type %q", rf.Type)
		}
	}
	c.Chat = req
	c.Stream = in.Stream
	return nil
}

func openaiFinish(f llm.FinishReason) string { return string(f) }

func openaiUsage(u *llm.Usage) map[string]int {
	return map[string]int{"prompt_tokens": u.PromptTokens, "completion_tokens": u.CompletionTokens, "total_tokens": u.Total()}
}

func writeOpenAIChat(w http.ResponseWriter, c Call, r Reply, seq int) {
	writeJSON(w, http.StatusOK, map[string]any{
		"id": fmt.Sprintf("chatcmpl-%d", seq), "object": "chat.completion", "created": created, "model": r.Model,
		"choices": []any{map[string]any{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": r.Content, "refusal": nil},
			"logprobs":      nil,
			"finish_reason": openaiFinish(r.FinishReason),
		}},
		"usage": openaiUsage(r.Usage),
	})
}

func writeOpenAIStream(w http.ResponseWriter, c Call, r Reply, seq int) {
	var in openaiChatIn
	_ = json.Unmarshal(c.Body, &in) // decoded successfully before
	includeUsage := in.StreamOptions != nil && in.StreamOptions.IncludeUsage
	id := fmt.Sprintf("chatcmpl-%d", seq)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	send := func(v any) {
		b, _ := json.Marshal(v)
		fmt.Fprintf(w, "data: %s\n\n", b)
		flush(w)
	}
	chunk := func(delta map[string]any, finish any) map[string]any {
		return map[string]any{
			"id": id, "object": "chat.completion.chunk", "created": created, "model": r.Model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "logprobs": nil, "finish_reason": finish}},
		}
	}
	interrupt := func() bool {
		switch {
		case r.Malformed:
			fmt.Fprint(w, "data: {\"choices\": [{\"delta\": \n\n")
			flush(w)
			return true
		case r.StreamError != "":
			send(map[string]any{"error": map[string]any{"message": r.StreamError, "type": "server_error", "code": nil}})
			return true
		case r.Truncate:
			return true
		}
		return false
	}
	send(chunk(map[string]any{"role": "assistant", "content": ""}, nil))
	if len(r.Chunks) == 0 && interrupt() {
		return
	}
	for i, piece := range r.Chunks {
		send(chunk(map[string]any{"content": piece}, nil))
		if i == 0 && interrupt() {
			return
		}
	}
	send(chunk(map[string]any{}, openaiFinish(r.FinishReason)))
	if includeUsage {
		send(map[string]any{
			"id": id, "object": "chat.completion.chunk", "created": created, "model": r.Model,
			"choices": []any{}, "usage": openaiUsage(r.Usage),
		})
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
	flush(w)
}

func writeOpenAIEmbed(w http.ResponseWriter, e *EmbedCall, r Reply) {
	data := make([]any, len(r.Embeddings))
	for i, v := range r.Embeddings {
		data[i] = map[string]any{"object": "embedding", "index": i, "embedding": v}
	}
	tokens := 0
	for _, in := range e.Inputs {
		tokens += wordCount(in)
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"object": "list", "data": data, "model": e.Model,
		"usage": map[string]int{"prompt_tokens": tokens, "total_tokens": tokens},
	})
}

func writeOpenAIError(w http.ResponseWriter, r Reply) {
	typ, code := "invalid_request_error", r.ErrorCode
	switch {
	case r.Status == http.StatusTooManyRequests:
		typ = "requests"
		if code == "" {
			code = "rate_limit_exceeded"
		}
	case r.Status == http.StatusUnauthorized:
		if code == "" {
			code = "invalid_api_key"
		}
	case r.Status >= 500:
		typ = "server_error"
	}
	var codeVal any
	if code != "" {
		codeVal = code
	}
	writeJSON(w, r.Status, map[string]any{
		"error": map[string]any{"message": r.errorMessage(), "type": typ, "param": nil, "code": codeVal},
	})
}

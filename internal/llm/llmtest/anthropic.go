package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/octollm/octollm/internal/llm"
)

type anthropicIn struct {
	Model    string          `json:"model"`
	System   json.RawMessage `json:"system"`
	Messages []struct {
		Role    string          `json:"role"`
		Content json.RawMessage `json:"content"`
	} `json:"messages"`
	MaxTokens     int      `json:"max_tokens"`
	Temperature   *float64 `json:"temperature"`
	StopSequences []string `json:"stop_sequences"`
	Stream        bool     `json:"stream"`
	Tools         []struct {
		Name        string          `json:"name"`
		Description string          `json:"description"`
		InputSchema json.RawMessage `json:"input_schema"`
	} `json:"tools"`
	ToolChoice *struct {
		Type string `json:"type"`
		Name string `json:"name"`
	} `json:"tool_choice"`
}

func decodeAnthropic(c *Call) *Reply {
	if c.Path != "/v1/messages" {
		return notFound(c.Path)
	}
	var in anthropicIn
	if err := json.Unmarshal(c.Body, &in); err != nil {
		return badRequest("invalid JSON body: %v", err)
	}
	switch {
	case in.Model == "":
		return badRequest("model: Field required")
	case in.MaxTokens <= 0:
		return badRequest("max_tokens: Field required")
	case len(in.Messages) == 0:
		return badRequest("messages: at least one message is required")
	case in.Temperature != nil && (*in.Temperature < 0 || *in.Temperature > 1):
		return badRequest("temperature: must be between 0 and 1")
	}
	system, ok := decodeText(in.System)
	if !ok {
		return badRequest("system: must be a string or an array of text blocks")
	}
	req := &llm.Request{Model: in.Model, System: system, MaxTokens: in.MaxTokens, Temperature: in.Temperature, Stop: in.StopSequences}
	for i, m := range in.Messages {
		if m.Role != "user" && m.Role != "assistant" {
			return badRequest("messages.%d.role: Input should be 'user' or 'assistant'", i)
		}
		text, ok := decodeText(m.Content)
		if !ok {
			return badRequest("messages.%d.content: must be a string or an array of blocks", i)
		}
		req.Messages = append(req.Messages, llm.Message{Role: llm.Role(m.Role), Content: text})
	}
	if tc := in.ToolChoice; tc != nil && tc.Type == "tool" {
		found := false
		for _, t := range in.Tools {
			if t.Name != tc.Name {
				continue
			}
			var schema struct {
				Type string `json:"type"`
			}
			if json.Unmarshal(t.InputSchema, &schema) != nil || schema.Type != "object" {
				return badRequest("tools.0.input_schema.type: Input should be 'object'")
			}
			req.JSON = true
			req.JSONSchema = &llm.JSONSchema{Name: t.Name, Description: t.Description, Schema: t.InputSchema}
			found = true
		}
		if !found {
			return badRequest("tool_choice names unknown tool %q", tc.Name)
		}
	}
	c.Chat = req
	c.Stream = in.Stream
	return nil
}

func anthropicStop(f llm.FinishReason, tool bool) string {
	switch f {
	case llm.FinishLength:
		return "max_tokens"
	case llm.FinishContentFilter:
		return "refusal"
	case llm.FinishStop:
		if tool {
			return "tool_use"
		}
		return "end_turn"
	}
	return string(f)
}

// asToolInput reports whether a JSON-mode reply can be sent as tool input:
// the real API only ever produces an object there.
func asToolInput(c Call, content string) bool {
	if c.Chat == nil || !c.Chat.JSON {
		return false
	}
	var obj map[string]any
	return json.Unmarshal([]byte(content), &obj) == nil
}

func writeAnthropicChat(w http.ResponseWriter, c Call, r Reply, seq int) {
	tool := asToolInput(c, r.Content)
	var block map[string]any
	if tool {
		block = map[string]any{"type": "tool_use", "id": fmt.Sprintf("toolu_%d", seq), "name": c.Chat.JSONSchema.Name, "input": json.RawMessage(r.Content)}
	} else {
		block = map[string]any{"type": "text", "text": r.Content}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"id": fmt.Sprintf("msg_%d", seq), "type": "message", "role": "assistant", "model": r.Model,
		"content":     []any{block},
		"stop_reason": anthropicStop(r.FinishReason, tool), "stop_sequence": nil,
		"usage": map[string]int{"input_tokens": r.Usage.PromptTokens, "output_tokens": r.Usage.CompletionTokens},
	})
}

func writeAnthropicStream(w http.ResponseWriter, c Call, r Reply, seq int) {
	tool := asToolInput(c, r.Content)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	send := func(event string, v any) {
		b, _ := json.Marshal(v)
		fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, b)
		flush(w)
	}
	send("message_start", map[string]any{"type": "message_start", "message": map[string]any{
		"id": fmt.Sprintf("msg_%d", seq), "type": "message", "role": "assistant", "content": []any{},
		"model": r.Model, "stop_reason": nil, "stop_sequence": nil,
		"usage": map[string]int{"input_tokens": r.Usage.PromptTokens, "output_tokens": 1},
	}})
	if tool {
		send("content_block_start", map[string]any{"type": "content_block_start", "index": 0,
			"content_block": map[string]any{"type": "tool_use", "id": fmt.Sprintf("toolu_%d", seq), "name": c.Chat.JSONSchema.Name, "input": map[string]any{}}})
	} else {
		send("content_block_start", map[string]any{"type": "content_block_start", "index": 0,
			"content_block": map[string]any{"type": "text", "text": ""}})
	}
	send("ping", map[string]any{"type": "ping"})
	interrupt := func() bool {
		switch {
		case r.Malformed:
			fmt.Fprint(w, "event: content_block_delta\ndata: {\"type\": \"content_block_delta\", \"delta\": \n\n")
			flush(w)
			return true
		case r.StreamError != "":
			send("error", map[string]any{"type": "error", "error": map[string]any{"type": "overloaded_error", "message": r.StreamError}})
			return true
		case r.Truncate:
			return true
		}
		return false
	}
	if len(r.Chunks) == 0 && interrupt() {
		return
	}
	for i, piece := range r.Chunks {
		delta := map[string]any{"type": "text_delta", "text": piece}
		if tool {
			delta = map[string]any{"type": "input_json_delta", "partial_json": piece}
		}
		send("content_block_delta", map[string]any{"type": "content_block_delta", "index": 0, "delta": delta})
		if i == 0 && interrupt() {
			return
		}
	}
	send("content_block_stop", map[string]any{"type": "content_block_stop", "index": 0})
	send("message_delta", map[string]any{"type": "message_delta",
		"delta": map[string]any{"stop_reason": anthropicStop(r.FinishReason, tool), "stop_sequence": nil},
		"usage": map[string]int{"output_tokens": r.Usage.CompletionTokens}})
	send("message_stop", map[string]any{"type": "message_stop"})
}

func writeAnthropicError(w http.ResponseWriter, r Reply) {
	typ := r.ErrorCode
	if typ == "" {
		switch {
		case r.Status == http.StatusUnauthorized:
			typ = "authentication_error"
		case r.Status == http.StatusForbidden:
			typ = "permission_error"
		case r.Status == http.StatusNotFound:
			typ = "not_found_error"
		case r.Status == http.StatusRequestEntityTooLarge:
			typ = "request_too_large"
		case r.Status == http.StatusTooManyRequests:
			typ = "rate_limit_error"
		case r.Status == 529:
			typ = "overloaded_error"
		case r.Status >= 500:
			typ = "api_error"
		default:
			typ = "invalid_request_error"
		}
	}
	writeJSON(w, r.Status, map[string]any{
		"type": "error", "error": map[string]any{"type": typ, "message": r.errorMessage()},
	})
}

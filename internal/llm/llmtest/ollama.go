package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/octollm/octollm/internal/llm"
)

const ollamaCreatedAt = "2025-01-01T00:00:00Z"

type ollamaIn struct {
	Model    string `json:"model"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	Stream  *bool           `json:"stream"`
	Format  json.RawMessage `json:"format"`
	Options *struct {
		Temperature *float64 `json:"temperature"`
		NumPredict  int      `json:"num_predict"`
		Stop        []string `json:"stop"`
	} `json:"options"`
}

func decodeOllama(c *Call) *Reply {
	switch c.Path {
	case "/api/chat":
	case "/api/embed":
		var in struct {
			Model string          `json:"model"`
			Input json.RawMessage `json:"input"`
		}
		if err := json.Unmarshal(c.Body, &in); err != nil {
			return badRequest("invalid JSON: %v", err)
		}
		if in.Model == "" {
			return badRequest("model is required")
		}
		inputs, ok := decodeStop(in.Input) // string or array of strings
		if !ok || len(inputs) == 0 {
			return badRequest("input must be a string or an array of strings")
		}
		c.Embed = &EmbedCall{Model: in.Model, Inputs: inputs}
		return nil
	default:
		return notFound(c.Path)
	}
	var in ollamaIn
	if err := json.Unmarshal(c.Body, &in); err != nil {
		return badRequest("invalid JSON: %v", err)
	}
	if in.Model == "" {
		return badRequest("model is required")
	}
	if len(in.Messages) == 0 {
		return badRequest("messages are required")
	}
	req := &llm.Request{Model: in.Model}
	var system []string
	leading := true
	for i, m := range in.Messages {
		switch m.Role {
		case "system", "user", "assistant", "tool":
		default:
			return badRequest("messages[%d]: invalid role %q", i, m.Role)
		}
		if leading && m.Role == "system" {
			system = append(system, m.Content)
			continue
		}
		leading = false
		req.Messages = append(req.Messages, llm.Message{Role: llm.Role(m.Role), Content: m.Content})
	}
	req.System = strings.Join(system, "\n\n")
	if o := in.Options; o != nil {
		req.Temperature, req.MaxTokens, req.Stop = o.Temperature, o.NumPredict, o.Stop
	}
	if len(in.Format) > 0 && string(in.Format) != "null" && string(in.Format) != `""` {
		var s string
		if json.Unmarshal(in.Format, &s) == nil {
			if s != "json" {
				return badRequest("invalid format %q", s)
			}
			req.JSON = true
		} else {
			var obj map[string]any
			if json.Unmarshal(in.Format, &obj) != nil {
				return badRequest("format must be \"json\" or a JSON schema object")
			}
			req.JSON = true
			req.JSONSchema = &llm.JSONSchema{Schema: in.Format}
		}
	}
	c.Chat = req
	c.Stream = in.Stream == nil || *in.Stream // Ollama streams unless told not to
	return nil
}

func ollamaDone(f llm.FinishReason) string { return string(f) }

func ollamaFinal(r Reply, content string) map[string]any {
	return map[string]any{
		"model": r.Model, "created_at": ollamaCreatedAt,
		"message": map[string]any{"role": "assistant", "content": content},
		"done":    true, "done_reason": ollamaDone(r.FinishReason),
		"total_duration": 1000, "load_duration": 0,
		"prompt_eval_count": r.Usage.PromptTokens, "prompt_eval_duration": 500,
		"eval_count": r.Usage.CompletionTokens, "eval_duration": 500,
	}
}

func writeOllamaChat(w http.ResponseWriter, _ Call, r Reply) {
	writeJSON(w, http.StatusOK, ollamaFinal(r, r.Content))
}

func writeOllamaStream(w http.ResponseWriter, _ Call, r Reply) {
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.WriteHeader(http.StatusOK)
	send := func(v any) {
		b, _ := json.Marshal(v)
		fmt.Fprintf(w, "%s\n", b)
		flush(w)
	}
	interrupt := func() bool {
		switch {
		case r.Malformed:
			fmt.Fprint(w, "{\"model\": \"x\", \"message\": {\n")
			flush(w)
			return true
		case r.StreamError != "":
			send(map[string]any{"error": r.StreamError})
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
		send(map[string]any{"model": r.Model, "created_at": ollamaCreatedAt,
			"message": map[string]any{"role": "assistant", "content": piece}, "done": false})
		if i == 0 && interrupt() {
			return
		}
	}
	send(ollamaFinal(r, ""))
}

func writeOllamaEmbed(w http.ResponseWriter, e *EmbedCall, r Reply) {
	tokens := 0
	for _, in := range e.Inputs {
		tokens += wordCount(in)
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"model": e.Model, "embeddings": r.Embeddings,
		"total_duration": 1000, "load_duration": 0, "prompt_eval_count": tokens,
	})
}

func writeOllamaError(w http.ResponseWriter, r Reply) {
	writeJSON(w, r.Status, map[string]any{"error": r.errorMessage()})
}

// Package llmwire holds the HTTP plumbing the provider packages share:
// JSON requests, mapping transport failures and error answers onto the llm
// sentinels (with Retry-After), and readers for Server-Sent Events and
// newline-delimited JSON streams.
//
// The providers speak HTTP directly instead of through the vendors' SDKs
// (openai-go 230k lines, anthropic-sdk-go 177k lines of generated code): the
// three wire formats we use fit in a few hundred lines, the SDKs' own retry
// loops would stack on top of ours, OpenAI-compatible servers (vLLM,
// llama.cpp, Ollama, LM Studio) differ in their error bodies, which we want to
// map ourselves, and compiling both SDKs took four minutes of the two shared
// CPU cores on every clean build and CI run.
package llmwire

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/octollm/octollm/internal/llm"
)

// maxErrorBody bounds how much of an error answer is read.
const maxErrorBody = 64 << 10

// maxMessage bounds the provider message kept in an APIError, so a server
// echoing a long prompt back does not flood logs.
const maxMessage = 512

// Client posts JSON to one provider.
type Client struct {
	// Provider names the provider in errors.
	Provider string
	// HTTP does the requests.
	HTTP *http.Client
	// BaseURL is prefixed to every path; no trailing slash.
	BaseURL string
	// Header is added to every request (authentication, API version).
	Header http.Header
}

// PostJSON sends body as JSON to BaseURL+path and returns the response when
// the status is 2xx; the caller must close its body. Error statuses become an
// *llm.APIError; transport failures wrap llm.ErrUnavailable, or the context's
// error when ctx ended.
func (c *Client) PostJSON(ctx context.Context, path string, body any) (*http.Response, error) {
	buf, err := json.Marshal(body)
	if err != nil {
		return nil, fmt.Errorf("%s: encode request: %w", c.Provider, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+path, bytes.NewReader(buf))
	if err != nil {
		return nil, fmt.Errorf("%s: build request: %w", c.Provider, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream, application/x-ndjson")
	for k, vs := range c.Header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, c.TransportError(ctx, "send request", err)
	}
	if resp.StatusCode >= 300 {
		defer resp.Body.Close()
		return nil, ErrorFromResponse(c.Provider, resp, time.Now())
	}
	return resp, nil
}

// TransportError wraps a failure to send or read: the context's error when
// ctx has ended (the caller cancelled or the deadline passed), else
// llm.ErrUnavailable.
func (c *Client) TransportError(ctx context.Context, what string, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return fmt.Errorf("%s: %s: %w", c.Provider, what, ctxErr)
	}
	return fmt.Errorf("%s: %s: %w: %w", c.Provider, what, llm.ErrUnavailable, err)
}

// BadResponse wraps a decoding failure as llm.ErrBadResponse.
func (c *Client) BadResponse(what string, err error) error {
	if err == nil {
		return fmt.Errorf("%s: %s: %w", c.Provider, what, llm.ErrBadResponse)
	}
	return fmt.Errorf("%s: %s: %w: %w", c.Provider, what, llm.ErrBadResponse, err)
}

// DecodeBody reads a whole JSON body into v. A read failure is a transport
// error; undecodable JSON is llm.ErrBadResponse.
func (c *Client) DecodeBody(ctx context.Context, resp *http.Response, v any) error {
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return c.TransportError(ctx, "read response", err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return c.BadResponse("decode response", err)
	}
	return nil
}

// ErrorFromResponse turns an error answer into an *llm.APIError, reading the
// message and code from the body shapes the supported servers use:
// {"error":{"message","type","code"}} (OpenAI, vLLM, llama.cpp, Anthropic),
// {"error":"text"} (Ollama), {"message":...} and {"detail":...}.
func ErrorFromResponse(provider string, resp *http.Response, now time.Time) *llm.APIError {
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	e := ParseErrorBody(body)
	e.Provider = provider
	e.Status = resp.StatusCode
	e.RetryAfter = ParseRetryAfter(resp.Header, now)
	if e.Message == "" && e.Code == "" {
		e.Message = http.StatusText(resp.StatusCode)
	}
	return e
}

// ParseErrorBody extracts message and code from an error document. Bodies
// that are not JSON keep a trimmed prefix of their text as the message.
func ParseErrorBody(body []byte) *llm.APIError {
	var doc struct {
		Error   json.RawMessage `json:"error"`
		Message string          `json:"message"`
		Detail  json.RawMessage `json:"detail"`
		Type    string          `json:"type"`
	}
	e := &llm.APIError{}
	if err := json.Unmarshal(body, &doc); err != nil {
		e.Message = truncate(strings.TrimSpace(string(body)))
		return e
	}
	if len(doc.Error) > 0 {
		var s string
		if json.Unmarshal(doc.Error, &s) == nil {
			e.Message = s
		} else {
			var obj struct {
				Message string          `json:"message"`
				Type    string          `json:"type"`
				Code    json.RawMessage `json:"code"`
			}
			if json.Unmarshal(doc.Error, &obj) == nil {
				e.Message = obj.Message
				e.Code = codeString(obj.Code)
				if e.Code == "" {
					e.Code = obj.Type
				}
			}
		}
	}
	if e.Message == "" {
		e.Message = doc.Message
	}
	if e.Message == "" && len(doc.Detail) > 0 {
		var s string
		if json.Unmarshal(doc.Detail, &s) == nil {
			e.Message = s
		} else {
			e.Message = string(doc.Detail)
		}
	}
	if e.Code == "" && doc.Type != "" && doc.Type != "error" {
		e.Code = doc.Type
	}
	e.Message = truncate(e.Message)
	return e
}

// codeString accepts a code given as a string or a number (llama.cpp).
func codeString(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return strings.Trim(string(raw), `"`)
}

func truncate(s string) string {
	if len(s) <= maxMessage {
		return s
	}
	return s[:maxMessage] + "…"
}

// ParseRetryAfter reads retry-after-ms (OpenAI) or Retry-After (seconds or an
// HTTP date). It returns 0 when neither is present or parseable.
func ParseRetryAfter(h http.Header, now time.Time) time.Duration {
	if v := h.Get("Retry-After-Ms"); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms > 0 {
			return time.Duration(ms * float64(time.Millisecond))
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseFloat(v, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		return time.Duration(secs * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// maxLine bounds one SSE or NDJSON line.
const maxLine = 8 << 20

// Event is one Server-Sent Event.
type Event struct {
	// Name is the "event:" field; empty for unnamed events (OpenAI).
	Name string
	// Data is the "data:" field, multiple data lines joined by "\n".
	Data string
}

// SSEReader reads Server-Sent Events.
type SSEReader struct {
	sc *bufio.Scanner
}

// NewSSEReader reads events from r.
func NewSSEReader(r io.Reader) *SSEReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4<<10), maxLine)
	return &SSEReader{sc: sc}
}

// Next returns the next event with data, io.EOF at the end of the stream, or
// io.ErrUnexpectedEOF when the stream ends inside an event.
func (r *SSEReader) Next() (Event, error) {
	var ev Event
	var data []string
	pending := false
	for r.sc.Scan() {
		line := r.sc.Text()
		if line == "" {
			if pending && data != nil {
				ev.Data = strings.Join(data, "\n")
				return ev, nil
			}
			ev, data, pending = Event{}, nil, false
			continue
		}
		if strings.HasPrefix(line, ":") { // comment / keep-alive
			continue
		}
		field, value, _ := strings.Cut(line, ":")
		value = strings.TrimPrefix(value, " ")
		pending = true
		switch field {
		case "event":
			ev.Name = value
		case "data":
			data = append(data, value)
		}
	}
	if err := r.sc.Err(); err != nil {
		return Event{}, err
	}
	if pending && data != nil {
		// Servers may close right after the last data line without the
		// blank line; the event is complete.
		ev.Data = strings.Join(data, "\n")
		return ev, nil
	}
	return Event{}, io.EOF
}

// LineReader reads newline-delimited JSON (Ollama streams).
type LineReader struct {
	sc *bufio.Scanner
}

// NewLineReader reads lines from r.
func NewLineReader(r io.Reader) *LineReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4<<10), maxLine)
	return &LineReader{sc: sc}
}

// Next returns the next non-blank line or io.EOF.
func (r *LineReader) Next() ([]byte, error) {
	for r.sc.Scan() {
		line := bytes.TrimSpace(r.sc.Bytes())
		if len(line) > 0 {
			return line, nil
		}
	}
	if err := r.sc.Err(); err != nil {
		return nil, err
	}
	return nil, io.EOF
}

// StreamReadError classifies an error from a stream reader: the context's
// error when ctx ended, ErrUnavailable for a connection cut, ErrBadResponse
// for an oversized line.
func (c *Client) StreamReadError(ctx context.Context, err error) error {
	if errors.Is(err, bufio.ErrTooLong) {
		return c.BadResponse("read stream", err)
	}
	return c.TransportError(ctx, "read stream", err)
}

package llmwire

import (
	"errors"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/llm"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		header map[string]string
		want   time.Duration
	}{
		{"none", nil, 0},
		{"seconds", map[string]string{"Retry-After": "7"}, 7 * time.Second},
		{"fractional seconds", map[string]string{"Retry-After": "1.5"}, 1500 * time.Millisecond},
		{"milliseconds win", map[string]string{"Retry-After": "7", "Retry-After-Ms": "250"}, 250 * time.Millisecond},
		{"http date", map[string]string{"Retry-After": now.Add(30 * time.Second).Format(http.TimeFormat)}, 30 * time.Second},
		{"date in the past", map[string]string{"Retry-After": now.Add(-time.Minute).Format(http.TimeFormat)}, 0},
		{"negative", map[string]string{"Retry-After": "-3"}, 0},
		{"garbage", map[string]string{"Retry-After": "soon"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range tc.header {
				h.Set(k, v)
			}
			if got := ParseRetryAfter(h, now); got != tc.want {
				t.Errorf("ParseRetryAfter = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestParseErrorBody(t *testing.T) {
	tests := []struct {
		name, body, msg, code string
	}{
		{"openai", `{"error":{"message":"Rate limit","type":"requests","code":"rate_limit_exceeded"}}`, "Rate limit", "rate_limit_exceeded"},
		{"openai no code", `{"error":{"message":"bad","type":"invalid_request_error","code":null}}`, "bad", "invalid_request_error"},
		{"llama.cpp numeric code", `{"error":{"code":503,"message":"Loading model","type":"unavailable_error"}}`, "Loading model", "503"},
		{"anthropic", `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`, "Overloaded", "overloaded_error"},
		{"ollama", `{"error":"model \"x\" not found"}`, `model "x" not found`, ""},
		{"vllm", `{"object":"error","message":"max_tokens too large","type":"BadRequestError","code":400}`, "max_tokens too large", "BadRequestError"},
		{"fastapi detail", `{"detail":"Not Found"}`, "Not Found", ""},
		{"plain text", "upstream connect error\n", "upstream connect error", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := ParseErrorBody([]byte(tc.body))
			if e.Message != tc.msg || e.Code != tc.code {
				t.Errorf("got message=%q code=%q, want %q %q", e.Message, e.Code, tc.msg, tc.code)
			}
		})
	}
	long := ParseErrorBody([]byte(strings.Repeat("x", 5000)))
	if len(long.Message) > maxMessage+len("…") {
		t.Errorf("message not truncated: %d bytes", len(long.Message))
	}
}

func TestErrorFromResponse(t *testing.T) {
	resp := &http.Response{StatusCode: 503, Header: http.Header{"Retry-After": {"2"}}, Body: io.NopCloser(strings.NewReader(""))}
	e := ErrorFromResponse("p", resp, time.Now())
	if e.Status != 503 || e.RetryAfter != 2*time.Second || e.Message != "Service Unavailable" || !errors.Is(e, llm.ErrUnavailable) {
		t.Errorf("got %+v", e)
	}
}

func TestSSEReader(t *testing.T) {
	stream := ": keep-alive\n\n" +
		"event: message_start\ndata: {\"a\":1}\n\n" +
		"data: first\ndata: second\n\n" +
		"event: ping\n\n" + // no data: skipped
		"data:no-space\r\n\r\n" +
		"data: [DONE]" // no trailing blank line
	r := NewSSEReader(strings.NewReader(stream))
	var got []Event
	for {
		ev, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ev)
	}
	want := []Event{
		{Name: "message_start", Data: `{"a":1}`},
		{Data: "first\nsecond"},
		{Data: "no-space"},
		{Data: "[DONE]"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("events = %+v\nwant %+v", got, want)
	}
}

func TestLineReader(t *testing.T) {
	r := NewLineReader(strings.NewReader("{\"a\":1}\n\n  \n{\"b\":2}"))
	var got []string
	for {
		line, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(line))
	}
	if !reflect.DeepEqual(got, []string{`{"a":1}`, `{"b":2}`}) {
		t.Errorf("lines = %q", got)
	}
}

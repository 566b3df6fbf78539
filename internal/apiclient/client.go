// Package apiclient is the HTTP client the octollm command-line uses to
// talk to a running server's API.
package apiclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Client calls the OctoLLM API.
type Client struct {
	base   string
	key    string
	http   *http.Client
	stream *http.Client
}

// Config configures a Client.
type Config struct {
	// BaseURL is the server, e.g. http://127.0.0.1:8000.
	BaseURL string
	// APIKey is sent as a Bearer token.
	APIKey string
	// Timeout bounds ordinary requests (default 60 s); streams are unbounded.
	Timeout time.Duration
}

// New returns a client.
func New(cfg Config) *Client {
	if cfg.Timeout <= 0 {
		cfg.Timeout = 60 * time.Second
	}
	return &Client{
		base:   strings.TrimRight(cfg.BaseURL, "/"),
		key:    cfg.APIKey,
		http:   &http.Client{Timeout: cfg.Timeout},
		stream: &http.Client{},
	}
}

// Error is an error answer from the API.
type Error struct {
	Status    int
	Code      string
	Message   string
	Details   json.RawMessage
	RequestID string
}

func (e *Error) Error() string {
	if e.Code == "" {
		return fmt.Sprintf("server answered %d", e.Status)
	}
	return fmt.Sprintf("%s (%d %s)", e.Message, e.Status, e.Code)
}

// Do sends a JSON request and decodes the JSON answer into out (if not nil).
func (c *Client) Do(ctx context.Context, method, path string, body, out any) error {
	resp, err := c.send(ctx, c.http, method, path, body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if out == nil || resp.StatusCode == http.StatusNoContent {
		_, _ = io.Copy(io.Discard, resp.Body)
		return nil
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("decode answer from %s %s: %w", method, path, err)
	}
	return nil
}

// Stream sends a request and returns the open response body for the caller
// to read (e.g. Server-Sent Events). The caller closes it.
func (c *Client) Stream(ctx context.Context, method, path string, body any) (io.ReadCloser, error) {
	resp, err := c.send(ctx, c.stream, method, path, body)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

func (c *Client) send(ctx context.Context, hc *http.Client, method, path string, body any) (*http.Response, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, fmt.Errorf("encode request: %w", err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.key != "" {
		req.Header.Set("Authorization", "Bearer "+c.key)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("cannot reach the OctoLLM server at %s: %w", c.base, err)
	}
	if resp.StatusCode >= 400 {
		defer resp.Body.Close()
		return nil, decodeError(resp)
	}
	return resp, nil
}

func decodeError(resp *http.Response) error {
	var env struct {
		Error struct {
			Code    string          `json:"code"`
			Message string          `json:"message"`
			Details json.RawMessage `json:"details"`
		} `json:"error"`
		RequestID string `json:"request_id"`
	}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	e := &Error{Status: resp.StatusCode}
	if json.Unmarshal(b, &env) == nil && env.Error.Code != "" {
		e.Code, e.Message, e.Details, e.RequestID = env.Error.Code, env.Error.Message, env.Error.Details, env.RequestID
	} else {
		e.Message = strings.TrimSpace(string(b))
	}
	return e
}

// Package llmtest holds fake model servers that speak each provider's real
// wire format — OpenAI chat completions and embeddings (with SSE streaming),
// Anthropic messages (with its SSE event types) and Ollama's /api/chat
// (NDJSON streaming) and /api/embed — with scripted replies, error injection
// and a record of every request, plus the conformance suite every llm
// provider passes (RunProviderSuite).
//
// The servers listen on loopback only and add no latency unless asked, so
// they double as zero-latency model backends for throughput benchmarks.
package llmtest

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/llm"
)

// Kind names a wire format.
type Kind string

// The wire formats the fake servers speak.
const (
	OpenAI    Kind = "openai"
	Anthropic Kind = "anthropic"
	Ollama    Kind = "ollama"
)

// Call is one request a Server received, decoded back into provider-neutral
// form by the server's own reading of the wire format — independent of the
// provider code under test, so tests catch encoding mistakes.
type Call struct {
	Kind   Kind
	Method string
	Path   string
	Header http.Header
	// Body is the raw request body.
	Body []byte
	// Stream reports whether the client asked for a streamed reply.
	Stream bool
	// Chat is the decoded chat request; nil for embedding calls.
	Chat *llm.Request
	// Embed is the decoded embedding request; nil for chat calls.
	Embed *EmbedCall
}

// EmbedCall is a decoded embedding request.
type EmbedCall struct {
	Model  string
	Inputs []string
}

// LastUser returns the content of the last user message of a chat call.
func (c Call) LastUser() string {
	if c.Chat == nil {
		return ""
	}
	for i := len(c.Chat.Messages) - 1; i >= 0; i-- {
		if c.Chat.Messages[i].Role == llm.RoleUser {
			return c.Chat.Messages[i].Content
		}
	}
	return ""
}

// Reply scripts one answer.
type Reply struct {
	// Content is the reply text (for JSON requests, the JSON document).
	Content string
	// Chunks, when set, are the streamed pieces (their concatenation should
	// equal Content). By default Content is cut into up to four pieces.
	Chunks []string
	// Model is reported as the answering model (default: the requested one).
	Model string
	// FinishReason defaults to llm.FinishStop.
	FinishReason llm.FinishReason
	// Usage is reported as the token counts (default: whitespace-separated
	// words of the prompt and of Content).
	Usage *llm.Usage
	// Embeddings answers an embedding call (default: Vector of each input).
	Embeddings [][]float32

	// Status, when non-zero, answers with this HTTP status and the
	// provider's error body instead of a reply.
	Status int
	// ErrorCode and ErrorMessage fill the error body (defaults per status).
	ErrorCode    string
	ErrorMessage string
	// RetryAfter is sent as the Retry-After header with Status.
	RetryAfter string
	// Malformed answers 200 with a body that breaks the wire format: invalid
	// JSON, or for streams one good chunk followed by an invalid one.
	Malformed bool
	// StreamError (streams only) sends the provider's in-stream error event
	// with this message after the first chunk.
	StreamError string
	// Truncate (streams only) ends the response after the first chunk,
	// without the end-of-stream marker, as a dropped connection would.
	Truncate bool
	// Delay waits before answering; a client that gives up first sees its
	// own context error.
	Delay time.Duration
}

// Responder computes a reply for a call; it runs when the queue is empty.
type Responder func(Call) Reply

// Option configures a Server.
type Option func(*Server)

// WithResponder sets the function that answers when no queued reply is left
// (default Echo).
func WithResponder(fn Responder) Option { return func(s *Server) { s.responder = fn } }

// WithAPIKey makes the server answer 401 unless the request carries key the
// way the provider sends it (Bearer token, x-api-key).
func WithAPIKey(key string) Option { return func(s *Server) { s.apiKey = key } }

// WithLatency adds a fixed delay to every answer.
func WithLatency(d time.Duration) Option { return func(s *Server) { s.latency = d } }

// WithoutRecording stops keeping calls, for long benchmarks.
func WithoutRecording() Option { return func(s *Server) { s.noRecord = true } }

// Server is a fake provider endpoint.
type Server struct {
	// Kind is the wire format spoken.
	Kind Kind
	// URL is the base URL to configure the provider with (for OpenAI it
	// includes /v1).
	URL string

	srv       *httptest.Server
	apiKey    string
	latency   time.Duration
	noRecord  bool
	responder Responder

	mu    sync.Mutex
	queue []Reply
	calls []Call
	seq   int
}

// NewServer starts a fake server for kind and closes it when the test ends.
func NewServer(tb testing.TB, kind Kind, opts ...Option) *Server {
	tb.Helper()
	s := Start(kind, opts...)
	tb.Cleanup(s.Close)
	return s
}

// Start starts a fake server on loopback; the caller must Close it.
func Start(kind Kind, opts ...Option) *Server {
	s := &Server{Kind: kind, responder: Echo}
	for _, o := range opts {
		o(s)
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	s.URL = s.srv.URL
	if kind == OpenAI {
		s.URL += "/v1"
	}
	return s
}

// Close shuts the server down, closing open connections.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// Enqueue adds replies answered in order before the responder is used.
func (s *Server) Enqueue(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queue = append(s.queue, replies...)
}

// Respond replaces the responder used when the queue is empty.
func (s *Server) Respond(fn Responder) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.responder = fn
}

// Calls returns a copy of the calls received so far.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// LastCall returns the most recent call; it fails the test when there is none.
func (s *Server) LastCall(tb testing.TB) Call {
	tb.Helper()
	calls := s.Calls()
	if len(calls) == 0 {
		tb.Fatalf("llmtest: %s server received no call", s.Kind)
	}
	return calls[len(calls)-1]
}

// Pending returns how many queued replies are still unused.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue)
}

func (s *Server) next(c Call) (Reply, int) {
	s.mu.Lock()
	s.seq++
	seq := s.seq
	if !s.noRecord {
		s.calls = append(s.calls, c)
	}
	if len(s.queue) > 0 {
		r := s.queue[0]
		s.queue = s.queue[1:]
		s.mu.Unlock()
		return r, seq
	}
	fn := s.responder
	s.mu.Unlock()
	return fn(c), seq
}

// Echo is the default responder: it answers a chat call with the last user
// message (as {"echo": "..."} when JSON was asked for) and an embedding call
// with Vector of each input.
func Echo(c Call) Reply {
	if c.Chat != nil && c.Chat.WantsJSON() {
		b, _ := json.Marshal(map[string]string{"echo": c.LastUser()})
		return Reply{Content: string(b)}
	}
	return Reply{Content: c.LastUser()}
}

// Dim is the length of the default fake embedding vectors.
const Dim = 8

// Vector is a deterministic, unit-length fake embedding of text: equal texts
// get equal vectors, different texts (almost always) different ones.
func Vector(text string) []float32 {
	v := make([]float32, Dim)
	var norm float64
	for i := range v {
		h := fnv.New64a()
		fmt.Fprintf(h, "%d:%s", i, text)
		x := float64(h.Sum64()%2000)/1000 - 1
		v[i] = float32(x)
		norm += x * x
	}
	if norm == 0 {
		v[0], norm = 1, 1
	}
	for i := range v {
		v[i] = float32(float64(v[i]) / math.Sqrt(norm))
	}
	return v
}

// wordCount is the default token count.
func wordCount(s string) int { return len(strings.Fields(s)) }

func promptWords(r *llm.Request) int {
	n := wordCount(r.System)
	for _, m := range r.Messages {
		n += wordCount(m.Content)
	}
	return n
}

// filled applies the defaults of a reply to a chat call.
func (r Reply) filled(req *llm.Request) Reply {
	if r.Model == "" {
		r.Model = req.Model
	}
	if r.FinishReason == "" {
		r.FinishReason = llm.FinishStop
	}
	if r.Usage == nil {
		r.Usage = &llm.Usage{PromptTokens: promptWords(req), CompletionTokens: wordCount(r.Content)}
	}
	if r.Chunks == nil {
		r.Chunks = split(r.Content, 4)
	}
	return r
}

// split cuts s into at most n pieces on rune boundaries.
func split(s string, n int) []string {
	runes := []rune(s)
	if len(runes) == 0 {
		return nil
	}
	size := (len(runes) + n - 1) / n
	var out []string
	for i := 0; i < len(runes); i += size {
		end := min(i+size, len(runes))
		out = append(out, string(runes[i:end]))
	}
	return out
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if r.Method != http.MethodPost {
		s.writeError(w, Reply{Status: http.StatusMethodNotAllowed, ErrorMessage: "only POST is supported"})
		return
	}
	if s.apiKey != "" && !s.authorized(r) {
		s.writeError(w, Reply{Status: http.StatusUnauthorized, ErrorMessage: "invalid API key"})
		return
	}
	call := Call{Kind: s.Kind, Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body}
	if bad := s.decode(&call, r); bad != nil {
		s.writeError(w, *bad)
		return
	}
	reply, seq := s.next(call)
	if d := s.latency + reply.Delay; d > 0 {
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		}
	}
	if reply.Status != 0 {
		if reply.RetryAfter != "" {
			w.Header().Set("Retry-After", reply.RetryAfter)
		}
		s.writeError(w, reply)
		return
	}
	if call.Embed != nil {
		if reply.Embeddings == nil {
			for _, in := range call.Embed.Inputs {
				reply.Embeddings = append(reply.Embeddings, Vector(in))
			}
		}
		s.writeEmbed(w, call.Embed, reply)
		return
	}
	reply = reply.filled(call.Chat)
	switch {
	case call.Stream:
		s.writeStream(w, call, reply, seq)
	case reply.Malformed:
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"model": "broken", "choices": [{"message": {"content": "unterminated`)
	default:
		s.writeChat(w, call, reply, seq)
	}
}

func (s *Server) authorized(r *http.Request) bool {
	switch s.Kind {
	case Anthropic:
		return r.Header.Get("x-api-key") == s.apiKey
	default:
		return r.Header.Get("Authorization") == "Bearer "+s.apiKey
	}
}

// decode fills c from the request, or returns the error reply a real server
// would give (404 for unknown paths, 400 for requests it would reject).
func (s *Server) decode(c *Call, r *http.Request) *Reply {
	switch s.Kind {
	case OpenAI:
		return decodeOpenAI(c)
	case Anthropic:
		if r.Header.Get("anthropic-version") == "" {
			return badRequest("anthropic-version header is required")
		}
		return decodeAnthropic(c)
	case Ollama:
		return decodeOllama(c)
	}
	return notFound(c.Path)
}

func badRequest(format string, args ...any) *Reply {
	return &Reply{Status: http.StatusBadRequest, ErrorMessage: fmt.Sprintf(format, args...)}
}

func notFound(path string) *Reply {
	return &Reply{Status: http.StatusNotFound, ErrorMessage: "no route for " + path}
}

func (s *Server) writeError(w http.ResponseWriter, r Reply) {
	switch s.Kind {
	case OpenAI:
		writeOpenAIError(w, r)
	case Anthropic:
		writeAnthropicError(w, r)
	default:
		writeOllamaError(w, r)
	}
}

func (s *Server) writeChat(w http.ResponseWriter, c Call, r Reply, seq int) {
	switch s.Kind {
	case OpenAI:
		writeOpenAIChat(w, c, r, seq)
	case Anthropic:
		writeAnthropicChat(w, c, r, seq)
	default:
		writeOllamaChat(w, c, r)
	}
}

func (s *Server) writeStream(w http.ResponseWriter, c Call, r Reply, seq int) {
	switch s.Kind {
	case OpenAI:
		writeOpenAIStream(w, c, r, seq)
	case Anthropic:
		writeAnthropicStream(w, c, r, seq)
	default:
		writeOllamaStream(w, c, r)
	}
}

func (s *Server) writeEmbed(w http.ResponseWriter, e *EmbedCall, r Reply) {
	if r.Malformed {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"data": [{"embedding": [0.1, `)
		return
	}
	switch s.Kind {
	case OpenAI:
		writeOpenAIEmbed(w, e, r)
	default:
		writeOllamaEmbed(w, e, r)
	}
}

// writeJSON writes v with the status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// flush pushes a streamed piece to the client.
func flush(w http.ResponseWriter) {
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
}

// errorMessage returns the reply's message or a default for its status.
func (r Reply) errorMessage() string {
	if r.ErrorMessage != "" {
		return r.ErrorMessage
	}
	return http.StatusText(r.Status)
}

package llmtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/llm"
)

// NewProviderFunc builds the provider under test, pointed at baseURL.
type NewProviderFunc func(tb testing.TB, baseURL string) llm.Provider

// RunProviderSuite is the conformance suite every llm.Provider passes. Each
// subtest starts its own fake server of kind and a provider pointed at it
// with newProvider; the provider must not retry (retries belong to
// llm.WithRetry), so every injected failure surfaces as an error.
func RunProviderSuite(t *testing.T, kind Kind, newProvider NewProviderFunc) {
	t.Helper()
	setup := func(t *testing.T, opts ...Option) (*Server, llm.Provider) {
		t.Helper()
		t.Parallel()
		srv := NewServer(t, kind, opts...)
		return srv, newProvider(t, srv.URL)
	}
	ctx := context.Background()

	t.Run("Chat", func(t *testing.T) {
		srv, p := setup(t)
		srv.Enqueue(Reply{Content: "Hello OctoLLM", Model: "served-model", Usage: &llm.Usage{PromptTokens: 11, CompletionTokens: 3}})
		req := llm.Request{
			Model:  "asked-model",
			System: "Be brief.",
			Messages: []llm.Message{
				{Role: llm.RoleUser, Content: "hi"},
				{Role: llm.RoleAssistant, Content: "hello"},
				{Role: llm.RoleUser, Content: "say it"},
			},
			Temperature: llm.Temperature(0.25),
			MaxTokens:   64,
			Stop:        []string{"END"},
		}
		resp, err := p.Chat(ctx, req)
		if err != nil {
			t.Fatalf("Chat: %v", err)
		}
		want := llm.Response{Content: "Hello OctoLLM", Model: "served-model", Provider: p.Name(),
			Usage: llm.Usage{PromptTokens: 11, CompletionTokens: 3}, FinishReason: llm.FinishStop}
		if !reflect.DeepEqual(resp, want) {
			t.Errorf("response = %+v, want %+v", resp, want)
		}
		if p.Name() == "" {
			t.Error("Name() is empty")
		}
		got := srv.LastCall(t)
		if got.Stream {
			t.Error("non-streaming call was sent as a stream")
		}
		c := got.Chat
		if c == nil {
			t.Fatal("server did not see a chat call")
		}
		if c.Model != "asked-model" || c.System != "Be brief." || c.MaxTokens != 64 || !reflect.DeepEqual(c.Stop, []string{"END"}) {
			t.Errorf("server saw model=%q system=%q max_tokens=%d stop=%v", c.Model, c.System, c.MaxTokens, c.Stop)
		}
		if c.Temperature == nil || *c.Temperature != 0.25 {
			t.Errorf("server saw temperature %v, want 0.25", c.Temperature)
		}
		if !reflect.DeepEqual(c.Messages, req.Messages) {
			t.Errorf("server saw messages %+v, want %+v", c.Messages, req.Messages)
		}
		if c.WantsJSON() {
			t.Error("plain request was sent in JSON mode")
		}
	})

	t.Run("DefaultModelAndTemperature", func(t *testing.T) {
		srv, p := setup(t)
		resp, err := p.Chat(ctx, llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "ping"}}})
		if err != nil {
			t.Fatalf("Chat: %v", err)
		}
		c := srv.LastCall(t).Chat
		if c.Model == "" {
			t.Error("request without a model reached the server without one")
		}
		if resp.Model != c.Model {
			t.Errorf("response model %q, server saw %q", resp.Model, c.Model)
		}
		if c.Temperature != nil {
			t.Errorf("unset temperature was sent as %v", *c.Temperature)
		}
		if resp.Content != "ping" {
			t.Errorf("echo content = %q, want ping", resp.Content)
		}
	})

	t.Run("SystemRoleMessage", func(t *testing.T) {
		srv, p := setup(t)
		_, err := p.Chat(ctx, llm.Request{Messages: []llm.Message{
			{Role: llm.RoleSystem, Content: "Rules."}, {Role: llm.RoleUser, Content: "go"},
		}})
		if err != nil {
			t.Fatalf("Chat: %v", err)
		}
		c := srv.LastCall(t).Chat
		if c.System != "Rules." || len(c.Messages) != 1 || c.Messages[0].Content != "go" {
			t.Errorf("server saw system=%q messages=%+v", c.System, c.Messages)
		}
	})

	t.Run("NoMessages", func(t *testing.T) {
		srv, p := setup(t)
		_, err := p.Chat(ctx, llm.Request{System: "only a system prompt"})
		if !errors.Is(err, llm.ErrInvalidRequest) {
			t.Errorf("Chat without messages: err = %v, want ErrInvalidRequest", err)
		}
		if n := len(srv.Calls()); n != 0 {
			t.Errorf("invalid request reached the server (%d calls)", n)
		}
	})

	t.Run("FinishLength", func(t *testing.T) {
		srv, p := setup(t)
		srv.Enqueue(Reply{Content: "cut", FinishReason: llm.FinishLength}, Reply{Content: "cut off", FinishReason: llm.FinishLength})
		resp, err := p.Chat(ctx, userReq("long story"))
		if err != nil || resp.FinishReason != llm.FinishLength {
			t.Errorf("Chat: finish=%q err=%v, want length", resp.FinishReason, err)
		}
		resp, err = p.ChatStream(ctx, userReq("long story"), func(llm.Delta) error { return nil })
		if err != nil || resp.FinishReason != llm.FinishLength || resp.Content != "cut off" {
			t.Errorf("ChatStream: content=%q finish=%q err=%v, want length", resp.Content, resp.FinishReason, err)
		}
	})

	t.Run("JSON", func(t *testing.T) {
		srv, p := setup(t)
		srv.Enqueue(Reply{Content: `{"answer": 42}`})
		req := userReq("Give me the answer as an object.")
		req.JSON = true
		resp, err := p.Chat(ctx, req)
		if err != nil {
			t.Fatalf("Chat: %v", err)
		}
		assertJSONEqual(t, resp.Content, `{"answer": 42}`)
		if c := srv.LastCall(t).Chat; !c.WantsJSON() {
			t.Error("JSON request was not sent in JSON mode")
		}
	})

	t.Run("JSONSchema", func(t *testing.T) {
		srv, p := setup(t)
		schema := `{"type":"object","properties":{"answer":{"type":"integer"}},"required":["answer"]}`
		srv.Enqueue(Reply{Content: `{"answer":7}`})
		req := userReq("What is the answer?")
		req.JSONSchema = &llm.JSONSchema{Name: "answer", Schema: json.RawMessage(schema), Strict: true}
		resp, err := p.Chat(ctx, req)
		if err != nil {
			t.Fatalf("Chat: %v", err)
		}
		assertJSONEqual(t, resp.Content, `{"answer":7}`)
		c := srv.LastCall(t).Chat
		if c.JSONSchema == nil {
			t.Fatal("schema was not sent")
		}
		assertJSONEqual(t, string(c.JSONSchema.Schema), schema)
	})

	t.Run("Stream", func(t *testing.T) {
		srv, p := setup(t)
		chunks := []string{"The ", "quick ", "brown fox", " jumps"}
		srv.Enqueue(Reply{Content: strings.Join(chunks, ""), Chunks: chunks, Model: "served-model",
			Usage: &llm.Usage{PromptTokens: 7, CompletionTokens: 5}})
		var got []string
		resp, err := p.ChatStream(ctx, userReq("tell me"), func(d llm.Delta) error {
			got = append(got, d.Content)
			return nil
		})
		if err != nil {
			t.Fatalf("ChatStream: %v", err)
		}
		if !reflect.DeepEqual(got, chunks) {
			t.Errorf("deltas = %q, want %q", got, chunks)
		}
		want := llm.Response{Content: "The quick brown fox jumps", Model: "served-model", Provider: p.Name(),
			Usage: llm.Usage{PromptTokens: 7, CompletionTokens: 5}, FinishReason: llm.FinishStop}
		if !reflect.DeepEqual(resp, want) {
			t.Errorf("response = %+v, want %+v", resp, want)
		}
		if !srv.LastCall(t).Stream {
			t.Error("streaming call was not sent as a stream")
		}
	})

	t.Run("StreamJSON", func(t *testing.T) {
		srv, p := setup(t)
		doc := `{"steps":[{"id":1,"action":"echo"}],"confidence":0.9}`
		srv.Enqueue(Reply{Content: doc})
		req := userReq("Plan it, answer in json.")
		req.JSON = true
		var b strings.Builder
		n := 0
		resp, err := p.ChatStream(ctx, req, func(d llm.Delta) error { n++; b.WriteString(d.Content); return nil })
		if err != nil {
			t.Fatalf("ChatStream: %v", err)
		}
		if n < 2 {
			t.Errorf("got %d deltas, want the reply in several pieces", n)
		}
		assertJSONEqual(t, b.String(), doc)
		assertJSONEqual(t, resp.Content, doc)
	})

	t.Run("StreamCallbackError", func(t *testing.T) {
		srv, p := setup(t)
		srv.Enqueue(Reply{Content: "one two three four", Chunks: []string{"one ", "two ", "three ", "four"}})
		stop := errors.New("enough")
		calls := 0
		_, err := p.ChatStream(ctx, userReq("count"), func(llm.Delta) error { calls++; return stop })
		if !errors.Is(err, stop) {
			t.Errorf("err = %v, want the callback's error", err)
		}
		if calls != 1 {
			t.Errorf("callback called %d times after returning an error, want 1", calls)
		}
	})

	errorCases := []struct {
		name      string
		reply     Reply
		sentinel  error
		retryable bool
		status    int
		after     time.Duration
	}{
		{"RateLimited", Reply{Status: 429, RetryAfter: "7", ErrorMessage: "slow down"}, llm.ErrRateLimited, true, 429, 7 * time.Second},
		{"ServerError", Reply{Status: 500, ErrorMessage: "boom"}, llm.ErrUnavailable, true, 500, 0},
		{"Overloaded", Reply{Status: 529, ErrorMessage: "overloaded"}, llm.ErrUnavailable, true, 529, 0},
		{"Unauthorized", Reply{Status: 401, ErrorMessage: "bad key"}, llm.ErrUnauthorized, false, 401, 0},
		{"BadRequest", Reply{Status: 400, ErrorMessage: "bad thing"}, llm.ErrInvalidRequest, false, 400, 0},
		{"UnknownModel", Reply{Status: 404, ErrorMessage: "model not found"}, llm.ErrInvalidRequest, false, 404, 0},
	}
	if kind != Ollama { // Ollama's error body has no code field
		errorCases = append(errorCases, struct {
			name      string
			reply     Reply
			sentinel  error
			retryable bool
			status    int
			after     time.Duration
		}{"QuotaExhausted", Reply{Status: 429, ErrorCode: "insufficient_quota", ErrorMessage: "no credit"}, llm.ErrRateLimited, false, 429, 0})
	}
	for _, tc := range errorCases {
		t.Run("Error"+tc.name, func(t *testing.T) {
			srv, p := setup(t)
			srv.Enqueue(tc.reply, tc.reply)
			check := func(op string, err error) {
				t.Helper()
				if !errors.Is(err, tc.sentinel) {
					t.Fatalf("%s: err = %v, want %v", op, err, tc.sentinel)
				}
				var ae *llm.APIError
				if !errors.As(err, &ae) {
					t.Fatalf("%s: err %v is not an *llm.APIError", op, err)
				}
				if ae.Status != tc.status || ae.RetryAfter != tc.after || ae.Provider != p.Name() {
					t.Errorf("%s: APIError = %+v, want status %d retry-after %s provider %q", op, ae, tc.status, tc.after, p.Name())
				}
				if !strings.Contains(ae.Error(), tc.reply.ErrorMessage) {
					t.Errorf("%s: error %q does not carry the provider's message %q", op, ae.Error(), tc.reply.ErrorMessage)
				}
				if got := llm.Retryable(err); got != tc.retryable {
					t.Errorf("%s: Retryable = %v, want %v", op, got, tc.retryable)
				}
			}
			_, err := p.Chat(ctx, userReq("x"))
			check("Chat", err)
			_, err = p.ChatStream(ctx, userReq("x"), func(llm.Delta) error {
				t.Error("callback called for an error answer")
				return nil
			})
			check("ChatStream", err)
		})
	}

	t.Run("Malformed", func(t *testing.T) {
		srv, p := setup(t)
		srv.Enqueue(Reply{Malformed: true, Content: "a b c d"}, Reply{Malformed: true, Content: "a b c d"})
		if _, err := p.Chat(ctx, userReq("x")); !errors.Is(err, llm.ErrBadResponse) {
			t.Errorf("Chat: err = %v, want ErrBadResponse", err)
		}
		if _, err := p.ChatStream(ctx, userReq("x"), func(llm.Delta) error { return nil }); !errors.Is(err, llm.ErrBadResponse) {
			t.Errorf("ChatStream: err = %v, want ErrBadResponse", err)
		}
	})

	t.Run("StreamErrorEvent", func(t *testing.T) {
		srv, p := setup(t)
		srv.Enqueue(Reply{Content: "partial answer", Chunks: []string{"partial", " answer"}, StreamError: "backend overloaded"})
		var got []string
		_, err := p.ChatStream(ctx, userReq("x"), func(d llm.Delta) error { got = append(got, d.Content); return nil })
		if !errors.Is(err, llm.ErrUnavailable) || !strings.Contains(fmt.Sprint(err), "backend overloaded") {
			t.Errorf("err = %v, want ErrUnavailable carrying the message", err)
		}
		if !llm.Retryable(err) {
			t.Error("in-stream provider error should be retryable")
		}
		if !reflect.DeepEqual(got, []string{"partial"}) {
			t.Errorf("deltas before the error = %q, want [partial]", got)
		}
	})

	t.Run("StreamTruncated", func(t *testing.T) {
		srv, p := setup(t)
		srv.Enqueue(Reply{Content: "cut here", Chunks: []string{"cut", " here"}, Truncate: true})
		_, err := p.ChatStream(ctx, userReq("x"), func(llm.Delta) error { return nil })
		if !errors.Is(err, llm.ErrUnavailable) {
			t.Errorf("err = %v, want ErrUnavailable for a stream without its end marker", err)
		}
	})

	t.Run("Unreachable", func(t *testing.T) {
		t.Parallel()
		dead := Start(kind)
		dead.Close()
		p := newProvider(t, dead.URL)
		if _, err := p.Chat(ctx, userReq("x")); !errors.Is(err, llm.ErrUnavailable) || !llm.Retryable(err) {
			t.Errorf("Chat: err = %v, want retryable ErrUnavailable", err)
		}
		if _, err := p.ChatStream(ctx, userReq("x"), func(llm.Delta) error { return nil }); !errors.Is(err, llm.ErrUnavailable) {
			t.Errorf("ChatStream: err = %v, want ErrUnavailable", err)
		}
	})

	t.Run("ContextDeadline", func(t *testing.T) {
		srv, p := setup(t)
		srv.Enqueue(Reply{Content: "late", Delay: 10 * time.Second}, Reply{Content: "late", Delay: 10 * time.Second})
		for _, stream := range []bool{false, true} {
			cctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
			start := time.Now()
			var err error
			if stream {
				_, err = p.ChatStream(cctx, userReq("x"), func(llm.Delta) error { return nil })
			} else {
				_, err = p.Chat(cctx, userReq("x"))
			}
			cancel()
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("stream=%v: err = %v, want context.DeadlineExceeded", stream, err)
			}
			if errors.Is(err, llm.ErrUnavailable) {
				t.Errorf("stream=%v: caller's deadline reported as provider unavailability", stream)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("stream=%v: returned after %s, the deadline was 50ms", stream, d)
			}
		}
	})

	t.Run("Embed", func(t *testing.T) {
		srv, p := setup(t)
		if kind == Anthropic {
			if _, err := p.Embed(ctx, "", []string{"a"}); !errors.Is(err, llm.ErrUnsupported) {
				t.Errorf("Embed: err = %v, want ErrUnsupported", err)
			}
			return
		}
		vecs, err := p.Embed(ctx, "", []string{"alpha", "beta"})
		if err != nil {
			t.Fatalf("Embed: %v", err)
		}
		if want := [][]float32{Vector("alpha"), Vector("beta")}; !reflect.DeepEqual(vecs, want) {
			t.Errorf("vectors = %v, want %v", vecs, want)
		}
		e := srv.LastCall(t).Embed
		if e == nil || e.Model == "" || !reflect.DeepEqual(e.Inputs, []string{"alpha", "beta"}) {
			t.Fatalf("server saw embed call %+v", e)
		}
		if _, err := p.Embed(ctx, "custom-embedder", []string{"gamma"}); err != nil {
			t.Fatalf("Embed with model: %v", err)
		}
		if e := srv.LastCall(t).Embed; e.Model != "custom-embedder" {
			t.Errorf("server saw embedding model %q, want custom-embedder", e.Model)
		}
		before := len(srv.Calls())
		if vecs, err := p.Embed(ctx, "", nil); err != nil || len(vecs) != 0 {
			t.Errorf("Embed(nil) = %v, %v; want no vectors", vecs, err)
		}
		if len(srv.Calls()) != before {
			t.Error("Embed with no inputs called the server")
		}
		srv.Enqueue(Reply{Embeddings: [][]float32{{1, 0}}})
		if _, err := p.Embed(ctx, "", []string{"one", "two"}); !errors.Is(err, llm.ErrBadResponse) {
			t.Errorf("Embed with a vector missing: err = %v, want ErrBadResponse", err)
		}
		srv.Enqueue(Reply{Status: 429, RetryAfter: "2"})
		if _, err := p.Embed(ctx, "", []string{"one"}); !errors.Is(err, llm.ErrRateLimited) || llm.RetryAfter(err) != 2*time.Second {
			t.Errorf("Embed rate limited: err = %v, want ErrRateLimited with retry-after 2s", err)
		}
		srv.Enqueue(Reply{Malformed: true})
		if _, err := p.Embed(ctx, "", []string{"one"}); !errors.Is(err, llm.ErrBadResponse) {
			t.Errorf("Embed malformed: err = %v, want ErrBadResponse", err)
		}
	})

	t.Run("Concurrent", func(t *testing.T) {
		_, p := setup(t)
		var wg sync.WaitGroup
		errs := make(chan error, 16)
		for i := range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				msg := fmt.Sprintf("message %d", i)
				var resp llm.Response
				var err error
				if i%2 == 0 {
					resp, err = p.Chat(ctx, userReq(msg))
				} else {
					resp, err = p.ChatStream(ctx, userReq(msg), func(llm.Delta) error { return nil })
				}
				if err != nil {
					errs <- err
					return
				}
				if resp.Content != msg {
					errs <- fmt.Errorf("reply %q to %q", resp.Content, msg)
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
	})
}

func userReq(text string) llm.Request {
	return llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: text}}}
}

func assertJSONEqual(tb testing.TB, got, want string) {
	tb.Helper()
	var g, w any
	if err := json.Unmarshal([]byte(got), &g); err != nil {
		tb.Errorf("not JSON: %q: %v", got, err)
		return
	}
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		tb.Fatalf("bad expected JSON %q: %v", want, err)
	}
	if !reflect.DeepEqual(g, w) {
		tb.Errorf("JSON = %s, want %s", got, want)
	}
}

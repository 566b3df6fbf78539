package retriever_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/armtest"
	"github.com/octollm/octollm/internal/arm/retriever"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/llm/llmopenai"
	"github.com/octollm/octollm/internal/llm/llmtest"
	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storepg"
	"github.com/octollm/octollm/internal/store/storesqlite"
	"github.com/octollm/octollm/internal/store/storetest"
)

func sqliteStore(t *testing.T, path string) store.Store {
	t.Helper()
	if path == "" {
		path = filepath.Join(t.TempDir(), "r.db")
	}
	s, err := storesqlite.New(t.Context(), storesqlite.Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return s
}

func pgStore(t *testing.T) store.Store {
	t.Helper()
	s, err := storepg.New(t.Context(), storepg.Config{URL: storetest.NewPostgresDatabase(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return s
}

func newRetriever(t *testing.T, cfg retriever.Config) *retriever.Retriever {
	t.Helper()
	if cfg.Store == nil {
		cfg.Store = sqliteStore(t, "")
	}
	r, err := retriever.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// corpus is a small knowledge base with known answers.
func corpus() []retriever.Document {
	return []retriever.Document{
		{ID: "log4shell", Source: "https://kb.example.test/cve-2021-44228", Title: "CVE-2021-44228 Log4Shell",
			Content:  "Log4Shell is a remote code execution vulnerability in Apache Log4j 2. An attacker who controls a logged string can trigger a JNDI lookup that loads remote code. Upgrade log4j to 2.17.1 or later and disable message lookups.",
			Metadata: map[string]any{"severity": "critical", "cvss_score": 10.0, "tags": []any{"java", "rce"}}},
		{ID: "heartbleed", Source: "https://kb.example.test/cve-2014-0160", Title: "CVE-2014-0160 Heartbleed",
			Content:  "Heartbleed is a buffer over-read in OpenSSL's TLS heartbeat extension. It leaks server memory, including private keys and session cookies. Patch OpenSSL to 1.0.1g and rotate certificates and keys.",
			Metadata: map[string]any{"severity": "high", "cvss_score": 7.5, "tags": []any{"tls", "c"}}},
		{ID: "nmap-guide", Source: "https://docs.example.test/nmap", Title: "Port scanning with nmap",
			Content:  "Nmap scans hosts for open ports and identifies running services with version detection. Use -sV for service versions and -p- to scan every port. Scanning networks you do not own may be illegal.",
			Metadata: map[string]any{"severity": "info", "tags": []any{"network", "scanning"}}},
		{ID: "sandbox", Source: "https://docs.example.test/sandbox", Title: "Sandboxing untrusted commands",
			Content:  "The executor runs commands inside Linux namespaces with seccomp filters, Landlock path rules and cgroup limits. The network is disabled unless the capability token grants hosts.",
			Metadata: map[string]any{"severity": "info", "tags": []any{"linux", "isolation"}}},
	}
}

func sources(res retriever.SearchResponse) []string {
	var out []string
	for _, r := range res.Results {
		out = append(out, r.Metadata["document_id"].(string))
	}
	return out
}

func TestIndexAndSearchMethods(t *testing.T) {
	t.Parallel()
	r := newRetriever(t, retriever.Config{})
	ctx := context.Background()
	ir, err := r.Index(ctx, corpus())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ir.DocumentIDs, []string{"log4shell", "heartbleed", "nmap-guide", "sandbox"}) || ir.Chunks != 4 {
		t.Fatalf("index: %+v", ir)
	}
	for _, tt := range []struct {
		method, query, top string
	}{
		{"hybrid", "How do I fix the log4j JNDI remote code execution?", "log4shell"},
		{"keyword", "openssl heartbeat memory leak", "heartbleed"},
		{"vector", "scanning open ports on hosts", "nmap-guide"},
		{"hybrid", "seccomp namespaces isolation for commands", "sandbox"},
	} {
		res, err := r.Search(ctx, retriever.SearchRequest{Query: tt.query, Method: tt.method, MinRelevanceScore: ptr(0.0)})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Results) == 0 || res.Results[0].Metadata["document_id"] != tt.top || res.MethodUsed != tt.method {
			t.Fatalf("%s %q: %v", tt.method, tt.query, sources(res))
		}
		for i, x := range res.Results {
			if x.Rank != i+1 || x.RelevanceScore < 0 || x.RelevanceScore > 1 || (i > 0 && x.RelevanceScore > res.Results[i-1].RelevanceScore) {
				t.Fatalf("ranks/scores: %+v", res.Results)
			}
		}
		if res.TotalResults != len(res.Results) || res.Citations[0] != res.Results[0].Source {
			t.Fatalf("totals/citations: %+v", res)
		}
	}
	// Result metadata carries the document's metadata and the snippet.
	res, _ := r.Search(ctx, retriever.SearchRequest{Query: "Heartbleed OpenSSL", Limit: 1})
	md := res.Results[0].Metadata
	if md["severity"] != "high" || md["title"] != "CVE-2014-0160 Heartbleed" || md["snippet_start"] != 0 || md["chunk_id"] != "heartbleed#0000" {
		t.Fatalf("metadata: %v", md)
	}
	// A query nothing matches returns nothing, not the nearest junk.
	res, _ = r.Search(ctx, retriever.SearchRequest{Query: "chocolate cake recipe"})
	if len(res.Results) != 0 {
		t.Fatalf("unrelated query: %v", sources(res))
	}
	// Hybrid scores: a chunk ranked first by both lists scores 1.
	res, _ = r.Search(ctx, retriever.SearchRequest{Query: "Log4Shell log4j JNDI lookup remote code"})
	if res.Results[0].RelevanceScore != 1 {
		t.Fatalf("top hybrid score %v", res.Results[0].RelevanceScore)
	}
}

func TestFiltersStillFillLimit(t *testing.T) {
	t.Parallel()
	// The graph walk (not the exact scan of small collections) must still
	// fill the limit under a filter.
	r := newRetriever(t, retriever.Config{ExactBelow: -1})
	ctx := context.Background()
	var docs []retriever.Document
	for i := range 90 {
		team := []string{"red", "blue", "green"}[i%3]
		docs = append(docs, retriever.Document{ID: fmt.Sprintf("d%02d", i), Source: fmt.Sprintf("mem://d%02d", i),
			Content:  fmt.Sprintf("Incident report %d: the firewall dropped packets from host %d during the backup window.", i, i),
			Metadata: map[string]any{"team": team, "n": float64(i), "labels": []any{team, "incident"}}})
	}
	if _, err := r.Index(ctx, docs); err != nil {
		t.Fatal(err)
	}
	for _, method := range []string{"vector", "keyword", "hybrid"} {
		res, err := r.Search(ctx, retriever.SearchRequest{Query: "firewall dropped packets backup", Method: method, Limit: 10,
			Filters: map[string]any{"team": "green"}, MinRelevanceScore: ptr(0.0)})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Results) != 10 {
			t.Fatalf("%s: %d results with a filter matching 30 documents, want 10", method, len(res.Results))
		}
		for _, x := range res.Results {
			if x.Metadata["team"] != "green" {
				t.Fatalf("%s: filter not applied: %v", method, x.Metadata)
			}
		}
	}
	res, _ := r.Search(ctx, retriever.SearchRequest{Query: "firewall", Method: "vector", Filters: map[string]any{"n": 41, "labels": "green"}, MinRelevanceScore: ptr(0.0)})
	if len(res.Results) != 1 || res.Results[0].Metadata["document_id"] != "d41" {
		t.Fatalf("numeric + list filter: %v", sources(res))
	}
}

func TestDeleteReindexAndReload(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "r.db")
	st := sqliteStore(t, path)
	r := newRetriever(t, retriever.Config{Store: st})
	ctx := context.Background()
	if _, err := r.Index(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	// Unchanged documents are not re-indexed.
	ir, err := r.Index(ctx, corpus()[:1])
	if err != nil || len(ir.Unchanged) != 1 || ir.Chunks != 0 {
		t.Fatalf("reindex unchanged: %+v %v", ir, err)
	}
	if err := r.Delete(ctx, "heartbleed"); err != nil {
		t.Fatal(err)
	}
	if err := r.Delete(ctx, "heartbleed"); !errors.Is(err, retriever.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
	res, _ := r.Search(ctx, retriever.SearchRequest{Query: "openssl heartbeat"})
	if slices.Contains(sources(res), "heartbleed") {
		t.Fatal("deleted document still found")
	}
	// A new process rebuilds the indexes from the store.
	r2 := newRetriever(t, retriever.Config{Store: st})
	n, err := r2.Load(ctx)
	if err != nil || n != 3 {
		t.Fatalf("load: %d %v", n, err)
	}
	for _, method := range []string{"vector", "keyword"} {
		res, _ = r2.Search(ctx, retriever.SearchRequest{Query: "nmap open ports service versions", Method: method, MinRelevanceScore: ptr(0.0)})
		if len(res.Results) == 0 || res.Results[0].Metadata["document_id"] != "nmap-guide" {
			t.Fatalf("after reload (%s): %v", method, sources(res))
		}
	}
	// A different embedder re-embeds what is stored.
	r3 := newRetriever(t, retriever.Config{Store: st, Embedder: retriever.NewHashEmbedder(64)})
	if _, err := r3.Load(ctx); err != nil {
		t.Fatal(err)
	}
	res, err = r3.Search(ctx, retriever.SearchRequest{Query: "seccomp landlock sandbox", Method: "vector", MinRelevanceScore: ptr(0.0)})
	if err != nil || len(res.Results) == 0 || res.Results[0].Metadata["document_id"] != "sandbox" || res.Metadata.VectorModel != "hash-64" {
		t.Fatalf("re-embedded: %v %v", sources(res), err)
	}
	cs, _ := st.ListChunks(ctx, "", 10)
	for _, c := range cs {
		if c.Embedder != "hash-64" || len(c.Embedding) != 64 {
			t.Fatalf("stored embedding not replaced: %s %d", c.Embedder, len(c.Embedding))
		}
	}
}

func TestValidation(t *testing.T) {
	t.Parallel()
	r := newRetriever(t, retriever.Config{})
	ctx := context.Background()
	for _, docs := range [][]retriever.Document{
		nil,
		{{Source: "", Content: "x"}},
		{{Source: "s", Content: "  "}},
		{{Source: "s", Content: "x", Metadata: map[string]any{"bad key": 1}}},
		{{ID: "a", Source: "s", Content: "x"}, {ID: "a", Source: "s", Content: "y"}},
	} {
		if _, err := r.Index(ctx, docs); !errors.Is(err, retriever.ErrInvalid) {
			t.Errorf("%+v: %v", docs, err)
		}
	}
	for _, req := range []retriever.SearchRequest{
		{Query: ""},
		{Query: strings.Repeat("x", 501)},
		{Query: "x", Method: "magic"},
		{Query: "x", Limit: 101},
		{Query: "x", MinRelevanceScore: ptr(1.5)},
		{Query: "x", Filters: map[string]any{"k": []any{1}}},
	} {
		if _, err := r.Search(ctx, req); !errors.Is(err, retriever.ErrInvalid) {
			t.Errorf("%+v: %v", req, err)
		}
	}
	_, err := r.Search(ctx, retriever.SearchRequest{Query: "x", Synthesize: ptr(true)})
	if !errors.Is(err, arm.ErrLLMRequired) {
		t.Fatalf("synthesis without model: %v", err)
	}
}

func TestDatabaseKeywordBackend(t *testing.T) {
	t.Parallel()
	run := func(t *testing.T, st store.Store) {
		r := newRetriever(t, retriever.Config{Store: st, Keyword: retriever.KeywordDatabase, Backend: st.Backend()})
		ctx := context.Background()
		if _, err := r.Index(ctx, corpus()); err != nil {
			t.Fatal(err)
		}
		res, err := r.Search(ctx, retriever.SearchRequest{Query: "scanned ports", Method: "keyword", MinRelevanceScore: ptr(0.0)})
		if err != nil || len(res.Results) == 0 || res.Results[0].Metadata["document_id"] != "nmap-guide" || !strings.HasSuffix(res.Metadata.DatabaseUsed, "-fulltext") {
			t.Fatalf("keyword: %v %+v %v", sources(res), res.Metadata, err)
		}
		res, err = r.Search(ctx, retriever.SearchRequest{Query: "remote code vulnerability upgrade", Filters: map[string]any{"tags": "rce"}, MinRelevanceScore: ptr(0.0)})
		if err != nil || len(res.Results) != 1 || res.Results[0].Metadata["document_id"] != "log4shell" {
			t.Fatalf("hybrid filtered: %v %v", sources(res), err)
		}
	}
	t.Run("sqlite", func(t *testing.T) { t.Parallel(); run(t, sqliteStore(t, "")) })
	t.Run("postgres", func(t *testing.T) { t.Parallel(); run(t, pgStore(t)) })
}

func fakeModel(t *testing.T, respond func(llmtest.Call) llmtest.Reply) (*llmtest.Server, arm.Completer) {
	t.Helper()
	srv := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(respond))
	p, err := llmopenai.New(llmopenai.Config{BaseURL: srv.URL, APIKey: "test", Model: "fake-small"})
	if err != nil {
		t.Fatal(err)
	}
	return srv, arm.LLMCompleter{Provider: p}
}

func TestSynthesisCitesTheRightDocuments(t *testing.T) {
	t.Parallel()
	srv, model := fakeModel(t, func(c llmtest.Call) llmtest.Reply {
		// The fake answers from whichever numbered source mentions JNDI,
		// and also cites a source that does not exist.
		user := c.LastUser()
		n := 0
		for i := 1; i <= 5 && n == 0; i++ {
			at := strings.Index(user, fmt.Sprintf("\n[%d] ", i))
			if at < 0 {
				break
			}
			block := user[at:]
			if next := strings.Index(block[1:], "\n["); next >= 0 {
				block = block[:next+1]
			}
			if strings.Contains(block, "JNDI") {
				n = i
			}
		}
		return llmtest.Reply{Content: fmt.Sprintf("Upgrade Log4j to 2.17.1 and disable message lookups [%d]. See also [9].", n)}
	})
	r := newRetriever(t, retriever.Config{Model: model})
	ctx := context.Background()
	if _, err := r.Index(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	res, err := r.Search(ctx, retriever.SearchRequest{Query: "How do I mitigate the log4j JNDI vulnerability?", Synthesize: ptr(true), MinRelevanceScore: ptr(0.0)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(res.Synthesis, "Upgrade Log4j to 2.17.1 and disable message lookups [1].") || strings.Contains(res.Synthesis, "[9]") {
		t.Fatalf("synthesis = %q", res.Synthesis)
	}
	if res.Citations[0] != "https://kb.example.test/cve-2021-44228" || res.Metadata.Model == "" || res.Metadata.Tokens == 0 {
		t.Fatalf("citations %v metadata %+v", res.Citations, res.Metadata)
	}
	calls := srv.Calls()
	if len(calls) != 1 || !strings.Contains(calls[0].LastUser(), "Question: How do I mitigate") {
		t.Fatalf("calls: %+v", calls)
	}
	// Without synthesize, no model call.
	if _, err := r.Search(ctx, retriever.SearchRequest{Query: "log4j", Synthesize: ptr(false)}); err != nil || len(srv.Calls()) != 1 {
		t.Fatalf("unexpected model call: %v", err)
	}
}

func TestProviderEmbedder(t *testing.T) {
	t.Parallel()
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	p, err := llmopenai.New(llmopenai.Config{BaseURL: srv.URL, APIKey: "test"})
	if err != nil {
		t.Fatal(err)
	}
	emb, err := retriever.NewProviderEmbedder(p, "embed-test", 2)
	if err != nil {
		t.Fatal(err)
	}
	r := newRetriever(t, retriever.Config{Embedder: emb})
	ctx := context.Background()
	if _, err := r.Index(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	res, err := r.Search(ctx, retriever.SearchRequest{Query: "log4j", Method: "vector", MinRelevanceScore: ptr(0.0)})
	if err != nil || res.Metadata.VectorModel != "llm-openai-embed-test" {
		t.Fatalf("%+v %v", res.Metadata, err)
	}
	embeds := 0
	for _, c := range srv.Calls() {
		if c.Embed != nil {
			embeds++
			if c.Embed.Model != "embed-test" || len(c.Embed.Inputs) > 2 {
				t.Fatalf("embed call %+v", c.Embed)
			}
		}
	}
	if embeds != 5 { // one call per single-chunk document, plus the query
		t.Fatalf("embed calls = %d", embeds)
	}
}

// TestArmContract runs the shared arm contract in process and over HTTP
// (without a model and with armtest.FakeModel for synthesis), then the
// retriever's own checks: metadata filters and synthesis without a model.
func TestArmContract(t *testing.T) {
	t.Parallel()
	for _, model := range []bool{false, true} {
		cfg := retriever.Config{}
		if model {
			cfg.Model = armtest.FakeCompleter(t)
		}
		for _, name := range []string{"in-process", "http"} {
			// One retriever per transport: the parallel runs must not find
			// each other's documents.
			a := armtest.Transports(t, newRetriever(t, cfg))[name]
			t.Run(fmt.Sprintf("%s/model=%t", name, model), func(t *testing.T) {
				t.Parallel()
				armtest.Run(t, a, armtest.Retriever(name+"-", model))
				if model {
					return
				}
				ctx := context.Background()
				docs := []any{}
				for _, d := range corpus() {
					d.ID = name + "-" + d.ID
					b, _ := json.Marshal(d)
					var m map[string]any
					_ = json.Unmarshal(b, &m)
					docs = append(docs, m)
				}
				if _, err := a.Execute(ctx, arm.Request{Action: "index", Inputs: map[string]any{"documents": docs}}); err != nil {
					t.Fatal(err)
				}
				res, err := a.Execute(ctx, arm.Request{Action: "search", Inputs: map[string]any{"query": "Heartbleed OpenSSL heartbeat", "filters": map[string]any{"severity": "high"}}})
				if err != nil {
					t.Fatal(err)
				}
				sr, err := retriever.DecodeResponse(res.Data["retrieval"])
				if err != nil || len(sr.Results) == 0 || sr.Results[0].Metadata["document_id"] != name+"-heartbleed" || !strings.HasPrefix(res.Output, "[1] CVE-2014-0160 Heartbleed") {
					t.Fatalf("search: %+v %v", res, err)
				}
				var ae *arm.Error
				if _, err := a.Execute(ctx, arm.Request{Action: "search", Inputs: map[string]any{"query": "x", "synthesize": true}}); !errors.As(err, &ae) || ae.Code != arm.CodeLLMRequired {
					t.Fatalf("synthesis without model: %v", err)
				}
			})
		}
	}
}

func TestHTTPEndpoints(t *testing.T) {
	t.Parallel()
	r := newRetriever(t, retriever.Config{})
	mux := chi.NewRouter()
	mux.Use(func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			p := auth.Principal{KeyID: "k", Scopes: strings.Split(req.Header.Get("X-Scopes"), ",")}
			next.ServeHTTP(w, req.WithContext(auth.WithPrincipal(req.Context(), p)))
		})
	})
	retriever.Handler{Retriever: r}.Mount(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	call := func(method, path, scopes, body string) (int, map[string]any) {
		req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		req.Header.Set("X-Scopes", scopes)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		var m map[string]any
		_ = json.Unmarshal(b, &m)
		return resp.StatusCode, m
	}
	body, _ := json.Marshal(map[string]any{"documents": corpus()})
	if code, _ := call("POST", "/index", "memory:read", string(body)); code != 403 {
		t.Fatalf("index with read scope: %d", code)
	}
	code, m := call("POST", "/index", "memory:write", string(body))
	if code != 200 || len(m["document_ids"].([]any)) != 4 {
		t.Fatalf("index: %d %v", code, m)
	}
	code, m = call("POST", "/search", "memory:read", `{"query":"nmap service version detection","limit":2}`)
	if code != 200 || m["method_used"] != "hybrid" || m["results"].([]any)[0].(map[string]any)["source"] != "https://docs.example.test/nmap" {
		t.Fatalf("search: %d %v", code, m)
	}
	code, m = call("POST", "/search", "memory:read", `{"query":"nmap","synthesize":true}`)
	if code != 503 || m["error"].(map[string]any)["code"] != "llm_required" || !strings.Contains(m["error"].(map[string]any)["message"].(string), "OCTOLLM_LLM_PROVIDER") {
		t.Fatalf("synthesis without model: %d %v", code, m)
	}
	if code, m = call("POST", "/search", "memory:read", `{"query":"x","method":"psychic"}`); code != 400 || m["error"].(map[string]any)["details"].([]any)[0].(map[string]any)["field"] != "method" {
		t.Fatalf("bad method: %d %v", code, m)
	}
	if code, _ = call("DELETE", "/index/nmap-guide", "memory:write", ""); code != 200 {
		t.Fatalf("delete: %d", code)
	}
	if code, _ = call("DELETE", "/index/nmap-guide", "memory:write", ""); code != 404 {
		t.Fatalf("delete twice: %d", code)
	}
}

func ptr[T any](v T) *T { return &v }

func TestSyncBetweenReplicas(t *testing.T) {
	t.Parallel()
	st := sqliteStore(t, "")
	a := newRetriever(t, retriever.Config{Store: st})
	b := newRetriever(t, retriever.Config{Store: st})
	ctx := context.Background()
	if _, err := a.Index(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	rep, err := b.Sync(ctx)
	if err != nil || rep != (retriever.SyncReport{Added: 4}) {
		t.Fatalf("first sync: %+v %v", rep, err)
	}
	if rep, _ = b.Sync(ctx); rep != (retriever.SyncReport{}) {
		t.Fatalf("idle sync changed %+v", rep)
	}
	changed := corpus()[2]
	changed.Content = "Masscan sweeps the whole internet for one open port in minutes."
	if _, err := a.Index(ctx, []retriever.Document{changed}); err != nil {
		t.Fatal(err)
	}
	if err := a.Delete(ctx, "sandbox"); err != nil {
		t.Fatal(err)
	}
	rep, err = b.Sync(ctx)
	if err != nil || rep != (retriever.SyncReport{Updated: 1, Removed: 1}) {
		t.Fatalf("second sync: %+v %v", rep, err)
	}
	res, _ := b.Search(ctx, retriever.SearchRequest{Query: "masscan internet sweep", MinRelevanceScore: ptr(0.0)})
	if len(res.Results) == 0 || res.Results[0].Metadata["document_id"] != "nmap-guide" || !strings.Contains(res.Results[0].Content, "Masscan") {
		t.Fatalf("updated document: %v", sources(res))
	}
	res, _ = b.Search(ctx, retriever.SearchRequest{Query: "seccomp landlock namespaces", MinRelevanceScore: ptr(0.0)})
	if slices.Contains(sources(res), "sandbox") {
		t.Fatal("deleted document still served")
	}
	if d, c := b.Stats(); d != 3 || c != 3 {
		t.Fatalf("stats %d docs %d chunks", d, c)
	}
}

func TestSnapshotSpeedsUpReload(t *testing.T) {
	t.Parallel()
	st := sqliteStore(t, "")
	snap := filepath.Join(t.TempDir(), "retriever.hnsw")
	ctx := context.Background()
	a := newRetriever(t, retriever.Config{Store: st, SnapshotPath: snap})
	if _, err := a.Index(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	if err := a.SaveSnapshot(); err != nil {
		t.Fatal(err)
	}
	// Meanwhile the store changes: one document goes, one is replaced.
	if err := a.Delete(ctx, "heartbleed"); err != nil {
		t.Fatal(err)
	}
	changed := corpus()[3]
	changed.Content = "Firecracker microVMs isolate untrusted workloads with a minimal device model."
	if _, err := a.Index(ctx, []retriever.Document{changed}); err != nil {
		t.Fatal(err)
	}
	var logs strings.Builder
	b := newRetriever(t, retriever.Config{Store: st, SnapshotPath: snap, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if _, err := b.Load(ctx); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "from_snapshot=true") {
		t.Fatalf("snapshot not used: %s", logs.String())
	}
	res, _ := b.Search(ctx, retriever.SearchRequest{Query: "microVM isolation of untrusted workloads", Method: "vector", MinRelevanceScore: ptr(0.0)})
	if len(res.Results) == 0 || res.Results[0].Metadata["document_id"] != "sandbox" || !strings.Contains(res.Results[0].Content, "Firecracker") {
		t.Fatalf("replaced document: %v", sources(res))
	}
	res, _ = b.Search(ctx, retriever.SearchRequest{Query: "openssl heartbeat", Method: "vector", MinRelevanceScore: ptr(0.0)})
	if slices.Contains(sources(res), "heartbleed") {
		t.Fatal("deleted document came back from the snapshot")
	}
	// A damaged snapshot is ignored: the index is rebuilt from the store.
	if err := os.WriteFile(snap, []byte("garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := newRetriever(t, retriever.Config{Store: st, SnapshotPath: snap})
	if n, err := c.Load(ctx); err != nil || n != 3 {
		t.Fatalf("load with a damaged snapshot: %d %v", n, err)
	}
}

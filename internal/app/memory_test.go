package app

import (
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/orchestrator"
)

// TestKnowledgeTaskCitesTheRightDocument indexes documents through the API
// and asks a question as a task: the answer must come from, and cite, the
// document that holds it.
func TestKnowledgeTaskCitesTheRightDocument(t *testing.T) {
	ts := startServer(t, Config{})
	admin := ts.adminKey(t)
	code, body := ts.do(t, "POST", "/api/v1/index", admin, map[string]any{"documents": []map[string]any{
		{"id": "redis-doc", "source": "redis-manual", "title": "Redis", "content": "Redis is an in-memory key-value store; it evaluates Lua scripts atomically."},
		{"id": "pg-doc", "source": "postgres-manual", "title": "PostgreSQL", "content": "PostgreSQL offers full-text search with tsvector and trigram matching through pg_trgm."},
		{"id": "nginx-doc", "source": "nginx-manual", "title": "nginx", "content": "nginx is a reverse proxy and load balancer for HTTP traffic."},
	}})
	if code != 200 && code != 201 {
		t.Fatalf("index: %d %v", code, body)
	}
	code, body = ts.do(t, "POST", "/api/v1/search", admin, map[string]any{"query": "trigram full-text search", "limit": 1})
	if code != 200 {
		t.Fatalf("search: %d %v", code, body)
	}
	results := body["results"].([]any)
	if len(results) != 1 || results[0].(map[string]any)["metadata"].(map[string]any)["document_id"] != "pg-doc" {
		t.Fatalf("search results %v", results)
	}

	v, _ := runTask(t, ts, "search the knowledge base for full-text search with trigram matching")
	if v.Status != orchestrator.StatusCompleted || v.Result == nil {
		t.Fatalf("%s %+v", v.Status, v.Error)
	}
	if !strings.Contains(v.Result.Output, "postgres-manual") || strings.Contains(v.Result.Output, "nginx-manual") {
		t.Fatalf("answer does not cite the right document:\n%s", v.Result.Output)
	}

	code, body = ts.do(t, "POST", "/api/v1/code", admin, map[string]any{"request_type": "generate", "language": "go", "instruction": "add two ints"})
	if code != 503 || body["error"].(map[string]any)["code"] != "llm_required" {
		t.Fatalf("code without a model: %d %v", code, body)
	}
}

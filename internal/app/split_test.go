package app

import (
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/orchestrator"
)

// TestSplitRolesOverHTTP runs the retriever as its own process-like server
// and the orchestrator in another that reaches it over HTTP (split mode):
// the same task as in one process must work through the HTTP transport.
func TestSplitRolesOverHTTP(t *testing.T) {
	dir := t.TempDir() // one store, as replicas share one database
	retr := startServer(t, Config{DataDir: dir, Roles: RoleRetriever})
	admin := retr.adminKey(t)
	code, body := retr.do(t, "POST", "/api/v1/index", admin, map[string]any{"documents": []map[string]any{
		{"id": "d1", "source": "lua-guide", "title": "Lua", "content": "Redis runs Lua scripts atomically on the server."},
		{"id": "d2", "source": "tls-guide", "title": "TLS", "content": "Certificates are renewed by cert-manager before they expire."},
	}})
	if code != 200 && code != 201 {
		t.Fatalf("index on the retriever role: %d %v", code, body)
	}
	if code, _ := retr.do(t, "GET", "/api/v1/tasks", admin, nil); code != 404 {
		t.Fatalf("the retriever-only process serves the task API: %d", code)
	}

	orch := startServer(t, Config{
		DataDir:        dir,
		Roles:          strings.Join([]string{RoleOrchestrator, RolePlanner, RoleJudge}, ","),
		RoleURLs:       map[string]string{RoleRetriever: retr.url},
		InternalAPIKey: admin,
	})
	if code, _ := orch.do(t, "POST", "/api/v1/search", admin, map[string]any{"query": "x"}); code != 404 {
		t.Fatalf("the orchestrator process serves the retriever's API itself: %d", code)
	}
	v, _ := runTask(t, orch, "search the knowledge base for certificates renewal")
	if v.Status != orchestrator.StatusCompleted || v.Result == nil || !strings.Contains(v.Result.Output, "tls-guide") {
		t.Fatalf("%s %+v %+v", v.Status, v.Result, v.Error)
	}
}

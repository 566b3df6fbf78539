package app

import (
	"os"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/store/storetest"
)

func TestRetrieverVectorBackendConfig(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		env     map[string]string
		want    string
		wantErr string
	}{
		{env: map[string]string{}, want: ""},
		{env: map[string]string{"OCTOLLM_RETRIEVER_VECTOR_BACKEND": "inprocess"}, want: "inprocess"},
		{env: map[string]string{"OCTOLLM_RETRIEVER_VECTOR_BACKEND": "pgvector", "OCTOLLM_DATABASE_URL": "postgres://u@127.0.0.1:5432/db"}, want: "pgvector"},
		{env: map[string]string{"OCTOLLM_RETRIEVER_VECTOR_BACKEND": "pgvector"}, wantErr: "needs a PostgreSQL database_url"},
		{env: map[string]string{"OCTOLLM_RETRIEVER_VECTOR_BACKEND": "faiss"}, wantErr: `vector_backend "faiss": want auto, pgvector or inprocess`},
	} {
		c := defaultConfig()
		if err := c.applyEnv(func(k string) (string, bool) { v, ok := tc.env[k]; return v, ok }); err != nil {
			t.Fatal(err)
		}
		err := c.validate()
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("%v: error %v, want %q", tc.env, err, tc.wantErr)
			}
			continue
		}
		if err != nil || c.Retriever.VectorBackend != tc.want {
			t.Fatalf("%v: %q %v", tc.env, c.Retriever.VectorBackend, err)
		}
	}
}

// TestServeRetrieverVectorBackend runs serve on PostgreSQL: by default the
// retriever searches vectors with pgvector (the server has it in CI, see
// scripts/pgvector.sh), and vector_backend: inprocess keeps them in process
// on the same database.
func TestServeRetrieverVectorBackend(t *testing.T) {
	t.Parallel()
	dbURL := storetest.NewPostgresDatabase(t)
	doc := map[string]any{"documents": []map[string]any{{"id": "nmap", "source": "https://docs.example.test/nmap",
		"content": "Nmap scans hosts for open ports and identifies running services with version detection."}}}
	for _, tc := range []struct{ backend, want string }{{"", "pgvector"}, {"inprocess", "inprocess"}} {
		ts := startServer(t, Config{DatabaseURL: dbURL, Retriever: RetrieverConfig{VectorBackend: tc.backend}})
		admin := ts.adminKey(t)
		if code, body := ts.do(t, "POST", "/api/v1/index", admin, doc); code != 200 {
			t.Fatalf("index: %d %v", code, body)
		}
		code, body := ts.do(t, "POST", "/api/v1/search", admin, map[string]any{"query": "open ports scan", "method": "vector", "min_relevance_score": 0})
		if code != 200 {
			t.Fatalf("search: %d %v", code, body)
		}
		md, _ := body["metadata"].(map[string]any)
		results, _ := body["results"].([]any)
		if got := md["vector_backend"]; got != tc.want || len(results) != 1 {
			if got == "inprocess" && tc.want == "pgvector" && os.Getenv("CI") != "true" {
				t.Skip("the PostgreSQL server has no pgvector (scripts/pgvector.sh installs it)")
			}
			t.Fatalf("vector_backend %q: %v, %d results, want %s", tc.backend, got, len(results), tc.want)
		}
		ts.stop()
	}
}

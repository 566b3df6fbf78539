package memory_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/arm/guardian"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/memory"
	"github.com/octollm/octollm/internal/store/storesqlite"
)

func newSQLite(t *testing.T) *storesqlite.Store {
	t.Helper()
	s, err := storesqlite.New(t.Context(), storesqlite.Config{Path: filepath.Join(t.TempDir(), "m.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return s
}

// server serves the memory API; the X-Scopes header of a request stands
// in for the scopes of an authenticated key.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	g, err := guardian.New(guardian.Config{})
	if err != nil {
		t.Fatal(err)
	}
	graph, err := memory.NewGraph(memory.GraphConfig{Redactor: memory.GuardianRedactor{Guardian: g}}, newSQLite(t))
	if err != nil {
		t.Fatal(err)
	}
	r := chi.NewRouter()
	r.Route("/api/v1", func(r chi.Router) {
		r.Use(func(next http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
				p := auth.Principal{KeyID: "k", Scopes: strings.Split(req.Header.Get("X-Scopes"), ",")}
				next.ServeHTTP(w, req.WithContext(auth.WithPrincipal(req.Context(), p)))
			})
		})
		memory.Handler{Graph: graph}.Mount(r)
	})
	srv := httptest.NewServer(r)
	t.Cleanup(srv.Close)
	return srv
}

func call(t *testing.T, srv *httptest.Server, method, path, scopes, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	req.Header.Set("X-Scopes", scopes)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s %s: %d %s", method, path, resp.StatusCode, b)
	}
	return resp.StatusCode, m
}

const rw = "memory:read,memory:write"

func TestGraphAPI(t *testing.T) {
	t.Parallel()
	srv := server(t)

	code, nmap := call(t, srv, "POST", "/api/v1/memory/entities", rw,
		`{"entity_type":"tool","name":"nmap","description":"port scanner, maintained by fyodor@insecure.example.org","metadata":{"capabilities":["port_scan"],"token":"ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"}}`)
	if code != 201 {
		t.Fatalf("create: %d %v", code, nmap)
	}
	id := nmap["entity_id"].(string)
	// The data diode: PII and secrets never reach the store.
	if d := nmap["description"].(string); strings.Contains(d, "fyodor@") || !strings.Contains(d, "[EMAIL-REDACTED]") {
		t.Fatalf("description not redacted: %q", d)
	}
	if tok := nmap["metadata"].(map[string]any)["token"]; tok != "[GITHUB-TOKEN-REDACTED]" {
		t.Fatalf("metadata secret not redacted: %v", tok)
	}
	_, cve := call(t, srv, "POST", "/api/v1/memory/entities", rw, `{"entity_type":"vulnerability","name":"CVE-2021-44228","description":"Log4Shell"}`)
	_, lib := call(t, srv, "POST", "/api/v1/memory/entities", rw, `{"entity_type":"library","name":"log4j"}`)

	code, rel := call(t, srv, "POST", "/api/v1/memory/relationships", rw,
		`{"source_id":"`+cve["entity_id"].(string)+`","target_id":"`+lib["entity_id"].(string)+`","relationship_type":"depends_on","weight":0.9}`)
	if code != 201 || rel["weight"].(float64) != 0.9 {
		t.Fatalf("relationship: %d %v", code, rel)
	}
	if code, _ := call(t, srv, "POST", "/api/v1/memory/relationships", rw,
		`{"source_id":"`+id+`","target_id":"00000000-0000-4000-8000-000000000000","relationship_type":"uses"}`); code != 404 {
		t.Fatalf("dangling relationship: %d", code)
	}
	call(t, srv, "POST", "/api/v1/memory/relationships", rw, `{"source_id":"`+id+`","target_id":"`+cve["entity_id"].(string)+`","relationship_type":"related_to"}`)

	code, got := call(t, srv, "GET", "/api/v1/memory/entities/"+id, "memory:read", "")
	if code != 200 || got["name"] != "nmap" {
		t.Fatalf("get: %d %v", code, got)
	}
	code, res := call(t, srv, "GET", "/api/v1/memory/entities?q=NMAPP&type=tool", "memory:read", "")
	ents := res["entities"].([]any)
	if code != 200 || len(ents) != 1 || ents[0].(map[string]any)["name"] != "nmap" || ents[0].(map[string]any)["score"].(float64) <= 0.3 {
		t.Fatalf("search: %d %v", code, res)
	}
	code, nb := call(t, srv, "GET", "/api/v1/memory/entities/"+id+"/neighbors?depth=2", "memory:read", "")
	if code != 200 {
		t.Fatalf("neighbors: %d %v", code, nb)
	}
	ns := nb["neighbors"].([]any)
	if len(ns) != 2 {
		t.Fatalf("neighbors: %v", ns)
	}
	first, second := ns[0].(map[string]any), ns[1].(map[string]any)
	if first["entity"].(map[string]any)["name"] != "CVE-2021-44228" || first["depth"].(float64) != 1 || first["direction"] != "outgoing" ||
		second["entity"].(map[string]any)["name"] != "log4j" || second["depth"].(float64) != 2 || second["direction"] != "outgoing" {
		t.Fatalf("neighbors: %v", ns)
	}
}

func TestGraphAPIErrors(t *testing.T) {
	t.Parallel()
	srv := server(t)
	for _, tt := range []struct {
		method, path, scopes, body string
		code                       int
		field                      string
	}{
		{"POST", "/api/v1/memory/entities", "memory:read", `{"entity_type":"tool","name":"x"}`, 403, ""},
		{"GET", "/api/v1/memory/entities", "task:read", ``, 403, ""},
		{"POST", "/api/v1/memory/entities", rw, `{"entity_type":"spaceship","name":"x"}`, 400, "entity_type"},
		{"POST", "/api/v1/memory/entities", rw, `{"entity_type":"concept","name":"  "}`, 400, "name"},
		{"POST", "/api/v1/memory/entities", rw, `{"entity_type":"concept","name":"x","metadata":[1]}`, 400, "metadata"},
		{"POST", "/api/v1/memory/entities", rw, `{"entity_type":"tool","name":"x","description":"d"}`, 400, "metadata.capabilities"},
		{"POST", "/api/v1/memory/entities", rw, `{"entity_type":"tool","name":"x","metadata":{"capabilities":["a"]}}`, 400, "description"},
		{"POST", "/api/v1/memory/relationships", rw, `{"source_id":"x","target_id":"y","relationship_type":"uses"}`, 400, "source_id"},
		{"POST", "/api/v1/memory/relationships", rw, `{"source_id":"00000000-0000-4000-8000-000000000001","target_id":"00000000-0000-4000-8000-000000000002","relationship_type":"loves"}`, 400, "relationship_type"},
		{"POST", "/api/v1/memory/relationships", rw, `{"source_id":"00000000-0000-4000-8000-000000000001","target_id":"00000000-0000-4000-8000-000000000002","relationship_type":"uses","weight":-1}`, 400, "weight"},
		{"GET", "/api/v1/memory/entities/00000000-0000-4000-8000-000000000001", rw, ``, 404, ""},
		{"GET", "/api/v1/memory/entities/not-a-uuid/neighbors", rw, ``, 404, ""},
		{"GET", "/api/v1/memory/entities?type=planet", rw, ``, 400, "type"},
		{"GET", "/api/v1/memory/entities?limit=x", rw, ``, 400, "limit"},
	} {
		code, m := call(t, srv, tt.method, tt.path, tt.scopes, tt.body)
		if code != tt.code {
			t.Errorf("%s %s %s: %d %v, want %d", tt.method, tt.path, tt.body, code, m, tt.code)
			continue
		}
		if tt.field != "" {
			det := m["error"].(map[string]any)["details"].([]any)[0].(map[string]any)
			if det["field"] != tt.field {
				t.Errorf("%s %s: field %v, want %s", tt.method, tt.body, det["field"], tt.field)
			}
		}
	}
	// Depth out of range on an existing entity.
	_, e := call(t, srv, "POST", "/api/v1/memory/entities", rw, `{"entity_type":"concept","name":"x"}`)
	if code, _ := call(t, srv, "GET", "/api/v1/memory/entities/"+e["entity_id"].(string)+"/neighbors?depth=6", rw, ""); code != 400 {
		t.Errorf("depth 6: %d", code)
	}
}

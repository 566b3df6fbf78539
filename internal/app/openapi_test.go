package app

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"
	"gopkg.in/yaml.v3"

	apispec "github.com/octollm/octollm/api"
)

// TestOpenAPICoversEveryRoute fails when a route registered by any role is
// missing from api/openapi.yaml (or documented with another method).
func TestOpenAPICoversEveryRoute(t *testing.T) {
	cfg := defaultConfig()
	cfg.DataDir = t.TempDir()
	d, err := openDeps(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer d.close()
	roles, _ := parseRoles(RoleAll)
	srv, _, err := buildServer(context.Background(), cfg, d, roles)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Paths map[string]map[string]any `yaml:"paths"`
	}
	if err := yaml.Unmarshal(apispec.Document(), &doc); err != nil {
		t.Fatalf("parse openapi.yaml: %v", err)
	}
	var routes int
	err = chi.Walk(srv.Router(), func(method, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		route = strings.TrimSuffix(strings.ReplaceAll(route, "/*/", "/"), "/*")
		if route != "/" && strings.HasSuffix(route, "/") {
			route = strings.TrimSuffix(route, "/")
		}
		routes++
		ops, ok := doc.Paths[route]
		if !ok {
			t.Errorf("route %s %s is not in api/openapi.yaml", method, route)
			return nil
		}
		if _, ok := ops[strings.ToLower(method)]; !ok {
			var have []string
			for m := range ops {
				have = append(have, m)
			}
			slices.Sort(have)
			t.Errorf("route %s %s: openapi.yaml documents only %v", method, route, have)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if routes < 5 {
		t.Fatalf("walked only %d routes", routes)
	}
}

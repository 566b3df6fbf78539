package storetest

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/store"
)

// RunMemory is the conformance suite of store.Memory. newStore returns a
// fresh, migrated store.
func RunMemory(t *testing.T, newStore func(t *testing.T) store.Store) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"EntityRoundTrip", testEntityRoundTrip},
		{"EntityConflictAndNotFound", testEntityConflict},
		{"EntityUpdateDelete", testEntityUpdateDelete},
		{"EntitySearch", testEntitySearch},
		{"EntitySearchMatchesSimilarity", testEntitySearchScores},
		{"RelationshipCreate", testRelationshipCreate},
		{"Neighbors", testNeighbors},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.fn(t, newStore(t))
		})
	}
}

func mustEntity(t *testing.T, s store.Store, typ, name string) store.Entity {
	t.Helper()
	e, err := s.CreateEntity(t.Context(), store.Entity{Type: typ, Name: name})
	if err != nil {
		t.Fatalf("CreateEntity(%s): %v", name, err)
	}
	return e
}

func testEntityRoundTrip(t *testing.T, s store.Store) {
	ctx := t.Context()
	created := time.Date(2025, 1, 2, 3, 4, 5, 123456789, time.FixedZone("X", -5*3600))
	in := store.Entity{ID: "6F1C2A6E-8A44-4F57-9B1D-3C0B5A0E9D11", Type: "tool", Name: "nmap",
		Description: "network scanner", Metadata: json.RawMessage(`{"capabilities":["port_scan"],"n":1}`), CreatedAt: created}
	got, err := s.CreateEntity(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	want := created.UTC().Truncate(time.Microsecond)
	if got.ID != "6f1c2a6e-8a44-4f57-9b1d-3c0b5a0e9d11" || got.Type != "tool" || got.Name != "nmap" || got.Description != "network scanner" ||
		!got.CreatedAt.Equal(want) || !got.UpdatedAt.Equal(want) || got.CreatedAt.Location() != time.UTC {
		t.Fatalf("created %+v", got)
	}
	jsonEq(t, "metadata", got.Metadata, in.Metadata)
	again, err := s.GetEntity(ctx, in.ID)
	if err != nil || again.ID != got.ID || !again.CreatedAt.Equal(want) {
		t.Fatalf("GetEntity (upper-case id): %+v %v", again, err)
	}
	// Generated ids; no description and no metadata round-trip as empty.
	e := mustEntity(t, s, "concept", "zero trust")
	if !store.IsUUID(e.ID) || e.Description != "" || e.Metadata != nil || time.Since(e.CreatedAt) > time.Minute {
		t.Fatalf("generated %+v", e)
	}
}

func testEntityConflict(t *testing.T, s store.Store) {
	ctx := t.Context()
	e := mustEntity(t, s, "tool", "nmap")
	if _, err := s.CreateEntity(ctx, store.Entity{ID: e.ID, Type: "tool", Name: "x"}); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("duplicate id: %v", err)
	}
	for _, id := range []string{"not-a-uuid", "00000000-0000-4000-8000-000000000000", ""} {
		if _, err := s.GetEntity(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("GetEntity(%q): %v", id, err)
		}
		if err := s.DeleteEntity(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("DeleteEntity(%q): %v", id, err)
		}
		if _, err := s.Neighbors(ctx, id, 1, 10); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Neighbors(%q): %v", id, err)
		}
	}
}

func testEntityUpdateDelete(t *testing.T, s store.Store) {
	ctx := t.Context()
	a, b := mustEntity(t, s, "tool", "nmap"), mustEntity(t, s, "tool", "masscan")
	if _, err := s.CreateRelationship(ctx, store.Relationship{SourceID: a.ID, TargetID: b.ID, Type: "related_to"}); err != nil {
		t.Fatal(err)
	}
	later := a.UpdatedAt.Add(time.Hour)
	u, err := s.UpdateEntity(ctx, store.Entity{ID: a.ID, Type: "tool", Name: "Nmap", Description: "scanner", Metadata: json.RawMessage(`{"archived":true}`), UpdatedAt: later})
	if err != nil {
		t.Fatal(err)
	}
	if u.Name != "Nmap" || u.Description != "scanner" || !u.UpdatedAt.Equal(later) || !u.CreatedAt.Equal(a.CreatedAt) {
		t.Fatalf("updated %+v", u)
	}
	if _, err := s.UpdateEntity(ctx, store.Entity{ID: "00000000-0000-4000-8000-000000000000", Type: "tool", Name: "x"}); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("update unknown: %v", err)
	}
	if err := s.DeleteEntity(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	n, err := s.Neighbors(ctx, a.ID, 1, 10)
	if err != nil || len(n) != 0 {
		t.Fatalf("relationship survived deleting its target: %+v %v", n, err)
	}
}

func testEntitySearch(t *testing.T, s store.Store) {
	ctx := t.Context()
	for _, n := range []struct{ typ, name string }{
		{"tool", "nmap"}, {"tool", "Nmap Scripting Engine"}, {"tool", "masscan"}, {"tool", "zmap"},
		{"vulnerability", "CVE-2021-44228 Log4Shell"}, {"library", "log4j"}, {"concept", "network mapping"},
	} {
		mustEntity(t, s, n.typ, n.name)
	}
	arch, err := s.CreateEntity(ctx, store.Entity{Type: "tool", Name: "nmap-legacy", Metadata: json.RawMessage(`{"archived":true}`)})
	if err != nil {
		t.Fatal(err)
	}
	names := func(ms []store.EntityMatch) []string {
		var out []string
		for _, m := range ms {
			out = append(out, m.Name)
		}
		return out
	}
	search := func(q store.EntityQuery) []string {
		t.Helper()
		ms, err := s.SearchEntities(ctx, q)
		if err != nil {
			t.Fatalf("SearchEntities(%+v): %v", q, err)
		}
		for i := 1; i < len(ms); i++ {
			if ms[i].Score > ms[i-1].Score {
				t.Fatalf("not sorted by score: %+v", ms)
			}
		}
		return names(ms)
	}
	// Exact name first, then substring matches (closer fits first).
	if got := search(store.EntityQuery{Query: "NMAP"}); len(got) < 2 || got[0] != "nmap" || got[1] != "Nmap Scripting Engine" || slices.Contains(got, "nmap-legacy") {
		t.Fatalf("NMAP: %v", got)
	}
	// A typo still finds it (trigram similarity).
	if got := search(store.EntityQuery{Query: "nmapp"}); len(got) == 0 || got[0] != "nmap" {
		t.Fatalf("nmapp: %v", got)
	}
	if got := search(store.EntityQuery{Query: "log4", Type: "library"}); !slices.Equal(got, []string{"log4j"}) {
		t.Fatalf("type filter: %v", got)
	}
	if got := search(store.EntityQuery{Query: "nmap", IncludeArchived: true}); !slices.Contains(got, "nmap-legacy") {
		t.Fatalf("include archived: %v", got)
	}
	if got := search(store.EntityQuery{Query: "completely unrelated words"}); len(got) != 0 {
		t.Fatalf("unrelated: %v", got)
	}
	if got := search(store.EntityQuery{Query: "100%_"}); len(got) != 0 {
		t.Fatalf("wildcards must be literal: %v", got)
	}
	if got := search(store.EntityQuery{Type: "tool"}); !slices.Equal(got, []string{"Nmap Scripting Engine", "masscan", "nmap", "zmap"}) {
		t.Fatalf("list by type (byte order of names): %v", got)
	}
	if got := search(store.EntityQuery{Type: "tool", Limit: 2}); len(got) != 2 {
		t.Fatalf("limit: %v", got)
	}
	if e, err := s.GetEntity(ctx, arch.ID); err != nil || e.Name != "nmap-legacy" {
		t.Fatalf("archived entity must stay readable by id: %v", err)
	}
}

func testEntitySearchScores(t *testing.T, s store.Store) {
	ctx := t.Context()
	for _, n := range []string{"kubernetes", "kubectl", "Kubernetes Dashboard", "docker"} {
		mustEntity(t, s, "tool", n)
	}
	ms, err := s.SearchEntities(ctx, store.EntityQuery{Query: "kubernetes"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].Name != "kubernetes" || ms[0].Score != 1 || ms[1].Name != "Kubernetes Dashboard" {
		t.Fatalf("matches %+v", ms)
	}
	if want := store.NameScore("Kubernetes Dashboard", "kubernetes"); math.Abs(ms[1].Score-want) > 1e-9 {
		t.Fatalf("score %v, want NameScore %v", ms[1].Score, want)
	}
}

func testRelationshipCreate(t *testing.T, s store.Store) {
	ctx := t.Context()
	a, b := mustEntity(t, s, "tool", "metasploit"), mustEntity(t, s, "vulnerability", "CVE-2017-0144")
	r, err := s.CreateRelationship(ctx, store.Relationship{SourceID: a.ID, TargetID: b.ID, Type: "exploits", Metadata: json.RawMessage(`{"module":"ms17_010"}`)})
	if err != nil {
		t.Fatal(err)
	}
	if !store.IsUUID(r.ID) || r.Weight != 1 || r.SourceID != a.ID || r.TargetID != b.ID || r.Type != "exploits" || time.Since(r.CreatedAt) > time.Minute {
		t.Fatalf("relationship %+v", r)
	}
	jsonEq(t, "relationship metadata", r.Metadata, json.RawMessage(`{"module":"ms17_010"}`))
	r2, err := s.CreateRelationship(ctx, store.Relationship{SourceID: b.ID, TargetID: a.ID, Type: "related_to", Weight: 0.25})
	if err != nil || r2.Weight != 0.25 {
		t.Fatalf("weighted: %+v %v", r2, err)
	}
	for _, bad := range []store.Relationship{
		{SourceID: a.ID, TargetID: "00000000-0000-4000-8000-000000000000", Type: "uses"},
		{SourceID: "nope", TargetID: b.ID, Type: "uses"},
	} {
		if _, err := s.CreateRelationship(ctx, bad); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("dangling %+v: %v", bad, err)
		}
	}
	if _, err := s.CreateRelationship(ctx, store.Relationship{ID: r.ID, SourceID: a.ID, TargetID: b.ID, Type: "uses"}); !errors.Is(err, store.ErrConflict) {
		t.Errorf("duplicate id: %v", err)
	}
}

func testNeighbors(t *testing.T, s store.Store) {
	ctx := t.Context()
	// a → b → c → d, plus e → a (incoming) and a → f (light edge).
	ids := map[string]string{}
	for _, n := range []string{"a", "b", "c", "d", "e", "f"} {
		ids[n] = mustEntity(t, s, "concept", n).ID
	}
	link := func(from, to string, w float64) {
		t.Helper()
		if _, err := s.CreateRelationship(ctx, store.Relationship{SourceID: ids[from], TargetID: ids[to], Type: "depends_on", Weight: w}); err != nil {
			t.Fatal(err)
		}
	}
	link("a", "b", 2)
	link("b", "c", 1)
	link("c", "d", 1)
	link("e", "a", 1.5)
	link("a", "f", 0.5)
	link("c", "a", 0.1) // a shortcut: c is adjacent to a too
	got := func(depth, limit int) []string {
		t.Helper()
		ns, err := s.Neighbors(ctx, ids["a"], depth, limit)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, n := range ns {
			other := n.Via.SourceID
			if other == n.Entity.ID {
				other = n.Via.TargetID
			}
			var from string
			for k, v := range ids {
				if v == other {
					from = k
				}
			}
			out = append(out, fmt.Sprintf("%s@%d<-%s", n.Entity.Name, n.Depth, from))
		}
		return out
	}
	if g := got(1, 10); !slices.Equal(g, []string{"b@1<-a", "e@1<-a", "f@1<-a", "c@1<-a"}) {
		t.Fatalf("depth 1: %v", g)
	}
	if g := got(2, 10); !slices.Equal(g, []string{"b@1<-a", "e@1<-a", "f@1<-a", "c@1<-a", "d@2<-c"}) {
		t.Fatalf("depth 2: %v", g)
	}
	if g := got(2, 2); !slices.Equal(g, []string{"b@1<-a", "e@1<-a"}) {
		t.Fatalf("limit: %v", g)
	}
	// Depth is bounded, not an error.
	if _, err := s.Neighbors(ctx, ids["a"], 99, 0); err != nil {
		t.Fatal(err)
	}
	lone := mustEntity(t, s, "concept", "lonely")
	if ns, err := s.Neighbors(ctx, lone.ID, 3, 10); err != nil || len(ns) != 0 {
		t.Fatalf("lonely: %+v %v", ns, err)
	}
}

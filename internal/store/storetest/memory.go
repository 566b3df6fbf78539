package storetest

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"

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
		{"DocumentPutReplaceDelete", testDocumentLifecycle},
		{"ListChunksAndEmbeddings", testListChunks},
		{"SearchChunks", testSearchChunks},
		{"EpisodesIsolatedNewestFirst", testEpisodes},
		{"Retention", testRetention},
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

func chunksOf(docID string, texts ...string) []store.Chunk {
	var out []store.Chunk
	off := 0
	for i, tx := range texts {
		out = append(out, store.Chunk{ID: fmt.Sprintf("%s#%04d", docID, i), DocumentID: docID, Seq: i, Content: tx,
			Start: off, Length: len([]rune(tx)), Embedding: []float32{float32(i), 0.5, -1.25}, Embedder: "test-3"})
		off += len([]rune(tx)) + 1
	}
	return out
}

func putDoc(t *testing.T, s store.Store, id, md string, texts ...string) store.Document {
	t.Helper()
	d, err := s.PutDocument(t.Context(), store.Document{ID: id, Source: "https://docs.example.test/" + id, Title: "Title " + id,
		Content: fmt.Sprint(texts), Metadata: json.RawMessage(md), ContentHash: "h-" + id}, chunksOf(id, texts...))
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", id, err)
	}
	return d
}

func testDocumentLifecycle(t *testing.T, s store.Store) {
	ctx := t.Context()
	d := putDoc(t, s, "guide", `{"lang":"en"}`, "first part", "second part")
	if d.ID != "guide" || d.Source != "https://docs.example.test/guide" || d.Title != "Title guide" || d.ContentHash != "h-guide" ||
		time.Since(d.CreatedAt) > time.Minute || !d.CreatedAt.Equal(d.UpdatedAt) {
		t.Fatalf("put: %+v", d)
	}
	jsonEq(t, "metadata", d.Metadata, json.RawMessage(`{"lang":"en"}`))
	// Replacing keeps created_at, replaces the chunks.
	later := d.UpdatedAt.Add(time.Hour)
	d2, err := s.PutDocument(ctx, store.Document{ID: "guide", Source: "s2", Content: "x", ContentHash: "h2", UpdatedAt: later}, chunksOf("guide", "only part"))
	if err != nil {
		t.Fatal(err)
	}
	if !d2.CreatedAt.Equal(d.CreatedAt) || !d2.UpdatedAt.Equal(later) || d2.Source != "s2" {
		t.Fatalf("replaced: %+v", d2)
	}
	jsonEq(t, "default metadata", d2.Metadata, json.RawMessage(`{}`))
	cs, err := s.ListChunks(ctx, "", 100)
	if err != nil || len(cs) != 1 || cs[0].Content != "only part" {
		t.Fatalf("chunks after replace: %+v %v", cs, err)
	}
	if _, err := s.GetDocument(ctx, "guide"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDocument(ctx, "guide"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetDocument(ctx, "guide"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("get deleted: %v", err)
	}
	if err := s.DeleteDocument(ctx, "guide"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("delete twice: %v", err)
	}
	if cs, _ := s.ListChunks(ctx, "", 100); len(cs) != 0 {
		t.Fatalf("chunks survived their document: %+v", cs)
	}
	// A chunk id used by another document is a conflict and changes nothing.
	putDoc(t, s, "a", `{}`, "alpha")
	_, err = s.PutDocument(ctx, store.Document{ID: "b", Source: "s", Content: "c", ContentHash: "h"}, []store.Chunk{{ID: "a#0000", Content: "dup"}})
	if !errors.Is(err, store.ErrConflict) {
		t.Fatalf("duplicate chunk id: %v", err)
	}
	if _, err := s.GetDocument(ctx, "b"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("failed put left a document behind: %v", err)
	}
}

func testListChunks(t *testing.T, s store.Store) {
	ctx := t.Context()
	putDoc(t, s, "b", `{"k":"v"}`, "b0", "b1", "b2")
	putDoc(t, s, "a", `{}`, "a0", "a1")
	var all []store.Chunk
	after := ""
	for {
		page, err := s.ListChunks(ctx, after, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		all = append(all, page...)
		after = page[len(page)-1].ID
	}
	var ids []string
	for _, c := range all {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []string{"a#0000", "a#0001", "b#0000", "b#0001", "b#0002"}) {
		t.Fatalf("ids %v", ids)
	}
	c := all[3]
	if c.DocumentID != "b" || c.Seq != 1 || c.Content != "b1" || c.Start != 3 || c.Length != 2 || c.Embedder != "test-3" ||
		!slices.Equal(c.Embedding, []float32{1, 0.5, -1.25}) {
		t.Fatalf("chunk %+v", c)
	}
	jsonEq(t, "chunk metadata", c.Metadata, json.RawMessage(`{"k":"v"}`))
	refs, err := s.ListDocumentRefs(ctx, "", 1)
	if err != nil || len(refs) != 1 || refs[0] != (store.DocumentRef{ID: "a", ContentHash: "h-a"}) {
		t.Fatalf("document refs page 1: %+v %v", refs, err)
	}
	if refs, _ = s.ListDocumentRefs(ctx, "a", 10); len(refs) != 1 || refs[0].ID != "b" {
		t.Fatalf("document refs page 2: %+v", refs)
	}
	dc, err := s.DocumentChunks(ctx, "b")
	if err != nil || len(dc) != 3 || dc[2].Content != "b2" || dc[1].Seq != 1 || !slices.Equal(dc[0].Embedding, []float32{0, 0.5, -1.25}) {
		t.Fatalf("document chunks: %+v %v", dc, err)
	}
	if dc, err := s.DocumentChunks(ctx, "nope"); err != nil || len(dc) != 0 {
		t.Fatalf("chunks of an unknown document: %+v %v", dc, err)
	}
	if err := s.SetChunkEmbeddings(ctx, "other-2", map[string][]float32{"a#0001": {9, 8}, "missing#1": {1, 1}}); err != nil {
		t.Fatal(err)
	}
	page, _ := s.ListChunks(ctx, "a#0000", 1)
	if len(page) != 1 || page[0].Embedder != "other-2" || !slices.Equal(page[0].Embedding, []float32{9, 8}) {
		t.Fatalf("re-embedded: %+v", page)
	}
}

func testSearchChunks(t *testing.T, s store.Store) {
	ctx := t.Context()
	putDoc(t, s, "nmap", `{"severity":"low","tags":["network","scanner"],"cvss":3.1,"public":true}`,
		"Nmap scans networks for open ports and running services.", "It supports scripting with NSE.")
	putDoc(t, s, "log4j", `{"severity":"critical","tags":["java"],"cvss":10,"public":false}`,
		"Log4Shell lets an attacker run code through a JNDI lookup in a log message.", "Patch log4j to 2.17 or later.")
	putDoc(t, s, "ports", `{"severity":"low","tags":["network"]}`,
		"Port scanning finds open ports; closed ports answer with a reset.")
	search := func(q store.ChunkQuery) []string {
		t.Helper()
		hits, err := s.SearchChunks(ctx, q)
		if err != nil {
			t.Fatalf("SearchChunks(%+v): %v", q, err)
		}
		var out []string
		for i, h := range hits {
			if h.Score <= 0 || h.Score >= 1 || (i > 0 && h.Score > hits[i-1].Score) {
				t.Fatalf("scores must be in (0,1) and descending: %+v", hits)
			}
			out = append(out, h.ID)
		}
		return out
	}
	// Stemming (scanning → scan), OR of words, the denser match first.
	if got := search(store.ChunkQuery{Text: "open ports scanning"}); len(got) != 2 || got[0] != "ports#0000" || got[1] != "nmap#0000" {
		t.Fatalf("open ports scanning: %v", got)
	}
	if got := search(store.ChunkQuery{Text: "JNDI attacker"}); !slices.Equal(got, []string{"log4j#0000"}) {
		t.Fatalf("JNDI: %v", got)
	}
	if got := search(store.ChunkQuery{Text: "zebra"}); len(got) != 0 {
		t.Fatalf("no match: %v", got)
	}
	if got := search(store.ChunkQuery{Text: "!!! ''"}); len(got) != 0 {
		t.Fatalf("no words: %v", got)
	}
	if got := search(store.ChunkQuery{Text: `ports" OR "x`}); len(got) != 2 {
		t.Fatalf("quotes in the query must not break it: %v", got)
	}
	// Filters: scalar equality, list membership, numbers, booleans.
	for _, tt := range []struct {
		filter map[string]any
		want   []string
	}{
		{map[string]any{"severity": "low"}, []string{"ports#0000", "nmap#0000"}},
		{map[string]any{"tags": "scanner"}, []string{"nmap#0000"}},
		{map[string]any{"tags": "network", "severity": "low"}, []string{"ports#0000", "nmap#0000"}},
		{map[string]any{"cvss": 3.1}, []string{"nmap#0000"}},
		{map[string]any{"public": true}, []string{"nmap#0000"}},
		{map[string]any{"severity": "critical"}, nil},
	} {
		if got := search(store.ChunkQuery{Text: "open ports scanning", Filter: tt.filter}); !slices.Equal(got, tt.want) {
			t.Errorf("filter %v: %v, want %v", tt.filter, got, tt.want)
		}
	}
	if got := search(store.ChunkQuery{Text: "ports open", Limit: 1}); len(got) != 1 {
		t.Fatalf("limit: %v", got)
	}
	if _, err := s.SearchChunks(ctx, store.ChunkQuery{Text: "x", Filter: map[string]any{"a": []any{1}}}); err == nil {
		t.Fatal("a list filter value must be refused")
	}
	// Deleted documents leave the full-text index.
	if err := s.DeleteDocument(ctx, "ports"); err != nil {
		t.Fatal(err)
	}
	if got := search(store.ChunkQuery{Text: "ports"}); !slices.Equal(got, []string{"nmap#0000"}) {
		t.Fatalf("after delete: %v", got)
	}
}

func testEpisodes(t *testing.T, s store.Store) {
	ctx := t.Context()
	base := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	exp := base.Add(24 * time.Hour)
	var coder []store.Episode
	for i := range 3 {
		e, err := s.PutEpisode(ctx, store.Episode{Collection: "coder", Content: fmt.Sprintf("solution %d", i),
			Payload: json.RawMessage(fmt.Sprintf(`{"language":"go","n":%d}`, i)), Embedding: []float32{float32(i), 1},
			Embedder: "hash-2", CreatedAt: base.Add(time.Duration(i) * time.Minute)})
		if err != nil {
			t.Fatal(err)
		}
		coder = append(coder, e)
	}
	if _, err := s.PutEpisode(ctx, store.Episode{Collection: "planner", Content: "plan", CreatedAt: base, ExpiresAt: &exp}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutEpisode(ctx, store.Episode{ID: coder[0].ID, Collection: "coder", Content: "dup"}); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("duplicate id: %v", err)
	}
	got, err := s.RecentEpisodes(ctx, "coder", base.Add(time.Hour), 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Content != "solution 2" || got[1].Content != "solution 1" || !slices.Equal(got[0].Embedding, []float32{2, 1}) ||
		got[0].Embedder != "hash-2" || !got[0].CreatedAt.Equal(base.Add(2*time.Minute)) || got[0].ExpiresAt != nil || !store.IsUUID(got[0].ID) {
		t.Fatalf("recent coder: %+v", got)
	}
	jsonEq(t, "payload", got[0].Payload, json.RawMessage(`{"language":"go","n":2}`))
	// Collections are isolated.
	pl, _ := s.RecentEpisodes(ctx, "planner", base, 10)
	if len(pl) != 1 || pl[0].Content != "plan" || pl[0].ExpiresAt == nil || !pl[0].ExpiresAt.Equal(exp) {
		t.Fatalf("planner: %+v", pl)
	}
	if err := s.DeleteEpisode(ctx, "planner", coder[0].ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("deleting another collection's episode: %v", err)
	}
	if err := s.DeleteEpisode(ctx, "coder", coder[0].ID); err != nil {
		t.Fatal(err)
	}
	// Expired episodes are not returned, then deleted.
	if pl, _ := s.RecentEpisodes(ctx, "planner", exp.Add(time.Second), 10); len(pl) != 0 {
		t.Fatalf("expired episode returned: %+v", pl)
	}
	n, err := s.DeleteExpiredEpisodes(ctx, exp.Add(time.Second))
	if err != nil || n != 1 {
		t.Fatalf("delete expired: %d %v", n, err)
	}
	if left, _ := s.RecentEpisodes(ctx, "coder", base.Add(time.Hour), 10); len(left) != 2 {
		t.Fatalf("coder episodes after retention: %d", len(left))
	}
}

func testRetention(t *testing.T, s store.Store) {
	ctx := t.Context()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	old, fresh := now.AddDate(0, 0, -100), now.AddDate(0, 0, -10)
	for _, c := range []time.Time{old, fresh} {
		done := c.Add(time.Minute)
		if err := s.PutTaskHistory(ctx, store.TaskHistory{TaskID: uuid.NewString(), Goal: "g", Status: "completed", CreatedAt: c, CompletedAt: &done}); err != nil {
			t.Fatal(err)
		}
	}
	for _, ts := range []time.Time{now.AddDate(0, 0, -40), now.AddDate(0, 0, -5)} {
		if err := s.AppendAction(ctx, store.Action{TaskID: uuid.NewString(), ArmID: "executor", ActionType: "shell", Timestamp: ts}); err != nil {
			t.Fatal(err)
		}
	}
	stale, err := s.CreateEntity(ctx, store.Entity{Type: "tool", Name: "stale", Metadata: json.RawMessage(`{"k":1}`), CreatedAt: now.AddDate(0, 0, -200)})
	if err != nil {
		t.Fatal(err)
	}
	bare, _ := s.CreateEntity(ctx, store.Entity{Type: "tool", Name: "bare", CreatedAt: now.AddDate(-1, 0, 0)})
	live, _ := s.CreateEntity(ctx, store.Entity{Type: "tool", Name: "live", CreatedAt: now.AddDate(0, 0, -1)})

	if n, err := s.PruneTaskHistory(ctx, now.AddDate(0, 0, -90)); err != nil || n != 1 {
		t.Fatalf("prune task history: %d %v", n, err)
	}
	if n, err := s.PruneActionLog(ctx, now.AddDate(0, 0, -30)); err != nil || n != 1 {
		t.Fatalf("prune action log: %d %v", n, err)
	}
	if n, err := s.ArchiveEntities(ctx, now.AddDate(0, 0, -180)); err != nil || n != 2 {
		t.Fatalf("archive: %d %v", n, err)
	}
	if n, _ := s.ArchiveEntities(ctx, now.AddDate(0, 0, -180)); n != 0 {
		t.Fatalf("archiving twice changed %d rows", n)
	}
	e, _ := s.GetEntity(ctx, stale.ID)
	jsonEq(t, "archived metadata", e.Metadata, json.RawMessage(`{"k":1,"archived":true}`))
	if !e.UpdatedAt.Equal(stale.UpdatedAt) {
		t.Fatalf("archiving touched updated_at: %v → %v", stale.UpdatedAt, e.UpdatedAt)
	}
	e, _ = s.GetEntity(ctx, bare.ID)
	jsonEq(t, "archived bare", e.Metadata, json.RawMessage(`{"archived":true}`))
	e, _ = s.GetEntity(ctx, live.ID)
	if len(e.Metadata) != 0 {
		t.Fatalf("live entity archived: %s", e.Metadata)
	}
	if ms, _ := s.SearchEntities(ctx, store.EntityQuery{Type: "tool"}); len(ms) != 1 || ms[0].Name != "live" {
		t.Fatalf("archived entities must leave search: %+v", ms)
	}
}

package retriever

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"
)

// TestBM25TopKMatchesFullSort checks the heap selection against scoring
// and sorting every match, with deletions and a filter.
func TestBM25TopKMatchesFullSort(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewSource(3))
	x := newBM25()
	docs := map[string][]string{}
	for i := range 400 {
		var toks []string
		for range 5 + rng.Intn(30) {
			toks = append(toks, fmt.Sprintf("t%d", int(rng.ExpFloat64()*8)))
		}
		key := fmt.Sprintf("d%03d", i)
		docs[key] = toks
		x.add(key, toks)
	}
	for i := 0; i < 400; i += 7 {
		x.remove(fmt.Sprintf("d%03d", i))
	}
	accept := func(k string) bool { return k[len(k)-1] != '3' }
	for q := range 30 {
		query := []string{fmt.Sprintf("t%d", q%10), fmt.Sprintf("t%d", (q*3)%17)}
		all := x.search(query, 1000, accept)
		sort.Slice(all, func(i, j int) bool {
			if all[i].score != all[j].score {
				return all[i].score > all[j].score
			}
			return all[i].key < all[j].key
		})
		top := x.search(query, 10, accept)
		want := all[:min(10, len(all))]
		if fmt.Sprint(top) != fmt.Sprint(want) {
			t.Fatalf("query %v:\n got %v\nwant %v", query, top, want)
		}
		for _, h := range top {
			if !accept(h.key) {
				t.Fatalf("filter ignored: %v", h)
			}
			if n, _ := fmt.Sscanf(h.key, "d%03d", new(int)); n != 1 {
				t.Fatal(h.key)
			}
		}
	}
	if x.len() != 400-58 {
		t.Fatalf("live %d", x.len())
	}
}

package hnsw_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/hnsw"
)

func randomVectors(n, dim int, seed int64) [][]float32 {
	r := rand.New(rand.NewSource(seed))
	out := make([][]float32, n)
	for i := range out {
		v := make([]float32, dim)
		for j := range v {
			v[j] = float32(r.NormFloat64())
		}
		out[i] = v
	}
	return out
}

func build(t testing.TB, vecs [][]float32, cfg hnsw.Config) *hnsw.Index {
	t.Helper()
	x, err := hnsw.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range vecs {
		if err := x.Add(strconv.Itoa(i), v); err != nil {
			t.Fatal(err)
		}
	}
	return x
}

// recall is the mean share of the exact top k the graph search finds.
func recall(t testing.TB, x *hnsw.Index, queries [][]float32, k, ef int) (float64, time.Duration) {
	t.Helper()
	var hit, total int
	var took time.Duration
	for _, q := range queries {
		want, err := x.Exact(q, k, nil)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		got, err := x.Search(q, k, ef, nil)
		took += time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		in := map[string]bool{}
		for _, h := range want {
			in[h.Key] = true
		}
		for _, h := range got {
			if in[h.Key] {
				hit++
			}
		}
		total += len(want)
	}
	return float64(hit) / float64(total), took / time.Duration(len(queries))
}

func TestRecall(t *testing.T) {
	t.Parallel()
	vecs := randomVectors(4000, 32, 1)
	x := build(t, vecs, hnsw.Config{Dim: 32})
	r, _ := recall(t, x, randomVectors(100, 32, 2), 10, 64)
	if r < 0.95 {
		t.Fatalf("recall@10 = %.3f, want ≥ 0.95", r)
	}
	// A wider beam never does worse.
	if r2, _ := recall(t, x, randomVectors(100, 32, 2), 10, 256); r2 < r {
		t.Fatalf("recall with ef 256 %.3f < with ef 64 %.3f", r2, r)
	}
}

func TestSearchOrderAndScores(t *testing.T) {
	t.Parallel()
	x, _ := hnsw.New(hnsw.Config{Dim: 3})
	for key, v := range map[string][]float32{"x": {1, 0, 0}, "y": {0, 1, 0}, "xy": {1, 1, 0}, "-x": {-2, 0, 0}} {
		if err := x.Add(key, v); err != nil {
			t.Fatal(err)
		}
	}
	got, err := x.Search([]float32{3, 0.1, 0}, 4, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 || got[0].Key != "x" || got[1].Key != "xy" || got[3].Key != "-x" || got[3].Score > -0.99 || got[0].Score < 0.99 {
		t.Fatalf("got %+v", got)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Score > got[i-1].Score {
			t.Fatalf("not sorted: %+v", got)
		}
	}
}

func TestDeleteReplaceFilter(t *testing.T) {
	t.Parallel()
	vecs := randomVectors(2000, 16, 3)
	x := build(t, vecs, hnsw.Config{Dim: 16})
	q := vecs[7]
	got, _ := x.Search(q, 1, 0, nil)
	if got[0].Key != "7" {
		t.Fatalf("nearest to itself: %+v", got)
	}
	if !x.Delete("7") || x.Delete("7") || x.Contains("7") || x.Len() != 1999 || x.Tombstones() != 1 {
		t.Fatal("delete")
	}
	got, _ = x.Search(q, 5, 0, nil)
	for _, h := range got {
		if h.Key == "7" {
			t.Fatal("deleted key returned")
		}
	}
	// Replacing a key moves it.
	if err := x.Add("8", vecs[7]); err != nil {
		t.Fatal(err)
	}
	if got, _ = x.Search(q, 1, 0, nil); got[0].Key != "8" || x.Len() != 1999 {
		t.Fatalf("replaced: %+v len %d", got, x.Len())
	}
	// A filter admitting 1% of keys: the walk may find fewer, Exact finds all.
	even := func(k string) bool { n, _ := strconv.Atoi(k); return n%100 == 0 }
	got, _ = x.Search(q, 10, 0, even)
	for _, h := range got {
		if !even(h.Key) {
			t.Fatalf("filter ignored: %+v", h)
		}
	}
	ex, _ := x.Exact(q, 10, even)
	if len(ex) != 10 {
		t.Fatalf("exact with filter: %d", len(ex))
	}
	var keys []string
	for i := 0; i < 2000; i += 100 {
		keys = append(keys, strconv.Itoa(i))
	}
	among, _ := x.ExactAmong(q, 10, append(keys, "missing", "7"))
	if fmt.Sprint(among) != fmt.Sprint(ex) {
		t.Fatalf("ExactAmong %v, Exact with the same filter %v", among, ex)
	}
}

func TestErrors(t *testing.T) {
	t.Parallel()
	if _, err := hnsw.New(hnsw.Config{}); err == nil {
		t.Fatal("Dim 0 accepted")
	}
	x, _ := hnsw.New(hnsw.Config{Dim: 2})
	if err := x.Add("a", []float32{1}); !errors.Is(err, hnsw.ErrDimension) {
		t.Fatal(err)
	}
	if err := x.Add("a", []float32{0, 0}); !errors.Is(err, hnsw.ErrZeroVector) {
		t.Fatal(err)
	}
	if got, err := x.Search([]float32{1, 0}, 3, 0, nil); err != nil || len(got) != 0 {
		t.Fatalf("empty index: %v %v", got, err)
	}
}

func TestConcurrentSearchAndAdd(t *testing.T) {
	t.Parallel()
	vecs := randomVectors(600, 8, 4)
	x := build(t, vecs[:300], hnsw.Config{Dim: 8})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := range 200 {
				if _, err := x.Search(vecs[(w*200+i)%600], 5, 0, nil); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Go(func() {
		for i := 300; i < 600; i++ {
			if err := x.Add(fmt.Sprint(i), vecs[i]); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Wait()
	if x.Len() != 600 {
		t.Fatalf("len %d", x.Len())
	}
}

// TestRecallLarge is the benchmark of docs/bench/retriever.md: recall@10
// against exact search on OCTOLLM_HNSW_N (e.g. 100000) random 256-d
// vectors (OCTOLLM_HNSW_M links per node, beam widths from the
// comma-separated OCTOLLM_HNSW_EF). Skipped unless the variable is set (it
// takes minutes).
func TestRecallLarge(t *testing.T) {
	nStr := os.Getenv("OCTOLLM_HNSW_N")
	if nStr == "" {
		t.Skip("set OCTOLLM_HNSW_N to run")
	}
	n, _ := strconv.Atoi(nStr)
	m, _ := strconv.Atoi(os.Getenv("OCTOLLM_HNSW_M"))
	vecs := randomVectors(n, 256, 1)
	start := time.Now()
	x := build(t, vecs, hnsw.Config{Dim: 256, M: m})
	t.Logf("built %d×256 (M=%d) in %s", n, max(m, 16), time.Since(start).Round(time.Millisecond))
	queries := randomVectors(200, 256, 2)
	efs := []int{64, 128, 256, 512}
	if e := os.Getenv("OCTOLLM_HNSW_EF"); e != "" {
		efs = nil
		for _, f := range strings.Split(e, ",") {
			n, _ := strconv.Atoi(f)
			efs = append(efs, n)
		}
	}
	for _, ef := range efs {
		r, lat := recall(t, x, queries, 10, ef)
		t.Logf("ef=%d recall@10=%.4f mean search %s", ef, r, lat.Round(time.Microsecond))
	}
}

func TestSnapshotRoundTrip(t *testing.T) {
	t.Parallel()
	vecs := randomVectors(1500, 24, 9)
	x := build(t, vecs, hnsw.Config{Dim: 24, M: 8})
	x.Delete("3")
	var buf bytes.Buffer
	n, err := x.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("write: %d %v", n, err)
	}
	y, err := hnsw.ReadSnapshot(bytes.NewReader(buf.Bytes()), 5)
	if err != nil {
		t.Fatal(err)
	}
	if y.Len() != x.Len() || y.Tombstones() != 1 || y.Contains("3") || len(y.Keys()) != 1499 {
		t.Fatalf("loaded len %d tombstones %d", y.Len(), y.Tombstones())
	}
	for _, q := range randomVectors(20, 24, 10) {
		a, _ := x.Search(q, 10, 64, nil)
		b, _ := y.Search(q, 10, 64, nil)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Fatalf("searches differ:\n%v\n%v", a, b)
		}
	}
	// The loaded index keeps working.
	if err := y.Add("new", vecs[3]); err != nil {
		t.Fatal(err)
	}
	if got, _ := y.Search(vecs[3], 1, 0, nil); got[0].Key != "new" {
		t.Fatalf("after add: %+v", got)
	}
	// Damage is detected, not loaded.
	for _, bad := range [][]byte{nil, []byte("NOPE"), buf.Bytes()[:buf.Len()/2]} {
		if _, err := hnsw.ReadSnapshot(bytes.NewReader(bad), 1); !errors.Is(err, hnsw.ErrSnapshot) {
			t.Fatalf("bad snapshot: %v", err)
		}
	}
}

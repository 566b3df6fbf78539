package retriever

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"sync"

	"github.com/octollm/octollm/internal/llm"
)

// Embedder turns texts into vectors.
type Embedder interface {
	// Name identifies the embedder and its dimension; stored with every
	// vector so that a change of embedder re-embeds on start.
	Name() string
	// Embed returns one vector per text. A text without content may get a
	// zero vector (it is then only searchable by keyword).
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// HashEmbedder is the local embedder used when no model provider is
// configured: signed feature hashing of stemmed words and word pairs into
// Dim dimensions with sublinear term frequency. It captures lexical
// overlap (not meaning); the hybrid search's keyword half does the rest.
type HashEmbedder struct {
	dim int
}

var _ Embedder = (*HashEmbedder)(nil)

// NewHashEmbedder returns a hashing embedder of dim dimensions (default
// 256).
func NewHashEmbedder(dim int) *HashEmbedder {
	if dim <= 0 {
		dim = 256
	}
	return &HashEmbedder{dim: dim}
}

// Name implements Embedder.
func (h *HashEmbedder) Name() string { return fmt.Sprintf("hash-%d", h.dim) }

// Dim is the vector dimension.
func (h *HashEmbedder) Dim() int { return h.dim }

// Embed implements Embedder.
func (h *HashEmbedder) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = h.embed(t)
	}
	return out, nil
}

func (h *HashEmbedder) embed(text string) []float32 {
	toks := tokenize(text)
	tf := map[string]float64{}
	for i, t := range toks {
		tf[t]++
		if i > 0 {
			// Word pairs carry phrase information at half weight.
			tf[toks[i-1]+" "+t] += 0.5
		}
	}
	v := make([]float32, h.dim)
	for feat, n := range tf {
		f := fnv.New64a()
		_, _ = f.Write([]byte(feat))
		x := f.Sum64()
		w := float32(1 + math.Log(n))
		if x>>63 == 1 {
			w = -w
		}
		v[x%uint64(h.dim)] += w
	}
	var s float64
	for _, f := range v {
		s += float64(f) * float64(f)
	}
	if s > 0 {
		inv := float32(1 / math.Sqrt(s))
		for i := range v {
			v[i] *= inv
		}
	}
	return v
}

// ProviderEmbedder embeds with a model provider's embedding API.
type ProviderEmbedder struct {
	p     llm.Provider
	model string
	batch int

	mu  sync.Mutex
	dim int
}

var _ Embedder = (*ProviderEmbedder)(nil)

// NewProviderEmbedder embeds through p with model (empty: the provider's
// configured embedding model), batch texts per call (default 64).
func NewProviderEmbedder(p llm.Provider, model string, batch int) (*ProviderEmbedder, error) {
	if p == nil {
		return nil, errors.New("retriever: provider embedder needs a provider")
	}
	if batch <= 0 {
		batch = 64
	}
	return &ProviderEmbedder{p: p, model: model, batch: batch}, nil
}

// Name implements Embedder. A model that changes its dimension under the
// same name is caught by the dimension check when the index is rebuilt.
func (e *ProviderEmbedder) Name() string {
	m := e.model
	if m == "" {
		m = "default"
	}
	return "llm-" + e.p.Name() + "-" + m
}

// Embed implements Embedder.
func (e *ProviderEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += e.batch {
		part := texts[start:min(start+e.batch, len(texts))]
		vecs, err := e.p.Embed(ctx, e.model, part)
		if err != nil {
			return nil, fmt.Errorf("retriever: embed with %s: %w", e.p.Name(), err)
		}
		if len(vecs) != len(part) {
			return nil, fmt.Errorf("retriever: embed with %s: %d vectors for %d texts", e.p.Name(), len(vecs), len(part))
		}
		for _, v := range vecs {
			e.mu.Lock()
			if e.dim == 0 {
				e.dim = len(v)
			}
			d := e.dim
			e.mu.Unlock()
			if len(v) != d {
				return nil, fmt.Errorf("retriever: embed with %s: vector of %d dimensions, expected %d", e.p.Name(), len(v), d)
			}
		}
		out = append(out, vecs...)
	}
	return out, nil
}

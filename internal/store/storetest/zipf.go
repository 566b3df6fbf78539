package storetest

import (
	"fmt"
	"math/rand"
	"strings"
)

// ZipfText returns a generator of texts of Zipf-distributed words
// (s = 1.1) over a 20 000-word vocabulary, seeded for repeatability: the
// corpus of the retriever and full-text search latency benchmarks, shared
// so their figures stay comparable.
func ZipfText(seed int64) func(words int) string {
	rng := rand.New(rand.NewSource(seed))
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx", i)
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	return func(words int) string {
		parts := make([]string, words)
		for i := range parts {
			parts[i] = vocab[zipf.Uint64()]
		}
		return strings.Join(parts, " ")
	}
}

package storetest

import (
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/octollm/octollm/internal/store"
)

// Bench measures the operations on the request path: the API-key lookup
// every authenticated request makes, and key creation. newStore has the
// same contract as Run's, for a *testing.B.
func Bench(b *testing.B, newStore func(b *testing.B) store.Store) {
	b.Run("APIKeyByHash", func(b *testing.B) {
		s := newStore(b)
		ctx := b.Context()
		if err := s.Migrate(ctx); err != nil {
			b.Fatal(err)
		}
		const keys = 1000
		for i := range keys {
			if err := s.CreateAPIKey(ctx, newKey(fmt.Sprintf("k%04d", i), fmt.Sprintf("hash-%04d", i))); err != nil {
				b.Fatal(err)
			}
		}
		var n atomic.Int64
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				i := n.Add(1) % keys
				if _, err := s.APIKeyByHash(ctx, fmt.Sprintf("hash-%04d", i)); err != nil {
					b.Error(err)
					return
				}
			}
		})
	})
	b.Run("CreateAPIKey", func(b *testing.B) {
		s := newStore(b)
		ctx := b.Context()
		if err := s.Migrate(ctx); err != nil {
			b.Fatal(err)
		}
		var n atomic.Int64
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				id := fmt.Sprintf("k%d", n.Add(1))
				if err := s.CreateAPIKey(ctx, newKey(id, "hash-"+id)); err != nil {
					b.Error(err)
					return
				}
			}
		})
	})
}

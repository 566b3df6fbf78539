package storepg_test

import (
	"testing"

	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storetest"
)

func TestMemoryConformance(t *testing.T) {
	storetest.RunMemory(t, func(t *testing.T) store.Store { return migratedStore(t) })
}

package storesqlite_test

import (
	"testing"

	"github.com/octollm/octollm/internal/store/storetest"
)

func TestTasksConformance(t *testing.T) {
	storetest.RunTasks(t, func(t *testing.T) storetest.TaskStore { return migratedStore(t) })
}

package storepg_test

import (
	"testing"

	"github.com/octollm/octollm/internal/store/storetest"
)

func TestTasksConformance(t *testing.T) {
	storetest.RunTasks(t, func(t *testing.T) storetest.TaskStore {
		s := newStore(t)
		if err := s.Migrate(t.Context()); err != nil {
			t.Fatal(err)
		}
		return s
	})
}

package executor

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/octollm/octollm/internal/store"
)

// batchLog records how actions arrive: one WriteTasks call per group.
type batchLog struct {
	mu     sync.Mutex
	groups [][]store.Action
	fail   bool
	// hold, when not nil, keeps the first WriteTasks call waiting until
	// it is closed.
	hold chan struct{}
}

func (b *batchLog) AppendAction(context.Context, store.Action) error {
	return errors.New("AppendAction must not be used when WriteTasks exists")
}

func (b *batchLog) WriteTasks(_ context.Context, ws []store.TaskWrite) []error {
	b.mu.Lock()
	if hold := b.hold; hold != nil {
		b.hold = nil
		b.mu.Unlock()
		<-hold
		b.mu.Lock()
	}
	defer b.mu.Unlock()
	if b.fail {
		return []error{errors.New("database is down")}
	}
	b.groups = append(b.groups, ws[0].Actions)
	return []error{nil}
}

func (b *batchLog) count() (groups, actions int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, g := range b.groups {
		actions += len(g)
	}
	return len(b.groups), actions
}

func TestAuditorGroupsRowsAndWritesLinesAtOnce(t *testing.T) {
	// The first transaction waits until all 20 records are queued, so
	// they are queued together however slowly a loaded machine runs the
	// loop below: otherwise a stall of a few linger times in it splits
	// them into more groups than the check allows.
	queued := make(chan struct{})
	log := &batchLog{hold: queued}
	path := filepath.Join(t.TempDir(), "a", "executor.jsonl")
	m, _ := newMetrics(nil)
	a, err := newAuditor(path, log, nil, discardLogger(), m.auditErrors.Inc)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		a.add(context.Background(), &record{ArmID: "executor", ActionType: "shell", Decision: "allowed", CommandHash: "h",
			TaskID: "0b5e6f5e-2f43-4a5c-9d6e-3f1a2b3c4d5e", argv: []string{"echo", "secret-arg"}})
	}
	close(queued)
	// The lines reach the file at once; the rows within the linger time
	// (the deadline is for a loaded machine).
	deadline := time.Now().Add(30 * time.Second)
	for {
		b, _ := os.ReadFile(path)
		_, n := log.count()
		if strings.Count(string(b), "\n") == 20 && n == 20 {
			if strings.Contains(string(b), "secret-arg") {
				t.Fatal("argv reached the audit log without a redactor")
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 30 s: %d lines, %d rows", strings.Count(string(b), "\n"), n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if g, _ := log.count(); g > 5 {
		t.Fatalf("20 records queued together took %d transactions", g)
	}
	// A failing database is counted and does not block executions.
	log.mu.Lock()
	log.fail = true
	log.mu.Unlock()
	a.add(context.Background(), &record{ArmID: "executor", ActionType: "shell", Decision: "allowed"})
	if err := a.close(); err != nil {
		t.Fatal(err)
	}
	var mm dto.Metric
	if err := m.auditErrors.Write(&mm); err != nil {
		t.Fatal(err)
	}
	if got := mm.GetCounter().GetValue(); got != 1 {
		t.Fatalf("audit errors %v", got)
	}
	// After close a record is dropped (logged), not a panic.
	a.add(context.Background(), &record{ArmID: "executor"})
	if b, _ := os.ReadFile(path); strings.Count(string(b), "\n") != 21 {
		t.Fatalf("lines %d", strings.Count(string(b), "\n"))
	}
	if st, _ := os.Stat(filepath.Dir(path)); st.Mode().Perm() != 0o700 {
		t.Fatalf("audit dir mode %v", st.Mode())
	}
}

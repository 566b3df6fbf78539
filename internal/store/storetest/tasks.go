package storetest

import (
	"encoding/json"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/octollm/octollm/internal/store"
)

// TaskStore is a migrated store that also persists tasks.
type TaskStore interface {
	store.Store
	store.Tasks
}

// RunTasks is the conformance suite of store.Tasks. newStore returns a
// fresh, migrated store.
func RunTasks(t *testing.T, newStore func(t *testing.T) TaskStore) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s TaskStore)
	}{
		{"CreateGetRoundTrip", testTaskRoundTrip},
		{"CreateConflictAndNotFound", testTaskConflict},
		{"UpdateConditional", testTaskUpdateConditional},
		{"ListFilterAndCursor", testTaskList},
		{"StepsUpsertAndOrder", testTaskSteps},
		{"ActionsAndHistory", testTaskActionsHistory},
		{"ConcurrentConditionalUpdate", testTaskConcurrentUpdate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.fn(t, newStore(t))
		})
	}
}

func newTask(created time.Time) store.Task {
	return store.Task{ID: uuid.NewString(), Tenant: "tenant-a", APIKeyID: "key-1", Goal: "echo hi",
		Constraints: json.RawMessage(`["c1"]`), Context: json.RawMessage(`{"k":"v"}`), AcceptanceCriteria: json.RawMessage(`["contains hi"]`),
		Budget: json.RawMessage(`{"max_tokens":10}`), Priority: "high", Status: "queued", Metadata: json.RawMessage(`{"m":1}`),
		CreatedAt: created.UTC().Truncate(time.Microsecond)}
}

func jsonEq(t *testing.T, what string, got, want json.RawMessage) {
	t.Helper()
	var g, w any
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("%s: stored JSON %q: %v", what, got, err)
	}
	_ = json.Unmarshal(want, &w)
	gb, _ := json.Marshal(g)
	wb, _ := json.Marshal(w)
	if string(gb) != string(wb) {
		t.Fatalf("%s = %s, want %s", what, gb, wb)
	}
}

func testTaskRoundTrip(t *testing.T, s TaskStore) {
	ctx := t.Context()
	in := newTask(time.Now())
	if err := s.CreateTask(ctx, in); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetTask(ctx, in.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != in.ID || got.Tenant != "tenant-a" || got.APIKeyID != "key-1" || got.Goal != in.Goal || got.Priority != "high" ||
		got.Status != "queued" || !got.CreatedAt.Equal(in.CreatedAt) || got.StartedAt != nil || got.Plan != nil || got.ParentTaskID != "" {
		t.Fatalf("got %+v", got)
	}
	jsonEq(t, "constraints", got.Constraints, in.Constraints)
	jsonEq(t, "context", got.Context, in.Context)
	jsonEq(t, "budget", got.Budget, in.Budget)
	jsonEq(t, "usage", got.Usage, json.RawMessage(`{}`))
	now := time.Now().UTC().Truncate(time.Microsecond)
	if err := s.UpdateTask(ctx, in.ID, store.TaskUpdate{Status: "completed", Plan: json.RawMessage(`{"steps":[]}`),
		Result: json.RawMessage(`{"output":"hi"}`), Usage: json.RawMessage(`{"tokens":5}`), StartedAt: &now, CompletedAt: &now}); err != nil {
		t.Fatal(err)
	}
	got, _ = s.GetTask(ctx, in.ID)
	if got.Status != "completed" || got.StartedAt == nil || !got.StartedAt.Equal(now) || got.CompletedAt == nil || got.Error != nil {
		t.Fatalf("after update %+v", got)
	}
	jsonEq(t, "result", got.Result, json.RawMessage(`{"output":"hi"}`))
	jsonEq(t, "usage", got.Usage, json.RawMessage(`{"tokens":5}`))
}

func testTaskConflict(t *testing.T, s TaskStore) {
	ctx := t.Context()
	in := newTask(time.Now())
	if err := s.CreateTask(ctx, in); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateTask(ctx, in); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("duplicate: %v", err)
	}
	for _, id := range []string{uuid.NewString(), "not-a-uuid"} {
		if _, err := s.GetTask(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("get %s: %v", id, err)
		}
		if err := s.UpdateTask(ctx, id, store.TaskUpdate{Status: "failed"}); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("update %s: %v", id, err)
		}
	}
	if _, err := s.GetTaskHistory(ctx, uuid.NewString()); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("history: %v", err)
	}
}

func testTaskUpdateConditional(t *testing.T, s TaskStore) {
	ctx := t.Context()
	in := newTask(time.Now())
	_ = s.CreateTask(ctx, in)
	if err := s.UpdateTask(ctx, in.ID, store.TaskUpdate{Status: "cancelled", FromStatuses: []string{"executing"}}); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("want conflict, got %v", err)
	}
	if err := s.UpdateTask(ctx, in.ID, store.TaskUpdate{Status: "cancelled", FromStatuses: []string{"queued", "executing"}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetTask(ctx, in.ID); got.Status != "cancelled" {
		t.Fatalf("status %s", got.Status)
	}
}

func testTaskList(t *testing.T, s TaskStore) {
	ctx := t.Context()
	base := time.Now().Add(-time.Hour)
	var ids []string
	for i := range 5 {
		tk := newTask(base.Add(time.Duration(i) * time.Second))
		if i == 4 {
			tk.Tenant = "tenant-b"
		}
		if i%2 == 1 {
			tk.Status = "completed"
		}
		if err := s.CreateTask(ctx, tk); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, tk.ID)
	}
	all, err := s.ListTasks(ctx, store.TaskFilter{Tenant: "tenant-a"})
	if err != nil || len(all) != 4 || all[0].ID != ids[3] || all[3].ID != ids[0] {
		t.Fatalf("list: %v %d", err, len(all))
	}
	page, _ := s.ListTasks(ctx, store.TaskFilter{Tenant: "tenant-a", Limit: 2})
	if len(page) != 2 {
		t.Fatalf("page %d", len(page))
	}
	last := page[1]
	next, _ := s.ListTasks(ctx, store.TaskFilter{Tenant: "tenant-a", Limit: 2, AfterCreatedAt: &last.CreatedAt, AfterID: last.ID})
	if len(next) != 2 || next[0].ID != ids[1] || next[1].ID != ids[0] {
		t.Fatalf("next page %+v", next)
	}
	done, _ := s.ListTasks(ctx, store.TaskFilter{Statuses: []string{"completed"}})
	if len(done) != 2 {
		t.Fatalf("completed: %d", len(done))
	}
}

func testTaskSteps(t *testing.T, s TaskStore) {
	ctx := t.Context()
	tk := newTask(time.Now())
	_ = s.CreateTask(ctx, tk)
	now := time.Now().UTC().Truncate(time.Microsecond)
	for i, id := range []string{"b", "a"} {
		if err := s.UpsertTaskStep(ctx, store.TaskStep{TaskID: tk.ID, StepID: id, StepNumber: i + 1, Arm: "executor", Action: "shell",
			Status: "running", Input: json.RawMessage(`{"argv":["echo"]}`), Attempts: 1, StartedAt: &now}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.UpsertTaskStep(ctx, store.TaskStep{TaskID: tk.ID, StepID: "b", StepNumber: 1, Arm: "executor", Action: "shell",
		Status: "completed", Output: json.RawMessage(`{"output":"x"}`), Error: "", Attempts: 2, StartedAt: &now, FinishedAt: &now}); err != nil {
		t.Fatal(err)
	}
	steps, err := s.ListTaskSteps(ctx, tk.ID)
	if err != nil || len(steps) != 2 {
		t.Fatalf("%v %d", err, len(steps))
	}
	if steps[0].StepID != "b" || steps[0].Status != "completed" || steps[0].Attempts != 2 || steps[0].FinishedAt == nil || steps[0].Input != nil {
		t.Fatalf("step b %+v", steps[0])
	}
	jsonEq(t, "output", steps[0].Output, json.RawMessage(`{"output":"x"}`))
	if steps[1].StepID != "a" || steps[1].Status != "running" {
		t.Fatalf("step a %+v", steps[1])
	}
}

func testTaskActionsHistory(t *testing.T, s TaskStore) {
	ctx := t.Context()
	tk := newTask(time.Now())
	_ = s.CreateTask(ctx, tk)
	t0 := time.Now().UTC().Truncate(time.Microsecond)
	for i, arm := range []string{"planner", "executor"} {
		if err := s.AppendAction(ctx, store.Action{TaskID: tk.ID, ArmID: arm, ActionType: "call", Input: json.RawMessage(`{"a":1}`),
			Output: json.RawMessage(`{"ok":true}`), Confidence: 0.9, ExecutionTimeMS: 12, Timestamp: t0.Add(time.Duration(i) * time.Millisecond)}); err != nil {
			t.Fatal(err)
		}
	}
	acts, err := s.ListActions(ctx, tk.ID)
	if err != nil || len(acts) != 2 || acts[0].ArmID != "planner" || acts[1].ExecutionTimeMS != 12 || acts[1].Confidence != 0.9 || acts[0].ID == "" {
		t.Fatalf("%v %+v", err, acts)
	}
	h := store.TaskHistory{TaskID: tk.ID, UserID: "tenant-a", Goal: tk.Goal, Status: "completed", Result: json.RawMessage(`{"output":"hi"}`),
		CreatedAt: tk.CreatedAt, CompletedAt: &t0, DurationMS: 42}
	if err := s.PutTaskHistory(ctx, h); err != nil {
		t.Fatal(err)
	}
	h.Status = "failed"
	if err := s.PutTaskHistory(ctx, h); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetTaskHistory(ctx, tk.ID)
	if err != nil || got.Status != "failed" || got.DurationMS != 42 || got.UserID != "tenant-a" || got.CompletedAt == nil {
		t.Fatalf("%v %+v", err, got)
	}
}

func testTaskConcurrentUpdate(t *testing.T, s TaskStore) {
	ctx := t.Context()
	tk := newTask(time.Now())
	_ = s.CreateTask(ctx, tk)
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := 0
	for _, st := range []string{"cancelled", "completed", "failed", "timed_out"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := s.UpdateTask(ctx, tk.ID, store.TaskUpdate{Status: st, FromStatuses: []string{"queued"}})
			if err == nil {
				mu.Lock()
				wins++
				mu.Unlock()
			} else if !errors.Is(err, store.ErrConflict) {
				t.Errorf("update %s: %v", st, err)
			}
		}()
	}
	wg.Wait()
	if wins != 1 {
		t.Fatalf("%d conditional updates won, want exactly 1", wins)
	}
}

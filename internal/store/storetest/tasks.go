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
		{"WriteTasksGroup", testWriteTasks},
		{"WriteTasksIsolatesFailures", testWriteTasksFailure},
		{"Leases", testLeases},
		{"LeaseExpiryAndTakeover", testLeaseTakeover},
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

func testWriteTasks(t *testing.T, s TaskStore) {
	ctx := t.Context()
	a, b := newTask(time.Now()), newTask(time.Now())
	now := time.Now().UTC().Truncate(time.Microsecond)
	errs := s.WriteTasks(ctx, []store.TaskWrite{
		{Create: &a, Steps: []store.TaskStep{{StepID: "s1", StepNumber: 1, Arm: "executor", Status: "pending"}}},
		{Create: &b},
	})
	if len(errs) != 2 || errs[0] != nil || errs[1] != nil {
		t.Fatalf("create: %v", errs)
	}
	// One group: a completes its step (the later row for s1 wins), b's
	// update is conditional on a status it does not have, an unknown task
	// is not found, and a's history is written.
	errs = s.WriteTasks(ctx, []store.TaskWrite{
		{TaskID: a.ID, Update: &store.TaskUpdate{Status: "executing", Plan: json.RawMessage(`{"steps":[1]}`), FromStatuses: []string{"queued"}},
			Steps: []store.TaskStep{
				{StepID: "s1", StepNumber: 1, Arm: "executor", Status: "running", Attempts: 1, StartedAt: &now},
				{StepID: "s1", StepNumber: 1, Arm: "executor", Status: "completed", Attempts: 1, StartedAt: &now, FinishedAt: &now,
					Output: json.RawMessage(`{"output":"hi"}`)},
			},
			Actions: []store.Action{{ArmID: "executor", ActionType: "shell", Output: json.RawMessage(`{"ok":true}`)}},
			History: &store.TaskHistory{Goal: a.Goal, Status: "executing"}},
		{TaskID: b.ID, Update: &store.TaskUpdate{Status: "completed", FromStatuses: []string{"executing"}},
			Steps:   []store.TaskStep{{StepID: "never", StepNumber: 1, Arm: "executor", Status: "completed"}},
			Actions: []store.Action{{ArmID: "executor", ActionType: "shell"}}},
		{TaskID: uuid.NewString(), Update: &store.TaskUpdate{Status: "failed"}},
		{TaskID: "not-a-uuid", Update: &store.TaskUpdate{Status: "failed"}},
	})
	if errs[0] != nil || !errors.Is(errs[1], store.ErrConflict) || !errors.Is(errs[2], store.ErrNotFound) || !errors.Is(errs[3], store.ErrNotFound) {
		t.Fatalf("errs %v", errs)
	}
	got, _ := s.GetTask(ctx, a.ID)
	if got.Status != "executing" {
		t.Fatalf("a status %s", got.Status)
	}
	jsonEq(t, "plan", got.Plan, json.RawMessage(`{"steps":[1]}`))
	steps, _ := s.ListTaskSteps(ctx, a.ID)
	if len(steps) != 1 || steps[0].Status != "completed" || steps[0].FinishedAt == nil || steps[0].TaskID != a.ID {
		t.Fatalf("a steps %+v", steps)
	}
	if acts, _ := s.ListActions(ctx, a.ID); len(acts) != 1 || acts[0].TaskID != a.ID {
		t.Fatalf("a actions %+v", acts)
	}
	if h, err := s.GetTaskHistory(ctx, a.ID); err != nil || h.Status != "executing" {
		t.Fatalf("a history %+v %v", h, err)
	}
	// Nothing of the conflicting write landed.
	if got, _ := s.GetTask(ctx, b.ID); got.Status != "queued" {
		t.Fatalf("b status %s", got.Status)
	}
	if steps, _ := s.ListTaskSteps(ctx, b.ID); len(steps) != 0 {
		t.Fatalf("b steps %+v", steps)
	}
	if acts, _ := s.ListActions(ctx, b.ID); len(acts) != 0 {
		t.Fatalf("b actions %+v", acts)
	}
	if errs := s.WriteTasks(ctx, nil); len(errs) != 0 {
		t.Fatalf("empty: %v", errs)
	}
}

func testWriteTasksFailure(t *testing.T, s TaskStore) {
	ctx := t.Context()
	a := newTask(time.Now())
	dup := newTask(time.Now())
	if err := s.CreateTask(ctx, dup); err != nil {
		t.Fatal(err)
	}
	bad := newTask(time.Now())
	bad.Goal = "" // refused before reaching the database
	// A step of an unknown task breaks a foreign key: that write fails, the
	// others of the group still apply.
	errs := s.WriteTasks(ctx, []store.TaskWrite{
		{Create: &a},
		{TaskID: uuid.NewString(), Steps: []store.TaskStep{{StepID: "x", StepNumber: 1, Arm: "executor", Status: "pending"}}},
		{Create: &dup},
		{TaskID: a.ID, Actions: []store.Action{{ArmID: "executor", ActionType: "shell"}}},
	})
	if errs[0] != nil || errs[1] == nil || !errors.Is(errs[2], store.ErrConflict) || errs[3] != nil {
		t.Fatalf("errs %v", errs)
	}
	if _, err := s.GetTask(ctx, a.ID); err != nil {
		t.Fatalf("a not created: %v", err)
	}
	if acts, _ := s.ListActions(ctx, a.ID); len(acts) != 1 {
		t.Fatalf("a actions %+v", acts)
	}
	if errs := s.WriteTasks(ctx, []store.TaskWrite{{Create: &bad}}); errs[0] == nil {
		t.Fatal("task without goal created")
	}
}

func testLeases(t *testing.T, s TaskStore) {
	ctx := t.Context()
	a := newTask(time.Now())
	if err := s.CreateTask(ctx, a); err != nil {
		t.Fatal(err)
	}
	claim := func(owner string, ttl time.Duration) error {
		return s.WriteTasks(ctx, []store.TaskWrite{{TaskID: a.ID, Update: &store.TaskUpdate{Status: "planning",
			FromStatuses: []string{"queued", "planning", "executing"}, Lease: &store.Lease{Owner: owner, TTL: ttl, Claim: true}}}})[0]
	}
	hold := func(owner string) error {
		return s.WriteTasks(ctx, []store.TaskWrite{{TaskID: a.ID, Update: &store.TaskUpdate{Status: "executing",
			Lease: &store.Lease{Owner: owner, TTL: time.Minute}}, Steps: []store.TaskStep{{StepID: owner, StepNumber: 1, Arm: "executor", Status: "running"}}}})[0]
	}
	before := time.Now()
	if err := claim("p1", time.Minute); err != nil {
		t.Fatalf("claim free: %v", err)
	}
	got, _ := s.GetTask(ctx, a.ID)
	if got.LeaseOwner != "p1" || got.LeaseExpiresAt == nil || got.LeaseExpiresAt.Before(before.Add(50*time.Second)) || got.LeaseExpiresAt.After(time.Now().Add(70*time.Second)) {
		t.Fatalf("lease %q %v", got.LeaseOwner, got.LeaseExpiresAt)
	}
	if err := claim("p1", time.Minute); err != nil {
		t.Fatalf("reclaim own: %v", err)
	}
	if err := claim("p2", time.Minute); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("claim of a live lease: %v", err)
	}
	if err := hold("p2"); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("write without the lease: %v", err)
	}
	if steps, _ := s.ListTaskSteps(ctx, a.ID); len(steps) != 0 {
		t.Fatalf("fenced write landed: %+v", steps)
	}
	if err := hold("p1"); err != nil {
		t.Fatalf("write with the lease: %v", err)
	}
	if ids, err := s.RenewLeases(ctx, "p1", []string{a.ID, uuid.NewString(), "bad"}, time.Minute); err != nil || len(ids) != 1 || ids[0] != a.ID {
		t.Fatalf("renew: %v %v", ids, err)
	}
	if ids, err := s.RenewLeases(ctx, "p2", []string{a.ID}, time.Minute); err != nil || len(ids) != 0 {
		t.Fatalf("renew by another: %v %v", ids, err)
	}
	if ids, _ := s.ExpiredLeases(ctx, 10); len(ids) != 0 {
		t.Fatalf("live lease listed as expired: %v", ids)
	}
	// Releasing (TTL 0) frees the task for anyone at once.
	if err := s.WriteTasks(ctx, []store.TaskWrite{{TaskID: a.ID, Update: &store.TaskUpdate{Lease: &store.Lease{Owner: "p1"}}}})[0]; err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetTask(ctx, a.ID); got.LeaseOwner != "" || got.LeaseExpiresAt != nil {
		t.Fatalf("released lease %q %v", got.LeaseOwner, got.LeaseExpiresAt)
	}
	if err := claim("p2", time.Minute); err != nil {
		t.Fatalf("claim after release: %v", err)
	}
	if err := s.ExpireLeases(ctx, "p1"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetTask(ctx, a.ID); got.LeaseOwner != "p2" {
		t.Fatalf("another owner's lease ended: %q", got.LeaseOwner)
	}
	if err := s.ExpireLeases(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetTask(ctx, a.ID); got.LeaseOwner != "" {
		t.Fatalf("lease kept: %q", got.LeaseOwner)
	}
	// A finished task's lease is not renewed.
	if err := claim("p3", time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateTask(ctx, a.ID, store.TaskUpdate{Status: "cancelled"}); err != nil {
		t.Fatal(err)
	}
	if ids, _ := s.RenewLeases(ctx, "p3", []string{a.ID}, time.Minute); len(ids) != 0 {
		t.Fatalf("renewed a cancelled task: %v", ids)
	}
}

func testLeaseTakeover(t *testing.T, s TaskStore) {
	ctx := t.Context()
	a, b := newTask(time.Now()), newTask(time.Now())
	for _, x := range []store.Task{a, b} {
		if err := s.CreateTask(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	claim := func(id, owner string, ttl time.Duration) error {
		return s.UpdateTask(ctx, id, store.TaskUpdate{Lease: &store.Lease{Owner: owner, TTL: ttl, Claim: true}})
	}
	if err := claim(a.ID, "dead", 10*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if err := claim(b.ID, "alive", time.Minute); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond)
	ids, err := s.ExpiredLeases(ctx, 10)
	if err != nil || len(ids) != 1 || ids[0] != a.ID {
		t.Fatalf("expired: %v %v", ids, err)
	}
	if err := claim(b.ID, "thief", time.Minute); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("took over a live lease: %v", err)
	}
	if err := claim(a.ID, "rescuer", time.Minute); err != nil {
		t.Fatalf("take over an expired lease: %v", err)
	}
	// The dead owner is fenced: its writes and renewals fail.
	if err := s.UpdateTask(ctx, a.ID, store.TaskUpdate{Status: "executing", Lease: &store.Lease{Owner: "dead", TTL: time.Minute}}); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("stale owner wrote: %v", err)
	}
	if ids, _ := s.RenewLeases(ctx, "dead", []string{a.ID}, time.Minute); len(ids) != 0 {
		t.Fatalf("stale owner renewed: %v", ids)
	}
	if ids, _ := s.ExpiredLeases(ctx, 10); len(ids) != 0 {
		t.Fatalf("expired after takeover: %v", ids)
	}
	if got, _ := s.GetTask(ctx, a.ID); got.LeaseOwner != "rescuer" || got.Status != "queued" {
		t.Fatalf("after takeover %q %s", got.LeaseOwner, got.Status)
	}
}

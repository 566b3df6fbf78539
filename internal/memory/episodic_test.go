package memory_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/coder"
	"github.com/octollm/octollm/internal/arm/guardian"
	"github.com/octollm/octollm/internal/llm/llmopenai"
	"github.com/octollm/octollm/internal/llm/llmtest"
	"github.com/octollm/octollm/internal/memory"
	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storesqlite"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newEpisodic(t *testing.T, clk *clock) (*memory.Episodic, *storesqlite.Store) {
	t.Helper()
	st := newSQLite(t)
	g, err := guardian.New(guardian.Config{})
	if err != nil {
		t.Fatal(err)
	}
	e, err := memory.NewEpisodic(memory.EpisodicConfig{Redactor: memory.GuardianRedactor{Guardian: g}, Now: clk.Now}, st)
	if err != nil {
		t.Fatal(err)
	}
	return e, st
}

func TestEpisodicDiodeAndIsolation(t *testing.T) {
	t.Parallel()
	clk := &clock{t: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
	e, _ := newEpisodic(t, clk)
	ctx := context.Background()
	if _, err := e.Collection("wizard"); !errors.Is(err, memory.ErrForbidden) {
		t.Fatalf("unknown arm: %v", err)
	}
	cod, _ := e.Collection(memory.CollectionCoder)
	exe, _ := e.Collection(memory.CollectionExecutor)

	// Schema validation: required fields, declared fields only.
	for _, p := range []map[string]any{
		{"language": "go"},
		{"language": "go", "instruction": "x", "code": "y", "secret_plan": "z"},
		{"language": 3, "instruction": "x", "code": "y"},
	} {
		if _, err := cod.Put(ctx, "some content", p); !errors.Is(err, memory.ErrInvalid) {
			t.Errorf("payload %v accepted: %v", p, err)
		}
	}
	// Redaction: PII and secrets never reach the store.
	ep, err := cod.Put(ctx, "Send the report to alice@example.org using token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
		map[string]any{"language": "go", "instruction": "mail alice@example.org the report", "code": "package main"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(ep.Content, "alice@") || strings.Contains(ep.Content, "ghp_") || ep.Payload["instruction"] != "mail [EMAIL-REDACTED] the report" {
		t.Fatalf("not redacted: %+v", ep)
	}
	if _, err := exe.Put(ctx, "nmap -sV scan of the staging network", map[string]any{"tool": "nmap", "risk_level": "medium"}); err != nil {
		t.Fatal(err)
	}
	// Each handle sees only its own collection.
	hits, err := exe.Search(ctx, "report token", 10, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.Payload["tool"] == nil {
			t.Fatalf("executor read another collection's episode: %+v", h)
		}
	}
	if err := exe.Delete(ctx, ep.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("executor deleted a coder episode: %v", err)
	}
}

func TestEpisodicSearchAndExpiry(t *testing.T) {
	t.Parallel()
	clk := &clock{t: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
	e, st := newEpisodic(t, clk)
	ctx := context.Background()
	cod, _ := e.Collection(memory.CollectionCoder)
	for _, s := range []struct{ lang, instr string }{
		{"go", "parse a CSV file and sum the second column"},
		{"go", "reverse a linked list in place"},
		{"python", "parse a CSV file and sum the second column"},
	} {
		if _, err := cod.Put(ctx, s.instr, map[string]any{"language": s.lang, "instruction": s.instr, "code": "..."}); err != nil {
			t.Fatal(err)
		}
		clk.Add(time.Hour)
	}
	hits, err := cod.Search(ctx, "sum a column of a CSV file", 5, map[string]any{"language": "go"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].Payload["instruction"] != "parse a CSV file and sum the second column" || hits[0].Payload["language"] != "go" || hits[0].Score <= 0 {
		t.Fatalf("hits: %+v", hits)
	}
	for _, h := range hits {
		if h.Payload["language"] != "go" {
			t.Fatalf("filter ignored: %+v", h)
		}
	}
	// After the 30-day TTL the episodes are gone from searches, and the
	// retention job deletes them.
	clk.Add(31 * 24 * time.Hour)
	if hits, _ := cod.Search(ctx, "CSV", 5, nil); len(hits) != 0 {
		t.Fatalf("expired episodes returned: %+v", hits)
	}
	w, err := memory.NewRetentionWorker(memory.RetentionConfig{Now: clk.Now}, st)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := w.Run(ctx)
	if err != nil || rep.EpisodesExpired != 3 {
		t.Fatalf("retention: %+v %v", rep, err)
	}
}

func TestCoderRemembersSolutions(t *testing.T) {
	t.Parallel()
	clk := &clock{t: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
	e, _ := newEpisodic(t, clk)
	cod, _ := e.Collection(memory.CollectionCoder)
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	code := "package csvsum\n\n// SumSecond sums the second column.\nfunc SumSecond(rows [][]string) int { return len(rows) }\n"
	body, _ := json.Marshal(map[string]any{"code": code, "explanation": "Sums the second column of the rows.", "confidence": 0.8})
	srv.Enqueue(llmtest.Reply{Content: string(body)}, llmtest.Reply{Content: string(body)})
	p, _ := llmopenai.New(llmopenai.Config{BaseURL: srv.URL, APIKey: "k", Model: "fake"})
	c, err := coder.New(coder.Config{Model: arm.LLMCompleter{Provider: p}, Memory: memory.CoderMemory{Collection: cod}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := c.Generate(ctx, coder.Request{Language: "go", Instruction: "Parse CSV rows and sum the second column."}); err != nil {
		t.Fatal(err)
	}
	res, err := c.Generate(ctx, coder.Request{Language: "go", Instruction: "Sum the second column of CSV rows."})
	if err != nil {
		t.Fatal(err)
	}
	if res.Metadata.MemoryHits != 1 || !strings.Contains(srv.Calls()[1].LastUser(), "func SumSecond") {
		t.Fatalf("memory not offered: %+v", res.Metadata)
	}
}

func TestRetentionJobRunsOnRiver(t *testing.T) {
	t.Parallel()
	st := newSQLite(t)
	ctx := t.Context()
	now := time.Now()
	done := now.AddDate(0, 0, -95)
	if err := st.PutTaskHistory(ctx, store.TaskHistory{TaskID: "7d7b8c47-0c0e-4d8e-9f1e-1a1c1b1d1e1f", Goal: "old", Status: "completed", CreatedAt: done.Add(-time.Minute), CompletedAt: &done}); err != nil {
		t.Fatal(err)
	}
	if err := st.AppendAction(ctx, store.Action{TaskID: "7d7b8c47-0c0e-4d8e-9f1e-1a1c1b1d1e1f", ArmID: "executor", ActionType: "shell", Timestamp: now.AddDate(0, 0, -31)}); err != nil {
		t.Fatal(err)
	}
	ent, err := st.CreateEntity(ctx, store.Entity{Type: "tool", Name: "forgotten", CreatedAt: now.AddDate(0, 0, -181)})
	if err != nil {
		t.Fatal(err)
	}

	driver := riversqlite.New(st.DB())
	m, err := rivermigrate.New(driver, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		t.Fatal(err)
	}
	w, err := memory.NewRetentionWorker(memory.RetentionConfig{}, st)
	if err != nil {
		t.Fatal(err)
	}
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, w); err != nil {
		t.Fatal(err)
	}
	client, err := river.NewClient(driver, &river.Config{
		Queues:            map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 1}},
		Workers:           workers,
		PeriodicJobs:      []*river.PeriodicJob{w.PeriodicJob()},
		PollOnly:          true,
		FetchPollInterval: 50 * time.Millisecond,
		FetchCooldown:     10 * time.Millisecond,
		TestOnly:          true,
	})
	if err != nil {
		t.Fatal(err)
	}
	events, cancel := client.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
	defer cancel()
	if err := client.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer func() {
		sctx, c := context.WithTimeout(context.Background(), 10*time.Second)
		defer c()
		_ = client.Stop(sctx)
	}()
	select {
	case ev := <-events:
		if ev.Kind != river.EventKindJobCompleted || ev.Job.Kind != "memory_retention" {
			t.Fatalf("event %+v", ev)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the retention job did not run")
	}
	if _, err := st.GetTaskHistory(ctx, "7d7b8c47-0c0e-4d8e-9f1e-1a1c1b1d1e1f"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("old task history kept: %v", err)
	}
	if acts, _ := st.ListActions(ctx, "7d7b8c47-0c0e-4d8e-9f1e-1a1c1b1d1e1f"); len(acts) != 0 {
		t.Fatalf("old actions kept: %+v", acts)
	}
	if e, _ := st.GetEntity(ctx, ent.ID); !strings.Contains(string(e.Metadata), `"archived":true`) {
		t.Fatalf("stale entity not archived: %s", e.Metadata)
	}
}

package orchestrator_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/apiclient"
	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/judge"
	"github.com/octollm/octollm/internal/arm/planner"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/cache/cachemem"
	"github.com/octollm/octollm/internal/orchestrator"
	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storepg"
	"github.com/octollm/octollm/internal/store/storesqlite"
	"github.com/octollm/octollm/internal/store/storetest"
)

// procExecutor is a real executor arm for these tests: it runs argv with
// os/exec (no shell) under the step timeout and fetches URLs. It stands in
// for the sandboxed executor, which is tested in its own package; it counts
// executions per (task, step) so durability tests can prove no completed
// step ran twice.
type procExecutor struct {
	id string
	mu sync.Mutex
	// runs counts Execute calls per task/step.
	runs map[string]int
	// fail, when set, is returned before running (to test retries).
	fail func(req arm.Request) error
	// hold, when set, is called before running with the step's context:
	// a test blocks in it to keep a step running until it chooses (it
	// returns an error when the step's context ends first). Set it before
	// the harness starts.
	hold func(ctx context.Context, req arm.Request) error
	// tokens records the capability tokens received.
	tokens []string
}

func newProcExecutor(id string) *procExecutor { return &procExecutor{id: id, runs: map[string]int{}} }

func (e *procExecutor) ID() string { return e.id }
func (e *procExecutor) Capabilities() arm.Capability {
	return arm.Capability{ArmID: e.id, Type: arm.TypeExecutor, Name: "test executor", Capabilities: []string{"shell_execution", "http_requests"},
		Actions: []string{arm.ActionShell, arm.ActionHTTP}, CostTier: 3, Endpoint: "in-process"}
}

func (e *procExecutor) runCount(taskID, stepID string) int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.runs[taskID+"/"+stepID]
}

func (e *procExecutor) Execute(ctx context.Context, req arm.Request) (arm.Result, error) {
	e.mu.Lock()
	e.runs[req.TaskID+"/"+req.StepID]++
	e.tokens = append(e.tokens, req.CapabilityToken)
	fail := e.fail
	e.mu.Unlock()
	if fail != nil {
		if err := fail(req); err != nil {
			return arm.Result{}, err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, req.Timeout)
	defer cancel()
	if e.hold != nil {
		if err := e.hold(ctx, req); err != nil {
			return arm.Result{}, arm.Errorf(arm.CodeTimeout, "interrupted while held: %v", err)
		}
	}
	switch req.Action {
	case arm.ActionShell:
		raw, _ := req.Inputs["argv"].([]any)
		var argv []string
		for _, a := range raw {
			s, _ := a.(string)
			argv = append(argv, s)
		}
		if sl, ok := req.Inputs["argv"].([]string); ok {
			argv = sl
		}
		if len(argv) == 0 {
			return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "argv is empty")
		}
		cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if ctx.Err() != nil {
			return arm.Result{Output: stdout.String()}, arm.Errorf(arm.CodeTimeout, "killed %s after %s", argv[0], req.Timeout)
		}
		var ee *exec.ExitError
		code := 0
		switch {
		case errors.As(err, &ee):
			code = ee.ExitCode()
		case err != nil:
			return arm.Result{}, arm.Errorf(arm.CodeExecution, "cannot run %q: %v", argv[0], err)
		}
		return arm.Result{Output: stdout.String(), Confidence: 1,
			Data: map[string]any{"exit_code": code, "stdout": stdout.String(), "stderr": stderr.String()}}, nil
	case arm.ActionHTTP:
		u, _ := req.Inputs["url"].(string)
		hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "url: %v", err)
		}
		resp, err := http.DefaultClient.Do(hreq)
		if err != nil {
			return arm.Result{}, arm.Errorf(arm.CodeUnavailable, "fetch: %v", err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return arm.Result{Output: string(b), Confidence: 1, Data: map[string]any{"status_code": resp.StatusCode}}, nil
	}
	return arm.Result{}, arm.Errorf(arm.CodeUnknownAction, "%s", req.Action)
}

// screenReflex is a small real Reflex for the API tests: it blocks one
// injection phrase and tokenises e-mail addresses.
type screenReflex struct{}

func (screenReflex) Screen(_ context.Context, text string) (orchestrator.Screening, error) {
	if strings.Contains(strings.ToLower(text), "ignore all previous instructions") {
		return orchestrator.Screening{Blocked: true, Reason: "prompt injection", Matches: []map[string]any{{"type": "instruction_override"}}}, nil
	}
	if i := strings.Index(text, "alice@example.com"); i >= 0 {
		return orchestrator.Screening{Text: strings.ReplaceAll(text, "alice@example.com", "[TOKEN:EMAIL_1]"), PII: true,
			Restore: func(s string) string { return strings.ReplaceAll(s, "[TOKEN:EMAIL_1]", "alice@example.com") }}, nil
	}
	return orchestrator.Screening{Text: text}, nil
}

func (screenReflex) Redact(_ context.Context, text string) string {
	return strings.ReplaceAll(text, "alice@example.com", "[EMAIL]")
}

// Backends the tests run on.
const (
	backendSQLite   = "sqlite"
	backendPostgres = "postgres"
)

// forBackends runs fn as a parallel subtest on SQLite and on PostgreSQL
// (skipped without OCTOLLM_TEST_DATABASE_URL, required when CI=true).
func forBackends(t *testing.T, fn func(t *testing.T, backend string)) {
	t.Helper()
	for _, b := range []string{backendSQLite, backendPostgres} {
		t.Run(b, func(t *testing.T) {
			t.Parallel()
			fn(t, b)
		})
	}
}

type harnessOpts struct {
	// backend is backendSQLite (default) or backendPostgres.
	backend string
	// dbPath is the SQLite file (default a new one); pgURL the PostgreSQL
	// database (default a new one). Share them to restart on, or run two
	// orchestrators over, one database.
	dbPath string
	pgURL  string
	model  arm.Completer
	mode   string
	cfg    orchestrator.Config
	exec   *procExecutor
	extra  []arm.Arm
}

type harness struct {
	t      testing.TB
	srv    *httptest.Server
	client *apiclient.Client
	o      *orchestrator.Orchestrator
	st     store.Store
	exec   *procExecutor
	key    string
	reg    *arm.Registry
}

func newHarness(t testing.TB, opt harnessOpts) *harness {
	t.Helper()
	ctx := context.Background()
	st := openStore(t, &opt)
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	reg := arm.NewRegistry(arm.RegistryConfig{})
	pl, err := planner.New(planner.Config{Model: opt.model, Mode: opt.mode})
	if err != nil {
		t.Fatal(err)
	}
	if opt.exec == nil {
		opt.exec = newProcExecutor("executor")
	}
	for _, a := range append([]arm.Arm{pl, judge.New(judge.Config{Model: opt.model}), opt.exec}, opt.extra...) {
		if err := reg.Register(a); err != nil {
			t.Fatal(err)
		}
	}
	cm, err := cachemem.New(cachemem.Config{})
	if err != nil {
		t.Fatal(err)
	}
	o, err := orchestrator.New(ctx, opt.cfg, orchestrator.Deps{Store: st, Cache: cm, Logger: log, Registerer: prometheus.NewRegistry(),
		Arms: reg, Reflex: screenReflex{}})
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Start(ctx); err != nil {
		t.Fatal(err)
	}
	keys := auth.NewKeys(auth.KeysConfig{}, st)
	_, key, err := keys.Create(ctx, "test admin", []string{auth.ScopeAdmin})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := api.New(api.Config{Addr: "127.0.0.1:0"}, log, prometheus.NewRegistry(), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	h := orchestrator.Handlers{O: o, Log: log, PollInterval: 100 * time.Millisecond}
	srv.Router().Route("/api/v1", func(r chi.Router) {
		r.Use(auth.Middleware(keys, log))
		h.Mount(r)
	})
	srv.Router().Group(func(r chi.Router) {
		r.Use(auth.Middleware(keys, log))
		h.MountAliases(r)
	})
	hs := httptest.NewServer(srv.Handler())
	hr := &harness{t: t, srv: hs, o: o, st: st, exec: opt.exec, key: key, reg: reg,
		client: apiclient.New(apiclient.Config{BaseURL: hs.URL, APIKey: key})}
	t.Cleanup(hr.close)
	return hr
}

// openStore opens the store opt names, creating its database if needed.
func openStore(t testing.TB, opt *harnessOpts) store.Store {
	t.Helper()
	ctx := context.Background()
	if opt.backend == backendPostgres || opt.pgURL != "" {
		opt.backend = backendPostgres
		if opt.pgURL == "" {
			opt.pgURL = storetest.NewPostgresDatabase(t)
		}
		st, err := storepg.New(ctx, storepg.Config{URL: opt.pgURL})
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	opt.backend = backendSQLite
	if opt.dbPath == "" {
		opt.dbPath = filepath.Join(t.TempDir(), "octollm.db")
	}
	st, err := storesqlite.New(ctx, storesqlite.Config{Path: opt.dbPath})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// execSQL runs a statement on the harness's database (River's tables).
func (h *harness) execSQL(q string) {
	h.t.Helper()
	var err error
	switch st := h.st.(type) {
	case *storesqlite.Store:
		_, err = st.DB().Exec(q)
	case *storepg.Store:
		_, err = st.Pool().Exec(context.Background(), q)
	}
	if err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) close() {
	h.srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = h.o.Stop(ctx)
	_ = h.st.Close()
}

func (h *harness) submit(goal string, extra map[string]any) string {
	h.t.Helper()
	body := map[string]any{"goal": goal}
	for k, v := range extra {
		body[k] = v
	}
	var sub orchestrator.Submitted
	if err := h.client.Do(context.Background(), http.MethodPost, "/api/v1/tasks", body, &sub); err != nil {
		h.t.Fatalf("submit %q: %v", goal, err)
	}
	return sub.TaskID
}

func (h *harness) get(id string) orchestrator.TaskView {
	h.t.Helper()
	var v orchestrator.TaskView
	if err := h.client.Do(context.Background(), http.MethodGet, "/api/v1/tasks/"+id, nil, &v); err != nil {
		h.t.Fatalf("get %s: %v", id, err)
	}
	return v
}

// wait follows the task's event stream until it ends and returns the task.
func (h *harness) wait(id string, within time.Duration) (orchestrator.TaskView, []orchestrator.Event) {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	body, err := h.client.Stream(ctx, http.MethodGet, "/api/v1/tasks/"+id+"/events", nil)
	if err != nil {
		h.t.Fatalf("events %s: %v", id, err)
	}
	defer body.Close()
	var events []orchestrator.Event
	sc := bufio.NewScanner(body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if data, ok := strings.CutPrefix(line, "data: "); ok {
			var e orchestrator.Event
			if err := json.Unmarshal([]byte(data), &e); err != nil {
				h.t.Fatalf("bad event %q: %v", data, err)
			}
			events = append(events, e)
		}
	}
	v := h.get(id)
	if !orchestrator.Terminal(v.Status) {
		h.t.Fatalf("task %s still %s after %s (events %+v)", id, v.Status, within, events)
	}
	return v, events
}

var (
	_ store.Store = (*storesqlite.Store)(nil)
	_ store.Store = (*storepg.Store)(nil)
)

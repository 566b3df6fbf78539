package orchestrator_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/apiclient"
	"github.com/octollm/octollm/internal/llm/llmtest"
	"github.com/octollm/octollm/internal/orchestrator"
	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storetest"
)

// killPlan is what the fake model plans for every kill-test goal: a
// guardian scan, a judge step whose model question takes killJudgeDelay
// (so tasks are caught mid-run), and a second scan. Every step is served
// by arms that `octollm serve` runs in process.
const killPlan = `{"steps":[` +
	`{"id":"s1","arm":"guardian","action":"scan","inputs":{"text":"first pass over item %[1]d"},"depends_on":[]},` +
	`{"id":"s2","arm":"judge","action":"validate","inputs":{"output":"hello from item %[1]d","acceptance_criteria":["the greeting is polite"],"validation_types":["criteria"]},"depends_on":["s1"]},` +
	`{"id":"s3","arm":"guardian","action":"scan","inputs":{"text":"second pass over item %[1]d"},"depends_on":["s2"]}` +
	`],"rationale":"kill test","confidence":0.9}`

const killJudgeDelay = time.Second

// killItem finds the item number in a kill-test goal.
var killItem = regexp.MustCompile(`item (\d+)`)

// killFreeJudges is how many judge questions the fake model answers before
// the kill; later ones wait until the test opens the gate. Holding them
// makes "mid-batch" certain however slowly a loaded machine takes the
// submissions: without it, a slow submitter could find every task already
// finished when it starts watching.
const killFreeJudges = 8

// killModel answers the planner with killPlan and every other question
// (the judge's) with YES after killJudgeDelay, holding all but the first
// killFreeJudges judge questions until release.
type killModel struct {
	judged  atomic.Int32
	gate    chan struct{}
	release func()
}

func newKillModel() *killModel {
	m := &killModel{gate: make(chan struct{})}
	m.release = sync.OnceFunc(func() { close(m.gate) })
	return m
}

func (m *killModel) respond(c llmtest.Call) llmtest.Reply {
	if c.Chat != nil && strings.Contains(c.Chat.System, "planner of OctoLLM") {
		n := 0
		if item := killItem.FindStringSubmatch(c.LastUser()); item != nil {
			fmt.Sscan(item[1], &n)
		}
		return llmtest.Reply{Content: fmt.Sprintf(killPlan, n)}
	}
	if m.judged.Add(1) > killFreeJudges {
		<-m.gate
	}
	return llmtest.Reply{Content: "YES", Delay: killJudgeDelay}
}

// buildOctollm builds the octollm binary once per test binary run (with the
// race detector when the tests have it, so the build reuses their cache).
var buildOctollm = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "octollm-bin-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "octollm")
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	args := []string{"build", "-o", bin}
	if raceEnabled {
		args = append(args, "-race")
	}
	cmd := exec.Command(goTool, append(args, "github.com/octollm/octollm/cmd/octollm")...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// server is one `octollm serve` process.
type server struct {
	cmd    *exec.Cmd
	addr   string
	client *apiclient.Client
	done   chan struct{}
	logs   *strings.Builder
	mu     sync.Mutex
}

// startServer runs `octollm serve --addr 127.0.0.1:0` on dataDir and waits
// until it listens.
func startServer(t *testing.T, bin, dataDir string, env []string) *server {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--data-dir", dataDir)
	cmd.Env = env
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &server{cmd: cmd, done: make(chan struct{}), logs: &strings.Builder{}}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			s.mu.Lock()
			if s.logs.Len() < 1<<20 {
				s.logs.WriteString(line + "\n")
			}
			s.mu.Unlock()
			var rec struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "octollm listening" {
				addr <- rec.Addr
			}
		}
	}()
	go func() {
		_ = cmd.Wait()
		close(s.done)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-s.done
	})
	select {
	case s.addr = <-addr:
	case <-s.done:
		t.Fatalf("octollm serve exited:\n%s", s.log())
	case <-time.After(30 * time.Second):
		t.Fatalf("octollm serve did not listen within 30 s:\n%s", s.log())
	}
	key, err := os.ReadFile(filepath.Join(dataDir, "admin.key"))
	if err != nil {
		t.Fatalf("admin key: %v", err)
	}
	s.client = apiclient.New(apiclient.Config{BaseURL: "http://" + s.addr, APIKey: strings.TrimSpace(string(key))})
	return s
}

func (s *server) log() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.logs.String()
}

// TestKill9MidBatch builds octollm, serves it on a temporary data dir with
// a fake model, submits 50 tasks, SIGKILLs the process mid-batch, restarts
// it on the same data, and checks from the store that every task ends
// completed and that no step recorded as completed ran again.
func TestKill9MidBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the octollm binary")
	}
	t.Parallel()
	forBackends(t, testKill9MidBatch)
}

func testKill9MidBatch(t *testing.T, be string) {
	model := newKillModel()
	fake := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(model.respond), llmtest.WithoutRecording())
	t.Cleanup(model.release) // before the fake server's Close waits for held calls
	dataDir := t.TempDir()
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(),
		"OCTOLLM_LLM_PROVIDER=openai", "OCTOLLM_LLM_BASE_URL=" + fake.URL, "OCTOLLM_LLM_MODEL=gpt-4o-mini", "OPENAI_API_KEY=sk-test",
		"OCTOLLM_LOG_FORMAT=json", "OCTOLLM_LOG_LEVEL=info"}
	pgURL := ""
	if be == backendPostgres {
		pgURL = storetest.NewPostgresDatabase(t)
		env = append(env, "OCTOLLM_DATABASE_URL="+pgURL)
	}
	bin, err := buildOctollm()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	s1 := startServer(t, bin, dataDir, env)
	ctx := context.Background()
	const n = 50
	ids := make([]string, 0, n)
	for i := range n {
		var sub orchestrator.Submitted
		if err := s1.client.Do(ctx, http.MethodPost, "/api/v1/tasks", map[string]any{"goal": fmt.Sprintf("Triage batch item %d", i)}, &sub); err != nil {
			t.Fatalf("submit %d: %v\n%s", i, err, s1.log())
		}
		ids = append(ids, sub.TaskID)
	}
	// Kill once some tasks are executing (their first step is recorded
	// completed); the held judge questions keep most from finishing.
	deadline := time.Now().Add(60 * time.Second)
	for {
		var list struct {
			Tasks []orchestrator.TaskView `json:"tasks"`
		}
		if err := s1.client.Do(ctx, http.MethodGet, "/api/v1/tasks?status=executing&limit=200", nil, &list); err != nil {
			t.Fatal(err)
		}
		if len(list.Tasks) >= 5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no task reached executing:\n%s", s1.log())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := s1.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-s1.done
	model.release()

	// What the crash left: steps recorded completed, tasks not finished.
	st := openStore(t, &harnessOpts{backend: be, dbPath: filepath.Join(dataDir, "octollm.db"), pgURL: pgURL})
	t.Cleanup(func() { _ = st.Close() })
	doneBefore := map[string]bool{} // task/step recorded completed at the kill
	unfinished, midway := 0, 0      // midway: unfinished with a plan step done
	for _, id := range ids {
		tk, err := st.GetTask(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		steps, err := st.ListTaskSteps(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		stepDone := false
		for _, s := range steps {
			if s.Status == "completed" {
				doneBefore[id+"/"+s.StepID] = true
				stepDone = stepDone || !strings.HasPrefix(s.StepID, "_")
			}
		}
		if !orchestrator.Terminal(tk.Status) {
			unfinished++
			if stepDone {
				midway++
			}
		}
	}
	if unfinished == 0 || midway == 0 {
		t.Fatalf("the kill was not mid-batch: %d unfinished, %d of them midway", unfinished, midway)
	}
	t.Logf("%s: killed with %d of %d tasks unfinished (%d midway) and %d steps recorded completed", be, unfinished, n, midway, len(doneBefore))

	s2 := startServer(t, bin, dataDir, env)
	deadline = time.Now().Add(45 * time.Second)
	for _, id := range ids {
		for {
			var v orchestrator.TaskView
			if err := s2.client.Do(ctx, http.MethodGet, "/api/v1/tasks/"+id, nil, &v); err != nil {
				t.Fatal(err)
			}
			if orchestrator.Terminal(v.Status) {
				if v.Status != orchestrator.StatusCompleted {
					t.Fatalf("task %s ended %s: %+v", id, v.Status, v.Error)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("task %s still %s after the restart\n%s", id, v.Status, s2.log())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	// Each call's record is written with its step's completion, so a step
	// that ran again after being recorded completed has two successful
	// records.
	for _, id := range ids {
		acts, err := st.ListActions(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		ok := countSuccessfulCalls(t, acts)
		for _, step := range []string{"_plan", "s1", "s2", "s3"} {
			if ok[step] != 1 {
				t.Fatalf("task %s step %s has %d successful calls (recorded completed before the kill: %v)",
					id, step, ok[step], doneBefore[id+"/"+step])
			}
		}
	}
	t.Logf("%s: all %d tasks completed after the restart, %s in all", be, n, time.Since(start).Round(time.Millisecond))
}

// countSuccessfulCalls counts a task's provenance records without an
// error, by step.
func countSuccessfulCalls(t *testing.T, acts []store.Action) map[string]int {
	t.Helper()
	ok := map[string]int{}
	for _, a := range acts {
		var in struct {
			StepID string `json:"step_id"`
		}
		var out struct {
			Error any `json:"error"`
		}
		if err := json.Unmarshal(a.Input, &in); err != nil {
			t.Fatal(err)
		}
		_ = json.Unmarshal(a.Output, &out)
		if out.Error == nil {
			ok[in.StepID]++
		}
	}
	return ok
}

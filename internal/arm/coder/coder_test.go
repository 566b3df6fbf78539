package coder_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/armtest"
	"github.com/octollm/octollm/internal/arm/coder"
	"github.com/octollm/octollm/internal/llm/llmopenai"
	"github.com/octollm/octollm/internal/llm/llmtest"
	"github.com/octollm/octollm/internal/sandbox"
)

func TestMain(m *testing.M) {
	sandbox.MaybeRunInit()
	os.Exit(m.Run())
}

// shared sandbox for the package's tests.
var (
	sbOnce sync.Once
	sb     *sandbox.Sandbox
	sbErr  error
)

func newSandbox(t *testing.T) *sandbox.Sandbox {
	t.Helper()
	sbOnce.Do(func() { sb, sbErr = sandbox.New(sandbox.Config{}) })
	if sbErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("sandbox: %v", sbErr)
		}
		t.Skipf("sandbox unavailable: %v", sbErr)
	}
	return sb
}

// fakeModel is a real OpenAI-protocol provider talking to a local fake
// server whose replies are queued by the test.
func fakeModel(t *testing.T, replies ...string) (*llmtest.Server, arm.Completer) {
	t.Helper()
	srv := llmtest.NewServer(t, llmtest.OpenAI)
	for _, r := range replies {
		srv.Enqueue(llmtest.Reply{Content: r})
	}
	p, err := llmopenai.New(llmopenai.Config{BaseURL: srv.URL, APIKey: "test", Model: "fake-large"})
	if err != nil {
		t.Fatal(err)
	}
	return srv, arm.LLMCompleter{Provider: p}
}

func reply(t *testing.T, code, tests string) string {
	t.Helper()
	b, err := json.Marshal(map[string]any{"code": code, "tests": tests, "explanation": "Implements the function and its tests.", "confidence": 0.9, "warnings": []string{}})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

const (
	goBroken = "package mathx\n\nfunc Sum(xs []int) int {\n\ttotal := 0\n\tfor _, x := range xs {\n\t\ttotal += x\n\treturn total\n}\n"
	goWrong  = "package mathx\n\n// Sum adds xs.\nfunc Sum(xs []int) int {\n\ttotal := 1\n\tfor _, x := range xs {\n\t\ttotal += x\n\t}\n\treturn total\n}\n"
	goGood   = "package mathx\n\n// Sum adds xs.\nfunc Sum(xs []int) int {\n   total := 0\n\tfor _, x := range xs { total += x }\n\treturn total\n}\n"
	goTests  = "package mathx\n\nimport \"testing\"\n\nfunc TestSum(t *testing.T) {\n\tif got := Sum([]int{1, 2, 3}); got != 6 {\n\t\tt.Fatalf(\"Sum = %d, want 6\", got)\n\t}\n}\n"
)

func TestGoSyntaxErrorAndFailingTestAreFixed(t *testing.T) {
	t.Parallel()
	srv, model := fakeModel(t, reply(t, goBroken, goTests), reply(t, goWrong, goTests), reply(t, goGood, goTests))
	c, err := coder.New(coder.Config{Model: model, Sandbox: newSandbox(t)})
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Generate(context.Background(), coder.Request{Language: "Go", Instruction: "Write a function Sum that adds a slice of ints, with a test."})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Success || !res.Syntax.Valid || !res.Syntax.Checked || res.TestRun == nil || !res.TestRun.Passed || res.Metadata.FixAttempts != 2 {
		t.Fatalf("result: %+v test run %+v", res, res.TestRun)
	}
	// The code comes back gofmt'ed.
	if !strings.Contains(res.Code, "\ttotal := 0\n\tfor _, x := range xs {\n\t\ttotal += x\n\t}") {
		t.Fatalf("code not formatted:\n%s", res.Code)
	}
	if res.Metadata.Model == "" || res.Metadata.TokensUsed == 0 || res.Metadata.ModelCalls != 3 || res.Confidence != 0.9 {
		t.Fatalf("metadata: %+v conf %v", res.Metadata, res.Confidence)
	}
	calls := srv.Calls()
	// The first fix prompt carries the parser's error, the second the
	// failing test's output.
	if !strings.Contains(calls[1].LastUser(), "does not compile") || !strings.Contains(calls[1].LastUser(), "expected") {
		t.Fatalf("fix prompt 1:\n%s", calls[1].LastUser())
	}
	if !strings.Contains(calls[2].LastUser(), "The tests fail") || !strings.Contains(calls[2].LastUser(), "Sum = 7, want 6") {
		t.Fatalf("fix prompt 2:\n%s", calls[2].LastUser())
	}
	if calls[0].Chat == nil || !calls[0].Chat.WantsJSON() {
		t.Fatalf("first call must ask for JSON: %+v", calls[0].Chat)
	}
}

func TestGivesUpAfterTwoFixes(t *testing.T) {
	t.Parallel()
	_, model := fakeModel(t, reply(t, goBroken, ""), "not json at all", reply(t, goBroken, ""))
	c, _ := coder.New(coder.Config{Model: model})
	res, err := c.Generate(context.Background(), coder.Request{Language: "go", Instruction: "Write a function Sum that adds ints."})
	if err != nil {
		t.Fatal(err)
	}
	if res.Success || res.Syntax.Valid || res.Metadata.FixAttempts != 2 || res.Syntax.Line == 0 || res.Confidence > 0.2 {
		t.Fatalf("result: %+v", res)
	}
	// Through the arm the failure is an error carrying the result.
	_, model = fakeModel(t, reply(t, goBroken, ""), reply(t, goBroken, ""), reply(t, goBroken, ""))
	c, _ = coder.New(coder.Config{Model: model})
	_, err = c.Execute(context.Background(), arm.Request{Action: "generate", Inputs: map[string]any{"language": "go", "instruction": "Write a function Sum that adds ints."}})
	var ae *arm.Error
	if !errors.As(err, &ae) || ae.Code != arm.CodeExecution || ae.Details["code"] == nil {
		t.Fatalf("arm error: %#v", err)
	}
}

// TestExecuteReportsTheTestRun: through the arm, the test run's exit code
// is data a judge can check, and code whose tests still fail after the fix
// rounds is a non-retryable error that carries the real `go test` output.
func TestExecuteReportsTheTestRun(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	req := arm.Request{Action: "code", Inputs: map[string]any{"language": "go", "instruction": "Write a function Sum that adds a slice of ints, with a test."}}

	_, model := fakeModel(t, reply(t, goGood, goTests))
	c, _ := coder.New(coder.Config{Model: model, Sandbox: sb})
	res, err := c.Execute(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if res.Data["exit_code"] != 0 || res.Data["tests_passed"] != true {
		t.Fatalf("data: exit_code %v tests_passed %v", res.Data["exit_code"], res.Data["tests_passed"])
	}
	cr, _ := coder.DecodeResult(res.Data["code"])
	// "ok  <package>" is printed by the real toolchain only.
	if cr.TestRun == nil || !strings.Contains(cr.TestRun.Output, "ok  \toctollm.sandbox/generated") {
		t.Fatalf("test run: %+v", cr.TestRun)
	}

	_, model = fakeModel(t, reply(t, goWrong, goTests), reply(t, goWrong, goTests))
	c, _ = coder.New(coder.Config{Model: model, Sandbox: sb, MaxFixAttempts: 1})
	_, err = c.Execute(context.Background(), req)
	var ae *arm.Error
	if !errors.As(err, &ae) || ae.Code != arm.CodeExecution || ae.Retryable {
		t.Fatalf("err = %#v, want a non-retryable execution error", err)
	}
	if !strings.Contains(ae.Message, "--- FAIL: TestSum") || !strings.Contains(ae.Message, "Sum = 7, want 6") {
		t.Fatalf("message lacks the failing test: %s", ae.Message)
	}
	if code, _ := ae.Details["exit_code"].(int); code == 0 || ae.Details["tests_passed"] != false {
		t.Fatalf("details: %v", ae.Details)
	}
}

// TestWarmStopsWithItsContext: an interrupted warm-up is not remembered as
// a failure, and a coder without a sandbox has nothing to warm.
func TestWarmStopsWithItsContext(t *testing.T) {
	t.Parallel()
	if err := func() error { c, _ := coder.New(coder.Config{}); return c.Warm(context.Background()) }(); err != nil {
		t.Fatalf("no sandbox: %v", err)
	}
	c, _ := coder.New(coder.Config{Sandbox: newSandbox(t)})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := c.Warm(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled warm: %v", err)
	}
	// The shared default cache: quick when another test warmed it already;
	// a fresh one compiles the standard library, so allow for a slow host.
	wctx, wcancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer wcancel()
	if err := c.Warm(wctx); err != nil {
		t.Fatalf("warm after a cancelled one: %v", err)
	}
}

func TestPython(t *testing.T) {
	t.Parallel()
	bad := "def add(a, b)\n    return a + b\n"
	good := "def add(a, b):\n    return a + b\n"
	tests := "from solution import add\n\ndef test_add():\n    assert add(2, 3) == 5\n\ndef test_neg():\n    assert add(-1, 1) == 0\n"
	srv, model := fakeModel(t, reply(t, bad, tests), reply(t, good, tests))
	c, _ := coder.New(coder.Config{Model: model, Sandbox: newSandbox(t)})
	res, err := c.Generate(context.Background(), coder.Request{Language: "python", Instruction: "Write add(a, b) returning the sum, with tests."})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Success || res.Syntax.Checker != "python3 -m py_compile" || res.TestRun == nil || !res.TestRun.Passed ||
		!strings.Contains(res.TestRun.Output, "2 tests, 0 failed") || res.Metadata.FixAttempts != 1 {
		t.Fatalf("result: %+v run %+v", res, res.TestRun)
	}
	if fix := srv.Calls()[1].LastUser(); !strings.Contains(fix, "SyntaxError") {
		t.Fatalf("fix prompt lacks the compiler's message:\n%s", fix)
	}
}

func TestJavaScript(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	code := "function add(a, b) { return a + b }\nmodule.exports = { add }\n"
	tests := "const test = require('node:test')\nconst assert = require('node:assert')\nconst { add } = require('./solution.js')\ntest('adds', () => { assert.strictEqual(add(2, 3), 5) })\n"
	_, model := fakeModel(t, reply(t, "function add(a, b) { return a + ", tests), reply(t, code, tests))
	c, _ := coder.New(coder.Config{Model: model, Sandbox: newSandbox(t)})
	res, err := c.Generate(context.Background(), coder.Request{Language: "js", Instruction: "Write add(a, b) returning the sum, with tests."})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Success || res.Language != "javascript" || res.Syntax.Checker != "node --check" || !res.TestRun.Passed || res.Metadata.FixAttempts != 1 {
		t.Fatalf("result: %+v run %+v", res, res.TestRun)
	}
}

func TestUncheckedLanguageAndNoSandbox(t *testing.T) {
	t.Parallel()
	_, model := fakeModel(t, reply(t, "fn add(a: i32, b: i32) -> i32 { a + b }", ""), reply(t, "def add(a, b): return a + b", "def test(): pass"))
	c, _ := coder.New(coder.Config{Model: model})
	res, err := c.Generate(context.Background(), coder.Request{Language: "rust", Instruction: "Write add for two i32 values."})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Success || res.Syntax.Checked || res.Confidence > 0.6 || !strings.Contains(strings.Join(res.Warnings, ";"), "syntax not checked for rust") {
		t.Fatalf("rust: %+v", res)
	}
	res, err = c.Generate(context.Background(), coder.Request{Language: "python", Instruction: "Write add for two numbers, please."})
	if err != nil {
		t.Fatal(err)
	}
	if res.Syntax.Checked || res.TestRun != nil || !strings.Contains(strings.Join(res.Warnings, ";"), "tests were not run") {
		t.Fatalf("python without sandbox: %+v", res)
	}
}

// memory is an in-process Memory fake.
type memory struct {
	mu   sync.Mutex
	sols []coder.Solution
}

func (m *memory) Similar(_ context.Context, lang, instr string, k int) ([]coder.Solution, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []coder.Solution
	for _, s := range m.sols {
		if s.Language == lang && len(out) < k {
			out = append(out, s)
		}
	}
	return out, nil
}

func (m *memory) Remember(_ context.Context, s coder.Solution) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sols = append(m.sols, s)
	return nil
}

func TestEpisodicMemory(t *testing.T) {
	t.Parallel()
	mem := &memory{}
	srv, model := fakeModel(t, reply(t, goGood, ""), reply(t, goGood, ""))
	c, _ := coder.New(coder.Config{Model: model, Memory: mem})
	ctx := context.Background()
	first, err := c.Generate(ctx, coder.Request{Language: "go", Instruction: "Write a function Sum that adds ints."})
	if err != nil || first.Metadata.MemoryHits != 0 || len(mem.sols) != 1 || mem.sols[0].Tested {
		t.Fatalf("first: %+v %v %+v", first.Metadata, err, mem.sols)
	}
	second, err := c.Generate(ctx, coder.Request{Language: "go", Instruction: "Write a function that sums a slice."})
	if err != nil || second.Metadata.MemoryHits != 1 || !second.Metadata.EpisodicMemoryUsed {
		t.Fatalf("second: %+v %v", second.Metadata, err)
	}
	if p := srv.Calls()[1].LastUser(); !strings.Contains(p, "Similar past solutions") || !strings.Contains(p, "func Sum(xs []int) int") {
		t.Fatalf("prompt lacks the past solution:\n%s", p)
	}
}

func TestValidationAndLLMRequired(t *testing.T) {
	t.Parallel()
	c, _ := coder.New(coder.Config{})
	ctx := context.Background()
	for _, req := range []coder.Request{
		{Language: "go", Instruction: "short"},
		{Language: "", Instruction: "Write a function Sum that adds ints."},
		{RequestType: "summon", Language: "go", Instruction: "Write a function Sum that adds ints."},
		{RequestType: "debug", Language: "go", Instruction: "Fix the off-by-one error please."},
	} {
		if _, err := c.Generate(ctx, req); !errors.Is(err, coder.ErrInvalid) {
			t.Errorf("%+v: %v", req, err)
		}
	}
	_, err := c.Generate(ctx, coder.Request{Language: "go", Instruction: "Write a function Sum that adds ints."})
	if !errors.Is(err, arm.ErrLLMRequired) || !strings.Contains(err.Error(), "OCTOLLM_LLM_PROVIDER") {
		t.Fatalf("no model: %v", err)
	}
}

// TestArmContract runs the shared arm contract in process and over HTTP
// with armtest.FakeModel as the model, then the coder's own check: without
// a model every action is llm_required, on both transports.
func TestArmContract(t *testing.T) {
	t.Parallel()
	c, err := coder.New(coder.Config{Model: armtest.FakeCompleter(t)})
	if err != nil {
		t.Fatal(err)
	}
	noModel, _ := coder.New(coder.Config{})
	noModelArms := armtest.Transports(t, noModel)
	for name, a := range armtest.Transports(t, c) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			armtest.Run(t, a, armtest.Coder())
			var ae *arm.Error
			if _, err := noModelArms[name].Execute(context.Background(), arm.Request{Action: "code", Inputs: map[string]any{"language": "go", "instruction": "Write a function Sum that adds ints."}}); !errors.As(err, &ae) || ae.Code != arm.CodeLLMRequired || ae.Retryable {
				t.Fatalf("no model: %v", err)
			}
		})
	}
}

func TestHTTPCode(t *testing.T) {
	t.Parallel()
	c, _ := coder.New(coder.Config{})
	r := chi.NewRouter()
	coder.Handler{Coder: c}.Mount(r)
	srv := httptest.NewServer(r)
	defer srv.Close()
	post := func(body string) (int, map[string]any) {
		resp, err := http.Post(srv.URL+"/code", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		var m map[string]any
		_ = json.Unmarshal(b, &m)
		return resp.StatusCode, m
	}
	code, m := post(`{"request_type":"generate","language":"go","instruction":"Write a function Sum that adds ints."}`)
	e := m["error"].(map[string]any)
	if code != 503 || e["code"] != "llm_required" || !strings.Contains(e["message"].(string), "OCTOLLM_LLM_PROVIDER") {
		t.Fatalf("%d %v", code, m)
	}
	if code, m = post(`{"language":"go","instruction":"tiny"}`); code != 400 || m["error"].(map[string]any)["details"].([]any)[0].(map[string]any)["field"] != "instruction" {
		t.Fatalf("%d %v", code, m)
	}
}

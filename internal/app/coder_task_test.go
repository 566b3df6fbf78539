package app

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm/coder"
	"github.com/octollm/octollm/internal/llm/llmopen"
	"github.com/octollm/octollm/internal/llm/llmtest"
	"github.com/octollm/octollm/internal/orchestrator"
)

// Go code the fake model writes. Each function's test is a table test;
// "wrong" versions fail theirs, which only running `go test` finds out.
const (
	reverseCode = "package strutil\n\n// Reverse returns s with its runes in reverse order.\nfunc Reverse(s string) string {\n\tr := []rune(s)\n\tfor i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {\n\t\tr[i], r[j] = r[j], r[i]\n\t}\n\treturn string(r)\n}\n"
	reverseTest = "package strutil\n\nimport \"testing\"\n\nfunc TestReverse(t *testing.T) {\n\tfor _, tt := range []struct{ in, want string }{\n\t\t{\"\", \"\"},\n\t\t{\"abc\", \"cba\"},\n\t\t{\"héllo, 世界\", \"界世 ,olléh\"},\n\t} {\n\t\tif got := Reverse(tt.in); got != tt.want {\n\t\t\tt.Errorf(\"Reverse(%q) = %q, want %q\", tt.in, got, tt.want)\n\t\t}\n\t}\n}\n"

	palindromeWrong = "package strutil\n\n// IsPalindrome reports whether s reads the same backwards.\nfunc IsPalindrome(s string) bool {\n\tr := []rune(s)\n\tfor i := 0; i < len(r)/2; i++ {\n\t\tif r[i] != r[len(r)-1-i] {\n\t\t\treturn true\n\t\t}\n\t}\n\treturn false\n}\n"
	palindromeGood  = "package strutil\n\n// IsPalindrome reports whether s reads the same backwards.\nfunc IsPalindrome(s string) bool {\n\tr := []rune(s)\n\tfor i := 0; i < len(r)/2; i++ {\n\t\tif r[i] != r[len(r)-1-i] {\n\t\t\treturn false\n\t\t}\n\t}\n\treturn true\n}\n"
	palindromeTest  = "package strutil\n\nimport \"testing\"\n\nfunc TestIsPalindrome(t *testing.T) {\n\tfor _, tt := range []struct {\n\t\tin   string\n\t\twant bool\n\t}{\n\t\t{\"\", true},\n\t\t{\"kayak\", true},\n\t\t{\"été\", true},\n\t\t{\"go\", false},\n\t} {\n\t\tif got := IsPalindrome(tt.in); got != tt.want {\n\t\t\tt.Errorf(\"IsPalindrome(%q) = %v, want %v\", tt.in, got, tt.want)\n\t\t}\n\t}\n}\n"

	absWrong = "package mathx\n\n// Abs returns the absolute value of x.\nfunc Abs(x int) int {\n\treturn x\n}\n"
	absTest  = "package mathx\n\nimport \"testing\"\n\nfunc TestAbs(t *testing.T) {\n\tfor _, tt := range []struct{ in, want int }{{0, 0}, {3, 3}, {-4, 4}} {\n\t\tif got := Abs(tt.in); got != tt.want {\n\t\t\tt.Errorf(\"Abs(%d) = %d, want %d\", tt.in, got, tt.want)\n\t\t}\n\t}\n}\n"

	// Reverses bytes, not runes: its ASCII-only test passes, the judge
	// must catch it.
	backwardsBytes = "package strutil\n\n// Backwards reverses s.\nfunc Backwards(s string) string {\n\tb := []byte(s)\n\tfor i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {\n\t\tb[i], b[j] = b[j], b[i]\n\t}\n\treturn string(b)\n}\n"
	backwardsTest  = "package strutil\n\nimport \"testing\"\n\nfunc TestBackwards(t *testing.T) {\n\tfor _, tt := range []struct{ in, want string }{{\"\", \"\"}, {\"abc\", \"cba\"}} {\n\t\tif got := Backwards(tt.in); got != tt.want {\n\t\t\tt.Errorf(\"Backwards(%q) = %q, want %q\", tt.in, got, tt.want)\n\t\t}\n\t}\n}\n"
)

var reInstruction = regexp.MustCompile(`Instruction: (.*)`)

// fakeCoderModel plays the model behind the OpenAI wire format: the
// coder's prompts get code and tests by the function the instruction
// names (the palindrome's first answer is wrong, Abs is always wrong); the
// judge's yes/no questions get YES for code that works on runes. The rule
// planner plans these goals, so a planning prompt is an error.
func fakeCoderModel(c llmtest.Call) llmtest.Reply {
	if c.Chat == nil {
		return llmtest.Reply{Content: "unexpected call"}
	}
	answer := func(code, tests string) llmtest.Reply {
		b, _ := json.Marshal(map[string]any{"code": code, "tests": tests, "explanation": "The function and a table test.", "confidence": 0.9, "warnings": []string{}})
		return llmtest.Reply{Content: string(b)}
	}
	switch {
	case strings.Contains(c.Chat.System, "coder arm of OctoLLM"):
		m := reInstruction.FindStringSubmatch(c.LastUser())
		if m == nil {
			return llmtest.Reply{Content: "no instruction"}
		}
		fixing := strings.Contains(c.LastUser(), "Problem to fix:")
		switch {
		case strings.Contains(m[1], "Reverse("):
			return answer(reverseCode, reverseTest)
		case strings.Contains(m[1], "IsPalindrome(") && !fixing:
			return answer(palindromeWrong, palindromeTest)
		case strings.Contains(m[1], "IsPalindrome("):
			return answer(palindromeGood, palindromeTest)
		case strings.Contains(m[1], "Abs("):
			return answer(absWrong, absTest)
		case strings.Contains(m[1], "Backwards("):
			return answer(backwardsBytes, backwardsTest)
		}
		return llmtest.Reply{Content: "unknown instruction"}
	case strings.Contains(c.Chat.System, "strict validator"):
		if strings.Contains(c.LastUser(), "[]rune") {
			return llmtest.Reply{Content: "YES"}
		}
		return llmtest.Reply{Content: "NO"}
	}
	return llmtest.Reply{Content: "I only write code and judge it"}
}

// submitTask posts a task through the API and polls it to its end.
func submitTask(t *testing.T, ts *testServer, key, goal string) orchestrator.TaskView {
	t.Helper()
	// A generous step timeout: a cold Go build cache makes the first test
	// run slow on a loaded host.
	code, body := ts.do(t, http.MethodPost, "/api/v1/tasks", key, map[string]any{"goal": goal, "budget": map[string]any{"step_timeout_seconds": 240, "max_time_seconds": 300}})
	if code != http.StatusAccepted {
		t.Fatalf("submit %q: %d %v", goal, code, body)
	}
	id, _ := body["task_id"].(string)
	for deadline := time.Now().Add(5 * time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		req, _ := http.NewRequest(http.MethodGet, ts.url+"/api/v1/tasks/"+id, nil)
		req.Header.Set("X-API-Key", key)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var v orchestrator.TaskView
		err = json.NewDecoder(resp.Body).Decode(&v)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("get task %s: %d %v", id, resp.StatusCode, err)
		}
		if orchestrator.Terminal(v.Status) {
			return v
		}
	}
	t.Fatalf("task %q did not finish", goal)
	return orchestrator.TaskView{}
}

// asMap re-decodes a JSON-ish value (API data) into a map.
func asMap(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	return m
}

// coderCalls are the fake model's coder prompts for a function.
func coderCalls(fake *llmtest.Server, fn string) []llmtest.Call {
	var out []llmtest.Call
	for _, c := range fake.Calls() {
		// Match the task's own instruction: other tasks' prompts may quote
		// fn too (the coder recalls earlier solutions from memory).
		if c.Chat != nil && strings.Contains(c.Chat.System, "coder arm of OctoLLM") && strings.Contains(c.LastUser(), "Instruction: Write a Go function "+fn+"(") {
			out = append(out, c)
		}
	}
	return out
}

// TestCoderTaskRunsTestsInSandbox is issue 6's acceptance through `octollm
// serve`: a task asking for a Go function and its test is planned to the
// coder (rule planner), the fake model writes the code, the coder runs `go
// test` in the sandbox with the real toolchain, and the judge's verdict is
// in the task's result. Code whose tests fail is sent back with the real
// failure output, and never passes.
func TestCoderTaskRunsTestsInSandbox(t *testing.T) {
	fake := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(fakeCoderModel))
	ts := startServer(t, Config{LLM: llmopen.Config{Provider: llmopen.OpenAI, BaseURL: fake.URL, APIKey: "test", Model: "fake-coder"}})
	key := ts.adminKey(t)

	t.Run("passing code and the judge's verdict", func(t *testing.T) {
		t.Parallel()
		goal := "Write a Go function Reverse(s string) string that reverses a string by runes, with a table test"
		v := submitTask(t, ts, key, goal)
		if v.Status != orchestrator.StatusCompleted || v.Result == nil {
			t.Fatalf("%s %+v %+v", v.Status, v.Result, v.Error)
		}
		if !strings.Contains(string(v.Plan), `"planner":"rules"`) || len(v.Steps) == 0 || v.Steps[0].Arm != "coder" {
			t.Fatalf("plan %s steps %+v", v.Plan, v.Steps)
		}
		if !strings.Contains(v.Result.Output, "func Reverse(s string) string") {
			t.Fatalf("output is not the code:\n%s", v.Result.Output)
		}
		cr, err := coder.DecodeResult(v.Result.Data["code"])
		if err != nil {
			t.Fatalf("result data %v: %v", v.Result.Data, err)
		}
		// "ok  <package>" comes from the real go command in the sandbox.
		tr := cr.TestRun
		if tr == nil || !tr.Passed || tr.ExitCode != 0 || tr.Command != "go test -count=1 ." || !strings.Contains(tr.Output, "ok  \toctollm.sandbox/generated") {
			t.Fatalf("test run: %+v", tr)
		}
		t.Logf("sandboxed go test: %.0f ms; task: %d ms", tr.DurationMS, v.DurationMS)
		if !strings.Contains(cr.Tests, "func TestReverse(t *testing.T)") || !cr.Syntax.Checked || cr.Metadata.FixAttempts != 0 {
			t.Fatalf("coder result: %+v", cr)
		}
		if code, _ := v.Result.Data["exit_code"].(float64); code != 0 || v.Result.Data["exit_code"] == nil || v.Result.Data["tests_passed"] != true {
			t.Fatalf("data: %v", v.Result.Data)
		}
		var val struct {
			Valid          bool     `json:"valid"`
			Confidence     float64  `json:"confidence"`
			PassedCriteria []string `json:"passed_criteria"`
			FailedCriteria []string `json:"failed_criteria"`
			Metadata       struct {
				Model string `json:"model"`
			} `json:"metadata"`
		}
		if err := json.Unmarshal(v.Result.Validation, &val); err != nil {
			t.Fatalf("validation %s: %v", v.Result.Validation, err)
		}
		want := []string{"exit code 0", "the code does what was asked: " + goal}
		if !val.Valid || val.Confidence != 1 || len(val.FailedCriteria) != 0 || strings.Join(val.PassedCriteria, "|") != strings.Join(want, "|") || val.Metadata.Model == "" {
			t.Fatalf("judge's verdict: %s", v.Result.Validation)
		}
		if v.Usage.Tokens == 0 {
			t.Fatalf("usage: %+v", v.Usage)
		}
	})

	t.Run("a failing test is fixed in a fix round", func(t *testing.T) {
		t.Parallel()
		v := submitTask(t, ts, key, "Write a Go function IsPalindrome(s string) bool that compares runes, with a table test")
		if v.Status != orchestrator.StatusCompleted || v.Result == nil {
			t.Fatalf("%s %+v %+v", v.Status, v.Result, v.Error)
		}
		cr, err := coder.DecodeResult(v.Result.Data["code"])
		if err != nil || cr.Metadata.FixAttempts != 1 || cr.TestRun == nil || !cr.TestRun.Passed || !strings.Contains(cr.Code, "return false\n\t\t}") {
			t.Fatalf("coder result: %+v %v", cr, err)
		}
		// The fix prompt carries what `go test` printed for the wrong code.
		calls := coderCalls(fake, "IsPalindrome")
		if len(calls) != 2 {
			t.Fatalf("%d coder calls, want 2", len(calls))
		}
		fix := calls[1].LastUser()
		for _, s := range []string{"The tests fail", "--- FAIL: TestIsPalindrome", `IsPalindrome("kayak") = false, want true`} {
			if !strings.Contains(fix, s) {
				t.Fatalf("fix prompt lacks %q:\n%s", s, fix)
			}
		}
		if !strings.Contains(string(v.Result.Validation), `"valid":true`) {
			t.Fatalf("validation: %s", v.Result.Validation)
		}
	})

	t.Run("tests that keep failing fail the task", func(t *testing.T) {
		t.Parallel()
		v := submitTask(t, ts, key, "Write a Go function Abs(x int) int that returns the absolute value, with a table test")
		if v.Status != orchestrator.StatusFailed || v.Error == nil || v.Error.Code != orchestrator.CodeStepFailed {
			t.Fatalf("%s %+v", v.Status, v.Error)
		}
		if !strings.Contains(v.Error.Message, "--- FAIL: TestAbs") || !strings.Contains(v.Error.Message, "Abs(-4) = -4, want 4") {
			t.Fatalf("error does not report the failing test: %s", v.Error.Message)
		}
		details := asMap(t, v.Error.Details)
		inner := asMap(t, details["details"])
		cr, err := coder.DecodeResult(inner["code"])
		if err != nil || cr.Success || cr.TestRun == nil || cr.TestRun.Passed || cr.TestRun.ExitCode == 0 || !strings.Contains(cr.TestRun.Output, "FAIL\toctollm.sandbox/generated") {
			t.Fatalf("details: %v (%v)", details, err)
		}
		if inner["tests_passed"] != false || cr.Metadata.FixAttempts != 2 {
			t.Fatalf("details: tests_passed %v fix attempts %d", inner["tests_passed"], cr.Metadata.FixAttempts)
		}
		// Two fix rounds, then no retries from scratch: three model calls.
		if n := len(coderCalls(fake, "Abs")); n != 3 || v.Steps[0].Attempts != 1 {
			t.Fatalf("%d coder calls, %d attempts; want 3 and 1", n, v.Steps[0].Attempts)
		}
		if v.Result != nil && len(v.Result.Validation) > 0 {
			t.Fatalf("failing code reached the judge: %s", v.Result.Validation)
		}
	})

	t.Run("the judge rejects code whose own tests pass", func(t *testing.T) {
		t.Parallel()
		goal := "Write a Go function Backwards(s string) string that reverses a string by runes, with a table test"
		v := submitTask(t, ts, key, goal)
		if v.Status != orchestrator.StatusFailed || v.Error == nil || v.Error.Code != orchestrator.CodeValidationFailed {
			t.Fatalf("%s %+v", v.Status, v.Error)
		}
		val := asMap(t, v.Error.Details)
		passed, _ := json.Marshal(val["passed_criteria"])
		failed, _ := json.Marshal(val["failed_criteria"])
		if val["valid"] != false || string(passed) != `["exit code 0"]` || string(failed) != fmt.Sprintf("[%q]", "the code does what was asked: "+goal) {
			t.Fatalf("judge's verdict: %v", val)
		}
		if !strings.Contains(v.Error.Message, "the model judged the criterion not met") {
			t.Fatalf("message: %s", v.Error.Message)
		}
	})
}

// TestCoderRoleAloneRunsTests: a process running only the coder role (split
// mode, no executor) builds its own sandbox, so generated tests still run.
func TestCoderRoleAloneRunsTests(t *testing.T) {
	fake := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(fakeCoderModel))
	ts := startServer(t, Config{Roles: RoleCoder, LLM: llmopen.Config{Provider: llmopen.OpenAI, BaseURL: fake.URL, APIKey: "test", Model: "fake-coder"}})
	code, body := ts.do(t, http.MethodPost, "/api/v1/code", ts.adminKey(t), map[string]any{"request_type": "generate", "language": "go",
		"instruction": "Write a Go function Reverse(s string) string that reverses a string by runes, with a table test"})
	if code != http.StatusOK {
		t.Fatalf("code: %d %v", code, body)
	}
	cr, err := coder.DecodeResult(body)
	if err != nil || !cr.Success || cr.TestRun == nil || !cr.TestRun.Passed || !strings.Contains(cr.TestRun.Output, "ok  \toctollm.sandbox/generated") {
		t.Fatalf("result: %v (%v)", body, err)
	}
}

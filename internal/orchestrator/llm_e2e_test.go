package orchestrator_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/llm/llmopenai"
	"github.com/octollm/octollm/internal/llm/llmtest"
	"github.com/octollm/octollm/internal/orchestrator"
)

// fakePlanner plays an LLM behind the OpenAI wire format: it answers the
// planner's prompt with a plan for the goal it reads, and the judge's
// yes/no questions with YES.
func fakePlanner(c llmtest.Call) llmtest.Reply {
	if c.Chat == nil || !strings.Contains(c.Chat.System, "planner of OctoLLM") {
		return llmtest.Reply{Content: "YES"}
	}
	goal := regexp.MustCompile(`Goal: (.*)`).FindStringSubmatch(c.LastUser())[1]
	step := func(action string, inputs, criteria string) string {
		return fmt.Sprintf(`{"steps":[{"id":"s1","arm":"executor","action":%q,"inputs":%s,"depends_on":[],"acceptance_criteria":%s}],"rationale":"fake","confidence":0.9}`, action, inputs, criteria)
	}
	switch {
	case strings.HasPrefix(goal, "Echo"):
		return llmtest.Reply{Content: step("shell", `{"argv":["echo","Hello OctoLLM"]}`, `["exit code 0","contains Hello OctoLLM","the greeting is friendly"]`)}
	case strings.HasPrefix(goal, "List the files in "):
		dir := strings.TrimSuffix(strings.TrimPrefix(goal, "List the files in "), " and count them")
		return llmtest.Reply{Content: step("shell", fmt.Sprintf(`{"argv":["ls","-1A",%q],"extract":"count_lines"}`, dir), `["exit code 0"]`)}
	case strings.HasPrefix(goal, "Fetch "):
		u := strings.Fields(goal)[1]
		return llmtest.Reply{Content: step("http", fmt.Sprintf(`{"url":%q,"extract":"uuid"}`, u), `["valid UUID"]`)}
	case strings.Contains(goal, "foobar"):
		return llmtest.Reply{Content: step("shell", `{"argv":["foobar"]}`, `["exit code 0"]`)}
	}
	return llmtest.Reply{Content: "I cannot plan that"}
}

func TestScenariosWithFakeLLM(t *testing.T) {
	t.Parallel()
	forBackends(t, func(t *testing.T, be string) {
		fake := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(fakePlanner))
		p, err := llmopenai.New(llmopenai.Config{BaseURL: fake.URL, Model: "gpt-4o-mini"})
		if err != nil {
			t.Fatal(err)
		}
		h := newHarness(t, harnessOpts{backend: be, model: arm.LLMCompleter{Provider: p}, mode: "llm"})

		v, _ := h.wait(h.submit("Echo 'Hello OctoLLM'", nil), 20*time.Second)
		if v.Status != orchestrator.StatusCompleted || !strings.Contains(v.Result.Output, "Hello OctoLLM") || v.Usage.Tokens == 0 {
			t.Fatalf("echo: %s %+v usage %+v", v.Status, v.Result, v.Usage)
		}
		if !strings.Contains(string(v.Plan), `"planner":"llm"`) || !strings.Contains(string(v.Result.Validation), "the greeting is friendly") {
			t.Fatalf("plan %s validation %s", v.Plan, v.Result.Validation)
		}

		dir := t.TempDir()
		for _, n := range []string{"1", "2", "3"} {
			_ = os.WriteFile(filepath.Join(dir, n), nil, 0o600)
		}
		if v, _ := h.wait(h.submit("List the files in "+dir+" and count them", nil), 20*time.Second); v.Status != orchestrator.StatusCompleted || v.Result.Output != "3" {
			t.Fatalf("count: %s %+v", v.Status, v.Result)
		}

		want := uuid.NewString()
		page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintf(w, "id=%s\n", want) }))
		defer page.Close()
		if v, _ := h.wait(h.submit("Fetch "+page.URL+" and extract the UUID", nil), 20*time.Second); v.Status != orchestrator.StatusCompleted || v.Result.Output != want {
			t.Fatalf("uuid: %s %+v %+v", v.Status, v.Result, v.Error)
		}

		if v, _ := h.wait(h.submit("run the invalid command foobar", nil), 20*time.Second); v.Status != orchestrator.StatusFailed || !strings.Contains(v.Error.Message, "foobar") {
			t.Fatalf("foobar: %s %+v", v.Status, v.Error)
		}

		// A goal the model cannot plan fails after bounded repair attempts.
		v, _ = h.wait(h.submit("Compose a symphony", nil), 20*time.Second)
		if v.Status != orchestrator.StatusFailed || !strings.Contains(v.Error.Message, "valid plan") {
			t.Fatalf("unplannable: %s %+v", v.Status, v.Error)
		}
	})
}

package orchestrator_test

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/llm/llmopenai"
	"github.com/octollm/octollm/internal/llm/llmtest"
	"github.com/octollm/octollm/internal/orchestrator"
	"github.com/octollm/octollm/internal/orchestrator/swarm"
)

// answerArm is a model-backed answering arm (type coder, action answer):
// it asks its model the question with the swarm variant it runs as and
// answers "CONFIDENCE|TEXT" as the model says.
type answerArm struct {
	id    string
	words string
	model arm.Completer
}

func (a answerArm) ID() string { return a.id }
func (a answerArm) Capabilities() arm.Capability {
	return arm.Capability{ArmID: a.id, Type: arm.TypeCoder, Name: a.id, Description: a.words, Actions: []string{"answer"}, CostTier: 2}
}

func (a answerArm) Execute(ctx context.Context, req arm.Request) (arm.Result, error) {
	q, _ := req.Inputs["question"].(string)
	c, _ := req.Inputs["context"].(map[string]any)
	c2, err := a.model.Complete(ctx, arm.Prompt{System: "answer arm under test", User: fmt.Sprintf("question: %s\nvariant: %v\nseed: %v", q, c["swarm_variant"], c["swarm_seed"])})
	if err != nil {
		return arm.Result{}, arm.Errorf(arm.CodeUnavailable, "model: %v", err)
	}
	confS, text, _ := strings.Cut(c2.Text, "|")
	var conf float64
	fmt.Sscan(confS, &conf)
	return arm.Result{Output: text, Confidence: conf, Tokens: c2.Tokens, Model: c2.Model}, nil
}

// swarmAnswers scripts the answering arms per scenario and variant: a
// "FAIL" answer is an HTTP 400 from the fake provider.
var swarmAnswers = map[string][]string{
	"agree": {"0.9|The service listens on port 8080", "0.8|The service listens on port 8080", "0.85|the service listens on port 8080",
		"0.8|The service listens on port 8080", "0.9|The service listens on port 8080"},
	"split": {"0.9|The parser is vulnerable to injection through the name field", "0.7|The parser is vulnerable to injection through the name field",
		"0.8|No injection is possible because every query is parameterised", "0.75|No injection is possible because every query is parameterised", "FAIL"},
	"vote": {"0.8|yes", "0.7|yes", "0.9|no", "0.75|yes", "FAIL"},
}

func swarmResponder(c llmtest.Call) llmtest.Reply {
	if c.Chat == nil {
		return llmtest.Reply{Content: "?"}
	}
	user := c.LastUser()
	switch {
	case strings.Contains(c.Chat.System, "planner of OctoLLM"):
		goal := regexp.MustCompile(`Goal: (.*)`).FindStringSubmatch(user)[1]
		return llmtest.Reply{Content: fmt.Sprintf(`{"steps":[{"id":"s1","arm":"coder","action":"answer","inputs":{"question":%q},"depends_on":[]}],"rationale":"one answer","confidence":0.9}`, goal)}
	case strings.Contains(c.Chat.System, "strict validator"):
		// The judge settles the split in favour of the vulnerability.
		if strings.Contains(user, "vulnerable to injection") {
			return llmtest.Reply{Content: "YES"}
		}
		return llmtest.Reply{Content: "NO"}
	case strings.Contains(c.Chat.System, "answer arm under test"):
		scenario := regexp.MustCompile(`question: (\w+)`).FindStringSubmatch(user)[1]
		variant := 0 // not a swarm: no variant
		if m := regexp.MustCompile(`variant: (\d+)`).FindStringSubmatch(user); m != nil {
			fmt.Sscan(m[1], &variant)
		}
		a := swarmAnswers[scenario][variant]
		if a == "FAIL" {
			return llmtest.Reply{Status: 400, ErrorMessage: "the model refused"}
		}
		return llmtest.Reply{Content: a}
	}
	return llmtest.Reply{Content: "?"}
}

func TestSwarmDecisions(t *testing.T) {
	t.Parallel()
	forBackends(t, testSwarmDecisions)
}

func testSwarmDecisions(t *testing.T, be string) {
	fake := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(swarmResponder))
	p, err := llmopenai.New(llmopenai.Config{BaseURL: fake.URL, Model: "gpt-4o-mini"})
	if err != nil {
		t.Fatal(err)
	}
	model := arm.LLMCompleter{Provider: p}
	h := newHarness(t, harnessOpts{backend: be, model: model, mode: "llm", extra: []arm.Arm{
		answerArm{id: "coder-review", words: "code analysis security review", model: model},
		answerArm{id: "coder-docs", words: "documentation question answering", model: model},
	}})
	run := func(goal, priority string) orchestrator.TaskView {
		t.Helper()
		v, _ := h.wait(h.submit(goal, map[string]any{"priority": priority, "no_cache": true}), 30*time.Second)
		if v.Status != orchestrator.StatusCompleted || v.Result == nil {
			t.Fatalf("%s: %s %+v %+v", goal, v.Status, v.Error, v.Result)
		}
		return v
	}
	decision := func(v orchestrator.TaskView) orchestrator.SwarmDecision {
		t.Helper()
		sw := v.Result.Swarm
		if sw == nil || sw.Size != 5 || !strings.Contains(sw.Reason, "critical") || len(sw.Steps) != 1 {
			t.Fatalf("swarm report %+v", sw)
		}
		d := sw.Steps[0]
		if d.StepID != "s1" || len(d.Proposals) != 5 || len(d.Arms) != 5 {
			t.Fatalf("decision %+v", d)
		}
		arms := map[string]int{}
		for i, a := range d.Arms {
			arms[a.ArmID]++
			if a.Variant != i {
				t.Fatalf("arm %d variant %d", i, a.Variant)
			}
		}
		if arms["coder-review"] == 0 || arms["coder-docs"] == 0 {
			t.Fatalf("arms not diverse: %v", arms)
		}
		return d
	}

	// Agreeing proposals: full consensus, no conflict.
	v := run("agree on the port", "critical")
	d := decision(v)
	if d.ConsensusScore != 1 || d.Conflict != nil || d.AggregationMethod != swarm.StrategyRankedChoice ||
		!strings.Contains(v.Result.Output, "port 8080") || d.Proposals[d.Selected].Confidence != 0.9 {
		t.Fatalf("agree: %+v output %q", d, v.Result.Output)
	}

	// Disagreeing proposals in two camps plus a failure: a contradiction,
	// settled by the judge in favour of the vulnerability.
	v = run("split on the injection", "critical")
	d = decision(v)
	if d.Proposals[4].Status != swarm.StatusFailed || d.Proposals[4].Error == "" {
		t.Fatalf("failed proposal %+v", d.Proposals[4])
	}
	if d.Conflict == nil || d.Conflict.Kind != swarm.ConflictContradiction || d.Arbitration == nil || len(d.Arbitration.Verdicts) != 2 ||
		d.AggregationMethod != swarm.StrategyRankedChoice+"_with_judge" || !strings.Contains(d.FinalAnswer, "vulnerable to injection") ||
		!strings.Contains(v.Result.Output, "vulnerable to injection") || d.ConsensusScore >= 0.6 {
		t.Fatalf("split: %+v arbitration %+v", d, d.Arbitration)
	}

	// Discrete answers: majority vote; the dissent lowers the consensus
	// without overturning the clear majority.
	v = run("vote on the question", "critical")
	d = decision(v)
	if d.AggregationMethod != swarm.StrategyMajority || v.Result.Output != "yes" || d.Conflict == nil ||
		d.Conflict.Kind != swarm.ConflictLowConsensus || d.Arbitration != nil {
		t.Fatalf("vote: %+v output %q", d, v.Result.Output)
	}

	// The provenance holds every proposal call and the decision.
	acts, err := h.st.ListActions(context.Background(), v.TaskID)
	if err != nil {
		t.Fatal(err)
	}
	proposals, decisions := 0, 0
	for _, a := range acts {
		var in struct {
			StepID string `json:"step_id"`
		}
		_ = json.Unmarshal(a.Input, &in)
		switch {
		case strings.HasPrefix(in.StepID, "_swarm_s1_"):
			proposals++
		case a.ActionType == "swarm_decision":
			decisions++
			var out struct {
				Decision orchestrator.SwarmDecision `json:"decision"`
			}
			if err := json.Unmarshal(a.Output, &out); err != nil || out.Decision.AggregationMethod != swarm.StrategyMajority || len(out.Decision.Proposals) != 5 {
				t.Fatalf("decision record %s (%v)", a.Output, err)
			}
		}
	}
	if proposals != 5 || decisions != 1 {
		t.Fatalf("provenance: %d proposal calls, %d decisions", proposals, decisions)
	}
	// Proposal rows are internal: the task shows one step.
	if len(v.Steps) != 1 || v.Steps[0].ID != "s1" || v.Steps[0].Status != "completed" {
		t.Fatalf("steps %+v", v.Steps)
	}

	// A medium-priority task asks one arm once.
	v = run("agree on the port again", "medium")
	if v.Result.Swarm != nil || !strings.Contains(v.Result.Output, "port 8080") {
		t.Fatalf("medium task: %+v", v.Result)
	}
}

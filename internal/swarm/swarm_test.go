package swarm_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/llm/llmopenai"
	"github.com/octollm/octollm/internal/llm/llmtest"
	"github.com/octollm/octollm/internal/swarm"
)

func TestActivateAndSize(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		task   swarm.Task
		active bool
		size   int
	}{
		{swarm.Task{Goal: "list files", Priority: "medium"}, false, 3},
		{swarm.Task{Goal: "list files", Priority: "critical"}, true, 5},
		{swarm.Task{Goal: "list files", Priority: "high", MaxTimeSeconds: 20}, true, 3},
		{swarm.Task{Goal: "Audit the login flow", Priority: "low"}, true, 3},
		{swarm.Task{Goal: "x", Context: map[string]any{"force_swarm": true}, MaxCostUSD: 0.3}, true, 2},
		{swarm.Task{Goal: "x", Context: map[string]any{"complexity_score": 0.8}}, true, 4},
		{swarm.Task{Goal: "x", MaxCostUSD: 2}, true, 3},
	} {
		active, why := swarm.Activate(tt.task)
		if active != tt.active || (active && why == "") {
			t.Errorf("Activate(%+v) = %v %q", tt.task, active, why)
		}
		if got := swarm.Size(tt.task, 0, 0); got != tt.size {
			t.Errorf("Size(%+v) = %d, want %d", tt.task, got, tt.size)
		}
	}
	if got := swarm.Size(swarm.Task{Priority: "critical"}, 2, 4); got != 4 {
		t.Errorf("clamp: %d", got)
	}
}

func TestSelectArmsPrefersRelevantAndDiverse(t *testing.T) {
	t.Parallel()
	st := func(id, typ string, rate float64, caps ...string) arm.Status {
		return arm.Status{Capability: arm.Capability{ArmID: id, Type: typ, Capabilities: caps}, SuccessRate: rate}
	}
	got := swarm.SelectArms("generate code and tests for the parser", []arm.Status{
		st("coder-001", "coder", 0.9, "code_generation", "test_generation"),
		st("coder-002", "coder", 0.8, "code_generation", "test_generation"), // same capabilities: skipped
		st("judge", "judge", 1, "code_generation"),                          // judges never propose
		st("retriever", "retriever", 1, "vector_search"),
		st("planner", "planner", 0.95, "task_planning"),
	}, 3)
	var ids []string
	for _, s := range got {
		ids = append(ids, s.ArmID)
	}
	if strings.Join(ids, ",") != "coder-001,retriever,planner" {
		t.Fatalf("selected %v", ids)
	}
}

func TestAggregationStrategies(t *testing.T) {
	t.Parallel()
	p := func(content string, conf float64) swarm.Proposal {
		return swarm.Proposal{Content: content, Confidence: conf, Status: swarm.StatusCompleted}
	}
	ps := []swarm.Proposal{p("yes", 0.6), p("no", 0.95), p("Yes", 0.7)}
	if s := swarm.ChooseStrategy(ps, "medium"); s != swarm.StrategyMajority {
		t.Fatalf("discrete: %s", s)
	}
	if i, _ := swarm.Aggregate(ps, swarm.StrategyMajority); ps[i].Content != "Yes" {
		t.Fatalf("majority picked %q", ps[i].Content)
	}
	if i, _ := swarm.Aggregate(ps, swarm.StrategyConfidenceMax); ps[i].Content != "no" {
		t.Fatalf("max confidence picked %q", ps[i].Content)
	}
	long := []swarm.Proposal{
		p("the service fails because the cache key ignores the tenant id", 0.5),
		p("the service fails because the cache key ignores the tenant id field", 0.55),
		p("a race in the connection pool drops requests under load", 0.9),
	}
	if s := swarm.ChooseStrategy(long, "medium"); s != swarm.StrategyWeighted {
		t.Fatalf("spread: %s", s)
	}
	// Two similar proposals outweigh one confident outlier.
	if i, _ := swarm.Aggregate(long, swarm.StrategyWeighted); !strings.HasSuffix(long[i].Content, "tenant id field") {
		t.Fatalf("weighted picked %q", long[i].Content)
	}
	if i, _ := swarm.Aggregate(long, swarm.StrategyRanked); !strings.Contains(long[i].Content, "tenant") {
		t.Fatalf("ranked picked %q", long[i].Content)
	}
	even := []swarm.Proposal{long[0], long[1], p(long[2].Content, 0.6)}
	if s := swarm.ChooseStrategy(even, "critical"); s != swarm.StrategyRanked {
		t.Fatalf("critical: %s", s)
	}
	if c := swarm.Consensus(long[:2]); c < 0.9 {
		t.Fatalf("consensus of near-identical answers %v", c)
	}
	if _, err := swarm.Aggregate(nil, swarm.StrategyWeighted); err == nil {
		t.Fatal("empty aggregate")
	}
}

// llmArm is an arm that answers with a model: the test's fake LLM decides
// per variant what each proposal says (and with which confidence).
type llmArm struct {
	id    string
	model arm.Completer
}

func (a *llmArm) ID() string { return a.id }
func (a *llmArm) Capabilities() arm.Capability {
	return arm.Capability{ArmID: a.id, Type: arm.TypeCoder}
}
func (a *llmArm) Execute(ctx context.Context, req arm.Request) (arm.Result, error) {
	comp, err := a.model.Complete(ctx, arm.Prompt{System: "answer as JSON", JSON: true,
		User: fmt.Sprintf("goal: %v\nvariant=%v seed=%v", req.Inputs["goal"], req.Inputs["swarm_variant"], req.Inputs["swarm_seed"])})
	if err != nil {
		return arm.Result{}, err
	}
	var out struct {
		Answer     string  `json:"answer"`
		Confidence float64 `json:"confidence"`
	}
	if err := json.Unmarshal([]byte(comp.Text), &out); err != nil {
		return arm.Result{}, arm.Errorf(arm.CodeExecution, "bad model output")
	}
	return arm.Result{Output: out.Answer, Confidence: out.Confidence, Model: comp.Model}, nil
}

var variantRE = regexp.MustCompile(`variant=(\d+) seed=(\d+)`)

// fleet starts a fake model whose answer to variant i is answers[i] (a
// JSON reply), "FAIL" (HTTP 500) or, for the arbitration prompt, judge.
func fleet(t *testing.T, answers []string, judge string) (swarm.Caller, []string, arm.Completer, *llmtest.Server) {
	t.Helper()
	srv := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(func(c llmtest.Call) llmtest.Reply {
		u := c.LastUser()
		if strings.Contains(u, "Proposals:") {
			return llmtest.Reply{Content: judge}
		}
		m := variantRE.FindStringSubmatch(u)
		if m == nil {
			return llmtest.Reply{Status: 400}
		}
		i, _ := strconv.Atoi(m[1])
		seed, _ := strconv.Atoi(m[2])
		if seed != i+1 {
			return llmtest.Reply{Status: 400, ErrorMessage: "seed must be variant+1"}
		}
		if answers[i] == "FAIL" {
			return llmtest.Reply{Status: 500}
		}
		return llmtest.Reply{Content: answers[i]}
	}))
	p, err := llmopenai.New(llmopenai.Config{BaseURL: srv.URL, APIKey: "k", Model: "fake"})
	if err != nil {
		t.Fatal(err)
	}
	model := arm.LLMCompleter{Provider: p}
	reg := arm.NewRegistry(arm.RegistryConfig{})
	ids := []string{"coder-001", "coder-002"}
	for _, id := range ids {
		if err := reg.Register(&llmArm{id: id, model: model}); err != nil {
			t.Fatal(err)
		}
	}
	return reg.Call, ids, model, srv
}

func ans(answer string, conf float64) string {
	b, _ := json.Marshal(map[string]any{"answer": answer, "confidence": conf})
	return string(b)
}

var goal = swarm.Task{ID: "t1", Goal: "Explain why the nightly build fails", Priority: "critical"}

func TestRunAgreeingProposals(t *testing.T) {
	t.Parallel()
	call, ids, _, _ := fleet(t, []string{
		ans("the build fails because the go toolchain version was bumped", 0.8),
		ans("the build fails because the go toolchain version was bumped", 0.75),
		ans("the build fails because the go toolchain version was bumped last night", 0.7),
		ans("the build fails because the go toolchain version was bumped", 0.8),
		ans("the build fails because the toolchain version was bumped", 0.72),
	}, "")
	res, err := swarm.Run(context.Background(), call, ids, goal, arm.Request{TaskID: "t1", StepID: "s1", Action: "explain", Inputs: map[string]any{"goal": goal.Goal}},
		swarm.Config{Size: swarm.Size(goal, 0, 0), EarlyConsensus: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.AllProposals) != 5 || res.Conflict != nil || res.ConsensusScore < 0.8 || res.AggregationMethod != swarm.StrategyRanked {
		t.Fatalf("result: %+v", res)
	}
	if res.FinalAnswer != "the build fails because the go toolchain version was bumped" || res.Output.Model == "" {
		t.Fatalf("answer %q", res.FinalAnswer)
	}
	arms := map[string]int{}
	for _, p := range res.AllProposals {
		arms[p.ArmID]++
		if p.Status != swarm.StatusCompleted || len(p.ContentHash) != 16 {
			t.Fatalf("proposal %+v", p)
		}
	}
	if arms["coder-001"] != 3 || arms["coder-002"] != 2 {
		t.Fatalf("variants not spread over the arms: %v", arms)
	}
}

func TestRunDisagreeingProposalsGoToTheJudge(t *testing.T) {
	t.Parallel()
	call, ids, model, srv := fleet(t, []string{
		ans("a race condition in the scheduler drops jobs", 0.8),
		ans("the disk on the build runner is full", 0.85),
		ans("an expired signing certificate breaks the release step", 0.7),
	}, `{"selected_proposal": 1, "rationale": "the runner logs show ENOSPC", "confidence": 0.9}`)
	task := swarm.Task{ID: "t2", Goal: "Explain why the nightly build fails", Priority: "high"}
	res, err := swarm.Run(context.Background(), call, ids, task, arm.Request{TaskID: "t2", Inputs: map[string]any{"goal": task.Goal}},
		swarm.Config{Size: 3, Arbiter: swarm.LLMArbiter{Model: model}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Conflict == nil || res.Conflict.Type != "low_consensus" || res.Conflict.Severity != "high" || res.Conflict.Resolution != "judge_arbitration" {
		t.Fatalf("conflict %+v", res.Conflict)
	}
	if !strings.HasSuffix(res.AggregationMethod, "_with_judge") || res.FinalAnswer != "the disk on the build runner is full" {
		t.Fatalf("method %s answer %q", res.AggregationMethod, res.FinalAnswer)
	}
	var arb string
	for _, c := range srv.Calls() {
		if strings.Contains(c.LastUser(), "Proposals:") {
			arb = c.LastUser()
		}
	}
	if !strings.Contains(arb, "Task t2-judge-arbitration") || !strings.Contains(arb, "expired signing certificate") {
		t.Fatalf("arbitration prompt:\n%s", arb)
	}
	// Without an arbiter the most confident proposal wins; with
	// RequireConsensus that is an error.
	res, err = swarm.Run(context.Background(), call, ids, task, arm.Request{Inputs: map[string]any{"goal": task.Goal}}, swarm.Config{Size: 3})
	if err != nil || res.FinalAnswer != "the disk on the build runner is full" || res.Conflict.Resolution != "confidence" {
		t.Fatalf("no arbiter: %+v %v", res, err)
	}
	if _, err := swarm.Run(context.Background(), call, ids, task, arm.Request{Inputs: map[string]any{"goal": task.Goal}}, swarm.Config{Size: 3, RequireConsensus: true}); !errors.Is(err, swarm.ErrNoConsensus) {
		t.Fatalf("require consensus: %v", err)
	}
}

func TestRunFailingProposals(t *testing.T) {
	t.Parallel()
	call, ids, _, _ := fleet(t, []string{"FAIL", ans("yes", 0.6), ans("yes", 0.9), "FAIL"}, "")
	task := swarm.Task{ID: "t3", Goal: "Is the port open?", Priority: "high"}
	res, err := swarm.Run(context.Background(), call, ids, task, arm.Request{Inputs: map[string]any{"goal": task.Goal}}, swarm.Config{Size: 4, EarlyConsensus: 1})
	if err != nil {
		t.Fatal(err)
	}
	failed := 0
	for _, p := range res.AllProposals {
		if p.Status == swarm.StatusFailed {
			failed++
			if p.Confidence != 0 || p.Error == "" {
				t.Fatalf("failed proposal %+v", p)
			}
		}
	}
	if failed != 2 || res.FinalAnswer != "yes" || res.AggregationMethod != swarm.StrategyMajority || res.ConsensusScore != 1 || res.Winner.Confidence != 0.9 {
		t.Fatalf("result %+v", res)
	}
	call, ids, _, _ = fleet(t, []string{"FAIL", "FAIL"}, "")
	if _, err := swarm.Run(context.Background(), call, ids, task, arm.Request{Inputs: map[string]any{"goal": task.Goal}}, swarm.Config{Size: 2}); !errors.Is(err, swarm.ErrAllFailed) {
		t.Fatalf("all failed: %v", err)
	}
}

func TestRunEarlyTermination(t *testing.T) {
	t.Parallel()
	// Variants 2–4 hang until cancelled; 0 and 1 agree at once.
	slow := func(ctx context.Context, armID string, req arm.Request) (arm.Result, error) {
		if v := req.Inputs["swarm_variant"].(int); v >= 2 {
			<-ctx.Done()
			return arm.Result{}, ctx.Err()
		}
		return arm.Result{Output: "the answer is 42", Confidence: 0.8}, nil
	}
	res, err := swarm.Run(context.Background(), slow, []string{"a"}, goal, arm.Request{}, swarm.Config{Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	rejected := 0
	for _, p := range res.AllProposals {
		if p.Status == swarm.StatusRejected {
			rejected++
		}
	}
	if !res.EarlyTerminated || rejected != 3 || res.FinalAnswer != "the answer is 42" {
		t.Fatalf("early termination: %+v", res)
	}
}

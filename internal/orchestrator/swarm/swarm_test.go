package swarm

import (
	"math"
	"testing"
)

func cfg() Config {
	var c Config
	c.FillDefaults()
	return c
}

func prop(arm string, variant int, content string, conf float64) Proposal {
	return Proposal{ArmID: arm, Variant: variant, Content: content, Confidence: conf, Status: StatusCompleted, Hash: Hash(content)}
}

func failed(arm string, variant int) Proposal {
	return Proposal{ArmID: arm, Variant: variant, Status: StatusFailed, Error: "boom"}
}

func TestActivate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		task Task
		want bool
	}{
		{"critical", Task{Goal: "summarise the notes", Priority: "critical"}, true},
		{"high", Task{Goal: "summarise the notes", Priority: "high"}, true},
		{"medium", Task{Goal: "summarise the notes", Priority: "medium", MaxCostUSD: 1}, false},
		{"forced", Task{Goal: "x", Priority: "low", ForceSwarm: true}, true},
		{"complex", Task{Goal: "x", ComplexityScore: 0.71}, true},
		{"not complex enough", Task{Goal: "x", ComplexityScore: 0.7}, false},
		{"security goal", Task{Goal: "Audit the login flow"}, true},
		{"vulnerability goal", Task{Goal: "find the vulnerability in parser.go"}, true},
		{"word inside another", Task{Goal: "auditorium seating plan"}, false},
		{"rich budget", Task{Goal: "x", MaxCostUSD: 1.5}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, why := Activate(tt.task)
			if got != tt.want || (got && why == "") {
				t.Fatalf("Activate = %v %q, want %v", got, why, tt.want)
			}
		})
	}
}

func TestSize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		task Task
		c    Config
		want int
	}{
		{"default", Task{Priority: "medium"}, Config{Size: 3}, 3},
		{"critical", Task{Priority: "critical"}, Config{Size: 3}, 5},
		{"complex", Task{ComplexityScore: 0.9}, Config{Size: 3}, 4},
		{"cheap", Task{Priority: "critical", MaxCostUSD: 0.4}, Config{Size: 3}, 2},
		{"hurried", Task{Priority: "critical", MaxTimeSeconds: 20}, Config{Size: 3}, 3},
		{"configured large", Task{}, Config{Size: 12}, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := tt.c
			c.FillDefaults()
			if got := Size(tt.task, c); got != tt.want {
				t.Fatalf("Size = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestSimilarityAndConsensus(t *testing.T) {
	t.Parallel()
	if s := Similarity("The port is 8080", "the PORT is 8080"); s != 1 {
		t.Fatalf("same words: %v", s)
	}
	if s := Similarity("a b c d", "a b x y"); math.Abs(s-2.0/6) > 1e-9 {
		t.Fatalf("half overlap: %v", s)
	}
	ps := []Proposal{prop("a", 0, "a b c d", 1), prop("b", 1, "a b c d", 1), prop("c", 2, "w x y z", 1), failed("d", 3)}
	if c := Consensus(ps); math.Abs(c-1.0/3) > 1e-9 {
		t.Fatalf("consensus %v, want 1/3 (failed proposals excluded)", c)
	}
	if c := Consensus([]Proposal{prop("a", 0, "x", 1), failed("b", 1)}); c != 1 {
		t.Fatalf("one proposal: %v", c)
	}
	if h := Hash("abc"); len(h) != 16 || h != "ba7816bf8f01cfea" {
		t.Fatalf("hash %q", h)
	}
}

func TestSelectArmsDiverseAndPadded(t *testing.T) {
	t.Parallel()
	cands := []Candidate{
		{ArmID: "coder-large", Words: Words("code generation debugging refactoring python go"), SuccessRate: 0.9},
		{ArmID: "coder-copy", Words: Words("code generation debugging refactoring python go"), SuccessRate: 0.95},
		{ArmID: "retriever", Words: Words("search documentation knowledge base"), SuccessRate: 1},
		{ArmID: "guardian", Words: Words("pii secrets policy"), SuccessRate: 1},
	}
	picks := SelectArms("debug the python code", cands, 3, cfg())
	if len(picks) != 3 {
		t.Fatalf("picks %+v", picks)
	}
	// coder-copy scores highest; coder-large has the same words and is
	// skipped for diversity; the retriever and guardian follow on success
	// rate.
	if picks[0].ArmID != "coder-copy" || picks[1].ArmID == "coder-large" || picks[2].ArmID == "coder-large" {
		t.Fatalf("picks %+v", picks)
	}
	for i, p := range picks {
		if p.Variant != i {
			t.Fatalf("variant %d of pick %d", p.Variant, i)
		}
	}
	// Fewer diverse arms than proposals: arms are reused as variants.
	one := SelectArms("debug", cands[:2], 4, cfg())
	if len(one) != 4 || one[0].ArmID != one[1].ArmID || one[3].Variant != 3 {
		t.Fatalf("padded picks %+v", one)
	}
	if SelectArms("x", nil, 3, cfg()) != nil {
		t.Fatal("picks without candidates")
	}
}

func TestAggregationStrategies(t *testing.T) {
	t.Parallel()
	ps := []Proposal{
		prop("a", 0, "the answer is 42", 0.6),
		prop("b", 1, "the answer is 42", 0.5),
		prop("c", 2, "the answer is 41 clearly", 0.95),
		failed("d", 3),
		prop("e", 4, "it is unknowable", 0.7),
	}
	c := cfg()
	tests := []struct {
		strategy string
		want     int
	}{
		// Two votes for "42" beat one each for the others.
		{StrategyMajority, 0},
		// Groups: {42 ×2: 1.1}, {41: 0.95}, {unknowable: 0.7}.
		{StrategyWeighted, 0},
		{StrategyMaxConfidence, 2},
		{StrategyRankedChoice, 0},
	}
	for _, tt := range tests {
		if got := Aggregate(ps, tt.strategy, c); got != tt.want {
			t.Errorf("%s picked %d (%q), want %d", tt.strategy, got, ps[max(got, 0)].Content, tt.want)
		}
	}
	if got := Aggregate([]Proposal{failed("a", 0), failed("b", 1)}, StrategyWeighted, c); got != -1 {
		t.Fatalf("all failed: %d", got)
	}
}

func TestBordaPrefersTheBroadlyAcceptableAnswer(t *testing.T) {
	t.Parallel()
	// Three voters each rank by similarity to their own answer: "a b c"
	// is everyone's first or second choice, while each extreme is last for
	// the other extreme.
	ps := []Proposal{
		prop("x", 0, "a b c d", 0.8),
		prop("y", 1, "a b c", 0.8),
		prop("z", 2, "a b c e", 0.8),
	}
	if got := Aggregate(ps, StrategyRankedChoice, cfg()); got != 1 {
		t.Fatalf("borda picked %d", got)
	}
}

func TestChooseStrategy(t *testing.T) {
	t.Parallel()
	c := cfg()
	yes := []Proposal{prop("a", 0, "yes", 0.6), prop("b", 1, "yes", 0.7), prop("c", 2, "no", 0.6)}
	if s := ChooseStrategy(yes, "critical", c); s != StrategyMajority {
		t.Fatalf("discrete: %s", s)
	}
	long := []Proposal{prop("a", 0, "a long answer with many words", 0.6), prop("b", 1, "another long answer with words", 0.65)}
	if s := ChooseStrategy(long, "critical", c); s != StrategyRankedChoice {
		t.Fatalf("critical: %s", s)
	}
	spread := []Proposal{prop("a", 0, "a long answer with many words", 0.2), prop("b", 1, "another long answer with words", 0.9)}
	if s := ChooseStrategy(spread, "critical", c); s != StrategyWeighted {
		t.Fatalf("spread: %s", s)
	}
	if s := ChooseStrategy(long, "high", c); s != StrategyWeighted {
		t.Fatalf("default: %s", s)
	}
	c.Strategy = StrategyMaxConfidence
	if s := ChooseStrategy(yes, "low", c); s != StrategyMaxConfidence {
		t.Fatalf("forced: %s", s)
	}
}

func TestDetectConflict(t *testing.T) {
	t.Parallel()
	c := cfg()
	agree := []Proposal{prop("a", 0, "port 8080 is open", 0.9), prop("b", 1, "port 8080 is open", 0.8), prop("c", 2, "port 8080 is open", 0.7)}
	if k := DetectConflict(agree, c); k != nil {
		t.Fatalf("agreeing proposals conflict: %+v", k)
	}
	// Two camps of equal weight: a contradiction between their leaders.
	split := []Proposal{
		prop("a", 0, "the service is vulnerable to injection", 0.9),
		prop("b", 1, "the service is vulnerable to injection", 0.6),
		prop("c", 2, "no injection is possible here at all", 0.8),
		prop("d", 3, "no injection is possible here at all", 0.7),
		failed("e", 4),
	}
	k := DetectConflict(split, c)
	if k == nil || k.Kind != ConflictContradiction || len(k.Contenders) != 2 || k.Contenders[0] != 0 || k.Contenders[1] != 2 {
		t.Fatalf("split: %+v", k)
	}
	// One strong answer and scattered others: low consensus, no
	// contradiction.
	scattered := []Proposal{prop("a", 0, "alpha beta", 0.9), prop("b", 1, "gamma delta", 0.1), prop("c", 2, "epsilon zeta", 0.1), prop("d", 3, "eta theta", 0.1)}
	k = DetectConflict(scattered, c)
	if k == nil || k.Kind != ConflictLowConsensus || k.Severity != "high" {
		t.Fatalf("scattered: %+v", k)
	}
}

func TestArbitrate(t *testing.T) {
	t.Parallel()
	if p, c := Arbitrate([]Verdict{{Proposal: 0, Valid: false, Confidence: 0.9}, {Proposal: 2, Valid: true, Confidence: 0.8}, {Proposal: 3, Valid: true}}); p != 2 || c != 0.8 {
		t.Fatalf("got %d %v", p, c)
	}
	if p, c := Arbitrate([]Verdict{{Proposal: 3, Valid: true}}); p != 3 || c != 0.7 {
		t.Fatalf("default confidence: %d %v", p, c)
	}
	if p, _ := Arbitrate([]Verdict{{Proposal: 1, Valid: false}}); p != -1 {
		t.Fatalf("none valid: %d", p)
	}
}

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	if err := (Config{Strategy: "plurality"}).Validate(); err == nil {
		t.Fatal("unknown strategy accepted")
	}
	c := cfg()
	if err := c.Validate(); err != nil || c.Size != 3 || c.ConsensusThreshold != 0.6 {
		t.Fatalf("defaults %+v %v", c, err)
	}
}

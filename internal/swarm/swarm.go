// Package swarm is the swarm decision-making of spec §2.2 "Swarm": when a
// task runs as a swarm (activation rules), how many proposals it gets
// (size), which diverse arms produce them (selection), running the
// variants in parallel with distinct seeds, and turning the proposals into
// one answer — majority vote, confidence-weighted vote, ranked choice
// (Borda) or maximum confidence — with conflict detection, arbitration by
// a judge when confident proposals disagree, and a consensus score.
//
// It is a library the orchestrator calls for a step: it does not know
// about tasks in the store, only about arms (through Caller) and the
// request to send them. Everything it decides is returned in Result so
// that it can be shown in the task result and provenance.
package swarm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/octollm/octollm/internal/arm"
)

// Aggregation strategies.
const (
	StrategyMajority      = "majority_vote"
	StrategyWeighted      = "weighted_vote"
	StrategyRanked        = "ranked_choice"
	StrategyConfidenceMax = "confidence_max"
)

// Proposal statuses.
const (
	StatusCompleted = "completed"
	StatusFailed    = "failed"
	StatusRejected  = "rejected"
)

// Task is what the activation and size rules look at.
type Task struct {
	ID       string
	Goal     string
	Priority string // low, medium, high, critical
	// Context may carry force_swarm (bool) and complexity_score (0–1).
	Context map[string]any
	// MaxCostUSD and MaxTimeSeconds are the task budget (0 = unset).
	MaxCostUSD     float64
	MaxTimeSeconds float64
}

var riskyWords = []string{"security", "vulnerability", "vulnerabilities", "exploit", "penetration", "audit"}

func complexity(t Task) float64 {
	switch v := t.Context["complexity_score"].(type) {
	case float64:
		return v
	case int:
		return float64(v)
	}
	return 0
}

// Activate reports whether t runs as a swarm, and why: priority high or
// critical, context.force_swarm, context.complexity_score > 0.7, a goal
// about security (security, vulnerability, exploit, penetration, audit),
// or a budget above $1.
func Activate(t Task) (bool, string) {
	switch {
	case t.Priority == "high" || t.Priority == "critical":
		return true, "priority " + t.Priority
	case t.Context["force_swarm"] == true:
		return true, "context.force_swarm"
	case complexity(t) > 0.7:
		return true, fmt.Sprintf("complexity_score %.2f > 0.7", complexity(t))
	}
	for _, w := range words(t.Goal) {
		if slices.Contains(riskyWords, w) {
			return true, "goal mentions " + w
		}
	}
	if t.MaxCostUSD > 1 {
		return true, fmt.Sprintf("budget $%.2f > $1", t.MaxCostUSD)
	}
	return false, ""
}

// Size is the number of proposals: 3 by default, 5 for high or critical
// priority, at least 4 for complexity above 0.7, 2 when the budget is
// under $0.50, at most 3 when the time budget is under 30 s; clamped to
// [min, max] (default 2–10).
func Size(t Task, minSize, maxSize int) int {
	if minSize <= 0 {
		minSize = 2
	}
	if maxSize <= 0 {
		maxSize = 10
	}
	n := 3
	if t.Priority == "high" || t.Priority == "critical" {
		n = 5
	}
	if complexity(t) > 0.7 {
		n = max(n, 4)
	}
	if t.MaxCostUSD > 0 && t.MaxCostUSD < 0.5 {
		n = 2
	}
	if t.MaxTimeSeconds > 0 && t.MaxTimeSeconds < 30 {
		n = min(n, 3)
	}
	return min(max(n, minSize), maxSize)
}

// words lower-cases s and splits it into words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
}

func jaccard(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	set := map[string]int{}
	for _, w := range a {
		set[w] |= 1
	}
	for _, w := range b {
		set[w] |= 2
	}
	inter := 0
	for _, v := range set {
		if v == 3 {
			inter++
		}
	}
	return float64(inter) / float64(len(set))
}

// capabilityWords are the words of an arm's capability tags, type and
// description.
func capabilityWords(c arm.Capability) []string {
	var w []string
	for _, t := range c.Capabilities {
		w = append(w, words(strings.ReplaceAll(t, "_", " "))...)
	}
	w = append(w, words(c.Type)...)
	return append(w, words(c.Description)...)
}

// SelectArms orders candidates for a swarm: each non-judge arm scores
// 0.6·Jaccard(goal words, capability words) + 0.4·success rate; the best
// is taken first, and an arm whose capability words overlap an already
// chosen arm's by more than 0.7 (Jaccard) is skipped, so the chosen arms
// differ. At most n arms are returned.
func SelectArms(goal string, candidates []arm.Status, n int) []arm.Status {
	gw := words(goal)
	type scored struct {
		s     arm.Status
		score float64
		w     []string
	}
	var all []scored
	for _, c := range candidates {
		if c.Type == arm.TypeJudge {
			continue
		}
		w := capabilityWords(c.Capability)
		all = append(all, scored{s: c, score: 0.6*jaccard(gw, w) + 0.4*c.SuccessRate, w: w})
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		return all[i].s.ArmID < all[j].s.ArmID
	})
	var out []arm.Status
	var chosen [][]string
	for _, c := range all {
		if len(out) >= n {
			break
		}
		similar := false
		for _, w := range chosen {
			if jaccard(w, c.w) > 0.7 {
				similar = true
				break
			}
		}
		if similar {
			continue
		}
		out = append(out, c.s)
		chosen = append(chosen, c.w)
	}
	return out
}

// Proposal is one variant's answer.
type Proposal struct {
	Variant         int            `json:"variant"`
	ArmID           string         `json:"arm_id"`
	Content         string         `json:"content"`
	Confidence      float64        `json:"confidence"`
	Rationale       string         `json:"rationale,omitempty"`
	ExecutionTimeMS float64        `json:"execution_time_ms"`
	Status          string         `json:"status"`
	Error           string         `json:"error,omitempty"`
	ContentHash     string         `json:"content_hash"`
	Metadata        map[string]any `json:"metadata,omitempty"`
	// result is the arm's full result (for the winner's data).
	result arm.Result
}

// ContentHash is the first 16 hex digits of the SHA-256 of the content
// with surrounding space trimmed.
func ContentHash(content string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(content)))
	return hex.EncodeToString(sum[:])[:16]
}

// Similarity is the Jaccard similarity of the lower-cased whitespace
// tokens of two contents (spec §2.2).
func Similarity(a, b string) float64 {
	return jaccard(strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b)))
}

// Consensus is the mean pairwise similarity of the contents (1 for fewer
// than two).
func Consensus(ps []Proposal) float64 {
	if len(ps) < 2 {
		return 1
	}
	var s float64
	n := 0
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			s += Similarity(ps[i].Content, ps[j].Content)
			n++
		}
	}
	return s / float64(n)
}

// discrete reports whether every answer is a short token answer (yes/no,
// a number, a label): majority voting fits those.
func discrete(ps []Proposal) bool {
	for _, p := range ps {
		if len(strings.Fields(p.Content)) > 3 || len(p.Content) > 40 {
			return false
		}
	}
	return len(ps) > 0
}

// ChooseStrategy picks the aggregation: discrete answers → majority vote;
// confidences spread by more than 0.3 → weighted vote; critical priority →
// ranked choice; otherwise weighted vote.
func ChooseStrategy(ps []Proposal, priority string) string {
	if discrete(ps) {
		return StrategyMajority
	}
	lo, hi := 1.0, 0.0
	for _, p := range ps {
		lo, hi = min(lo, p.Confidence), max(hi, p.Confidence)
	}
	if hi-lo > 0.3 {
		return StrategyWeighted
	}
	if priority == "critical" {
		return StrategyRanked
	}
	return StrategyWeighted
}

// Aggregate returns the index (into ps, all completed) of the winning
// proposal under strategy.
func Aggregate(ps []Proposal, strategy string) (int, error) {
	if len(ps) == 0 {
		return -1, errors.New("swarm: no completed proposal to aggregate")
	}
	best := func(idx []int) int { // highest confidence, then lowest variant
		b := idx[0]
		for _, i := range idx[1:] {
			if ps[i].Confidence > ps[b].Confidence || ps[i].Confidence == ps[b].Confidence && ps[i].Variant < ps[b].Variant {
				b = i
			}
		}
		return b
	}
	switch strategy {
	case StrategyMajority:
		groups := map[string][]int{}
		var order []string
		for i, p := range ps {
			h := ContentHash(strings.ToLower(p.Content))
			if _, ok := groups[h]; !ok {
				order = append(order, h)
			}
			groups[h] = append(groups[h], i)
		}
		win := order[0]
		for _, h := range order[1:] {
			g, w := groups[h], groups[win]
			if len(g) > len(w) || len(g) == len(w) && sumConf(ps, g) > sumConf(ps, w) {
				win = h
			}
		}
		return best(groups[win]), nil
	case StrategyWeighted:
		// Greedy groups: a proposal joins the first group whose first
		// member it resembles (similarity ≥ 0.8); the group with the
		// largest total confidence wins with its most confident member.
		var groups [][]int
		for i := range ps {
			placed := false
			for g := range groups {
				if Similarity(ps[groups[g][0]].Content, ps[i].Content) >= 0.8 {
					groups[g] = append(groups[g], i)
					placed = true
					break
				}
			}
			if !placed {
				groups = append(groups, []int{i})
			}
		}
		win := groups[0]
		for _, g := range groups[1:] {
			if sumConf(ps, g) > sumConf(ps, win) {
				win = g
			}
		}
		return best(win), nil
	case StrategyRanked:
		// Borda count: every proposal ranks all proposals by its
		// similarity to them times their confidence (itself first) and
		// gives N−1 … 0 points down its ranking.
		n := len(ps)
		points := make([]int, n)
		for v := range ps {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			key := func(i int) float64 {
				if i == v {
					return math.Inf(1)
				}
				return Similarity(ps[v].Content, ps[i].Content) * ps[i].Confidence
			}
			sort.SliceStable(order, func(a, b int) bool { return key(order[a]) > key(order[b]) })
			for r, i := range order {
				points[i] += n - 1 - r
			}
		}
		win := 0
		for i := 1; i < n; i++ {
			if points[i] > points[win] || points[i] == points[win] && ps[i].Confidence > ps[win].Confidence {
				win = i
			}
		}
		return win, nil
	case StrategyConfidenceMax:
		idx := make([]int, len(ps))
		for i := range idx {
			idx[i] = i
		}
		return best(idx), nil
	}
	return -1, fmt.Errorf("swarm: unknown aggregation strategy %q", strategy)
}

func sumConf(ps []Proposal, idx []int) float64 {
	var s float64
	for _, i := range idx {
		s += ps[i].Confidence
	}
	return s
}

// Arbitration is a judge's decision between disagreeing proposals.
type Arbitration struct {
	// Selected is the index into the proposals given to the arbiter.
	Selected   int     `json:"selected_proposal"`
	Rationale  string  `json:"rationale"`
	Confidence float64 `json:"confidence"`
}

// Arbiter settles a conflict (the judge, through a model).
type Arbiter interface {
	Arbitrate(ctx context.Context, taskID, goal string, proposals []Proposal) (Arbitration, error)
}

// Caller runs one arm call (the orchestrator's arm.Registry.Call).
type Caller func(ctx context.Context, armID string, req arm.Request) (arm.Result, error)

// Config configures Run.
type Config struct {
	// Size is the number of proposals (use Size); 2–10.
	Size int
	// Strategy forces an aggregation strategy; empty chooses one per
	// ChooseStrategy.
	Strategy string
	// Timeout bounds each variant (default 60 s, 10–600 s).
	Timeout time.Duration
	// ConsensusThreshold is the mean similarity under which proposals
	// conflict (default 0.6).
	ConsensusThreshold float64
	// RequireConsensus fails the swarm when consensus stays below the
	// threshold after arbitration.
	RequireConsensus bool
	// EarlyConsensus stops waiting for the remaining variants once at
	// least two proposals agree this much (default 0.9; ≥ 1 disables).
	EarlyConsensus float64
	// Arbiter settles conflicts between confident proposals; nil settles
	// them by confidence.
	Arbiter Arbiter
	// Logger (default discards).
	Logger *slog.Logger
}

// Conflict describes a disagreement.
type Conflict struct {
	Type       string `json:"type"` // low_consensus
	Severity   string `json:"severity"`
	Resolution string `json:"resolution"` // confidence, judge_arbitration
	Rationale  string `json:"rationale,omitempty"`
}

// Result is spec §2.2's SwarmResult.
type Result struct {
	FinalAnswer       string     `json:"final_answer"`
	Winner            *Proposal  `json:"winner"`
	AllProposals      []Proposal `json:"all_proposals"`
	AggregationMethod string     `json:"aggregation_method"`
	ConsensusScore    float64    `json:"consensus_score"`
	ExecutionTimeMS   float64    `json:"execution_time_ms"`
	Conflict          *Conflict  `json:"conflict,omitempty"`
	EarlyTerminated   bool       `json:"early_terminated,omitempty"`
	// Output is the winner's full arm result.
	Output arm.Result `json:"-"`
}

// ErrNoConsensus is returned when RequireConsensus is set and the
// proposals do not agree.
var ErrNoConsensus = errors.New("swarm: proposals did not reach consensus")

// ErrAllFailed is returned when every variant failed.
var ErrAllFailed = errors.New("swarm: every proposal failed")

// Run sends req to the arms in parallel — variant i goes to arms[i mod
// len(arms)] with inputs swarm_variant = i and swarm_seed = i+1 — and
// aggregates the proposals. Failed variants become failed proposals
// (confidence 0) and take no part in the vote.
func Run(ctx context.Context, call Caller, arms []string, task Task, req arm.Request, cfg Config) (Result, error) {
	start := time.Now()
	if len(arms) == 0 {
		return Result{}, errors.New("swarm: no arm to run")
	}
	if cfg.Size < 2 || cfg.Size > 10 {
		return Result{}, fmt.Errorf("swarm: size %d is not in 2-10", cfg.Size)
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 60 * time.Second
	}
	if cfg.ConsensusThreshold == 0 {
		cfg.ConsensusThreshold = 0.6
	}
	if cfg.EarlyConsensus == 0 {
		cfg.EarlyConsensus = 0.9
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	props := make([]Proposal, cfg.Size)
	done := make(chan int, cfg.Size)
	var wg sync.WaitGroup
	for i := range cfg.Size {
		wg.Go(func() {
			armID := arms[i%len(arms)]
			r := req
			r.Inputs = maps(req.Inputs)
			r.Inputs["swarm_variant"] = i
			r.Inputs["swarm_seed"] = i + 1
			r.StepID = fmt.Sprintf("%s#v%d", req.StepID, i)
			r.Timeout = cfg.Timeout
			vctx, vcancel := context.WithTimeout(runCtx, cfg.Timeout)
			defer vcancel()
			t0 := time.Now()
			res, err := call(vctx, armID, r)
			p := Proposal{Variant: i, ArmID: armID, ExecutionTimeMS: float64(time.Since(t0).Microseconds()) / 1000}
			switch {
			case err != nil && runCtx.Err() != nil && ctx.Err() == nil:
				p.Status, p.Error = StatusRejected, "not needed: the other proposals already agreed"
			case err != nil:
				p.Status, p.Error = StatusFailed, err.Error()
			case strings.TrimSpace(res.Output) == "":
				p.Status, p.Error = StatusFailed, "empty output"
			default:
				p.Status, p.Content, p.result = StatusCompleted, res.Output, res
				p.Confidence = res.Confidence
				if p.Confidence <= 0 || p.Confidence > 1 {
					p.Confidence = 0.5
				}
				if s, ok := res.Data["rationale"].(string); ok {
					p.Rationale = s
				}
			}
			if p.Status != StatusCompleted {
				p.Confidence = 0
			}
			p.ContentHash = ContentHash(p.Content)
			props[i] = p
			done <- i
		})
	}
	// Early termination: once two or more completed proposals agree
	// strongly, the rest are not waited for.
	var early bool
	go func() { wg.Wait(); close(done) }()
	var finished []Proposal
	for i := range done {
		if props[i].Status == StatusCompleted {
			finished = append(finished, props[i])
			if len(finished) >= 2 && len(finished) < cfg.Size && cfg.EarlyConsensus < 1 && Consensus(finished) >= cfg.EarlyConsensus {
				early = true
				cancel()
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	res := Result{AllProposals: props, EarlyTerminated: early}
	var ok []Proposal
	for _, p := range props {
		if p.Status == StatusCompleted {
			ok = append(ok, p)
		}
	}
	if len(ok) == 0 {
		res.ExecutionTimeMS = float64(time.Since(start).Microseconds()) / 1000
		return res, ErrAllFailed
	}
	res.ConsensusScore = math.Round(Consensus(ok)*1e4) / 1e4
	strategy := cfg.Strategy
	if strategy == "" {
		strategy = ChooseStrategy(ok, task.Priority)
	}
	win, err := Aggregate(ok, strategy)
	if err != nil {
		return res, err
	}
	res.AggregationMethod = strategy
	if len(ok) >= 2 && res.ConsensusScore < cfg.ConsensusThreshold {
		c := &Conflict{Type: "low_consensus", Severity: "medium", Resolution: "confidence"}
		if res.ConsensusScore < 0.4 {
			c.Severity = "high"
		}
		// Disagreement is resolved by confidence, unless two or more
		// proposals are confident (≥ 0.6): that is a contradiction, and a
		// judge arbitrates when one is configured.
		confident := 0
		for _, p := range ok {
			if p.Confidence >= 0.6 {
				confident++
			}
		}
		win, _ = Aggregate(ok, StrategyConfidenceMax)
		if confident >= 2 && cfg.Arbiter != nil {
			a, aerr := cfg.Arbiter.Arbitrate(ctx, task.ID+"-judge-arbitration", task.Goal, ok)
			switch {
			case aerr != nil:
				cfg.Logger.WarnContext(ctx, "swarm arbitration failed; resolved by confidence", "err", aerr)
				c.Rationale = "arbitration failed: " + aerr.Error()
			case a.Selected < 0 || a.Selected >= len(ok):
				c.Rationale = fmt.Sprintf("arbiter selected proposal %d of %d; resolved by confidence", a.Selected, len(ok))
			default:
				win = a.Selected
				c.Resolution, c.Rationale = "judge_arbitration", a.Rationale
				res.AggregationMethod = strategy + "_with_judge"
			}
		}
		res.Conflict = c
		if cfg.RequireConsensus && c.Resolution != "judge_arbitration" {
			res.Winner = &ok[win]
			res.FinalAnswer = ok[win].Content
			res.ExecutionTimeMS = float64(time.Since(start).Microseconds()) / 1000
			return res, ErrNoConsensus
		}
	}
	w := ok[win]
	res.Winner = &w
	res.FinalAnswer = w.Content
	res.Output = w.result
	res.ExecutionTimeMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

func maps(m map[string]any) map[string]any {
	out := make(map[string]any, len(m)+2)
	for k, v := range m {
		out[k] = v
	}
	return out
}

// LLMArbiter is an Arbiter that asks a model, as the judge would, which
// proposal best achieves the goal.
type LLMArbiter struct {
	Model arm.Completer
}

var _ Arbiter = LLMArbiter{}

// Arbitrate implements Arbiter.
func (a LLMArbiter) Arbitrate(ctx context.Context, taskID, goal string, ps []Proposal) (Arbitration, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "Task %s\nGoal: %s\n\nProposals:\n", taskID, goal)
	for i, p := range ps {
		c := []rune(p.Content)
		if len(c) > 2000 {
			c = append(c[:2000], '…')
		}
		fmt.Fprintf(&b, "[%d] (arm %s, confidence %.2f)\n%s\n\n", i, p.ArmID, p.Confidence, string(c))
	}
	comp, err := a.Model.Complete(ctx, arm.Prompt{
		System: `You are the judge arbitrating between proposals that disagree. Pick the one that best and most correctly achieves the goal. ` +
			`Reply with JSON: {"selected_proposal": <index>, "rationale": string, "confidence": number between 0 and 1}.`,
		User: b.String(), JSON: true, Temperature: 0,
	})
	if err != nil {
		return Arbitration{}, err
	}
	var out struct {
		Selected   *int     `json:"selected_proposal"`
		Rationale  string   `json:"rationale"`
		Confidence *float64 `json:"confidence"`
	}
	t := strings.TrimSpace(comp.Text)
	if i, j := strings.Index(t, "{"), strings.LastIndex(t, "}"); i >= 0 && j > i {
		t = t[i : j+1]
	}
	if err := json.Unmarshal([]byte(t), &out); err != nil || out.Selected == nil {
		return Arbitration{}, fmt.Errorf("swarm: arbiter reply is not the JSON asked for: %q", comp.Text)
	}
	conf := 0.7
	if out.Confidence != nil {
		conf = min(max(*out.Confidence, 0), 1)
	}
	return Arbitration{Selected: *out.Selected, Rationale: out.Rationale, Confidence: conf}, nil
}

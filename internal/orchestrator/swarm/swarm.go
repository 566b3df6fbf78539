// Package swarm holds the decisions of OctoLLM's swarm mode (spec §2.2
// "Swarm"): when a task runs as a swarm, how many proposals it gets, which
// arms make them, how similar they are, how they are aggregated (majority
// vote, confidence-weighted vote, Borda count, maximum confidence), when
// they conflict, and how a judge's verdicts settle a conflict. It is pure
// logic: the orchestrator makes the arm calls and records the outcome.
package swarm

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Aggregation strategies.
const (
	StrategyMajority      = "majority_vote"
	StrategyWeighted      = "weighted_vote"
	StrategyRankedChoice  = "ranked_choice"
	StrategyMaxConfidence = "confidence_max"
)

// Proposal statuses.
const (
	StatusCompleted = "completed"
	StatusFailed    = "failed"
)

// Conflict kinds.
const (
	ConflictLowConsensus  = "low_consensus"
	ConflictContradiction = "contradiction"
)

// Config tunes the swarm (spec SwarmConfig).
type Config struct {
	// Size is the default number of proposals (default 3; 2–10).
	Size int
	// Strategy forces an aggregation strategy; empty chooses per swarm.
	Strategy string
	// ConsensusThreshold is the consensus below which proposals conflict
	// (default 0.6, as the spec's low-consensus rule).
	ConsensusThreshold float64
	// GroupSimilarity is how similar two proposals must be to count as the
	// same answer (default 0.8).
	GroupSimilarity float64
	// DiversityLimit skips an arm whose capability words are more similar
	// than this to an arm already chosen (default 0.7).
	DiversityLimit float64
}

// FillDefaults sets the zero fields to the spec's defaults.
func (c *Config) FillDefaults() {
	if c.Size <= 0 {
		c.Size = 3
	}
	c.Size = min(max(c.Size, 2), 10)
	if c.ConsensusThreshold <= 0 {
		c.ConsensusThreshold = 0.6
	}
	if c.GroupSimilarity <= 0 {
		c.GroupSimilarity = 0.8
	}
	if c.DiversityLimit <= 0 {
		c.DiversityLimit = 0.7
	}
}

// Validate reports a config the swarm cannot use.
func (c Config) Validate() error {
	switch c.Strategy {
	case "", StrategyMajority, StrategyWeighted, StrategyRankedChoice, StrategyMaxConfidence:
	default:
		return fmt.Errorf("swarm: unknown strategy %q", c.Strategy)
	}
	if c.ConsensusThreshold > 1 || c.GroupSimilarity > 1 || c.DiversityLimit > 1 {
		return fmt.Errorf("swarm: thresholds must be at most 1")
	}
	return nil
}

// Task is what the activation and sizing rules look at.
type Task struct {
	Goal     string
	Priority string
	// ForceSwarm is context.force_swarm; ComplexityScore is
	// context.complexity_score (0 when absent).
	ForceSwarm      bool
	ComplexityScore float64
	MaxCostUSD      float64
	MaxTimeSeconds  int
}

var riskyWords = []string{"security", "vulnerability", "vulnerabilities", "exploit", "penetration", "audit"}

// Activate says whether t runs as a swarm, and why.
func Activate(t Task) (bool, string) {
	switch {
	case t.ForceSwarm:
		return true, "context.force_swarm"
	case t.Priority == "critical" || t.Priority == "high":
		return true, "priority " + t.Priority
	case t.ComplexityScore > 0.7:
		return true, fmt.Sprintf("complexity score %.2f", t.ComplexityScore)
	case t.MaxCostUSD > 1.0:
		return true, fmt.Sprintf("cost budget $%.2f", t.MaxCostUSD)
	}
	words := Words(t.Goal)
	for _, w := range riskyWords {
		if slices.Contains(words, w) {
			return true, "high-stakes goal (" + w + ")"
		}
	}
	return false, ""
}

// Size is the number of proposals for t: the default, 5 for high and
// critical priority, at least 4 for complex tasks, 2 on a cost budget under
// $0.50, at most 3 on a time budget under 30 s; always 2–10.
func Size(t Task, c Config) int {
	n := c.Size
	if t.Priority == "critical" || t.Priority == "high" {
		n = 5
	}
	if t.ComplexityScore > 0.7 {
		n = max(n, 4)
	}
	if t.MaxCostUSD > 0 && t.MaxCostUSD < 0.5 {
		n = 2
	}
	if t.MaxTimeSeconds > 0 && t.MaxTimeSeconds < 30 {
		n = min(n, 3)
	}
	return min(max(n, 2), 10)
}

// Words splits text into lower-cased words (letters and digits).
func Words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// Jaccard is |a∩b| / |a∪b| over the distinct members of a and b (1 when
// both are empty).
func Jaccard(a, b []string) float64 {
	sa := map[string]bool{}
	for _, x := range a {
		sa[x] = true
	}
	sb := map[string]bool{}
	for _, x := range b {
		sb[x] = true
	}
	if len(sa) == 0 && len(sb) == 0 {
		return 1
	}
	inter := 0
	for x := range sa {
		if sb[x] {
			inter++
		}
	}
	return float64(inter) / float64(len(sa)+len(sb)-inter)
}

// Similarity of two proposals' contents: Jaccard over lower-cased
// whitespace tokens (spec §2.2).
func Similarity(a, b string) float64 {
	return Jaccard(strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b)))
}

// Candidate is an arm the swarm may ask.
type Candidate struct {
	ArmID string
	// Words describe the arm: its name, description and capability tags.
	Words       []string
	SuccessRate float64
}

// Pick is one proposal to make: an arm and the variant it runs as.
type Pick struct {
	ArmID string `json:"arm_id"`
	// Variant is 0-based; the arm gets it as context.swarm_variant and
	// variant+1 as context.swarm_seed.
	Variant int     `json:"variant"`
	Score   float64 `json:"score"`
}

// SelectArms picks n proposals' arms: every candidate is scored 0.6 ×
// Jaccard(goal words, arm words) + 0.4 × success rate; the best come first,
// skipping an arm whose words are more than DiversityLimit similar to one
// already chosen. When fewer diverse arms than n exist, they are reused in
// score order as further variants (different seeds), so the swarm still has
// n proposals.
func SelectArms(goal string, cands []Candidate, n int, c Config) []Pick {
	if len(cands) == 0 || n <= 0 {
		return nil
	}
	gw := Words(goal)
	type scored struct {
		Candidate
		score float64
	}
	all := make([]scored, len(cands))
	for i, cd := range cands {
		all[i] = scored{cd, 0.6*Jaccard(gw, cd.Words) + 0.4*cd.SuccessRate}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		return all[i].ArmID < all[j].ArmID
	})
	var chosen []scored
	for _, s := range all {
		diverse := true
		for _, ch := range chosen {
			if Jaccard(s.Words, ch.Words) > c.DiversityLimit {
				diverse = false
				break
			}
		}
		if diverse {
			chosen = append(chosen, s)
		}
		if len(chosen) == n {
			break
		}
	}
	picks := make([]Pick, 0, n)
	for i := range n {
		s := chosen[i%len(chosen)]
		picks = append(picks, Pick{ArmID: s.ArmID, Variant: i, Score: math.Round(s.score*1000) / 1000})
	}
	return picks
}

// Proposal is one arm's answer.
type Proposal struct {
	ArmID      string  `json:"arm_id"`
	Variant    int     `json:"variant"`
	Content    string  `json:"content"`
	Confidence float64 `json:"confidence"`
	Status     string  `json:"status"`
	Error      string  `json:"error,omitempty"`
	// Hash is the first 16 hex digits of the SHA-256 of Content.
	Hash            string `json:"content_hash"`
	ExecutionTimeMS int64  `json:"execution_time_ms"`
}

// Hash is a proposal content's hash (spec: first 16 hex of SHA-256).
func Hash(content string) string {
	h := sha256.Sum256([]byte(content))
	return hex.EncodeToString(h[:])[:16]
}

// Consensus is the mean pairwise similarity of the completed proposals (1
// with fewer than two).
func Consensus(ps []Proposal) float64 {
	ok := completed(ps)
	if len(ok) < 2 {
		return 1
	}
	sum, n := 0.0, 0
	for i := range ok {
		for j := i + 1; j < len(ok); j++ {
			sum += Similarity(ok[i].Content, ok[j].Content)
			n++
		}
	}
	return sum / float64(n)
}

func completed(ps []Proposal) []Proposal {
	var out []Proposal
	for _, p := range ps {
		if p.Status == StatusCompleted {
			out = append(out, p)
		}
	}
	return out
}

// ChooseStrategy picks the aggregation strategy (spec order): discrete
// answers (short, some identical) → majority vote; confidences spread by
// more than 0.3 → weighted vote; critical tasks → ranked choice; else
// weighted vote.
func ChooseStrategy(ps []Proposal, priority string, c Config) string {
	if c.Strategy != "" {
		return c.Strategy
	}
	ok := completed(ps)
	if discrete(ok) {
		return StrategyMajority
	}
	lo, hi := 1.0, 0.0
	for _, p := range ok {
		lo, hi = min(lo, p.Confidence), max(hi, p.Confidence)
	}
	if len(ok) > 0 && hi-lo > 0.3 {
		return StrategyWeighted
	}
	if priority == "critical" {
		return StrategyRankedChoice
	}
	return StrategyWeighted
}

// discrete: every answer is short (a few tokens) and some repeat exactly.
func discrete(ps []Proposal) bool {
	if len(ps) < 2 {
		return false
	}
	seen := map[string]int{}
	repeat := false
	for _, p := range ps {
		if len(strings.Fields(p.Content)) > 3 {
			return false
		}
		seen[p.Hash]++
		repeat = repeat || seen[p.Hash] > 1
	}
	return repeat
}

// Group is proposals that give the same answer.
type Group struct {
	// Members index the proposals slice.
	Members []int   `json:"members"`
	Weight  float64 `json:"weight"`
}

// Groups clusters the completed proposals greedily: each joins the first
// group whose first member it is at least GroupSimilarity similar to.
func Groups(ps []Proposal, c Config) []Group {
	var gs []Group
	for i, p := range ps {
		if p.Status != StatusCompleted {
			continue
		}
		placed := false
		for g := range gs {
			if Similarity(ps[gs[g].Members[0]].Content, p.Content) >= c.GroupSimilarity {
				gs[g].Members = append(gs[g].Members, i)
				gs[g].Weight += p.Confidence
				placed = true
				break
			}
		}
		if !placed {
			gs = append(gs, Group{Members: []int{i}, Weight: p.Confidence})
		}
	}
	return gs
}

// Aggregate picks the winning proposal with strategy; it returns its index
// in ps, or -1 when no proposal completed.
func Aggregate(ps []Proposal, strategy string, c Config) int {
	ok := completed(ps)
	if len(ok) == 0 {
		return -1
	}
	switch strategy {
	case StrategyMajority:
		return majority(ps)
	case StrategyRankedChoice:
		return borda(ps)
	case StrategyMaxConfidence:
		return maxConfidence(ps, nil)
	default:
		return weighted(ps, c)
	}
}

// majority: the most frequent content hash wins; ties go to the hash whose
// first proposal came first, and within the hash to the most confident.
func majority(ps []Proposal) int {
	count := map[string]int{}
	first := map[string]int{}
	for i, p := range ps {
		if p.Status != StatusCompleted {
			continue
		}
		count[p.Hash]++
		if _, ok := first[p.Hash]; !ok {
			first[p.Hash] = i
		}
	}
	best := ""
	for h, n := range count {
		if best == "" || n > count[best] || (n == count[best] && first[h] < first[best]) {
			best = h
		}
	}
	return maxConfidence(ps, func(p Proposal) bool { return p.Hash == best })
}

// weighted: the group with the largest summed confidence wins; its most
// confident member is the answer.
func weighted(ps []Proposal, c Config) int {
	gs := Groups(ps, c)
	bestG := 0
	for g := range gs {
		if gs[g].Weight > gs[bestG].Weight {
			bestG = g
		}
	}
	return bestOf(ps, gs[bestG].Members)
}

// bestOf is the most confident of the proposals at idx, the earliest on
// ties.
func bestOf(ps []Proposal, idx []int) int {
	best := -1
	for _, i := range idx {
		if best < 0 || ps[i].Confidence > ps[best].Confidence {
			best = i
		}
	}
	return best
}

// borda: each voter (proposal) ranks the distinct answers by their
// similarity to its own, most similar first, weighted by the voter's
// confidence; an answer ranked r-th of N gets N−1−r points. The answer with
// the most points wins.
func borda(ps []Proposal) int {
	var answers []int // index of the first proposal of each distinct hash
	seen := map[string]bool{}
	for i, p := range ps {
		if p.Status == StatusCompleted && !seen[p.Hash] {
			seen[p.Hash] = true
			answers = append(answers, i)
		}
	}
	points := make([]float64, len(answers))
	for _, v := range ps {
		if v.Status != StatusCompleted {
			continue
		}
		order := make([]int, len(answers))
		for k := range order {
			order[k] = k
		}
		sort.SliceStable(order, func(a, b int) bool {
			sa, sb := Similarity(v.Content, ps[answers[order[a]]].Content), Similarity(v.Content, ps[answers[order[b]]].Content)
			if sa != sb {
				return sa > sb
			}
			return ps[answers[order[a]]].Confidence > ps[answers[order[b]]].Confidence
		})
		w := v.Confidence
		if w <= 0 {
			w = 0.5
		}
		for rank, k := range order {
			points[k] += w * float64(len(answers)-1-rank)
		}
	}
	best := 0
	for k := range points {
		if points[k] > points[best] {
			best = k
		}
	}
	h := ps[answers[best]].Hash
	return maxConfidence(ps, func(p Proposal) bool { return p.Hash == h })
}

// maxConfidence: the most confident completed proposal (among those keep
// accepts), the earliest on ties.
func maxConfidence(ps []Proposal, keep func(Proposal) bool) int {
	best := -1
	for i, p := range ps {
		if p.Status != StatusCompleted || (keep != nil && !keep(p)) {
			continue
		}
		if best < 0 || p.Confidence > ps[best].Confidence {
			best = i
		}
	}
	return best
}

// Conflict describes proposals that disagree.
type Conflict struct {
	Kind     string  `json:"kind"`
	Severity string  `json:"severity"`
	Detail   string  `json:"detail"`
	Score    float64 `json:"consensus_score"`
	// Contenders index the proposals that lead the disagreeing groups.
	Contenders []int `json:"contenders,omitempty"`
}

// DetectConflict reports disagreement among the completed proposals:
// low_consensus when their consensus is under ConsensusThreshold (severity
// high under 0.4), and contradiction when, in addition, two or more groups
// of answers each carry at least a third of the total confidence — no
// answer clearly wins. It returns nil when the proposals agree enough.
func DetectConflict(ps []Proposal, c Config) *Conflict {
	ok := completed(ps)
	if len(ok) < 2 {
		return nil
	}
	score := Consensus(ps)
	if score >= c.ConsensusThreshold {
		return nil
	}
	sev := "medium"
	if score < 0.4 {
		sev = "high"
	}
	conf := &Conflict{Kind: ConflictLowConsensus, Severity: sev, Score: score,
		Detail: fmt.Sprintf("consensus %.2f is under %.2f", score, c.ConsensusThreshold)}
	gs := Groups(ps, c)
	total := 0.0
	for _, g := range gs {
		total += g.Weight
	}
	var strong []Group
	for _, g := range gs {
		if total > 0 && g.Weight >= total/3 {
			strong = append(strong, g)
		}
	}
	if len(strong) >= 2 {
		conf.Kind = ConflictContradiction
		conf.Detail = fmt.Sprintf("%d answers each hold at least a third of the confidence (consensus %.2f)", len(strong), score)
		for _, g := range strong {
			conf.Contenders = append(conf.Contenders, bestOf(ps, g.Members))
		}
	}
	return conf
}

// Verdict is a judge's view of one contender.
type Verdict struct {
	Proposal   int     `json:"proposal"`
	Valid      bool    `json:"valid"`
	Confidence float64 `json:"confidence"`
	Summary    string  `json:"summary,omitempty"`
}

// Arbitrate settles a contradiction from the judge's verdicts on the
// contenders: the valid contender the judge is most confident about wins
// (the judge's confidence, default 0.7, becomes the decision's); when the
// judge accepts none, it returns -1 and the caller keeps its aggregate.
func Arbitrate(vs []Verdict) (int, float64) {
	best := -1
	conf := 0.0
	for _, v := range vs {
		c := v.Confidence
		if c <= 0 {
			c = 0.7
		}
		if v.Valid && (best < 0 || c > conf) {
			best, conf = v.Proposal, c
		}
	}
	return best, conf
}

// Package reflex is OctoLLM's model-free detection engine: Unicode
// normalisation with an offset map back to the original text, PII and
// secret detection with validation (Luhn, mod-97, ABA, phone-number
// metadata, entropy), prompt-injection scoring (phrase rules in many
// languages, decoded payloads, a small embedded linear model) and
// redaction. Every path is linear in the input size (RE2 expressions that
// only run in windows around prefilter hits).
//
// An Engine is immutable after New and safe for concurrent use; scratch
// space is pooled so a steady stream of analyses does not allocate beyond
// the returned findings.
package reflex

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/nyaruka/phonenumbers"
)

// ErrInvalidConfig is returned by New for an unusable Config.
var ErrInvalidConfig = errors.New("reflex: invalid config")

// Config configures an Engine. The zero value is usable: New fills defaults.
type Config struct {
	// BlockThreshold is the injection risk score at or above which a text
	// is blocked. Default DefaultBlockThreshold; must be in (0, 1].
	BlockThreshold float64
	// DisabledPIITypes lists PII types (e.g. "DATE", "PERSON") that are not
	// reported.
	DisabledPIITypes []string
	// ReportDates reports full calendar dates that carry no birth-date cue
	// as DATE. Dates next to "born"/"DOB" are always DATE_OF_BIRTH.
	ReportDates bool
	// DisableNames turns off the best-effort PERSON/LOCATION/ADDRESS
	// heuristics.
	DisableNames bool
	// DisableModel ignores Model, so that only the phrase rules score (used
	// by the trainer).
	DisableModel bool
	// Model is a statistical injection model (serialized by
	// Model.MarshalBinary, trained by `go run ./internal/reflex/cmd/train`)
	// whose probability CombineScores adds to the rule score, at most
	// ModelWeight and never across the block threshold. DefaultConfig
	// carries the one trained on the development corpus; leave-one-source-
	// out validation showed it ranks unseen attack wording above ordinary
	// prompts but learns its sources' style too well to weigh more (see
	// docs/bench/reflex-injection.md).
	Model []byte
}

// PIIEnabled reports whether findings of type t are reported.
func (c *Config) PIIEnabled(t string) bool {
	for _, d := range c.DisabledPIITypes {
		if strings.EqualFold(d, t) {
			return false
		}
	}
	return true
}

func (c *Config) fill() error {
	if c.BlockThreshold == 0 {
		c.BlockThreshold = DefaultBlockThreshold
	}
	if c.BlockThreshold < 0 || c.BlockThreshold > 1 {
		return fmt.Errorf("%w: BlockThreshold %v not in (0,1]", ErrInvalidConfig, c.BlockThreshold)
	}
	return nil
}

// DefaultBlockThreshold blocks on one critical match, one high-severity
// match, or several medium ones, never on one medium match alone (0.7%
// false positives and 65% recall on the development corpus; see
// docs/bench/reflex-engine.md).
const DefaultBlockThreshold = 0.3

// DefaultConfig is the configuration used by the CLI and the service.
func DefaultConfig() Config {
	return Config{BlockThreshold: DefaultBlockThreshold, ReportDates: true, Model: embeddedModel}
}

// Options selects the detectors for one call.
type Options struct {
	PII       bool
	Secrets   bool
	Injection bool
}

// AllChecks enables every detector.
var AllChecks = Options{PII: true, Secrets: true, Injection: true}

// Finding is one detected PII value or secret. Offsets are UTF-8 byte
// offsets into the original text: text[Start:End] is the value.
type Finding struct {
	Type       string  `json:"type"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
	Validated  bool    `json:"validated"`
	// Rule names the secret format (e.g. "github-token"); empty for PII.
	Rule string `json:"rule,omitempty"`
}

// Severity of an injection match.
type Severity int

// Severities, ordered.
const (
	SeverityLow Severity = iota + 1
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

func (s Severity) String() string {
	switch s {
	case SeverityLow:
		return "low"
	case SeverityMedium:
		return "medium"
	case SeverityHigh:
		return "high"
	case SeverityCritical:
		return "critical"
	}
	return "none"
}

// MarshalText renders the severity as its lower-case name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// InjectionMatch is one rule hit.
type InjectionMatch struct {
	Category   string   `json:"category"`
	Severity   Severity `json:"severity"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Confidence float64  `json:"confidence"`
	// Adjusted is set when local context (quotes, negation, academic
	// framing) lowered this match.
	Adjusted bool `json:"adjusted,omitempty"`
}

// InjectionResult is the prompt-injection verdict.
type InjectionResult struct {
	// Score is the risk in [0,1].
	Score float64 `json:"score"`
	// RuleScore and ModelScore are the two components of Score.
	RuleScore  float64          `json:"rule_score"`
	ModelScore float64          `json:"model_score"`
	Blocked    bool             `json:"blocked"`
	Matches    []InjectionMatch `json:"matches"`
}

// Result is the outcome of one analysis.
type Result struct {
	Signals   Signals         `json:"signals"`
	PII       []Finding       `json:"pii"`
	Secrets   []Finding       `json:"secrets"`
	Injection InjectionResult `json:"injection"`
}

// Blocked reports whether the text should be blocked.
func (r *Result) Blocked() bool { return r.Injection.Blocked }

// Engine runs the detectors. Create with New; safe for concurrent use.
type Engine struct {
	cfg Config

	lightAC    *acSet // PII cues and secret keywords, over the light view
	lightTgt   [][]acTarget
	secrets    []secretRule
	tokenRules []int
	tlds       map[string]struct{}

	latinFold  map[rune]string
	confusable map[rune]byte

	inj     *injectionRules
	model   *Model
	lexicon map[uint32]struct{}
	names   *nameData

	pool sync.Pool
}

type acTarget struct {
	kind int8 // 0 = cue, 1 = secret rule
	idx  int16
	len  int16
}

// scratch is per-analysis working memory, pooled by the Engine.
type scratch struct {
	light, tmp, fold, smug, dec view
	hits                        []acHit
	grams                       gramSet // runRulesAt's required-string test, per text
	cues                        [numCues][]cueHit
	ruleHitPos                  [][]int
	secHits                     int
	pii                         []Finding
	secrets                     []Finding
	inj                         []InjectionMatch
	phone                       phonenumbers.PhoneNumber
	feats                       []uint32
	hints                       decodeHint
	longToks                    [][2]int32
	longDone                    bool
	claimed                     []uint64
	digits, numStart, idMark    []uint64 // byte bitmaps (markBytes)
	nameToks                    []token
	lowBuf                      []byte
	words                       []wordSpan
	decBuf                      []byte
	gloss                       []glossSpan
	glossBuf                    []byte
	glossOut                    [][2]int32 // glossed words' spans in glossBuf
}

// New builds an Engine.
func New(cfg Config) (*Engine, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	e := &Engine{cfg: cfg}
	e.latinFold, e.confusable = buildFoldTables()
	e.secrets = compileSecretRules()
	var kws []string
	idx := map[string]int{}
	add := func(k string, t acTarget) {
		k = strings.ToLower(k)
		i, ok := idx[k]
		if !ok {
			i = len(kws)
			idx[k] = i
			kws = append(kws, k)
			e.lightTgt = append(e.lightTgt, nil)
		}
		t.len = int16(len(k))
		e.lightTgt[i] = append(e.lightTgt[i], t)
	}
	for g, words := range cueWords {
		for _, w := range words {
			add(w, acTarget{kind: 0, idx: int16(g)})
		}
	}
	for ri, r := range e.secrets {
		if len(r.keywords) == 0 {
			e.tokenRules = append(e.tokenRules, ri)
		}
		for _, k := range r.keywords {
			add(truncKeyword(k), acTarget{kind: 1, idx: int16(ri)})
		}
	}
	e.lightAC = newACSet(kws)
	e.tlds = make(map[string]struct{}, len(commonTLDs))
	for _, t := range commonTLDs {
		e.tlds[t] = struct{}{}
	}
	var err error
	e.lexicon = buildLexicon()
	if e.inj, err = sharedInjectionRules(); err != nil {
		return nil, err
	}
	if !cfg.DisableModel {
		data := cfg.Model
		if len(data) > 0 {
			m := &Model{}
			if err := m.UnmarshalBinary(data); err != nil {
				return nil, fmt.Errorf("%w: injection model: %w", ErrInvalidConfig, err)
			}
			e.model = m
		}
	}
	if !cfg.DisableNames {
		e.names = loadNameData()
	}
	e.pool.New = func() any {
		return &scratch{ruleHitPos: make([][]int, len(e.secrets))}
	}
	return e, nil
}

// Config returns the effective configuration.
func (e *Engine) Config() Config { return e.cfg }

func (sc *scratch) reset() {
	sc.hits = sc.hits[:0]
	for i := range sc.cues {
		sc.cues[i] = sc.cues[i][:0]
	}
	for i := range sc.ruleHitPos {
		sc.ruleHitPos[i] = sc.ruleHitPos[i][:0]
	}
	sc.secHits = 0
	sc.pii = sc.pii[:0]
	sc.secrets = sc.secrets[:0]
	sc.inj = sc.inj[:0]
	sc.feats = sc.feats[:0]
	sc.words = sc.words[:0]
	sc.smug.reset()
	sc.longToks = sc.longToks[:0]
	sc.longDone = false
}

func (sc *scratch) ruleHits(ri int) []int { return sc.ruleHitPos[ri] }

// Analyze runs the selected detectors over text. The context is checked
// between detector stages so a cancelled request stops early (the partial
// result is returned).
func (e *Engine) Analyze(ctx context.Context, text string, opts Options) Result {
	var r Result
	e.AnalyzeInto(ctx, text, opts, &r)
	return r
}

// AnalyzeInto is Analyze writing into r, reusing r's slices: a caller that
// analyses many texts with one Result allocates nothing per call.
func (e *Engine) AnalyzeInto(ctx context.Context, text string, opts Options, r *Result) {
	r.Signals = Signals{}
	r.PII = r.PII[:0]
	r.Secrets = r.Secrets[:0]
	r.Injection = InjectionResult{Matches: r.Injection.Matches[:0]}
	sc := e.pool.Get().(*scratch)
	defer e.pool.Put(sc)
	sc.reset()

	buildLight(text, &sc.light, &sc.tmp, &r.Signals, &sc.smug)
	lv := &sc.light
	if opts.PII || opts.Secrets {
		e.collectHits(lv, sc)
	}
	if opts.Secrets {
		e.scanSecrets(lv.s, sc)
		e.scanPrivateKeys(lv.s, sc)
		e.scanLongTokens(lv.s, sc)
		for _, f := range sc.secrets {
			f.Start, f.End = lv.orig(f.Start, f.End)
			r.Secrets = append(r.Secrets, f)
		}
		sortFindings(r.Secrets)
	}
	if ctx.Err() != nil {
		return
	}
	if opts.PII {
		e.scanPII(lv.s, sc)
		for _, f := range sc.pii {
			if !e.cfg.PIIEnabled(f.Type) {
				continue
			}
			if f.Type == TypeURLCredential && opts.Secrets {
				continue // reported as a secret
			}
			f.Start, f.End = lv.orig(f.Start, f.End)
			r.PII = append(r.PII, f)
		}
		sortFindings(r.PII)
		r.PII = dropContained(r.PII, r.Secrets)
	}
	if ctx.Err() != nil {
		return
	}
	if opts.Injection {
		// scoreInjection builds the folded view only when a rule can match.
		e.scoreInjection(text, sc, &r.Signals, &r.Injection)
	}
}

// collectHits scans the light view for PII cue words and secret keywords
// and files the hits by cue group and by secret rule.
func (e *Engine) collectHits(lv *view, sc *scratch) {
	sc.hits = e.lightAC.scan(lv.s, lv.identity, sc.hits)
	for _, h := range sc.hits {
		for _, t := range e.lightTgt[h.kw] {
			if t.kind == 0 {
				sc.cues[t.idx] = append(sc.cues[t.idx], cueHit{end: h.end, len: int32(t.len)})
			} else {
				sc.ruleHitPos[t.idx] = append(sc.ruleHitPos[t.idx], int(h.end)-int(t.len))
				sc.secHits++
			}
		}
	}
}

func sortFindings(fs []Finding) {
	if len(fs) < 2 {
		return
	}
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].Start != fs[j].Start {
			return fs[i].Start < fs[j].Start
		}
		return fs[i].End > fs[j].End
	})
}

// dropContained removes PII findings that lie inside a secret (a JWT's
// base64 is not a phone number) and URL findings fully covered by another
// PII finding of a more specific type.
func dropContained(pii, secrets []Finding) []Finding {
	out := pii[:0]
	for _, f := range pii {
		inside := false
		for _, s := range secrets {
			if s.Start <= f.Start && f.End <= s.End && f.Type != TypeURL {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, f)
		}
	}
	return out
}

var commonTLDs = []string{
	"com", "net", "org", "edu", "gov", "mil", "int", "io", "co", "info", "biz", "me", "us", "uk", "de", "fr", "es",
	"it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "cz", "ru", "cn", "jp", "kr", "in", "br", "au", "ca",
	"mx", "ar", "cl", "za", "il", "tr", "gr", "pt", "ie", "hu", "ro", "nz", "sg", "hk", "tw", "dev", "app", "ai",
	"eu", "xyz", "online", "site", "tech", "store", "cloud", "gg", "tv", "cc", "ua", "sk", "si", "hr", "bg", "lt",
	"lv", "ee", "is", "lu", "cy", "mt", "ph", "my", "id", "th", "vn", "pk", "ng", "ke", "eg", "sa", "ae", "ir",
}

// Package guardian is the safety guardian arm (spec §2.8): it checks a text
// for PII and secrets (with the reflex engine's detectors), for malicious
// content aimed at downstream systems (SQL injection, cross-site scripting,
// path traversal, shell injection, and prompt injection via the reflex
// engine), and against policy rules written in CEL, then returns the
// SafetyResult of spec §3.3: a risk level, the issues, a redacted text and
// a block decision. It needs no model.
//
// The orchestrator runs it on every arm output before the output reaches
// the user or memory; it is also served as POST /api/v1/check.
package guardian

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/octollm/octollm/internal/reflex"
)

// Check types a request may ask for.
const (
	CheckPII     = "pii"
	CheckSecrets = "secrets"
	CheckContent = "content"
	CheckPolicy  = "policy"
	CheckAll     = "all"
)

// Issue types (spec §3.3).
const (
	IssuePII                  = "pii"
	IssueSecret               = "secret"
	IssueMalicious            = "malicious_content"
	IssueInappropriate        = "inappropriate_content"
	IssuePolicy               = "policy_violation"
	BlockReasonCritical       = "critical_risk_level"
	BlockReasonHigh           = "high_risk_level"
	BlockReasonPolicy         = "policy_violation"
	defaultMaxTextChars       = 50_000
	redactionTokenFallbackPII = "PII"
)

// Risk is a risk level, ordered none < low < medium < high < critical.
type Risk int

// Risk levels.
const (
	RiskNone Risk = iota
	RiskLow
	RiskMedium
	RiskHigh
	RiskCritical
)

var riskNames = [...]string{"none", "low", "medium", "high", "critical"}

func (r Risk) String() string {
	if r < 0 || int(r) >= len(riskNames) {
		return "none"
	}
	return riskNames[r]
}

// MarshalText renders the level as its name.
func (r Risk) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText parses a level name.
func (r *Risk) UnmarshalText(b []byte) error {
	v, ok := ParseRisk(string(b))
	if !ok {
		return fmt.Errorf("unknown risk level %q", b)
	}
	*r = v
	return nil
}

// ParseRisk parses "none", "low", "medium", "high" or "critical".
func ParseRisk(s string) (Risk, bool) {
	for i, n := range riskNames {
		if strings.EqualFold(strings.TrimSpace(s), n) {
			return Risk(i), true
		}
	}
	return RiskNone, false
}

// Request is what to check (spec §2.8).
type Request struct {
	// Text is checked; 1–MaxTextChars characters.
	Text string `json:"text"`
	// CheckTypes picks stages: pii, secrets, content, policy, all (default all).
	CheckTypes []string `json:"check_types,omitempty"`
	// Context is passed to policy rules.
	Context map[string]any `json:"context,omitempty"`
	// RedactPII redacts PII in SanitizedText (default true). Secrets are
	// always redacted.
	RedactPII *bool `json:"redact_pii,omitempty"`
	// BlockOnHighRisk blocks high and critical risk (default true).
	BlockOnHighRisk *bool `json:"block_on_high_risk,omitempty"`
	// RedactMinRisk limits PII redaction to types of at least this risk
	// (default none: every type). "medium" keeps low-risk values such as
	// person and place names, URLs, dates and IP addresses readable while
	// still removing e-mail addresses, phone numbers and identifiers; they
	// are reported as issues either way.
	RedactMinRisk Risk `json:"redact_min_risk,omitempty"`
}

// Issue is one finding. It never carries the matched value itself, only
// its kind and where it is.
type Issue struct {
	Type      string `json:"type"`
	RiskLevel Risk   `json:"risk_level"`
	Message   string `json:"message"`
	// MatchedPattern names the detector (email, github_token, xss_script_tag,
	// a policy rule name, ...).
	MatchedPattern string `json:"matched_pattern"`
	// Position is the offset of the match in the original text, in
	// characters (Unicode code points).
	Position int `json:"position"`
	// Length is the match length in characters.
	Length int `json:"length"`
	// Redaction is the token that replaced the value in SanitizedText.
	Redaction string `json:"redaction,omitempty"`
}

// Metadata summarises a check.
type Metadata struct {
	ChecksPerformed  []string `json:"checks_performed"`
	PIITypesFound    []string `json:"pii_types_found"`
	SecretTypesFound []string `json:"secret_types_found"`
	ProcessingTimeMS float64  `json:"processing_time_ms"`
	BlockReason      string   `json:"block_reason,omitempty"`
	// PolicyRulesEvaluated counts rules run; PolicyErrors names rules that
	// failed to evaluate (they count as violated: the guardian fails closed).
	PolicyRulesEvaluated int      `json:"policy_rules_evaluated"`
	PolicyErrors         []string `json:"policy_errors,omitempty"`
}

// Result is spec §3.3's SafetyResult.
type Result struct {
	Safe          bool     `json:"safe"`
	RiskLevel     Risk     `json:"risk_level"`
	Issues        []Issue  `json:"issues"`
	SanitizedText string   `json:"sanitized_text"`
	Blocked       bool     `json:"blocked"`
	Metadata      Metadata `json:"metadata"`
}

// ErrInvalidRequest is returned for a request that cannot be checked; the
// message names the field.
var ErrInvalidRequest = errors.New("guardian: invalid request")

// Config configures a Guardian.
type Config struct {
	// Engine is the reflex detection engine (PII, secrets, prompt
	// injection). Nil builds one with reflex.DefaultConfig().
	Engine *reflex.Engine
	// Rules are policy rules (see Rule), added to those of PolicyFile.
	Rules []Rule
	// PolicyFile is a YAML policy file (`rules: [...]`); empty for none.
	PolicyFile string
	// InappropriateTerms are words or phrases reported as inappropriate
	// content (medium risk), matched as whole words, case-insensitively.
	InappropriateTerms []string
	// MaxTextChars bounds Request.Text (default 50 000, spec §2.8).
	MaxTextChars int
	// SkipPromptInjection stops the content stage from reporting the
	// prompt-injection attempts the reflex engine would block (reported by
	// default as malicious content).
	SkipPromptInjection bool
	// Logger (default discards). Texts and matches are never logged.
	Logger *slog.Logger
}

// Guardian checks texts. It is immutable after New and safe for concurrent
// use.
type Guardian struct {
	cfg       Config
	engine    *reflex.Engine
	content   []contentRule
	terms     []*regexp.Regexp
	termNames []string
	rules     []compiledRule
}

// New builds a guardian, loading and compiling the policy.
func New(cfg Config) (*Guardian, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxTextChars == 0 {
		cfg.MaxTextChars = defaultMaxTextChars
	}
	if cfg.MaxTextChars < 0 {
		return nil, fmt.Errorf("guardian: MaxTextChars must be positive, got %d", cfg.MaxTextChars)
	}
	g := &Guardian{cfg: cfg, engine: cfg.Engine, content: compileContentRules()}
	if g.engine == nil {
		e, err := reflex.New(reflex.DefaultConfig())
		if err != nil {
			return nil, fmt.Errorf("guardian: reflex engine: %w", err)
		}
		g.engine = e
	}
	rules := slices.Clone(cfg.Rules)
	if cfg.PolicyFile != "" {
		fr, err := LoadPolicyFile(cfg.PolicyFile)
		if err != nil {
			return nil, err
		}
		rules = append(rules, fr...)
	}
	var err error
	if g.rules, err = compileRules(rules); err != nil {
		return nil, err
	}
	g.terms, g.termNames = compileTerms(cfg.InappropriateTerms)
	return g, nil
}

// PatternsLoaded counts the detectors and rules in use (health reply).
func (g *Guardian) PatternsLoaded() int {
	return len(g.content) + len(g.terms) + len(g.rules)
}

// PolicyRules returns the names of the loaded policy rules.
func (g *Guardian) PolicyRules() []string {
	out := make([]string, len(g.rules))
	for i, r := range g.rules {
		out[i] = r.Name
	}
	return out
}

func (g *Guardian) validate(req *Request) (map[string]bool, error) {
	if strings.TrimSpace(req.Text) == "" {
		return nil, fmt.Errorf("%w: text: must not be empty", ErrInvalidRequest)
	}
	if !utf8.ValidString(req.Text) {
		return nil, fmt.Errorf("%w: text: must be valid UTF-8", ErrInvalidRequest)
	}
	if n := utf8.RuneCountInString(req.Text); n > g.cfg.MaxTextChars {
		return nil, fmt.Errorf("%w: text: %d characters, at most %d allowed", ErrInvalidRequest, n, g.cfg.MaxTextChars)
	}
	checks := map[string]bool{}
	if len(req.CheckTypes) == 0 {
		req.CheckTypes = []string{CheckAll}
	}
	for i, c := range req.CheckTypes {
		switch strings.ToLower(c) {
		case CheckAll:
			checks[CheckPII], checks[CheckSecrets], checks[CheckContent], checks[CheckPolicy] = true, true, true, true
		case CheckPII, CheckSecrets, CheckContent, CheckPolicy:
			checks[strings.ToLower(c)] = true
		default:
			return nil, fmt.Errorf("%w: check_types[%d]: %q is not one of pii, secrets, content, policy, all", ErrInvalidRequest, i, c)
		}
	}
	return checks, nil
}

// span is a redaction to apply to the original text (byte offsets).
type span struct {
	start, end int
	token      string
	secret     bool
}

// Check runs the requested stages over req.Text.
func (g *Guardian) Check(ctx context.Context, req Request) (Result, error) {
	start := time.Now()
	checks, err := g.validate(&req)
	if err != nil {
		return Result{}, err
	}
	redactPII := req.RedactPII == nil || *req.RedactPII
	blockHigh := req.BlockOnHighRisk == nil || *req.BlockOnHighRisk
	text := req.Text
	res := Result{Issues: []Issue{}}
	md := &res.Metadata
	md.PIITypesFound, md.SecretTypesFound = []string{}, []string{}
	pos := newRuneIndex(text)

	var spans []span
	if checks[CheckPII] || checks[CheckSecrets] || checks[CheckContent] {
		opts := reflex.Options{PII: checks[CheckPII], Secrets: checks[CheckSecrets], Injection: checks[CheckContent] && !g.cfg.SkipPromptInjection}
		ar := g.engine.Analyze(ctx, text, opts)
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
		if checks[CheckPII] {
			md.ChecksPerformed = append(md.ChecksPerformed, CheckPII)
			for _, f := range ar.PII {
				name, risk, token := piiInfo(f.Type)
				iss := Issue{Type: IssuePII, RiskLevel: risk, MatchedPattern: name,
					Message:  fmt.Sprintf("PII detected: %s", name),
					Position: pos.at(f.Start), Length: pos.at(f.End) - pos.at(f.Start)}
				if redactPII && risk >= req.RedactMinRisk {
					iss.Redaction = token
					spans = append(spans, span{start: f.Start, end: f.End, token: token})
				}
				res.Issues = append(res.Issues, iss)
				md.PIITypesFound = appendUnique(md.PIITypesFound, name)
			}
		}
		if checks[CheckSecrets] {
			md.ChecksPerformed = append(md.ChecksPerformed, CheckSecrets)
			for _, f := range ar.Secrets {
				name, token := secretInfo(f.Rule, text[f.Start:f.End], text[max(0, f.Start-40):f.Start])
				res.Issues = append(res.Issues, Issue{Type: IssueSecret, RiskLevel: RiskCritical, MatchedPattern: name,
					Message:  fmt.Sprintf("Secret detected: %s", name),
					Position: pos.at(f.Start), Length: pos.at(f.End) - pos.at(f.Start), Redaction: token})
				spans = append(spans, span{start: f.Start, end: f.End, token: token, secret: true})
				md.SecretTypesFound = appendUnique(md.SecretTypesFound, name)
			}
		}
		if checks[CheckContent] {
			md.ChecksPerformed = append(md.ChecksPerformed, CheckContent)
			for _, h := range scanContent(g.content, text) {
				res.Issues = append(res.Issues, Issue{Type: IssueMalicious, RiskLevel: h.rule.risk, MatchedPattern: h.rule.pattern,
					Message:  fmt.Sprintf("%s detected: %s", h.rule.what, h.rule.pattern),
					Position: pos.at(h.start), Length: pos.at(h.end) - pos.at(h.start)})
			}
			if inj := ar.Injection; inj.Blocked && len(inj.Matches) > 0 {
				top := inj.Matches[0]
				for _, m := range inj.Matches[1:] {
					if m.Severity > top.Severity {
						top = m
					}
				}
				risk := RiskHigh
				if top.Severity >= reflex.SeverityCritical {
					risk = RiskCritical
				}
				res.Issues = append(res.Issues, Issue{Type: IssueMalicious, RiskLevel: risk, MatchedPattern: "prompt_injection",
					Message:  fmt.Sprintf("Prompt injection detected: %s (score %.2f)", strings.ToLower(top.Category), inj.Score),
					Position: pos.at(top.Start), Length: pos.at(top.End) - pos.at(top.Start)})
			}
			for _, h := range scanTerms(g.terms, g.termNames, text) {
				res.Issues = append(res.Issues, Issue{Type: IssueInappropriate, RiskLevel: h.rule.risk, MatchedPattern: h.rule.pattern,
					Message:  "Inappropriate content detected: configured term",
					Position: pos.at(h.start), Length: pos.at(h.end) - pos.at(h.start)})
			}
		}
	}
	res.SanitizedText = applySpans(text, spans)

	policyBlock := false
	if checks[CheckPolicy] {
		md.ChecksPerformed = append(md.ChecksPerformed, CheckPolicy)
		in := policyInput{text: text, sanitized: res.SanitizedText, context: req.Context,
			piiTypes: md.PIITypesFound, secretTypes: md.SecretTypesFound, risk: maxRisk(res.Issues)}
		for _, i := range res.Issues {
			in.issueTypes = append(in.issueTypes, i.MatchedPattern)
		}
		for _, o := range evalRules(ctx, g.rules, in) {
			md.PolicyRulesEvaluated++
			if !o.violated && o.err == nil {
				continue
			}
			msg := fmt.Sprintf("Policy violation detected: %s", o.rule.Name)
			if o.rule.Description != "" {
				msg += " (" + o.rule.Description + ")"
			}
			if o.err != nil {
				// Fail closed: a rule that cannot be evaluated on this
				// input is reported as violated. The error names the rule,
				// never the text.
				md.PolicyErrors = append(md.PolicyErrors, o.rule.Name)
				msg = fmt.Sprintf("Policy violation detected: %s could not be evaluated (%v)", o.rule.Name, o.err)
				g.cfg.Logger.WarnContext(ctx, "policy rule failed to evaluate", "rule", o.rule.Name, "err", o.err)
			}
			res.Issues = append(res.Issues, Issue{Type: IssuePolicy, RiskLevel: o.rule.risk, MatchedPattern: o.rule.Name, Message: msg})
			if o.rule.Block {
				policyBlock = true
			}
		}
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
	}

	// Issues sorted critical → low, then by position.
	sort.SliceStable(res.Issues, func(i, j int) bool {
		a, b := res.Issues[i], res.Issues[j]
		if a.RiskLevel != b.RiskLevel {
			return a.RiskLevel > b.RiskLevel
		}
		return a.Position < b.Position
	})
	res.RiskLevel = maxRisk(res.Issues)
	res.Safe = res.RiskLevel < RiskHigh
	switch {
	case policyBlock:
		res.Blocked, md.BlockReason = true, BlockReasonPolicy
	case blockHigh && res.RiskLevel == RiskCritical:
		res.Blocked, md.BlockReason = true, BlockReasonCritical
	case blockHigh && res.RiskLevel == RiskHigh:
		res.Blocked, md.BlockReason = true, BlockReasonHigh
	}
	md.ProcessingTimeMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

func maxRisk(issues []Issue) Risk {
	r := RiskNone
	for _, i := range issues {
		r = max(r, i.RiskLevel)
	}
	return r
}

func appendUnique(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// applySpans replaces spans in text with their tokens. Overlapping spans
// merge: a secret wins over PII, and the merged span covers both (leaving
// half a secret in clear text would defeat the redaction).
func applySpans(text string, spans []span) string {
	if len(spans) == 0 {
		return text
	}
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	merged := spans[:1]
	for _, s := range spans[1:] {
		last := &merged[len(merged)-1]
		if s.start < last.end {
			if s.end > last.end {
				last.end = s.end
			}
			if s.secret && !last.secret {
				last.token, last.secret = s.token, true
			}
			continue
		}
		merged = append(merged, s)
	}
	var b strings.Builder
	b.Grow(len(text))
	prev := 0
	for _, s := range merged {
		b.WriteString(text[prev:s.start])
		b.WriteString(s.token)
		prev = s.end
	}
	b.WriteString(text[prev:])
	return b.String()
}

// runeIndex converts byte offsets into character offsets.
type runeIndex struct {
	ascii bool
	text  string
	// cum[i] is the number of runes in text[:i] for rune starts; built
	// lazily only for non-ASCII text.
	cum []int32
}

func newRuneIndex(text string) *runeIndex {
	ri := &runeIndex{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ri.ascii = false
			break
		}
	}
	if !ri.ascii {
		ri.cum = make([]int32, len(text)+1)
		n := int32(0)
		for i := 0; i < len(text); {
			_, size := utf8.DecodeRuneInString(text[i:])
			for k := 0; k < size; k++ {
				ri.cum[i+k] = n
			}
			n++
			i += size
		}
		ri.cum[len(text)] = n
	}
	return ri
}

func (ri *runeIndex) at(byteOff int) int {
	if ri.ascii {
		return byteOff
	}
	if byteOff < 0 {
		return 0
	}
	if byteOff >= len(ri.cum) {
		return int(ri.cum[len(ri.cum)-1])
	}
	return int(ri.cum[byteOff])
}

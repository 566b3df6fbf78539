package app

import (
	"context"

	"github.com/octollm/octollm/internal/orchestrator"
	"github.com/octollm/octollm/internal/reflex"
)

// goalScreen adapts the reflex engine to the orchestrator's screening of
// submitted goals: a blocked injection rejects the task, and PII is replaced
// by reversible tokens before anything is stored or sent to a model.
type goalScreen struct {
	engine *reflex.Engine
}

var _ orchestrator.Reflex = goalScreen{}

// screenMatch describes one injection match without the matched text.
type screenMatch struct {
	Category   string  `json:"category"`
	Severity   string  `json:"severity"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
}

func (s goalScreen) Screen(ctx context.Context, text string) (orchestrator.Screening, error) {
	res := s.engine.Analyze(ctx, text, reflex.AllChecks)
	if res.Injection.Blocked {
		matches := make([]screenMatch, 0, len(res.Injection.Matches))
		for _, m := range res.Injection.Matches {
			matches = append(matches, screenMatch{Category: m.Category, Severity: m.Severity.String(), Start: m.Start, End: m.End, Confidence: m.Confidence})
		}
		return orchestrator.Screening{
			Blocked: true,
			Reason:  "the goal looks like a prompt-injection attempt",
			Matches: map[string]any{"injection_score": res.Injection.Score, "injection_matches": matches},
		}, nil
	}
	findings := tokenisable(res)
	if len(findings) == 0 {
		return orchestrator.Screening{Text: text}, nil
	}
	redacted, vault := s.engine.Redact(text, findings, reflex.RedactOptions{Strategy: reflex.StrategyToken})
	return orchestrator.Screening{Text: redacted, PII: true, Restore: vault.Restore}, nil
}

func (s goalScreen) Redact(ctx context.Context, text string) string {
	res := s.engine.Analyze(ctx, text, reflex.Options{PII: true, Secrets: true})
	if len(res.PII)+len(res.Secrets) == 0 {
		return text
	}
	out, _ := s.engine.Redact(text, res.AllFindings(), reflex.RedactOptions{Strategy: reflex.StrategyLabel})
	return out
}

// tokenisable picks the findings a goal is tokenised for. A URL is what a
// task acts on (fetch it, scan it), not personal data about someone, so URLs
// and the PII inside them (the host's IP address) stay readable for the
// planner; credentials in a URL are secrets and are still tokenised.
func tokenisable(res reflex.Result) []reflex.Finding {
	var urls [][2]int
	for _, f := range res.PII {
		if f.Type == reflex.TypeURL {
			urls = append(urls, [2]int{f.Start, f.End})
		}
	}
	inURL := func(f reflex.Finding) bool {
		for _, u := range urls {
			if f.Start >= u[0] && f.End <= u[1] {
				return true
			}
		}
		return false
	}
	out := make([]reflex.Finding, 0, len(res.PII)+len(res.Secrets))
	for _, f := range res.PII {
		if f.Type == reflex.TypeURL || (f.Type == reflex.TypeIPAddress && inURL(f)) {
			continue
		}
		out = append(out, f)
	}
	return append(out, res.Secrets...)
}

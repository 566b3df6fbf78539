package orchestrator

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/guardian"
)

// CodeOutputBlocked is the arm error a step fails with when the guardian
// blocks its output.
const CodeOutputBlocked = "output_blocked"

// guardChunkChars keeps each guardian request under its text limit
// (50 000 characters by default).
const guardChunkChars = 40_000

// guardOutput runs the guardian arm over a step's output before anything
// else sees it — dependent steps, the judge, provenance, the result cache
// and the user. Secrets and PII of at least medium risk (e-mail addresses,
// phone numbers, card and account numbers, identifiers) are replaced by the
// guardian's redaction labels; names, places, URLs, dates and IP addresses
// stay readable, since answers and command output are useless without them.
// An output a policy rule blocks fails the step. The content
// signatures (SQL injection, XSS, shell) are not applied: code and commands
// are legitimate outputs (the coder's job); what must not leave an arm is
// data and what policy forbids. No guardian registered means no check;
// a registered guardian that cannot be reached fails the step (retryably)
// rather than letting unchecked output through. Plans and verdicts (planner,
// judge, guardian) are not content and are not checked again.
func (r *taskRun) guardOutput(ctx context.Context, stepID, armType string, out *stepOutput) error {
	if r.o.cfg.DisableOutputGuard || strings.TrimSpace(out.Output) == "" {
		return nil
	}
	switch armType {
	case arm.TypeGuardian, arm.TypeJudge, arm.TypePlanner:
		return nil
	}
	if !r.o.arms.HasType(arm.TypeGuardian) {
		return nil
	}
	cands := r.o.arms.Candidates(arm.TypeGuardian, guardian.ActionCheck, nil, nil)
	if len(cands) == 0 {
		return &arm.Error{Code: arm.CodeUnavailable, Message: "the guardian is unavailable, so the step's output cannot be checked", Retryable: true}
	}
	var (
		sanitized strings.Builder
		risk      = guardian.RiskNone
		kinds     []string
	)
	for _, part := range splitRunes(out.Output, guardChunkChars) {
		gctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		res, err := r.o.arms.Call(gctx, cands[0].ArmID, arm.Request{TaskID: r.t.ID, StepID: stepID, Action: guardian.ActionCheck,
			Timeout: 10 * time.Second,
			Inputs: map[string]any{"text": part, "check_types": []string{guardian.CheckPII, guardian.CheckSecrets, guardian.CheckPolicy},
				"redact_pii": true, "redact_min_risk": "medium", "block_on_high_risk": false,
				"context": map[string]any{"source": "arm_output", "arm_type": armType, "task_id": r.t.ID}}})
		cancel()
		if err != nil {
			return err
		}
		g, err := guardian.DecodeResult(res.Data["safety"])
		if err != nil {
			return arm.Errorf(arm.CodeInternal, "guardian answer: %v", err)
		}
		if g.Blocked {
			return arm.Errorf(CodeOutputBlocked, "the guardian blocked the output of step %s (risk %s: %s)", stepID, g.RiskLevel, strings.Join(appendKinds(nil, g.Issues), ", "))
		}
		risk = max(risk, g.RiskLevel)
		kinds = appendKinds(kinds, g.Issues)
		sanitized.WriteString(g.SanitizedText)
	}
	if out.Data == nil {
		out.Data = map[string]any{}
	}
	redacted := sanitized.String() != out.Output
	out.Data["guardian"] = map[string]any{"risk_level": risk.String(), "issues": kinds, "redacted": redacted}
	if redacted {
		out.Output = sanitized.String()
	}
	return nil
}

// appendKinds adds the detectors of issues not yet in kinds.
func appendKinds(kinds []string, issues []guardian.Issue) []string {
	for _, i := range issues {
		if !slices.Contains(kinds, i.MatchedPattern) {
			kinds = append(kinds, i.MatchedPattern)
		}
	}
	return kinds
}

// splitRunes cuts s into pieces of at most n characters, preferring to cut
// after a newline so that a value is rarely split between two checks.
func splitRunes(s string, n int) []string {
	var parts []string
	for utf8.RuneCountInString(s) > n {
		cut, count := 0, 0
		for i := range s {
			if count == n {
				cut = i
				break
			}
			count++
		}
		if nl := strings.LastIndexByte(s[:cut], '\n'); nl > cut/2 {
			cut = nl + 1
		}
		parts = append(parts, s[:cut])
		s = s[cut:]
	}
	return append(parts, s)
}

package orchestrator_test

import (
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/guardian"
	"github.com/octollm/octollm/internal/orchestrator"
)

// Every arm output passes the guardian before it reaches the user: secrets
// and sensitive PII are redacted in the result while names, places and URLs
// stay readable, a policy rule can block the output,
// and without a guardian the output is left as it was.
func TestGuardianChecksArmOutputs(t *testing.T) {
	t.Parallel()
	const email, key = "alice.smith@example.com", "AKIAIOSFODNN7EXAMPLQ"
	g, err := guardian.New(guardian.Config{Rules: []guardian.Rule{{Name: "no_classified_output", RiskLevel: "high", Block: true,
		Expression: `context.?source.orValue('') == 'arm_output' && text.contains('CLASSIFIED')`}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		guard     bool
		goal      string
		status    string
		code      string
		want, not []string
	}{
		{"redacted", true, "run echo mail " + email + " key " + key + " to Marie Curie in Paris via https://example.com/docs", orchestrator.StatusCompleted, "",
			[]string{"mail [EMAIL-REDACTED] key [AWS-KEY-REDACTED]", "Marie Curie in Paris via https://example.com/docs"}, []string{email, key}},
		{"blocked by policy", true, "echo CLASSIFIED plans", orchestrator.StatusFailed, orchestrator.CodeStepFailed, nil, []string{"CLASSIFIED plans"}},
		{"no guardian", false, "echo mail " + email, orchestrator.StatusCompleted, "", []string{email}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			opt := harnessOpts{}
			if tt.guard {
				opt.extra = []arm.Arm{g}
			}
			h := newHarness(t, opt)
			v, _ := h.wait(h.submit(tt.goal, nil), 20*time.Second)
			if v.Status != tt.status {
				t.Fatalf("status %s, want %s (error %+v)", v.Status, tt.status, v.Error)
			}
			got := ""
			if v.Result != nil {
				got = v.Result.Output
			}
			if tt.code != "" {
				if v.Error == nil || v.Error.Code != tt.code || !strings.Contains(v.Error.Message, "guardian blocked") {
					t.Fatalf("error %+v, want %s from the guardian", v.Error, tt.code)
				}
				got = v.Error.Message
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("output %q lacks %q", got, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("output %q still holds %q", got, n)
				}
			}
		})
	}
}

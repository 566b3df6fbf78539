package armtest_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/armtest"
)

// echoArm is a small arm that honours the contract, or breaks one rule of
// it when broken is set.
type echoArm struct{ broken string }

func (e echoArm) ID() string { return "echo" }

func (e echoArm) Capabilities() arm.Capability {
	c := arm.Capability{ArmID: "echo", Type: "echo", Name: "Echo", Description: "says the text back",
		Capabilities: []string{"echo"}, Actions: []string{"echo", "shout"}, CostTier: 1, Endpoint: "in-process"}
	switch e.broken {
	case "no-actions":
		c.Actions = nil
	case "uncovered-action":
		c.Actions = append(c.Actions, "whisper")
	}
	return c
}

func (e echoArm) Execute(ctx context.Context, req arm.Request) (arm.Result, error) {
	if req.Action != "echo" && req.Action != "shout" {
		if e.broken == "wrong-code" {
			return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "no %q", req.Action)
		}
		return arm.Result{}, arm.Errorf(arm.CodeUnknownAction, "the echo arm does echo and shout, not %q", req.Action)
	}
	if err := ctx.Err(); err != nil && e.broken != "ignores-cancel" {
		return arm.Result{}, arm.AsError(err)
	}
	text, ok := req.Inputs["text"].(string)
	if !ok || text == "" {
		if e.broken == "field-unnamed" {
			return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "bad request")
		}
		return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "text: must be a non-empty string")
	}
	if req.Action == "shout" {
		text = strings.ToUpper(text)
	}
	res := arm.Result{Output: text, Confidence: 1}
	if e.broken == "claims-model" {
		res.Model, res.Tokens = "gpt-imaginary", 12
	}
	return res, nil
}

// plainErrors is a transport that loses error codes.
type plainErrors struct{ arm.Arm }

func (p plainErrors) Execute(ctx context.Context, req arm.Request) (arm.Result, error) {
	res, err := p.Arm.Execute(ctx, req)
	if err != nil {
		err = errors.New(err.Error())
	}
	return res, err
}

func echoContract() armtest.Contract {
	check := func(want string) func(testing.TB, arm.Result) {
		return func(t testing.TB, res arm.Result) {
			if res.Output != want {
				t.Fatalf("output %q, want %q", res.Output, want)
			}
		}
	}
	return armtest.Contract{
		Type: "echo",
		Cases: []armtest.Case{
			{Request: arm.Request{Action: "echo", Inputs: map[string]any{"text": "hi"}}, Check: check("hi")},
			{Request: arm.Request{Action: "shout", Inputs: map[string]any{"text": "hi"}}, Check: check("HI")},
		},
		Invalid: []armtest.Invalid{{Name: "no text", Request: arm.Request{Action: "echo", Inputs: map[string]any{}}, Field: "text"}},
	}
}

func TestCompliantArmPassesOnBothTransports(t *testing.T) {
	t.Parallel()
	for name, a := range armtest.Transports(t, echoArm{}) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			armtest.Run(t, a, echoContract())
		})
	}
}

// TestContractCatchesBrokenArms runs the suite against arms that each break
// one rule (in a child process, since the suite failing is the point) and
// expects it to fail saying why.
func TestContractCatchesBrokenArms(t *testing.T) {
	t.Parallel()
	if os.Getenv("ARMTEST_BROKEN") != "" {
		t.Skip("in the child process")
	}
	tests := []struct{ broken, want string }{
		{"no-actions", "lists no actions"},
		{"uncovered-action", `advertised action "whisper" has no valid case`},
		{"wrong-code", `want "unknown_action"`},
		{"field-unnamed", `does not name the field "text"`},
		{"ignores-cancel", "cancelled call succeeded"},
		{"claims-model", "no model should answer"},
		{"plain-errors", "want *arm.Error"},
	}
	for _, tt := range tests {
		t.Run(tt.broken, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(os.Args[0], "-test.run=^TestBrokenArm$", "-test.v")
			cmd.Env = append(os.Environ(), "ARMTEST_BROKEN="+tt.broken)
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || !strings.Contains(string(out), tt.want) {
				t.Fatalf("suite on a %s arm: %v, want a failure saying %q:\n%s", tt.broken, err, tt.want, out)
			}
		})
	}
}

// TestBrokenArm is TestContractCatchesBrokenArms's child.
func TestBrokenArm(t *testing.T) {
	broken := os.Getenv("ARMTEST_BROKEN")
	if broken == "" {
		t.Skip("run by TestContractCatchesBrokenArms")
	}
	var a arm.Arm = echoArm{broken: broken}
	if broken == "plain-errors" {
		a = plainErrors{a}
	}
	armtest.Run(t, a, echoContract())
}

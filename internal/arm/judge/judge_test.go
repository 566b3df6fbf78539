package judge_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/armtest"
	"github.com/octollm/octollm/internal/arm/judge"
)

func TestDeterministicCriteria(t *testing.T) {
	tests := []struct {
		criterion string
		output    any
		ctx       map[string]any
		passed    bool
		unchecked bool
	}{
		{"contains Hello OctoLLM", "Hello OctoLLM\n", nil, true, false},
		{"output contains 'Hello'", "bye", nil, false, false},
		{"does not contain password", "all good", nil, true, false},
		{"must not contain password", "password=x", nil, false, false},
		{"exit code 0", "", map[string]any{"exit_code": 0}, true, false},
		{"exit code 0", "", map[string]any{"exit_code": float64(127)}, false, false},
		{"exit code 0", "", nil, false, false},
		{"exits with code 2", "", map[string]any{"exit_code": 2}, true, false},
		{"valid UUID", " 1b4e28ba-2fa1-11d2-883f-0016d3cca427\n", nil, true, false},
		{"output is a valid uuid", "not-a-uuid", nil, false, false},
		{"valid JSON", `{"a":1}`, nil, true, false},
		{"valid JSON", `{"a":`, nil, false, false},
		{"valid JSON", map[string]any{"a": 1}, nil, true, false},
		{"count equals 3", "3", nil, true, false},
		{"count equals 3", "4", nil, false, false},
		{"count is 5", "whatever", map[string]any{"count": 5}, true, false},
		{"output is a number", "42", nil, true, false},
		{"output is not empty", "", nil, false, false},
		{"matches /^v\\d+$/", "v12", nil, true, false},
		{"the answer is polite", "hi", nil, false, true},
	}
	j := judge.New(judge.Config{})
	for _, tt := range tests {
		t.Run(tt.criterion, func(t *testing.T) {
			res, err := j.Validate(context.Background(), judge.Request{Output: tt.output, AcceptanceCriteria: []string{tt.criterion}, Context: tt.ctx})
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tt.unchecked:
				if len(res.UncheckedCriteria) != 1 || len(res.PassedCriteria) != 0 || !res.Valid {
					t.Fatalf("want unchecked (valid, not passed): %+v", res)
				}
			case tt.passed:
				if len(res.PassedCriteria) != 1 || !res.Valid || res.Confidence != 1 {
					t.Fatalf("want passed: %+v", res)
				}
			default:
				if len(res.FailedCriteria) != 1 || res.Valid || res.Metadata.ErrorCount != 1 || res.Issues[0].Type != "criteria_not_met" {
					t.Fatalf("want failed: %+v", res)
				}
			}
		})
	}
}

func TestSchemaLayer(t *testing.T) {
	j := judge.New(judge.Config{})
	schema := json.RawMessage(`{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"age":{"type":"integer","minimum":0}}}`)
	res, err := j.Validate(context.Background(), judge.Request{Output: `{"name":"x","age":3}`, Schema: schema})
	if err != nil || !res.Valid || res.Metadata.ValidationTypesRun[0] != "schema" {
		t.Fatalf("res=%+v err=%v", res, err)
	}
	res, err = j.Validate(context.Background(), judge.Request{Output: map[string]any{"age": -1}, Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	if res.Valid || res.Metadata.ErrorCount != 2 || res.Confidence != 0 {
		t.Fatalf("res=%+v", res)
	}
	locs := res.Issues[0].Location + res.Issues[1].Location
	if !strings.Contains(locs, "$.age") {
		t.Fatalf("issues lack the location: %+v", res.Issues)
	}
	if _, err := j.Validate(context.Background(), judge.Request{Output: "x", Schema: json.RawMessage(`{"type": 3}`)}); !errors.Is(err, arm.ErrInvalid) {
		t.Fatalf("bad schema: %v", err)
	}
}

type yesModel struct{ answers []string }

func (m *yesModel) Complete(_ context.Context, p arm.Prompt) (arm.Completion, error) {
	a := m.answers[0]
	m.answers = m.answers[1:]
	return arm.Completion{Text: a, Tokens: 5, Model: "fake"}, nil
}

func TestModelLayers(t *testing.T) {
	m := &yesModel{answers: []string{"NO", `{"claims":["the sky is green","water is wet"]}`, "NO", "YES", `{"completeness":1,"clarity":1,"consistency":0.4}`}}
	j := judge.New(judge.Config{Model: m})
	res, err := j.Validate(context.Background(), judge.Request{
		Output:             "The sky is green. Water is wet.",
		AcceptanceCriteria: []string{"contains Water", "the answer is polite"},
		ValidationTypes:    []string{"criteria", "hallucination", "quality"},
		Context:            map[string]any{"source": "Water is wet."},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Valid || len(res.PassedCriteria) != 1 || len(res.FailedCriteria) != 1 || res.Metadata.Tokens != 25 {
		t.Fatalf("res=%+v", res)
	}
	var unsupported int
	for _, i := range res.Issues {
		if i.Type == "unsupported_claim" {
			unsupported++
		}
	}
	if unsupported != 1 || res.QualityScore < 0.79 || res.QualityScore > 0.81 {
		t.Fatalf("res=%+v", res)
	}
	if _, err := judge.New(judge.Config{}).Validate(context.Background(), judge.Request{Output: "x", ValidationTypes: []string{"quality"}}); !errors.Is(err, arm.ErrLLMRequired) {
		t.Fatalf("quality without model: %v", err)
	}
}

// TestArmContract runs the shared arm contract in process and over HTTP,
// without a model and with one (its model layers answered by
// armtest.FakeModel).
func TestArmContract(t *testing.T) {
	t.Parallel()
	for _, model := range []bool{false, true} {
		cfg := judge.Config{}
		if model {
			cfg.Model = armtest.FakeCompleter(t)
		}
		j := judge.New(cfg)
		for name, a := range armtest.Transports(t, j) {
			t.Run(fmt.Sprintf("%s/model=%t", name, model), func(t *testing.T) {
				t.Parallel()
				armtest.Run(t, a, armtest.Judge(model))
			})
		}
	}
}

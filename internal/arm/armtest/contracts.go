package armtest

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/coder"
	"github.com/octollm/octollm/internal/arm/guardian"
	"github.com/octollm/octollm/internal/arm/judge"
	"github.com/octollm/octollm/internal/arm/planner"
	"github.com/octollm/octollm/internal/arm/retriever"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

// The contracts of the six arms. Each package's TestArmContract and the
// app's test through `serve` run the same ones, so an arm behaves alike in
// isolation, in one process and in split mode. (The executor's contract
// names no executor types: the executor's own tests live inside its
// package, which this package must not import.)

// Guardian is the guardian's contract: redaction, detection summaries and
// the blocking decision.
func Guardian() Contract {
	return Contract{
		Type: arm.TypeGuardian,
		Cases: []Case{
			{Request: arm.Request{Action: guardian.ActionCheck, Inputs: map[string]any{"text": "mail bob@example.com now"}},
				Check: func(t testing.TB, res arm.Result) {
					sr, err := guardian.DecodeResult(res.Data["safety"])
					if err != nil || res.Output != "mail [EMAIL-REDACTED] now" || sr.RiskLevel != guardian.RiskMedium || sr.Blocked {
						t.Fatalf("res = %+v sr = %+v err = %v", res, sr, err)
					}
				}},
			{Request: arm.Request{Action: guardian.ActionScan, Inputs: map[string]any{"text": "x'; DROP TABLE users; --"}},
				Check: func(t testing.TB, res arm.Result) {
					// A scan reports and never blocks.
					sr, err := guardian.DecodeResult(res.Data["safety"])
					if err != nil || sr.Blocked || !strings.Contains(res.Output, "sql_injection") {
						t.Fatalf("scan: %+v %v", res, err)
					}
				}},
			{Request: arm.Request{Action: guardian.ActionRedact, Inputs: map[string]any{"text": "SSN 536-22-1234; <script>x</script>"}},
				Check: func(t testing.TB, res arm.Result) {
					// Redaction touches PII only, not content it does not own.
					if res.Output != "SSN [SSN-REDACTED]; <script>x</script>" {
						t.Fatalf("redact: %+v", res)
					}
				}},
		},
		Invalid: []Invalid{
			{Name: "empty text", Request: arm.Request{Action: guardian.ActionCheck, Inputs: map[string]any{"text": ""}}, Field: "text"},
			{Name: "unknown check type", Request: arm.Request{Action: guardian.ActionCheck, Inputs: map[string]any{"text": "hi", "check_types": []any{"everything"}}}, Field: "check_types[0]"},
			{Name: "text not a string", Request: arm.Request{Action: guardian.ActionScan, Inputs: map[string]any{"text": 42}}, Field: "text"},
		},
	}
}

// Judge is the judge's contract. With model set the judge has a model
// (answered by FakeModel) and must use it for a criterion no rule checks.
func Judge(model bool) Contract {
	c := Contract{
		Type: arm.TypeJudge,
		Cases: []Case{
			{Name: "machine criteria", Request: arm.Request{Action: "validate", Inputs: map[string]any{
				"output": "Hello OctoLLM\n", "acceptance_criteria": []any{"contains Hello OctoLLM", "contains Goodbye"},
				"context": map[string]any{"exit_code": 0}}},
				Check: func(t testing.TB, res arm.Result) {
					v, err := judge.DecodeResult(res.Data["validation"])
					if err != nil || v.Valid || len(v.PassedCriteria) != 1 || len(v.FailedCriteria) != 1 || v.FailedCriteria[0] != "contains Goodbye" {
						t.Fatalf("validation %+v (%v); output %q", v, err, res.Output)
					}
					if res.Output != "valid=false passed=1 failed=1 unchecked=0" {
						t.Fatalf("summary %q", res.Output)
					}
				}},
			{Name: "schema", Request: arm.Request{Action: "validate", Inputs: map[string]any{
				"output": map[string]any{"count": 3}, "schema": map[string]any{"type": "object", "required": []any{"count"},
					"properties": map[string]any{"count": map[string]any{"type": "integer"}}}}},
				Check: func(t testing.TB, res arm.Result) {
					v, err := judge.DecodeResult(res.Data["validation"])
					if err != nil || !v.Valid || len(v.Issues) != 0 {
						t.Fatalf("validation %+v (%v)", v, err)
					}
				}},
		},
		Invalid: []Invalid{
			{Name: "schema layer without schema", Request: arm.Request{Action: "validate", Inputs: map[string]any{
				"output": "x", "validation_types": []any{"schema"}}}, Field: "schema"},
			{Name: "criteria not a list", Request: arm.Request{Action: "validate", Inputs: map[string]any{
				"output": "x", "acceptance_criteria": "contains x"}}, Field: "acceptance_criteria"},
		},
	}
	if model {
		c.Cases = append(c.Cases, Case{Name: "model criterion", Model: true, Request: arm.Request{Action: "validate", Inputs: map[string]any{
			"output": "Hello OctoLLM", "acceptance_criteria": []any{"the greeting is friendly"}}},
			Check: func(t testing.TB, res arm.Result) {
				v, err := judge.DecodeResult(res.Data["validation"])
				if err != nil || !v.Valid || len(v.PassedCriteria) != 1 || len(v.UncheckedCriteria) != 0 {
					t.Fatalf("validation %+v (%v)", v, err)
				}
			}})
	}
	return c
}

// Planner is the planner's contract: a goal the rules plan, and with a
// model one only the model (FakeModel) can plan.
func Planner(model bool) Contract {
	plan := func(t testing.TB, res arm.Result) planner.Plan {
		t.Helper()
		p, err := arm.DecodeData[planner.Plan](res.Data["plan"])
		if err != nil || len(p.Steps) == 0 || planner.Validate(p) != nil {
			t.Fatalf("plan %+v: %v / %v", res.Data["plan"], err, planner.Validate(p))
		}
		return p
	}
	c := Contract{
		Type: arm.TypePlanner,
		Cases: []Case{
			{Name: "rules", Request: arm.Request{Action: "plan", Inputs: map[string]any{"goal": "Echo 'Hello OctoLLM'"}},
				Check: func(t testing.TB, res arm.Result) {
					p := plan(t, res)
					s := p.Steps[0]
					if p.Planner != "rules" || s.Arm != arm.TypeExecutor || s.Action != arm.ActionShell || fmt.Sprint(s.Inputs["argv"]) != "[echo Hello OctoLLM]" {
						t.Fatalf("rule plan %+v", p)
					}
				}},
		},
		Invalid: []Invalid{
			{Name: "empty goal", Request: arm.Request{Action: "plan", Inputs: map[string]any{"goal": "  "}}, Field: "goal"},
			{Name: "constraints not a list", Request: arm.Request{Action: "plan", Inputs: map[string]any{"goal": "Echo hi", "constraints": 3}}, Field: "constraints"},
		},
	}
	if model {
		c.Cases = append(c.Cases, Case{Name: "model", Model: true,
			Request: arm.Request{Action: "plan", Inputs: map[string]any{"goal": FakePlanGoal}},
			Check: func(t testing.TB, res arm.Result) {
				p := plan(t, res)
				if p.Planner != "llm" || len(p.Steps) != 1 || p.Steps[0].Arm != arm.TypeExecutor || fmt.Sprint(p.Steps[0].Inputs["argv"]) != "[uname -a]" {
					t.Fatalf("model plan %+v", p)
				}
			}})
	}
	return c
}

// Retriever is the retriever's contract: index, search, delete, in that
// order, on documents whose ids start with prefix (so several runs can
// share one store). With model the search also synthesises an answer.
func Retriever(prefix string, model bool) Contract {
	docs := []any{
		map[string]any{"id": prefix + "tls", "source": "tls-guide", "title": "TLS renewal",
			"content": "Certificates are renewed by cert-manager thirty days before they expire."},
		map[string]any{"id": prefix + "lua", "source": "lua-guide", "title": "Redis Lua",
			"content": "Redis runs Lua scripts atomically on the server; keep them short."},
	}
	c := Contract{
		Type:       arm.TypeRetriever,
		Sequential: true,
		Cases: []Case{
			{Request: arm.Request{Action: "index", Inputs: map[string]any{"documents": docs}},
				Check: func(t testing.TB, res arm.Result) {
					if !strings.HasPrefix(res.Output, "indexed 2 document(s)") {
						t.Fatalf("index: %+v", res)
					}
				}},
			{Request: arm.Request{Action: "search", Inputs: map[string]any{"query": "when are certificates renewed", "limit": 3}},
				Check: func(t testing.TB, res arm.Result) {
					// The store may hold other runs' copies: the right
					// source comes first and this run's copy is found.
					sr, err := retriever.DecodeResponse(res.Data["retrieval"])
					found := slices.ContainsFunc(sr.Results, func(r retriever.SearchResult) bool { return r.Metadata["document_id"] == prefix+"tls" })
					if err != nil || len(sr.Results) == 0 || sr.Results[0].Source != "tls-guide" || !found || !strings.HasPrefix(res.Output, "[1] TLS renewal (tls-guide") {
						t.Fatalf("search: %+v %v", res, err)
					}
				}},
			{Request: arm.Request{Action: "delete", Inputs: map[string]any{"id": prefix + "lua"}},
				Check: func(t testing.TB, res arm.Result) {
					if res.Output != "deleted "+prefix+"lua" {
						t.Fatalf("delete: %+v", res)
					}
				}},
		},
		Invalid: []Invalid{
			{Name: "empty query", Request: arm.Request{Action: "search", Inputs: map[string]any{"query": ""}}, Field: "query"},
			{Name: "unknown method", Request: arm.Request{Action: "search", Inputs: map[string]any{"query": "x", "method": "psychic"}}, Field: "method"},
			{Name: "delete without id", Request: arm.Request{Action: "delete", Inputs: map[string]any{}}, Field: "id"},
		},
	}
	if model {
		c.Cases = append(c.Cases, Case{Name: "search with synthesis", Model: true,
			Request: arm.Request{Action: "search", Inputs: map[string]any{"query": "when are certificates renewed", "synthesize": true}},
			Check: func(t testing.TB, res arm.Result) {
				sr, err := retriever.DecodeResponse(res.Data["retrieval"])
				if err != nil || !strings.Contains(sr.Synthesis, "[1]") || len(sr.Citations) == 0 || !strings.Contains(res.Output, "Sources:") {
					t.Fatalf("synthesis: %+v %v", res, err)
				}
			}})
	}
	return c
}

// CoderGoSource is the Go file FakeModel answers every coder request with.
const CoderGoSource = "package mathx\n\n// Sum adds xs.\nfunc Sum(xs []int) int {\n\ttotal := 0\n\tfor _, x := range xs {\n\t\ttotal += x\n\t}\n\treturn total\n}\n"

// CoderExplanation is FakeModel's explanation of that code.
const CoderExplanation = "Sum adds the numbers of a slice in one pass and returns 0 for an empty slice."

// Coder is the coder's contract with FakeModel as its model: every action
// (code and each request type) must come back with checked code or, for
// analyze and explain, the explanation.
func Coder() Contract {
	c := Contract{Type: arm.TypeCoder}
	inputs := func(extra map[string]any) map[string]any {
		in := map[string]any{"language": "go", "instruction": "Write a function Sum that adds ints.", "run_tests": false}
		for k, v := range extra {
			in[k] = v
		}
		return in
	}
	for _, action := range append([]string{coder.ActionCode}, coder.RequestTypes()...) {
		extra := map[string]any{}
		wantExplanation := action == coder.TypeAnalyze || action == coder.TypeExplain
		if action != coder.ActionCode && action != coder.TypeGenerate && action != coder.TypeTest {
			extra["existing_code"] = CoderGoSource
		}
		c.Cases = append(c.Cases, Case{Request: arm.Request{Action: action, Inputs: inputs(extra)}, Model: true,
			Check: func(t testing.TB, res arm.Result) {
				cr, err := coder.DecodeResult(res.Data["code"])
				if err != nil || !cr.Success {
					t.Fatalf("%s: %+v %v", action, cr, err)
				}
				wantType := action
				if action == coder.ActionCode {
					wantType = coder.TypeGenerate
				}
				if cr.Metadata.RequestType != wantType {
					t.Fatalf("%s: request type %q", action, cr.Metadata.RequestType)
				}
				if wantExplanation {
					if res.Output != CoderExplanation {
						t.Fatalf("%s: output %q", action, res.Output)
					}
					return
				}
				// The code is checked (and gofmt'ed) Go, not the model's text verbatim.
				if !cr.Syntax.Valid || !cr.Syntax.Checked || !strings.HasPrefix(res.Output, "package mathx") || !strings.Contains(res.Output, "func Sum(xs []int) int") {
					t.Fatalf("%s: output %q syntax %+v", action, res.Output, cr.Syntax)
				}
			}})
	}
	c.Invalid = []Invalid{
		{Name: "short instruction", Request: arm.Request{Action: coder.ActionCode, Inputs: map[string]any{"language": "go", "instruction": "x"}}, Field: "instruction"},
		{Name: "no language", Request: arm.Request{Action: coder.ActionCode, Inputs: map[string]any{"instruction": "Write a function Sum that adds ints."}}, Field: "language"},
		{Name: "debug without code", Request: arm.Request{Action: coder.TypeDebug, Inputs: inputs(nil)}, Field: "existing_code"},
	}
	return c
}

// ExecutorEnv is what the executor's contract needs from its setting.
type ExecutorEnv struct {
	// Token mints a capability token for exactly req (the orchestrator's
	// grant for the step).
	Token func(t testing.TB, req arm.Request) string
	// PageURL is an allow-listed URL that answers GET with PageBody.
	PageURL, PageBody string
}

// Executor is the executor's contract: shell, http and (when the sandbox
// has an interpreter) python steps, refusals, and a sleep cancelled
// mid-way.
func Executor(env ExecutorEnv) Contract {
	exitCode := func(res arm.Result) string { return fmt.Sprint(res.Data["exit_code"]) }
	return Contract{
		Type: arm.TypeExecutor,
		Prepare: func(t testing.TB, req arm.Request) arm.Request {
			// Inputs cross JSON in stored plans, as over HTTP.
			b, _ := json.Marshal(req.Inputs)
			var in map[string]any
			_ = json.Unmarshal(b, &in)
			req.Inputs = in
			if req.TaskID == "" {
				req.TaskID, req.StepID = "0b5e6f5e-2f43-4a5c-9d6e-3f1a2b3c4d5e", "s1"
			}
			req.CapabilityToken = env.Token(t, req)
			return req
		},
		Cases: []Case{
			{Name: "shell", Request: arm.Request{Action: arm.ActionShell, Inputs: map[string]any{"argv": []string{"echo", "Hello OctoLLM"}}},
				Check: func(t testing.TB, res arm.Result) {
					if res.Output != "Hello OctoLLM\n" || exitCode(res) != "0" || res.Data["stdout"] != "Hello OctoLLM\n" || res.Confidence != 1 {
						t.Fatalf("echo: %+v", res)
					}
					// The sandbox and the token that authorised the run are on record.
					if res.Data["sandbox_tier"] == "" || res.Data["capability_jti"] == "" || res.Data["command_hash"] == "" {
						t.Fatalf("provenance missing: %v", res.Data)
					}
				}},
			{Name: "shell failing command", Request: arm.Request{Action: arm.ActionShell, Inputs: map[string]any{"argv": []string{"ls", "/workspace/nope"}}},
				Check: func(t testing.TB, res arm.Result) {
					// A command that ran is a result whatever its exit code.
					if exitCode(res) != "2" || !strings.Contains(fmt.Sprint(res.Data["stderr"]), "nope") {
						t.Fatalf("failing command: %+v", res)
					}
				}},
			{Name: "http", Request: arm.Request{Action: arm.ActionHTTP, Inputs: map[string]any{"url": env.PageURL, "method": "GET"}},
				Check: func(t testing.TB, res arm.Result) {
					if res.Output != env.PageBody || fmt.Sprint(res.Data["status_code"]) != "200" {
						t.Fatalf("http: %+v", res)
					}
				}},
			{Name: "python", Optional: true, Request: arm.Request{Action: "python", Inputs: map[string]any{"code": "print(6 * 7)"}},
				Check: func(t testing.TB, res arm.Result) {
					if res.Output != "42\n" || exitCode(res) != "0" {
						t.Fatalf("python: %+v", res)
					}
				}},
		},
		Invalid: []Invalid{
			{Name: "argv as a shell string", Request: arm.Request{Action: arm.ActionShell, Inputs: map[string]any{"argv": "echo hi"}}, Field: "argv"},
			{Name: "no argv", Request: arm.Request{Action: arm.ActionShell, Inputs: map[string]any{}}, Field: "argv"},
		},
		Slow: &arm.Request{Action: arm.ActionShell, Inputs: map[string]any{"argv": []string{"sleep", "20"}}},
	}
}

// FakePlanGoal is a goal no planner rule covers; FakeModel plans it as one
// executor step running `uname -a`.
const FakePlanGoal = "Tell me which operating system kernel this host runs"

// FakeModel answers, behind an OpenAI-compatible llmtest server, the
// prompts of the model-using arms: the planner's (a one-step plan for
// FakePlanGoal), the coder's (CoderGoSource with CoderExplanation), the
// retriever's synthesis (an answer citing [1]) and the judge's yes/no
// questions (YES).
func FakeModel(c llmtest.Call) llmtest.Reply {
	system := ""
	if c.Chat != nil {
		system = c.Chat.System
	}
	switch {
	case strings.Contains(system, "planner of OctoLLM"):
		if !strings.Contains(c.LastUser(), FakePlanGoal) {
			return llmtest.Reply{Content: "I cannot plan that"}
		}
		return llmtest.Reply{Content: `{"steps":[{"id":"s1","arm":"executor","action":"shell","inputs":{"argv":["uname","-a"]},"depends_on":[],"acceptance_criteria":["exit code 0"]}],"rationale":"uname names the kernel","confidence":0.9}`}
	case strings.Contains(system, "coder arm of OctoLLM"):
		b, _ := json.Marshal(map[string]any{"code": CoderGoSource, "tests": "", "explanation": CoderExplanation, "confidence": 0.9, "warnings": []string{}})
		return llmtest.Reply{Content: string(b)}
	case strings.Contains(system, "numbered sources"):
		return llmtest.Reply{Content: "cert-manager renews certificates thirty days before they expire [1]."}
	case strings.Contains(system, "YES or NO"):
		return llmtest.Reply{Content: "YES"}
	}
	return llmtest.Reply{Content: "{}"}
}

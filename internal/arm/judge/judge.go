// Package judge is the judge arm (spec §2.6): it validates an output in
// layers and returns the ValidationResult of spec §3.5. The schema layer
// (JSON Schema) and the machine-checkable acceptance criteria ("contains
// X", "exit code 0", "valid UUID", "valid JSON", "count equals N", ...)
// need no model. Criteria that only a reader can judge, the claims
// (hallucination) and facts layers and the quality layer use a model when
// one is configured; without one such criteria are reported as unchecked,
// never as passed.
package judge

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/octollm/octollm/internal/arm"
)

// Validation layers.
const (
	LayerSchema        = "schema"
	LayerCriteria      = "criteria"
	LayerFacts         = "facts"
	LayerHallucination = "hallucination"
	LayerQuality       = "quality"
)

// Issue severities.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// Request is what to validate.
type Request struct {
	// Output is the value under test (a string or any JSON value).
	Output any `json:"output"`
	// ValidationTypes picks layers; empty means every layer whose inputs
	// are present (schema when Schema is set, criteria when there are
	// criteria, the model layers when a model is configured and asked for).
	ValidationTypes []string `json:"validation_types,omitempty"`
	// Schema is a JSON Schema the output must satisfy.
	Schema json.RawMessage `json:"schema,omitempty"`
	// AcceptanceCriteria are checked one by one ("criteria" is an alias).
	AcceptanceCriteria []string `json:"acceptance_criteria,omitempty"`
	Criteria           []string `json:"criteria,omitempty"`
	// Context is what the output may rely on (source text for the claims
	// layer) and facts about how it was produced (exit_code, count).
	Context map[string]any `json:"context,omitempty"`
	// TrustedSources are texts facts are checked against.
	TrustedSources []string `json:"trusted_sources,omitempty"`
}

// Issue is one problem found.
type Issue struct {
	Severity   string `json:"severity"`
	Type       string `json:"type"`
	Message    string `json:"message"`
	Location   string `json:"location,omitempty"`
	Suggestion string `json:"suggestion,omitempty"`
}

// Result is spec §3.5's ValidationResult, plus the criteria nobody could
// check.
type Result struct {
	Valid             bool     `json:"valid"`
	Confidence        float64  `json:"confidence"`
	Issues            []Issue  `json:"issues"`
	PassedCriteria    []string `json:"passed_criteria"`
	FailedCriteria    []string `json:"failed_criteria"`
	UncheckedCriteria []string `json:"unchecked_criteria"`
	QualityScore      float64  `json:"quality_score"`
	Metadata          Metadata `json:"metadata"`
}

// Metadata summarises a validation.
type Metadata struct {
	ValidationTypesRun []string `json:"validation_types_run"`
	TotalIssues        int      `json:"total_issues"`
	ErrorCount         int      `json:"error_count"`
	WarningCount       int      `json:"warning_count"`
	InfoCount          int      `json:"info_count"`
	DurationMS         float64  `json:"duration_ms"`
	Model              string   `json:"model,omitempty"`
	Tokens             int      `json:"tokens,omitempty"`
	CostUSD            float64  `json:"cost_usd,omitempty"`
}

// Config configures a Judge.
type Config struct {
	// Model is the LLM for the model layers; nil disables them.
	Model arm.Completer
	// Logger (default discards).
	Logger *slog.Logger
}

// Judge is the judge arm.
type Judge struct {
	cfg Config
}

var _ arm.Arm = (*Judge)(nil)

// New returns a judge.
func New(cfg Config) *Judge {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Judge{cfg: cfg}
}

type run struct {
	res   *Result
	confs []float64
}

func (r *run) add(i Issue) { r.res.Issues = append(r.res.Issues, i) }

// Validate runs the layers on req.
func (j *Judge) Validate(ctx context.Context, req Request) (Result, error) {
	start := time.Now()
	res := Result{Issues: []Issue{}, PassedCriteria: []string{}, FailedCriteria: []string{}, UncheckedCriteria: []string{}, QualityScore: 0.5}
	r := &run{res: &res}
	criteria := append(append([]string{}, req.AcceptanceCriteria...), req.Criteria...)
	want := func(layer string, implied bool) bool {
		if len(req.ValidationTypes) == 0 {
			return implied
		}
		for _, t := range req.ValidationTypes {
			if t == layer {
				return true
			}
		}
		return false
	}
	if want(LayerSchema, len(req.Schema) > 0) {
		if err := j.schemaLayer(r, req); err != nil {
			return Result{}, err
		}
	}
	if want(LayerCriteria, len(criteria) > 0) {
		if err := j.criteriaLayer(ctx, r, req, criteria); err != nil {
			return Result{}, err
		}
	}
	if want(LayerFacts, false) {
		if err := j.factsLayer(ctx, r, req); err != nil {
			return Result{}, err
		}
	}
	if want(LayerHallucination, false) {
		if err := j.claimsLayer(ctx, r, req); err != nil {
			return Result{}, err
		}
	}
	if want(LayerQuality, false) {
		if err := j.qualityLayer(ctx, r, req); err != nil {
			return Result{}, err
		}
	}
	res.Valid = len(res.FailedCriteria) == 0
	for _, i := range res.Issues {
		switch i.Severity {
		case SeverityError:
			res.Valid = false
			res.Metadata.ErrorCount++
		case SeverityWarning:
			res.Metadata.WarningCount++
		default:
			res.Metadata.InfoCount++
		}
	}
	res.Metadata.TotalIssues = len(res.Issues)
	res.Confidence = 0.5
	if len(r.confs) > 0 {
		var s float64
		for _, c := range r.confs {
			s += c
		}
		res.Confidence = s / float64(len(r.confs))
	}
	res.Metadata.DurationMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

func (j *Judge) schemaLayer(r *run, req Request) error {
	r.res.Metadata.ValidationTypesRun = append(r.res.Metadata.ValidationTypesRun, LayerSchema)
	if len(req.Schema) == 0 {
		return arm.Errorf(arm.CodeInvalidInput, "the schema layer needs a schema")
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(req.Schema))
	if err != nil {
		return arm.Errorf(arm.CodeInvalidInput, "schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		return arm.Errorf(arm.CodeInvalidInput, "schema: %v", err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		return arm.Errorf(arm.CodeInvalidInput, "schema does not compile: %v", err)
	}
	inst := req.Output
	// A string output that holds JSON is validated as that JSON.
	if s, ok := inst.(string); ok {
		if v, err := jsonschema.UnmarshalJSON(strings.NewReader(s)); err == nil {
			inst = v
		}
	} else {
		b, _ := json.Marshal(inst)
		inst, _ = jsonschema.UnmarshalJSON(bytes.NewReader(b))
	}
	if err := sch.Validate(inst); err != nil {
		ve, ok := err.(*jsonschema.ValidationError)
		if !ok {
			return fmt.Errorf("judge: schema validation: %w", err)
		}
		for _, leaf := range leaves(ve) {
			loc := "$"
			if len(leaf.InstanceLocation) > 0 {
				loc = "$." + strings.Join(leaf.InstanceLocation, ".")
			}
			r.add(Issue{Severity: SeverityError, Type: "schema_violation", Location: loc,
				Message: "output does not match the schema at " + loc + ": " + leaf.ErrorKind.LocalizedString(englishPrinter)})
		}
		r.confs = append(r.confs, 0)
		return nil
	}
	r.confs = append(r.confs, 1)
	return nil
}

// englishPrinter renders schema errors; the library needs a printer.
var englishPrinter = message.NewPrinter(language.English)

func leaves(e *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return []*jsonschema.ValidationError{e}
	}
	var out []*jsonschema.ValidationError
	for _, c := range e.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

func outputText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	default:
		b, _ := json.Marshal(x)
		return string(b)
	}
}

// verdict of a deterministic check.
type verdict int

const (
	notMachineCheckable verdict = iota
	pass
	fail
)

var (
	reContains    = regexp.MustCompile(`(?i)^(?:the\s+)?(?:output|result|response|stdout)?\s*(?:should\s+|must\s+)?(?:contains?|includes?)\s+(.+)$`)
	reNotContains = regexp.MustCompile(`(?i)^(?:the\s+)?(?:output|result|response|stdout)?\s*(?:should\s+|must\s+)?(?:does\s+not|doesn't|do\s+not|not)\s+(?:contain|include)s?\s+(.+)$`)
	reExit        = regexp.MustCompile(`(?i)^(?:the\s+)?(?:command\s+)?(?:exit\s*code|exits?\s+with\s+(?:code|status)|exit\s+status|return\s+code)\s*(?:is|=|==|of|equals)?\s*(-?\d+)$`)
	reUUID        = regexp.MustCompile(`(?i)^(?:the\s+)?(?:output|result)?\s*(?:is\s+)?(?:a\s+)?valid\s+uuid$|^(?:output|result)\s+is\s+a\s+uuid$`)
	reJSON        = regexp.MustCompile(`(?i)^(?:the\s+)?(?:output|result)?\s*(?:is\s+)?(?:a\s+)?valid\s+json(?:\s+(?:object|document|value))?$`)
	reCount       = regexp.MustCompile(`(?i)^(?:the\s+)?(?:count|number\s+of\s+\w+|total)\s*(?:equals|is|=|==|of)\s*(\d+)$`)
	reNumber      = regexp.MustCompile(`(?i)^(?:the\s+)?(?:output|result)\s+is\s+(?:a\s+)?(?:number|numeric|an\s+integer)$`)
	reNonEmpty    = regexp.MustCompile(`(?i)^(?:the\s+)?(?:output|result)\s+is\s+(?:not\s+empty|non-?empty)$|^non-?empty\s+output$`)
	reMatches     = regexp.MustCompile(`(?i)^(?:the\s+)?(?:output|result)?\s*matches\s+/(.+)/$`)
)

func unquote(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ".")
	if len(s) >= 2 {
		if f, l := s[0], s[len(s)-1]; (f == '"' || f == '\'' || f == '`') && f == l {
			return s[1 : len(s)-1]
		}
	}
	return s
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case float64:
		return x, true
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		return f, err == nil
	}
	return 0, false
}

// CheckCriterion applies the deterministic check for criterion, if one
// exists; the reason says what was compared.
func CheckCriterion(criterion string, output any, context map[string]any) (verdict, string) {
	c := strings.TrimSpace(criterion)
	text := outputText(output)
	trimmed := strings.TrimSpace(text)
	if m := reNotContains.FindStringSubmatch(c); m != nil {
		want := unquote(m[1])
		if strings.Contains(text, want) {
			return fail, fmt.Sprintf("output contains %q", want)
		}
		return pass, ""
	}
	if m := reContains.FindStringSubmatch(c); m != nil {
		want := unquote(m[1])
		if strings.Contains(text, want) {
			return pass, ""
		}
		return fail, fmt.Sprintf("output does not contain %q", want)
	}
	if m := reExit.FindStringSubmatch(c); m != nil {
		want, _ := strconv.Atoi(m[1])
		got, ok := number(context["exit_code"])
		if !ok {
			return fail, "no exit code was recorded for this output"
		}
		if int(got) != want {
			return fail, fmt.Sprintf("exit code was %d, not %d", int(got), want)
		}
		return pass, ""
	}
	if reUUID.MatchString(c) {
		if u, err := uuid.Parse(trimmed); err == nil && len(trimmed) == 36 && u.String() == strings.ToLower(trimmed) {
			return pass, ""
		}
		return fail, "output is not a UUID in canonical form"
	}
	if reJSON.MatchString(c) {
		if json.Valid([]byte(trimmed)) || (output != nil && !isString(output)) {
			return pass, ""
		}
		return fail, "output is not valid JSON"
	}
	if m := reCount.FindStringSubmatch(c); m != nil {
		want, _ := strconv.Atoi(m[1])
		got, ok := number(context["count"])
		if !ok {
			got, ok = number(trimmed)
		}
		if !ok {
			return fail, "output holds no count"
		}
		if int(got) != want || got != float64(int(got)) {
			return fail, fmt.Sprintf("count is %v, not %d", got, want)
		}
		return pass, ""
	}
	if reNumber.MatchString(c) {
		if _, ok := number(trimmed); ok {
			return pass, ""
		}
		return fail, "output is not a number"
	}
	if reNonEmpty.MatchString(c) {
		if trimmed != "" {
			return pass, ""
		}
		return fail, "output is empty"
	}
	if m := reMatches.FindStringSubmatch(c); m != nil {
		re, err := regexp.Compile(m[1])
		if err != nil {
			return notMachineCheckable, ""
		}
		if re.MatchString(text) {
			return pass, ""
		}
		return fail, fmt.Sprintf("output does not match /%s/", m[1])
	}
	return notMachineCheckable, ""
}

func isString(v any) bool { _, ok := v.(string); return ok }

func (j *Judge) criteriaLayer(ctx context.Context, r *run, req Request, criteria []string) error {
	r.res.Metadata.ValidationTypesRun = append(r.res.Metadata.ValidationTypesRun, LayerCriteria)
	checked, passed := 0, 0
	for _, c := range criteria {
		v, reason := CheckCriterion(c, req.Output, req.Context)
		if v == notMachineCheckable && j.cfg.Model != nil {
			yes, err := j.yesNo(ctx, r, fmt.Sprintf("Output:\n%s\n\nCriterion: %s\n\nDoes the output meet the criterion? Answer YES or NO.", clip(outputText(req.Output), 8000), c))
			if err != nil {
				return err
			}
			v, reason = fail, "the model judged the criterion not met"
			if yes {
				v = pass
			}
		}
		switch v {
		case pass:
			checked++
			passed++
			r.res.PassedCriteria = append(r.res.PassedCriteria, c)
		case fail:
			checked++
			r.res.FailedCriteria = append(r.res.FailedCriteria, c)
			r.add(Issue{Severity: SeverityError, Type: "criteria_not_met", Message: fmt.Sprintf("criterion %q not met: %s", c, reason),
				Suggestion: "change the plan or the output so that the criterion holds"})
		default:
			r.res.UncheckedCriteria = append(r.res.UncheckedCriteria, c)
			r.add(Issue{Severity: SeverityWarning, Type: "criteria_ambiguous",
				Message:    fmt.Sprintf("criterion %q was not checked: it is not machine-checkable and no model is configured", c),
				Suggestion: "configure OCTOLLM_LLM_PROVIDER to have such criteria judged, or phrase it as a checkable rule (contains X, exit code 0, valid JSON, ...)"})
		}
	}
	if checked > 0 {
		r.confs = append(r.confs, float64(passed)/float64(checked))
	}
	return nil
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

func (j *Judge) complete(ctx context.Context, r *run, p arm.Prompt) (string, error) {
	c, err := j.cfg.Model.Complete(ctx, p)
	if err != nil {
		return "", fmt.Errorf("judge: model: %w", err)
	}
	r.res.Metadata.Tokens += c.Tokens
	r.res.Metadata.CostUSD += c.CostUSD
	r.res.Metadata.Model = c.Model
	return c.Text, nil
}

func (j *Judge) yesNo(ctx context.Context, r *run, question string) (bool, error) {
	txt, err := j.complete(ctx, r, arm.Prompt{System: "You are a strict validator. Answer only YES or NO.", User: question, Temperature: 0, MaxTokens: 10})
	if err != nil {
		return false, err
	}
	return strings.HasPrefix(strings.ToUpper(strings.TrimSpace(txt)), "YES"), nil
}

func (j *Judge) needModel(layer string) error {
	if j.cfg.Model == nil {
		return arm.Errorf(arm.CodeLLMRequired, "the %s layer needs a language model; set OCTOLLM_LLM_PROVIDER and OCTOLLM_LLM_MODEL", layer)
	}
	return nil
}

func (j *Judge) claims(ctx context.Context, r *run, output string) ([]string, error) {
	txt, err := j.complete(ctx, r, arm.Prompt{System: "Extract the factual claims of the text. Answer with a JSON object {\"claims\": [\"...\"]}.",
		User: clip(output, 8000), JSON: true, Temperature: 0, MaxTokens: 800})
	if err != nil {
		return nil, err
	}
	var out struct {
		Claims []string `json:"claims"`
	}
	if i, k := strings.Index(txt, "{"), strings.LastIndex(txt, "}"); i >= 0 && k > i {
		txt = txt[i : k+1]
	}
	if err := json.Unmarshal([]byte(txt), &out); err != nil {
		return nil, arm.Errorf(arm.CodeExecution, "the model's claims are not JSON: %v", err)
	}
	return out.Claims, nil
}

func (j *Judge) supportLayer(ctx context.Context, r *run, req Request, layer, source, issueType, severity string) error {
	r.res.Metadata.ValidationTypesRun = append(r.res.Metadata.ValidationTypesRun, layer)
	if err := j.needModel(layer); err != nil {
		return err
	}
	cl, err := j.claims(ctx, r, outputText(req.Output))
	if err != nil {
		return err
	}
	if len(cl) == 0 {
		r.confs = append(r.confs, 1)
		return nil
	}
	bad := 0
	for _, c := range cl {
		ok, err := j.yesNo(ctx, r, fmt.Sprintf("Source:\n%s\n\nClaim: %s\n\nIs the claim supported by the source? Answer YES or NO.", clip(source, 8000), c))
		if err != nil {
			return err
		}
		if !ok {
			bad++
			r.add(Issue{Severity: severity, Type: issueType, Message: fmt.Sprintf("claim not supported by the %s: %s", map[string]string{LayerFacts: "trusted sources", LayerHallucination: "context"}[layer], clip(c, 400))})
		}
	}
	r.confs = append(r.confs, 1-float64(bad)/float64(len(cl)))
	return nil
}

func (j *Judge) factsLayer(ctx context.Context, r *run, req Request) error {
	return j.supportLayer(ctx, r, req, LayerFacts, strings.Join(req.TrustedSources, "\n---\n"), "unverified_fact", SeverityWarning)
}

func (j *Judge) claimsLayer(ctx context.Context, r *run, req Request) error {
	b, _ := json.Marshal(req.Context)
	return j.supportLayer(ctx, r, req, LayerHallucination, string(b), "unsupported_claim", SeverityWarning)
}

func (j *Judge) qualityLayer(ctx context.Context, r *run, req Request) error {
	r.res.Metadata.ValidationTypesRun = append(r.res.Metadata.ValidationTypesRun, LayerQuality)
	if err := j.needModel(LayerQuality); err != nil {
		return err
	}
	txt, err := j.complete(ctx, r, arm.Prompt{System: "Rate the text from 0 to 1 for completeness, clarity and consistency. Answer with a JSON object {\"completeness\":0.0,\"clarity\":0.0,\"consistency\":0.0}.",
		User: clip(outputText(req.Output), 8000), JSON: true, Temperature: 0, MaxTokens: 100})
	if err != nil {
		return err
	}
	var q struct{ Completeness, Clarity, Consistency float64 }
	if i, k := strings.Index(txt, "{"), strings.LastIndex(txt, "}"); i >= 0 && k > i {
		txt = txt[i : k+1]
	}
	if err := json.Unmarshal([]byte(txt), &q); err != nil {
		return arm.Errorf(arm.CodeExecution, "the model's quality scores are not JSON: %v", err)
	}
	score := (clamp01(q.Completeness) + clamp01(q.Clarity) + clamp01(q.Consistency)) / 3
	r.res.QualityScore = score
	r.confs = append(r.confs, score)
	if score < 0.7 {
		r.add(Issue{Severity: SeverityWarning, Type: "readability_issue", Message: fmt.Sprintf("quality score %.2f is below 0.70", score)})
	}
	return nil
}

func clamp01(f float64) float64 { return min(1, max(0, f)) }

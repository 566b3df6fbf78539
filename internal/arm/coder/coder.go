// Package coder is the coder arm (spec §2.5): it asks a model for code
// (generate, debug, refactor, analyze, test, explain, optimize) as
// structured JSON, checks the code with real toolchains — Go in process
// with go/parser and go/format, Python with `python3 -m py_compile` and
// JavaScript with `node --check` inside the sandbox — feeds syntax errors
// and failing tests back to the model for up to two fix rounds, runs the
// generated tests in the sandbox, and keeps successful solutions in its
// episodic memory to offer for similar instructions. The result is spec
// §3.6's CodeGeneration.
//
// Without a model every request fails with llm_required: the coder never
// makes code up.
package coder

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/sandbox"
)

// Request types (spec §2.5).
const (
	TypeGenerate = "generate"
	TypeDebug    = "debug"
	TypeRefactor = "refactor"
	TypeAnalyze  = "analyze"
	TypeTest     = "test"
	TypeExplain  = "explain"
	TypeOptimize = "optimize"
)

// RequestTypes lists the request types.
func RequestTypes() []string {
	return []string{TypeGenerate, TypeDebug, TypeRefactor, TypeAnalyze, TypeTest, TypeExplain, TypeOptimize}
}

// SupportedLanguages are the languages the coder writes; syntax is checked
// for go, python and javascript, the others are reported as unchecked.
func SupportedLanguages() []string {
	return []string{"python", "javascript", "typescript", "go", "rust", "java"}
}

// LLMRequiredMessage tells a user how to give the coder a model.
const LLMRequiredMessage = "writing code needs a language model, and none is configured. " +
	"Set OCTOLLM_LLM_PROVIDER (openai, anthropic or ollama) with OCTOLLM_LLM_MODEL, plus OPENAI_API_KEY or " +
	"ANTHROPIC_API_KEY, or OCTOLLM_LLM_BASE_URL for a local OpenAI-compatible server (vLLM, llama.cpp, Ollama, LM Studio)"

// ErrInvalid is returned for a bad request; the message names the field.
var ErrInvalid = errors.New("coder: invalid request")

// Request is spec §2.5's code request.
type Request struct {
	RequestType  string         `json:"request_type"`
	Language     string         `json:"language"`
	Instruction  string         `json:"instruction"`
	Context      map[string]any `json:"context,omitempty"`
	ExistingCode string         `json:"existing_code,omitempty"`
	Constraints  []string       `json:"constraints,omitempty"`
	// RunTests runs the generated tests in the sandbox (default true when
	// a sandbox is configured and the model wrote tests).
	RunTests *bool `json:"run_tests,omitempty"`
}

// SyntaxCheck is the outcome of a syntax check (spec §3.6).
type SyntaxCheck struct {
	Valid bool `json:"valid"`
	// Checked is false when no checker exists for the language (or the
	// sandbox it needs is not configured); Valid is then true.
	Checked     bool     `json:"checked"`
	Checker     string   `json:"checker"`
	Message     string   `json:"message,omitempty"`
	Line        int      `json:"line,omitempty"`
	Column      int      `json:"column,omitempty"`
	Suggestions []string `json:"suggestions,omitempty"`
}

// TestRun is the outcome of running the generated tests in the sandbox.
type TestRun struct {
	Passed     bool    `json:"passed"`
	ExitCode   int     `json:"exit_code"`
	Output     string  `json:"output"`
	DurationMS float64 `json:"duration_ms"`
	TimedOut   bool    `json:"timed_out,omitempty"`
	Command    string  `json:"command"`
}

// Metadata describes how a result was produced.
type Metadata struct {
	Model              string  `json:"model"`
	TokensUsed         int     `json:"tokens_used"`
	CostUSD            float64 `json:"cost_usd"`
	MemoryHits         int     `json:"memory_hits"`
	EpisodicMemoryUsed bool    `json:"episodic_memory_used"`
	RequestType        string  `json:"request_type"`
	DurationMS         float64 `json:"duration_ms"`
	FixAttempts        int     `json:"fix_attempts"`
	ModelCalls         int     `json:"model_calls"`
}

// Result is spec §3.6's CodeGeneration.
type Result struct {
	Success     bool        `json:"success"`
	Code        string      `json:"code"`
	Explanation string      `json:"explanation"`
	Language    string      `json:"language"`
	Tests       string      `json:"tests,omitempty"`
	Confidence  float64     `json:"confidence"`
	Warnings    []string    `json:"warnings"`
	Syntax      SyntaxCheck `json:"syntax"`
	TestRun     *TestRun    `json:"test_run,omitempty"`
	Metadata    Metadata    `json:"metadata"`
}

// Solution is a past result kept in episodic memory.
type Solution struct {
	Instruction string
	Language    string
	Code        string
	Tests       string
	Tested      bool
}

// Memory is the coder's episodic memory.
type Memory interface {
	// Similar returns up to k past solutions in language whose
	// instructions resemble instruction, most similar first.
	Similar(ctx context.Context, language, instruction string, k int) ([]Solution, error)
	// Remember stores a successful solution.
	Remember(ctx context.Context, s Solution) error
}

// Runner runs one command in isolation (*sandbox.Sandbox implements it).
type Runner interface {
	Run(ctx context.Context, spec sandbox.Spec) (sandbox.Result, error)
}

// Config configures a Coder.
type Config struct {
	// Model writes the code; nil makes every request fail with
	// llm_required.
	Model arm.Completer
	// Sandbox runs syntax checkers (python, node) and tests; nil leaves
	// those languages unchecked and tests unrun (Go syntax is still
	// checked in process).
	Sandbox Runner
	// Memory keeps and offers past solutions; nil disables it.
	Memory Memory
	// MaxFixAttempts bounds the fix rounds (default 2; -1 disables them).
	MaxFixAttempts int
	// Temperature and MaxTokens of model calls (default 0.2 and 4000).
	Temperature float64
	MaxTokens   int
	// GoBinary is the go command used for Go tests (default: found in
	// PATH). Its GOROOT is made visible, read-only, inside the sandbox when
	// it is not under the sandbox's system directories (/usr, ...).
	GoBinary string
	// NodeBinary is node, for JavaScript checks and tests (default: found
	// in PATH; JavaScript is unchecked without it).
	NodeBinary string
	// TestTimeout bounds one test run (default 180 s).
	TestTimeout time.Duration
	// GoCacheDir is a host directory holding a Go build cache of the
	// standard library, built once on first use and mounted read-only into
	// Go test runs (default <tmp>/octollm-coder-gocache-<uid>).
	GoCacheDir string
	// Logger (default discards). Code and prompts are never logged.
	Logger *slog.Logger
}

// Coder is the coder arm.
type Coder struct {
	cfg Config
	// goRoot is the GOROOT of cfg.GoBinary ("" when unknown).
	goRoot string

	// warmSem (capacity 1) serialises warming the Go build cache; a
	// channel rather than a mutex so that waiters give up with their
	// context.
	warmSem chan struct{}
	warmed  bool
	warmErr error
}

var _ arm.Arm = (*Coder)(nil)

// New returns a coder.
func New(cfg Config) (*Coder, error) {
	if cfg.MaxFixAttempts == 0 {
		cfg.MaxFixAttempts = 2
	}
	if cfg.MaxFixAttempts < 0 {
		cfg.MaxFixAttempts = 0
	}
	if cfg.MaxFixAttempts > 5 {
		return nil, fmt.Errorf("coder: MaxFixAttempts %d is more than 5", cfg.MaxFixAttempts)
	}
	if cfg.Temperature == 0 {
		cfg.Temperature = 0.2
	}
	if cfg.MaxTokens == 0 {
		cfg.MaxTokens = 4000
	}
	if cfg.GoBinary == "" {
		if p, err := exec.LookPath("go"); err == nil {
			cfg.GoBinary = p
		}
	}
	goRoot := ""
	if cfg.GoBinary != "" {
		// The real binary (not a symlink in PATH) and its GOROOT, which
		// Go test runs need to see inside the sandbox.
		if p, err := filepath.EvalSymlinks(cfg.GoBinary); err == nil {
			if abs, err := filepath.Abs(p); err == nil {
				cfg.GoBinary, goRoot = abs, filepath.Dir(filepath.Dir(abs))
			}
		}
	}
	if cfg.NodeBinary == "" {
		if p, err := exec.LookPath("node"); err == nil {
			cfg.NodeBinary = p
		}
	}
	if cfg.TestTimeout == 0 {
		cfg.TestTimeout = 180 * time.Second
	}
	if cfg.GoCacheDir == "" {
		cfg.GoCacheDir = filepath.Join(os.TempDir(), fmt.Sprintf("octollm-coder-gocache-%d", os.Getuid()))
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Coder{cfg: cfg, goRoot: goRoot, warmSem: make(chan struct{}, 1)}, nil
}

func invalid(field, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrInvalid, field, fmt.Sprintf(format, args...))
}

func (c *Coder) validate(req *Request) error {
	req.RequestType = strings.ToLower(strings.TrimSpace(req.RequestType))
	if req.RequestType == "" {
		req.RequestType = TypeGenerate
	}
	if !slices.Contains(RequestTypes(), req.RequestType) {
		return invalid("request_type", "must be one of %s", strings.Join(RequestTypes(), ", "))
	}
	req.Language = strings.ToLower(strings.TrimSpace(req.Language))
	switch req.Language {
	case "golang":
		req.Language = "go"
	case "js", "node":
		req.Language = "javascript"
	case "py", "python3":
		req.Language = "python"
	case "ts":
		req.Language = "typescript"
	}
	if req.Language == "" || len(req.Language) > 32 {
		return invalid("language", "is required (for example %s)", strings.Join(SupportedLanguages(), ", "))
	}
	n := utf8.RuneCountInString(strings.TrimSpace(req.Instruction))
	if n < 10 || n > 1000 {
		return invalid("instruction", "must be 10-1000 characters")
	}
	if utf8.RuneCountInString(req.ExistingCode) > 50000 {
		return invalid("existing_code", "must be at most 50000 characters")
	}
	if len(req.Constraints) > 20 {
		return invalid("constraints", "at most 20")
	}
	switch req.RequestType {
	case TypeDebug, TypeRefactor, TypeAnalyze, TypeExplain, TypeOptimize:
		if strings.TrimSpace(req.ExistingCode) == "" {
			return invalid("existing_code", "is required for %s requests", req.RequestType)
		}
	}
	return nil
}

// answer is the JSON the model must return.
type answer struct {
	Code        string   `json:"code"`
	Explanation string   `json:"explanation"`
	Confidence  *float64 `json:"confidence"`
	Warnings    []string `json:"warnings"`
	Tests       string   `json:"tests"`
}

// wantsCode reports whether the request type must produce code.
func wantsCode(t string) bool { return t != TypeAnalyze && t != TypeExplain }

// Generate runs a request end to end.
func (c *Coder) Generate(ctx context.Context, req Request) (Result, error) {
	start := time.Now()
	if err := c.validate(&req); err != nil {
		return Result{}, err
	}
	if c.cfg.Model == nil {
		return Result{}, arm.Errorf(arm.CodeLLMRequired, "%s", LLMRequiredMessage)
	}
	res := Result{Language: req.Language, Warnings: []string{}}
	res.Metadata.RequestType = req.RequestType

	var prior []Solution
	if c.cfg.Memory != nil {
		var err error
		prior, err = c.cfg.Memory.Similar(ctx, req.Language, req.Instruction, 3)
		if err != nil {
			// Memory helps but is not required: carry on without it.
			c.cfg.Logger.WarnContext(ctx, "coder memory lookup failed", "err", err)
			res.Warnings = append(res.Warnings, "episodic memory unavailable: "+err.Error())
		}
		res.Metadata.MemoryHits = len(prior)
		res.Metadata.EpisodicMemoryUsed = len(prior) > 0
	}

	prompt := arm.Prompt{System: systemPrompt(req), User: userPrompt(req, prior), JSON: true,
		Temperature: c.cfg.Temperature, MaxTokens: c.cfg.MaxTokens, Tier: "large"}
	runTests := c.cfg.Sandbox != nil && (req.RunTests == nil || *req.RunTests)

	var ans answer
	var problem string
	for round := 0; ; round++ {
		if round > 0 {
			res.Metadata.FixAttempts++
			prompt.User = fixPrompt(req, prior, ans, problem)
		}
		comp, err := c.cfg.Model.Complete(ctx, prompt)
		res.Metadata.ModelCalls++
		if err != nil {
			return Result{}, err
		}
		res.Metadata.TokensUsed += comp.Tokens
		res.Metadata.CostUSD += comp.CostUSD
		res.Metadata.Model = comp.Model
		a, perr := parseAnswer(comp.Text)
		if perr != nil {
			problem = "Your reply was not the JSON object asked for: " + perr.Error()
			if round < c.cfg.MaxFixAttempts {
				continue
			}
			return Result{}, arm.Errorf(arm.CodeExecution, "the model did not return usable JSON after %d attempt(s): %v", round+1, perr)
		}
		ans = a
		problem = ""
		if wantsCode(req.RequestType) && strings.TrimSpace(ans.Code) == "" {
			problem = "The reply has no code."
		}
		res.Syntax = SyntaxCheck{Valid: true, Checker: "none"}
		res.TestRun = nil
		if problem == "" && strings.TrimSpace(ans.Code) != "" {
			res.Syntax, ans.Code, ans.Tests = c.checkSyntax(ctx, req.Language, ans.Code, ans.Tests)
			if !res.Syntax.Valid {
				problem = "The code does not compile: " + res.Syntax.Message
			}
		}
		if problem == "" && runTests && strings.TrimSpace(ans.Tests) != "" && strings.TrimSpace(ans.Code) != "" {
			tr, err := c.runTests(ctx, req.Language, ans.Code, ans.Tests)
			if err != nil {
				res.Warnings = append(res.Warnings, "tests not run: "+err.Error())
			} else {
				res.TestRun = tr
				if !tr.Passed {
					problem = "The tests fail. Output of `" + tr.Command + "`:\n" + tr.Output
				}
			}
		}
		if problem == "" || round >= c.cfg.MaxFixAttempts {
			break
		}
	}
	res.Code, res.Tests, res.Explanation = ans.Code, ans.Tests, strings.TrimSpace(ans.Explanation)
	res.Warnings = append(res.Warnings, ans.Warnings...)
	res.Confidence = 0.7
	if ans.Confidence != nil {
		res.Confidence = min(max(*ans.Confidence, 0), 1)
	}
	if !res.Syntax.Checked && strings.TrimSpace(ans.Code) != "" {
		res.Warnings = append(res.Warnings, fmt.Sprintf("syntax not checked for %s: %s", req.Language, res.Syntax.Message))
		res.Confidence = min(res.Confidence, 0.6)
	}
	if strings.TrimSpace(ans.Tests) != "" && res.TestRun == nil && !runTests {
		res.Warnings = append(res.Warnings, "tests were not run (no sandbox configured or run_tests is false)")
	}
	res.Success = problem == ""
	if !res.Success {
		res.Warnings = append(res.Warnings, fmt.Sprintf("still failing after %d fix attempt(s): %s", res.Metadata.FixAttempts, firstLine(problem)))
		res.Confidence = min(res.Confidence, 0.2)
	}
	if res.Success && c.cfg.Memory != nil && wantsCode(req.RequestType) {
		err := c.cfg.Memory.Remember(ctx, Solution{Instruction: req.Instruction, Language: req.Language, Code: res.Code,
			Tests: res.Tests, Tested: res.TestRun != nil && res.TestRun.Passed})
		if err != nil {
			c.cfg.Logger.WarnContext(ctx, "coder memory store failed", "err", err)
			res.Warnings = append(res.Warnings, "solution not kept in episodic memory: "+err.Error())
		}
	}
	res.Metadata.DurationMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// parseAnswer reads the model's JSON, tolerating a Markdown fence or text
// around the object.
func parseAnswer(text string) (answer, error) {
	t := strings.TrimSpace(text)
	if i := strings.Index(t, "{"); i >= 0 {
		if j := strings.LastIndex(t, "}"); j > i {
			t = t[i : j+1]
		}
	}
	var a answer
	dec := json.NewDecoder(strings.NewReader(t))
	if err := dec.Decode(&a); err != nil {
		return answer{}, fmt.Errorf("invalid JSON: %v", err)
	}
	return a, nil
}

func systemPrompt(req Request) string {
	var b strings.Builder
	b.WriteString("You are the coder arm of OctoLLM, an expert " + req.Language + " programmer. ")
	b.WriteString(`Reply with one JSON object and nothing else: {"code": string, "explanation": string, "confidence": number between 0 and 1, "warnings": [string], "tests": string}. `)
	switch req.Language {
	case "go":
		b.WriteString("code is one complete Go file with its package clause and imports (standard library only); tests is one complete _test.go file in the same package using the testing package. ")
	case "python":
		b.WriteString("code is saved as solution.py (standard library only); tests is saved as test_solution.py and imports from solution, using unittest or plain test_ functions with assert. ")
	case "javascript":
		b.WriteString("code is saved as solution.js (CommonJS, export with module.exports); tests is saved as solution.test.js and uses require('node:test') and require('node:assert') with require('./solution.js'). ")
	}
	switch req.RequestType {
	case TypeAnalyze, TypeExplain:
		b.WriteString("Put the analysis or explanation in explanation; code may be empty or hold an annotated excerpt. ")
	case TypeTest:
		b.WriteString("Put the existing code, unchanged, in code and the new tests in tests. ")
	default:
		b.WriteString("Always include tests unless asked not to. ")
	}
	return b.String()
}

func userPrompt(req Request, prior []Solution) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Request type: %s\nLanguage: %s\nInstruction: %s\n", req.RequestType, req.Language, req.Instruction)
	if len(req.Constraints) > 0 {
		b.WriteString("Constraints:\n")
		for _, c := range req.Constraints {
			b.WriteString("- " + c + "\n")
		}
	}
	if len(req.Context) > 0 {
		if cj, err := json.Marshal(req.Context); err == nil {
			b.WriteString("Context: " + string(cj) + "\n")
		}
	}
	if req.ExistingCode != "" {
		b.WriteString("Existing code:\n```\n" + req.ExistingCode + "\n```\n")
	}
	if len(prior) > 0 {
		b.WriteString("Similar past solutions (beginnings):\n")
		for i, p := range prior {
			snip := []rune(p.Code)
			if len(snip) > 200 {
				snip = snip[:200]
			}
			fmt.Fprintf(&b, "%d. %s\n```\n%s\n```\n", i+1, p.Instruction, string(snip))
		}
	}
	return b.String()
}

func fixPrompt(req Request, prior []Solution, prev answer, problem string) string {
	if r := []rune(problem); len(r) > 3000 {
		problem = string(r[:3000]) + "…"
	}
	var b strings.Builder
	b.WriteString(userPrompt(req, prior))
	if prev.Code != "" {
		b.WriteString("\nYour previous code:\n```\n" + prev.Code + "\n```\n")
	}
	if prev.Tests != "" {
		b.WriteString("Your previous tests:\n```\n" + prev.Tests + "\n```\n")
	}
	b.WriteString("\nProblem to fix: " + problem + "\nReturn the corrected JSON object.")
	return b.String()
}

package planner

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/octollm/octollm/internal/arm"
)

// LLMRequiredMessage tells a user how to give the planner a model.
const LLMRequiredMessage = "this goal needs a language model to plan, and none is configured. " +
	"Set OCTOLLM_LLM_PROVIDER (openai, anthropic or ollama) with OCTOLLM_LLM_MODEL, plus OPENAI_API_KEY or " +
	"ANTHROPIC_API_KEY, or OCTOLLM_LLM_BASE_URL for a local OpenAI-compatible server (vLLM, llama.cpp, Ollama, LM Studio). " +
	"Without a model the rule planner understands: \"echo TEXT\", \"run COMMAND\", \"sleep for N seconds\", " +
	"\"list the files in DIR\" / \"count the files in DIR\", \"fetch URL and extract the UUID\", " +
	"\"search the knowledge base for QUERY\", \"scan TEXT\" / \"redact TEXT\"; " +
	"and \"write a LANGUAGE function …\" plans a coder step, which itself needs a model"

// Extraction kinds a step's "extract" input may name.
var extractKinds = map[string]string{
	"uuid": "uuid", "guid": "uuid", "email": "email", "e-mail": "email", "email address": "email",
	"number": "number", "ip": "ip", "ip address": "ip", "url": "url", "link": "url", "json": "json",
}

type rule struct {
	name  string
	re    *regexp.Regexp
	build func(m []string) (Plan, error)
}

// shellMeta are characters a shell would interpret. The executor runs argv
// directly, so a goal that relies on them cannot be planned by rules.
const shellMeta = "|;&<>`$(){}"

var (
	reFlagDir = regexp.MustCompile(`^[\w./~-]+$`)
)

func rules() []rule {
	return []rule{
		{"echo", regexp.MustCompile(`(?is)^(?:please\s+)?(?:echo|print|say)\s+(.+?)\s*$`), func(m []string) (Plan, error) {
			text := m[1]
			if words, err := splitWords(text); err == nil && len(words) == 1 {
				text = words[0]
			}
			return single("Print the text with echo.", arm.ActionShell, []string{"echo", text},
				[]string{"exit code 0", "contains " + text}), nil
		}},
		{"sleep", regexp.MustCompile(`(?i)^(?:please\s+)?(?:sleep|wait)\s+(?:for\s+)?(\d{1,6})\s*(s|secs?|seconds?|m|mins?|minutes?)?\.?\s*$`), func(m []string) (Plan, error) {
			n, _ := strconv.Atoi(m[1])
			if strings.HasPrefix(strings.ToLower(m[2]), "m") {
				n *= 60
			}
			return single("Sleep with the sleep command.", arm.ActionShell, []string{"sleep", strconv.Itoa(n)}, []string{"exit code 0"}), nil
		}},
		{"count files", regexp.MustCompile(`(?i)^(?:please\s+)?(?:(?:list|show)\s+(?:all\s+)?(?:the\s+)?files\s+(?:in|under)\s+(\S+?)\s+and\s+count\s+them|count\s+(?:all\s+)?(?:the\s+)?files\s+(?:in|under)\s+(\S+?)|how\s+many\s+files\s+are\s+(?:there\s+)?in\s+(\S+?))\s*[.?!]?\s*$`), func(m []string) (Plan, error) {
			dir := firstNonEmpty(m[1:]...)
			return filesPlan(dir, true)
		}},
		{"list files", regexp.MustCompile(`(?i)^(?:please\s+)?(?:list|show)\s+(?:all\s+)?(?:the\s+)?files\s+(?:in|under)\s+(\S+?)\s*\.?\s*$`), func(m []string) (Plan, error) {
			return filesPlan(m[1], false)
		}},
		{"fetch", regexp.MustCompile(`(?is)^(?:please\s+)?(?:fetch|get|download|retrieve|read|open|curl)\s+(?:the\s+)?(?:page\s+|url\s+|content\s+(?:of|at)\s+)?(https?://\S+?)[.,]?(?:\s+and\s+(?:then\s+)?(?:extract|find|return|get|print|show)\s+(?:the\s+)?(.+?))?\s*\.?\s*$`), func(m []string) (Plan, error) {
			return fetchPlan(m[1], m[2])
		}},
		{"search", regexp.MustCompile(`(?is)^(?:please\s+)?(?:search|look\s+up|query)\s+(?:in\s+)?(?:the\s+)?(?:knowledge\s*base|kb|docs|documentation|memory)\s+(?:for\s+)?(.+?)\s*$|^(?:please\s+)?(?:search|look\s+up)\s+(?:for\s+)?(.+?)\s+in\s+the\s+(?:knowledge\s*base|kb|docs|documentation)\s*\.?$`), func(m []string) (Plan, error) {
			q := strings.Trim(firstNonEmpty(m[1:]...), `"'`)
			return Plan{
				Steps: []Step{{ID: "step_1", Arm: arm.TypeRetriever, Action: "search", Inputs: map[string]any{"query": q},
					DependsOn: []string{}, AcceptanceCriteria: []string{}, Description: "Search the knowledge base."}},
				Rationale: "A knowledge-base search is one retriever step.", Confidence: 1,
			}, nil
		}},
		{"scan", regexp.MustCompile(`(?is)^(?:please\s+)?(scan|redact|check|sanitise|sanitize)(?:\s*:\s*|\s+)(?:this\s+|the\s+following\s+)?(?:text\s+)?(?:for\s+(?:pii|secrets|personal\s+data|injection)(?:\s+and\s+(?:pii|secrets|injection))*\s*)?[:\-]?\s*(.+?)\s*$`), func(m []string) (Plan, error) {
			action := "scan"
			if v := strings.ToLower(m[1]); v == "redact" || strings.HasPrefix(v, "saniti") {
				action = "redact"
			}
			text := m[2]
			if words, err := splitWords(text); err == nil && len(words) == 1 {
				text = words[0]
			}
			return Plan{
				Steps: []Step{{ID: "step_1", Arm: arm.TypeGuardian, Action: action, Inputs: map[string]any{"text": text},
					DependsOn: []string{}, AcceptanceCriteria: []string{}, Description: "Check the text for PII, secrets and injection."}},
				Rationale: "Scanning text is one guardian step, no model needed.", Confidence: 1,
			}, nil
		}},
		{"code", reCodeLangFirst, codePlan},
		{"code in", reCodeLangAfter, codePlan},
		{"run", regexp.MustCompile("(?is)^(?:please\\s+)?(?:run|execute|exec)\\s+(?:the\\s+)?(?:(?:invalid|shell|following)\\s+)?(?:command\\s*:?\\s*)?(.+?)\\s*$"), func(m []string) (Plan, error) {
			cmd := strings.TrimSpace(m[1])
			if len(cmd) > 1 && cmd[0] == '`' && cmd[len(cmd)-1] == '`' {
				cmd = cmd[1 : len(cmd)-1]
			}
			if strings.ContainsAny(cmd, shellMeta) {
				return Plan{}, arm.Errorf(arm.CodeLLMRequired, "the command %q uses shell syntax (pipes, redirections, substitutions); the executor runs one program with arguments, never a shell. %s", cmd, LLMRequiredMessage)
			}
			argv, err := splitWords(cmd)
			if err != nil || len(argv) == 0 {
				return Plan{}, arm.Errorf(arm.CodeInvalidInput, "cannot split the command %q into arguments: %v", cmd, err)
			}
			return single("Run the command as given (argv, no shell).", arm.ActionShell, argv, []string{"exit code 0"}), nil
		}},
	}
}

// Goals that ask for code in a named language go to the coder: "write a
// Go function …", "implement a Python class …", "create a function in
// JavaScript that …". The language must be named so the plan never guesses
// it; anything vaguer ("write a poem", "write a function") is left to the
// model planner.
const (
	codeVerbs = `(?:please\s+)?(?:write|implement|create|generate|code|build|make)\s+(?:me\s+)?(?:(?:a|an|the|some)\s+)?`
	codeLangs = `go|golang|python3?|py|javascript|js|node(?:\.js)?|typescript|ts|rust|java`
	codeKinds = `functions?|func|methods?|programs?|scripts?|class(?:es)?|modules?|packages?|librar(?:y|ies)|types?|structs?|snippets?|helpers?|routines?|handlers?|servers?|cli|tools?|code|implementation`
)

var (
	reCodeLangFirst = regexp.MustCompile(`(?is)^` + codeVerbs + `(?:small\s+|simple\s+|short\s+)?(` + codeLangs + `)\s+(?:` + codeKinds + `)\b.*\S.*$`)
	reCodeLangAfter = regexp.MustCompile(`(?is)^` + codeVerbs + `(?:\w+\s+){0,3}?(?:` + codeKinds + `)\b.*?\bin\s+(` + codeLangs + `)\b.*$`)
	reNoTests       = regexp.MustCompile(`(?i)\b(?:without|no)\s+(?:unit\s+)?tests?\b`)
)

// testedLanguages are those whose generated tests the coder runs in the
// sandbox: for them the test run's exit code is a machine-checkable
// criterion.
var testedLanguages = map[string]bool{"go": true, "python": true, "javascript": true}

// codePlan is one coder step. The judge checks that the generated tests
// passed in the sandbox (the coder reports their exit code) and asks the
// model whether the code does what the goal says — tests written by the
// same model that wrote the code prove less than they seem to.
func codePlan(m []string) (Plan, error) {
	goal := strings.TrimSpace(m[0])
	lang := strings.ToLower(m[1])
	switch lang {
	case "golang":
		lang = "go"
	case "python3", "py":
		lang = "python"
	case "js", "node", "node.js":
		lang = "javascript"
	case "ts":
		lang = "typescript"
	}
	var criteria []string
	if testedLanguages[lang] && !reNoTests.MatchString(goal) {
		criteria = append(criteria, "exit code 0")
	}
	criteria = append(criteria, "the code does what was asked: "+goal)
	return Plan{
		Steps: []Step{{ID: "step_1", Arm: arm.TypeCoder, Action: "code",
			Inputs:    map[string]any{"request_type": "generate", "language": lang, "instruction": goal},
			DependsOn: []string{}, AcceptanceCriteria: criteria,
			Description: "Write the " + lang + " code and its tests; the coder checks the code and runs the tests in the sandbox (exit code 0 is the test run's)."}},
		Rationale: "Writing code in a named language is one coder step; the judge checks the test run and the code against the goal.", Confidence: 1,
	}, nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func single(rationale, action string, argv []string, criteria []string) Plan {
	return Plan{
		Steps: []Step{{ID: "step_1", Arm: arm.TypeExecutor, Action: action,
			Inputs: map[string]any{"argv": argv}, DependsOn: []string{}, AcceptanceCriteria: criteria,
			Description: "Run " + strings.Join(argv, " ")}},
		Rationale: rationale, Confidence: 1,
	}
}

func filesPlan(dir string, count bool) (Plan, error) {
	dir = strings.Trim(dir, "`'\",")
	if !reFlagDir.MatchString(dir) || strings.HasPrefix(dir, "-") {
		return Plan{}, arm.Errorf(arm.CodeInvalidInput, "%q is not a directory path the rule planner accepts", dir)
	}
	inputs := map[string]any{"argv": []string{"ls", "-1A", dir}}
	criteria := []string{"exit code 0"}
	rationale := "Listing a directory is one ls step."
	if count {
		inputs["extract"] = "count_lines"
		criteria = append(criteria, "output is a number")
		rationale = "Listing a directory is one ls step; the orchestrator counts the entries it prints."
	}
	return Plan{
		Steps: []Step{{ID: "step_1", Arm: arm.TypeExecutor, Action: arm.ActionShell, Inputs: inputs,
			DependsOn: []string{}, AcceptanceCriteria: criteria, Description: "List the entries of " + dir}},
		Rationale: rationale, Confidence: 1,
	}, nil
}

func fetchPlan(url, what string) (Plan, error) {
	inputs := map[string]any{"url": url, "method": "GET"}
	criteria := []string{}
	if what != "" {
		w := strings.ToLower(strings.TrimSpace(what))
		w = strings.TrimSuffix(strings.TrimSuffix(w, " in it"), " in its body")
		for _, suffix := range []string{" from it", " in the body", " from the body", " from the page", " from the response", " it contains", " in the response"} {
			w = strings.TrimSuffix(w, suffix)
		}
		kind, ok := extractKinds[w]
		if !ok {
			return Plan{}, arm.Errorf(arm.CodeLLMRequired, "the rule planner can extract a uuid, email, number, ip, url or json from a page, not %q. %s", what, LLMRequiredMessage)
		}
		inputs["extract"] = kind
		if kind == "uuid" {
			criteria = append(criteria, "valid UUID")
		}
		if kind == "json" {
			criteria = append(criteria, "valid JSON")
		}
	}
	return Plan{
		Steps: []Step{{ID: "step_1", Arm: arm.TypeExecutor, Action: arm.ActionHTTP, Inputs: inputs,
			DependsOn: []string{}, AcceptanceCriteria: criteria, Description: "Fetch " + url}},
		Rationale: "Fetching a URL is one executor step; any extraction is deterministic.", Confidence: 1,
	}, nil
}

// RulePlan maps goal to a plan without a model, or returns an *arm.Error
// with code llm_required when no rule understands it.
func RulePlan(goal string) (Plan, error) {
	g := strings.TrimSpace(goal)
	for _, r := range defaultRules {
		if m := r.re.FindStringSubmatch(g); m != nil {
			p, err := r.build(m)
			if err != nil {
				return Plan{}, err
			}
			p.Planner = "rules"
			if err := Validate(p); err != nil {
				return Plan{}, fmt.Errorf("rule %s: %w", r.name, err)
			}
			return p, nil
		}
	}
	return Plan{}, arm.Errorf(arm.CodeLLMRequired, "no rule understands the goal. %s", LLMRequiredMessage)
}

// defaultRules is computed once; it is immutable after init.
var defaultRules = rules()

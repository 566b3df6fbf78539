package guardian

import (
	"context"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/ext"
	"gopkg.in/yaml.v3"
)

// ErrInvalidPolicy is returned when a policy file or rule cannot be used.
var ErrInvalidPolicy = errors.New("guardian: invalid policy")

// Rule is one policy rule. Its Expression is CEL and must evaluate to a
// bool: true means the rule is violated. The expression sees:
//
//	text          string               the text being checked (original)
//	sanitized     string               the text after PII/secret redaction
//	context       map(string, dyn)     the request's context object
//	pii_types     list(string)         PII types found (email, ssn, ...)
//	secret_types  list(string)         secret types found (github_token, ...)
//	issue_types   list(string)         matched_pattern of every issue so far
//	risk_level    string               the risk level before policy rules
//
// plus the cel-go string extensions (lowerAscii, indexOf, split, ...) and
// matches() with RE2 syntax. Example:
//
//	rules:
//	  - name: no_internal_urls
//	    description: Internal host names must not leave the cluster
//	    risk_level: medium
//	    expression: text.matches(r'https?://[a-z0-9.-]+\.internal\b')
//	  - name: no_customer_data_for_interns
//	    risk_level: high
//	    block: true
//	    expression: context.?role.orValue('') == 'intern' && size(pii_types) > 0
type Rule struct {
	// Name identifies the rule (reported as matched_pattern).
	Name string `yaml:"name" json:"name"`
	// Description is shown in the issue message.
	Description string `yaml:"description" json:"description,omitempty"`
	// RiskLevel is low, medium, high or critical (default medium).
	RiskLevel string `yaml:"risk_level" json:"risk_level"`
	// Expression is the CEL condition.
	Expression string `yaml:"expression" json:"expression"`
	// Block blocks the text whenever the rule is violated, whatever the
	// request's block_on_high_risk says.
	Block bool `yaml:"block" json:"block,omitempty"`
}

// policyFile is the YAML layout of a policy file.
type policyFile struct {
	Rules []Rule `yaml:"rules"`
}

// LoadPolicyFile reads rules from a YAML file (`rules: [...]`).
func LoadPolicyFile(path string) ([]Rule, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("guardian: read policy file: %w", err)
	}
	return ParsePolicy(b)
}

// ParsePolicy parses the YAML of a policy file. Unknown keys are refused
// so a misspelt field does not silently disable a rule.
func ParsePolicy(b []byte) ([]Rule, error) {
	var f policyFile
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidPolicy, err)
	}
	return f.Rules, nil
}

// compiledRule is a rule ready to evaluate.
type compiledRule struct {
	Rule
	risk Risk
	prg  cel.Program
}

var ruleNameRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_.-]{0,99}$`)

// policyCostLimit bounds the work one rule may do per evaluation, so a
// rule cannot turn the guardian into a denial-of-service target.
const policyCostLimit = 1_000_000

func newPolicyEnv() (*cel.Env, error) {
	return cel.NewEnv(
		cel.Variable("text", cel.StringType),
		cel.Variable("sanitized", cel.StringType),
		cel.Variable("context", cel.MapType(cel.StringType, cel.DynType)),
		cel.Variable("pii_types", cel.ListType(cel.StringType)),
		cel.Variable("secret_types", cel.ListType(cel.StringType)),
		cel.Variable("issue_types", cel.ListType(cel.StringType)),
		cel.Variable("risk_level", cel.StringType),
		ext.Strings(),
		cel.OptionalTypes(),
	)
}

// compileRules type-checks every rule; the first bad rule fails the whole
// set (a policy half-loaded is a policy silently not enforced).
func compileRules(rules []Rule) ([]compiledRule, error) {
	if len(rules) == 0 {
		return nil, nil
	}
	env, err := newPolicyEnv()
	if err != nil {
		return nil, fmt.Errorf("guardian: policy environment: %w", err)
	}
	seen := map[string]bool{}
	out := make([]compiledRule, 0, len(rules))
	for i, r := range rules {
		if !ruleNameRE.MatchString(r.Name) {
			return nil, fmt.Errorf("%w: rule %d: name %q must start with a letter and use letters, digits, _ . -", ErrInvalidPolicy, i, r.Name)
		}
		if seen[r.Name] {
			return nil, fmt.Errorf("%w: rule %q is defined twice", ErrInvalidPolicy, r.Name)
		}
		seen[r.Name] = true
		if r.RiskLevel == "" {
			r.RiskLevel = RiskMedium.String()
		}
		risk, ok := ParseRisk(r.RiskLevel)
		if !ok || risk == RiskNone {
			return nil, fmt.Errorf("%w: rule %q: risk_level %q must be low, medium, high or critical", ErrInvalidPolicy, r.Name, r.RiskLevel)
		}
		if strings.TrimSpace(r.Expression) == "" {
			return nil, fmt.Errorf("%w: rule %q: expression is empty", ErrInvalidPolicy, r.Name)
		}
		ast, iss := env.Compile(r.Expression)
		if iss.Err() != nil {
			return nil, fmt.Errorf("%w: rule %q: %v", ErrInvalidPolicy, r.Name, iss.Err())
		}
		if ast.OutputType() != cel.BoolType {
			return nil, fmt.Errorf("%w: rule %q: expression must be a bool, it is %s", ErrInvalidPolicy, r.Name, ast.OutputType())
		}
		prg, err := env.Program(ast, cel.CostLimit(policyCostLimit), cel.InterruptCheckFrequency(100))
		if err != nil {
			return nil, fmt.Errorf("%w: rule %q: %v", ErrInvalidPolicy, r.Name, err)
		}
		out = append(out, compiledRule{Rule: r, risk: risk, prg: prg})
	}
	return out, nil
}

// policyInput is what rules see.
type policyInput struct {
	text, sanitized string
	context         map[string]any
	piiTypes        []string
	secretTypes     []string
	issueTypes      []string
	risk            Risk
}

// ruleOutcome is one rule's evaluation.
type ruleOutcome struct {
	rule     *compiledRule
	violated bool
	err      error
}

func evalRules(ctx context.Context, rules []compiledRule, in policyInput) []ruleOutcome {
	c := in.context
	if c == nil {
		c = map[string]any{}
	}
	vars := map[string]any{
		"text":         in.text,
		"sanitized":    in.sanitized,
		"context":      c,
		"pii_types":    nonNil(in.piiTypes),
		"secret_types": nonNil(in.secretTypes),
		"issue_types":  nonNil(in.issueTypes),
		"risk_level":   in.risk.String(),
	}
	out := make([]ruleOutcome, 0, len(rules))
	for i := range rules {
		r := &rules[i]
		val, _, err := r.prg.ContextEval(ctx, vars)
		if err != nil {
			out = append(out, ruleOutcome{rule: r, err: err})
			continue
		}
		b, ok := val.Value().(bool)
		if !ok {
			out = append(out, ruleOutcome{rule: r, err: fmt.Errorf("rule returned %T, not bool", val.Value())})
			continue
		}
		out = append(out, ruleOutcome{rule: r, violated: b})
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

package guardian

import (
	"regexp"
	"strings"
)

// contentRule is one malicious-content signature. The reflex engine covers
// prompt injection, PII and secrets; it has no rules for attacks aimed at
// the systems an arm's output may reach (a database, a browser, a file
// system, a shell), so those few signatures live here. Each is RE2, so
// matching stays linear in the text.
//
// The signatures look for the shape of an attack, not for the mere use of
// SQL, HTML, relative paths or shell syntax: arms legitimately produce SQL
// queries, HTML pages and shell commands, and flagging every SELECT ... FROM
// would make the guardian useless on coder output.
type contentRule struct {
	pattern string // matched_pattern name (spec §3.3)
	risk    Risk
	re      *regexp.Regexp
	what    string // human description for the issue message
	// hints are lower-case substrings one of which every match contains:
	// text without any of them skips the expression (most text has none).
	hints []string
}

func compileContentRules() []contentRule {
	defs := []struct {
		pattern, what string
		risk          Risk
		re            string
		hints         []string
	}{
		// SQL injection: a quote that closes a string followed by a
		// tautology, a stacked destructive statement, a UNION SELECT, a
		// comment that cuts the rest of the query off, or time-based probes.
		{"sql_injection", "SQL injection", RiskCritical,
			`(?i)(?:'|")\s*\)?\s*(?:or|and)\s+\(?\s*(?:'[^']{0,20}'|"[^"]{0,20}"|\d+)\s*(?:=|like|<>|!=)\s*(?:'[^']{0,20}'?|"[^"]{0,20}"?|\d+)` +
				`|(?:'|")\s*\)?\s*;\s*(?:drop|delete|truncate|alter|insert|update|create|exec(?:ute)?|shutdown)\b` +
				`|\bunion\b(?:\s|/\*.*?\*/)+(?:all\s+|distinct\s+)?select\b` +
				`|(?m)\w(?:'|")\s*\)?\s*(?:--|#)\s*$` +
				`|\b(?:or|and)\s+\d+\s*=\s*\d+\s*(?:--|#|/\*)` +
				`|\b(?:sleep|pg_sleep|benchmark)\s*\(\s*\d|\bwaitfor\s+delay\s+'|\bxp_cmdshell\b|\binformation_schema\.tables\b.*\bunion\b`, []string{"'", "\"", "union", "sleep", "benchmark", "waitfor", "xp_cmdshell", "information_schema", "="}},
		// Cross-site scripting.
		{"xss_script_tag", "Cross-site scripting (script element)", RiskCritical,
			`(?i)<\s*script\b[^>]*>|<\s*/\s*script\s*>`, []string{"script"}},
		{"xss_javascript_protocol", "Cross-site scripting (javascript: URL)", RiskCritical,
			`(?i)(?:href|src|action|formaction|xlink:href|data)\s*=\s*["']?\s*(?:javascript|vbscript|data\s*:\s*text/html)\s*:|(?i)\bjavascript\s*:\s*[a-z_$][\w$.]*\s*\(`, []string{"javascript", "vbscript", "data"}},
		{"xss_event_handler", "Cross-site scripting (event handler attribute)", RiskCritical,
			`(?i)<\s*[a-z][a-z0-9]*\b[^>]*\s(?:on(?:error|load|click|mouseover|mouseout|focus|blur|submit|change|input|keydown|keyup|keypress|animationstart|toggle|pointerover|begin))\s*=`, []string{"<"}},
		{"xss_embedded_frame", "Cross-site scripting (embedded frame or object)", RiskHigh,
			`(?i)<\s*(?:iframe|object|embed)\b[^>]*\b(?:src|data)\s*=`, []string{"<"}},
		// Path traversal: parent steps that reach a well-known sensitive
		// file, encoded parent steps (which only an attacker writes), or
		// two or more parent steps inside a URL path or a parameter value.
		// Relative paths in prose and code ("cd ../src", JavaScript's
		// import '../../utils') are normal and not reported.
		{"path_traversal", "Path traversal", RiskHigh,
			`[=/?&](?:\.\.[/\\]){2,}` +
				`|\.\.[/\\](?:[\w.-]+[/\\])*(?:etc[/\\](?:passwd|shadow|sudoers|hosts)|windows[/\\](?:win\.ini|system32)|proc[/\\]self|\.ssh[/\\]|boot\.ini)` +
				`|(?i)(?:%2e%2e|\.\.|%252e%252e)(?:%2f|%5c|%252f|%c0%af|%c1%9c)` +
				`|(?i)%2e%2e[/\\]`, []string{"..", "%2e", "%252e"}},
		// Shell injection: a command separator or substitution followed by
		// a command that fetches, deletes, spawns a shell or opens a
		// socket; pipes into an interpreter; reverse-shell idioms.
		{"shell_injection", "Shell injection", RiskCritical,
			`(?i)(?:;|&&|\|\||\|)\s*(?:rm\s+-[a-z]*[rf]|curl\s|wget\s|nc\s|ncat\s|netcat\s|bash\b|sh\s+-c|/bin/(?:ba)?sh\b|chmod\s+[0-7+]|python[0-9.]*\s+-c|perl\s+-e|mkfifo\s|telnet\s|base64\s+-d)` +
				`|\$\(\s*(?:curl|wget|nc|cat\s+/etc|id|whoami|uname|rm)\b[^)]*\)` +
				"|`\\s*(?:curl|wget|nc|cat\\s+/etc|id|whoami|uname|rm)\\b[^`]*`" +
				`|(?:curl|wget)\s+[^|;&\n]{1,300}\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b` +
				`|/dev/tcp/[\w.-]+/\d+|\brm\s+-rf\s+/(?:\s|$|\*)|:\(\)\s*\{\s*:\|:&\s*\};:`, []string{";", "&", "|", "$(", "`", "/dev/tcp", "rm "}},
	}
	out := make([]contentRule, len(defs))
	for i, d := range defs {
		out[i] = contentRule{pattern: d.pattern, what: d.what, risk: d.risk, re: regexp.MustCompile(d.re), hints: d.hints}
	}
	return out
}

// contentHit is one malicious-content match (byte offsets).
type contentHit struct {
	rule       *contentRule
	start, end int
}

// scanContent returns the first match of every rule (one issue per rule is
// enough to decide; repeating the same finding adds noise, not safety).
func scanContent(rules []contentRule, text string) []contentHit {
	var out []contentHit
	lower := strings.ToLower(text)
	for i := range rules {
		if !containsAny(lower, rules[i].hints) {
			continue
		}
		if loc := rules[i].re.FindStringIndex(text); loc != nil {
			out = append(out, contentHit{rule: &rules[i], start: loc[0], end: loc[1]})
		}
	}
	return out
}

// scanTerms finds the configured inappropriate terms as whole words,
// case-insensitively. Terms come from configuration: the guardian ships no
// word list of its own.
func scanTerms(terms []*regexp.Regexp, names []string, text string) []contentHit {
	var out []contentHit
	for i, re := range terms {
		if loc := re.FindStringIndex(text); loc != nil {
			out = append(out, contentHit{rule: &contentRule{pattern: "inappropriate_term:" + names[i], risk: RiskMedium, what: "Inappropriate content"}, start: loc[0], end: loc[1]})
		}
	}
	return out
}

func compileTerms(terms []string) ([]*regexp.Regexp, []string) {
	var res []*regexp.Regexp
	var names []string
	for _, t := range terms {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		res = append(res, regexp.MustCompile(`(?i)\b`+regexp.QuoteMeta(t)+`\b`))
		names = append(names, t)
	}
	return res, names
}

func containsAny(s string, subs []string) bool {
	if len(subs) == 0 {
		return true
	}
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

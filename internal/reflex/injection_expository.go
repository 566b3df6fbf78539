package reflex

import "strings"

// An explanation of attacks names the attacker and addresses no one:
// "Prompt leaking is a type of attack where the attacker tries to make the
// model reveal its internal instructions", "An attacker might tell the
// model to 'ignore all previous rules'". An attack speaks to the model
// ("you", "your"), and when it names an attacker it is in an address
// ("attacker@example.com"). So a text that holds an attacker word outside
// an address and no second-person word has each match lowered one step:
// an attack quoted inside it stays flagged, and a critical one blocked.

// attackerWords name the party an explanation of attacks describes.
var attackerWords = []string{"attacker", "adversary", "adversaries", "threat actor", "malicious actor", "malicious user"}

// expository reports a folded English text that names an attacker
// outside an address and holds no second-person word. English is required
// ("the"): other languages' second person is not read here ("ahora eres
// un hacker malicioso").
func expository(s string) bool {
	if !strings.Contains(s, " the ") {
		return false
	}
	named := false
	for _, w := range attackerWords {
		for k := range wordHits(s, w) {
			end := k + len(w)
			for end < len(s) && isLowerASCII(s[end]) {
				end++ // "attackers", "hackers"
			}
			if (k == 0 || s[k-1] != '@' && s[k-1] != '.' && s[k-1] != '/') && (end == len(s) || s[end] != '@' && s[end] != '.' || end+1 < len(s) && s[end+1] == ' ') {
				named = true
				break
			}
		}
		if named {
			break
		}
	}
	return named && !secondPerson(s)
}

// topicWords name the attacks themselves: a text that names them and
// speaks to no one outside its quotations explains them ("Direct prompt
// injection: the user inputs “Ignore your previous instructions …”").
var topicWords = []string{"prompt injection", "prompt-injection", "injection attack", "jailbreaking", "jailbreak attempts", "jailbreak prompts"}

// explainsAttacks reports a folded English text that names an attack
// (topicWords) and has no second-person word outside quotation marks.
func explainsAttacks(s string) bool {
	if !strings.Contains(s, " the ") || !containsAny(s, topicWords) {
		return false
	}
	return !secondPersonWhere(s, func(k, end int) bool {
		_, _, quoted := enclosingQuote(s, k, end)
		return !quoted
	})
}

// secondPerson reports "you" or a word it starts ("your", "yourself",
// "you're"; not "young") in the folded text.
func secondPerson(s string) bool {
	return secondPersonWhere(s, nil)
}

// secondPersonWhere reports a second-person word in s, at [k, end), for
// which keep (when given) holds.
func secondPersonWhere(s string, keep func(k, end int) bool) bool {
	for k := range wordHits(s, "you") {
		end := k + 3
		if (end == len(s) || !isLowerASCII(s[end]) || s[end] == 'r') && (keep == nil || keep(k, end)) {
			return true
		}
	}
	return false
}

// lowerExpository lowers every match of an expository text one step (not
// below low).
func lowerExpository(s string, ms []InjectionMatch) {
	if len(ms) == 0 || !expository(s) && !explainsAttacks(s) {
		return
	}
	for i := range ms {
		if ms[i].Severity > SeverityLow {
			lowerAsMention(&ms[i])
			ms[i].Adjusted = true
		}
	}
}

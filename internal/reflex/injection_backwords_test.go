package reflex

import (
	"strings"
	"testing"
)

// TestRuleBackWordsIndexes pins the rules ruleBackWords reaches by index:
// a rule inserted into injDefs would shift every later index and give
// its back-reach to another rule, silently. New rules belong in the
// later lists (injDefBack), which carry their back-reach with them.
func TestRuleBackWordsIndexes(t *testing.T) {
	t.Parallel()
	want := map[int]string{
		1:  "\\b(?:(?:ignore|ignores|ignoring|disregard|disregards|disrega",
		7:  "\\b(?:new|updated|real|actual|true|secret|hidden|revised|over",
		10: "\\b(?:previous|prior|above|earlier|preceding|original|initial",
		13: "\\b(?:pretend|act|behave|roleplay|role-play|role play|imagine",
		14: "\\b(?:you are|you're) (?:now )?(?:no longer|not) (?:bound|res",
		15: "\\b(?:you are|you're) (?:now )?(?:no longer|not) (?:an ai|cha",
		17: "\\b(?:doesn't|does not|don't|do not|never|won't|will not|not|",
		19: "\\b(?:never|don't|dont|do not|must not|will not|won't|wont|ca",
		20: "\\bno (?:restrictions|filters|limitations|rules|guidelines|bo",
		21: "\\b(?:doesn't|doesnt|does not|don't|dont|do not|never|won't|w",
		24: "\\b(?:without|free of|free from|(?:go|goes|going|went|operate",
		28: "\\b(?:openai|openal|anthropic|chatgpt)(?:'s)? (?:content |usa",
		34: "\\[(?:🔓|🔒)? ?(?:jailbreak|classic|dan|developer mode ou",
		35: "\\b(?:show|reveal|display|print|output|tell|give|share|repeat",
		37: "\\b(?:instructions? you (?:were|have been|'ve been) given|wha",
		40: "\\b(?:system_?prompt|systemprompt|system_message|sys_prompt)\\",
		41: "\\b(?:what (?:were|was|are) you (?:told|instructed|programmed",
		42: "\\b(?:tell me|explain|describe|what are|list|summari[sz]e|out",
		47: "</?(?:system|sys|instructions?|prompt|context|admin|develope",
		48: "(?:^|\\n|\\s)(?:system|assistant|human|user|ai)\\s?:\\s(?:[^ ]+ ",
		49: "\\b(?:if|when|whenever) an? (?:ai|llm|assistant|model|chatbot",
		52: "\\bwhen (?:summari[sz]ing|processing|reading|translating|anal",
		54: "\\b(?:administrator|admin|developer|system|root|sudo|maintena",
		55: "\\b(?:i am|i'm|this is|speaking as) (?:your (?:developer|crea",
		56: "\\b(?:decode|decrypt|deobfuscate|unscramble|reverse|translate",
		59: "(?:;|&&|\\|\\||\\|)\\s*(?:rm -rf|curl|wget|nc|ncat|netcat|bash|s",
		61: "\\b(?:send|email|e-mail|post|upload|transmit|export|forward|e",
		80: "\\b(?:abaikan|lupakan|acuhkan)\\b (?:[^ ]+ ){0,4}?(?:instruksi",
		82: "(?:忽略|忽视|无视|無視|忘记|忘記|忘掉|不要\xe7\x90",
		83: "(?:系统提示|系統提示|系统指令|系統指令|初\xe5\xa7",
		84: "(?:提示词|提示詞)",
		85: "(?:以前|前|上記|これまで|先|最初)の(?:すべて",
		90: "(?:αγν[οό]ησ[εέ]|αγνο[ηή]στε|ξ[εέ]χα\xcf",
		91: "\\b(?:montre|affiche|revele|donne|dis)(?:-moi| moi)? (?:[^ ]+",
	}
	if len(want) != len(ruleBackWords) {
		t.Fatalf("ruleBackWords has %d entries, the pins %d: pin the new entry here", len(ruleBackWords), len(want))
	}
	for i, prefix := range want {
		if _, ok := ruleBackWords[i]; !ok {
			t.Errorf("ruleBackWords has no entry %d", i)
			continue
		}
		if !strings.HasPrefix(injDefs[i].re, prefix) {
			t.Errorf("injDefs[%d] is not the rule ruleBackWords[%d] was set for (expression starts %q, want %q): was a rule inserted into injDefs?", i, i, injDefs[i].re[:min(60, len(injDefs[i].re))], prefix)
		}
	}
}

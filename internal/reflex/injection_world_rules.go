package reflex

import "strings"

// worldRules reports a rules-dismissed match (system-role or glossed
// multilingual) whose rules are named as the world's, not the model's:
// "You don't need to follow traffic rules?", "你不需要遵守学校的规则吗？".
// The override rules read "follow … rules" with a gap for the owner
// ("your", "any", "OpenAI's") and the kind ("content", "safety"); a
// qualifier naming a place, a game or a craft makes it a question about
// that world. Such a match is dropped, not lowered: a lowered high match
// still adds score.
func worldRules(s string, m InjectionMatch) bool {
	if m.Category != CatSystemRole && m.Category != CatMultilingual {
		return false
	}
	match := strings.TrimRight(s[m.Start:m.End], "?？!！.。 ")
	match = strings.TrimSuffix(match, "吗")
	if rest, ok := cutSuffixAny(match, []string{" rules", " laws", " regulations", " policies"}); ok {
		if !strings.Contains(rest, "follow") && !strings.Contains(rest, "obey") && !strings.Contains(rest, "abide") &&
			!strings.Contains(rest, "comply") && !strings.Contains(rest, "respect") && !strings.Contains(rest, "adhere") {
			return false
		}
		q := rest[strings.LastIndexByte(rest, ' ')+1:]
		q = strings.TrimSuffix(q, "'s")
		// A glossed text keeps its own nouns: "follow 交通 rules".
		return worldRuleQualifiers[q] || worldQualifierZH(q)
	}
	rest, ok := strings.CutSuffix(match, "规则")
	if !ok {
		return false
	}
	k := strings.LastIndex(rest, "遵守")
	if k < 0 {
		return false
	}
	return worldQualifierZH(rest[k+len("遵守"):])
}

// worldQualifierZH reports a Chinese qualifier of rules that ends with one
// of worldRuleQualifiersZH ("学校的", "交通").
func worldQualifierZH(q string) bool {
	q = strings.TrimSuffix(q, "的")
	for w := range worldRuleQualifiersZH {
		if strings.HasSuffix(q, w) {
			return true
		}
	}
	return false
}

// worldRuleQualifiers name rules that bind people in a place, a game or
// a craft, never a model's own (the folded view is lower case).
var worldRuleQualifiers = map[string]bool{
	"traffic": true, "road": true, "driving": true, "parking": true, "speed": true, "school": true, "classroom": true,
	"grammar": true, "spelling": true, "punctuation": true, "house": true, "household": true, "game": true, "board": true,
	"chess": true, "football": true, "soccer": true, "basketball": true, "golf": true, "poker": true, "tournament": true,
	"league": true, "tax": true, "zoning": true, "building": true, "fire": true, "dress": true, "office": true, "library": true,
	"airline": true, "hotel": true, "hoa": true, "formatting": true, "style": true, "naming": true, "lint": true, "linting": true,
	"dorm": true, "campus": true, "company": true, "workplace": true, "exam": true, "visa": true, "immigration": true,
}

// worldRuleQualifiersZH are worldRuleQualifiers in Chinese, matched as
// the end of what stands between 遵守 and 规则.
var worldRuleQualifiersZH = map[string]bool{
	"交通": true, "道路": true, "驾驶": true, "学校": true, "校园": true, "宿舍": true, "比赛": true, "球赛": true, "足球": true,
	"篮球": true, "象棋": true, "语法": true, "拼写": true, "公司": true, "考试": true, "家里": true, "家庭": true, "格式": true,
	"命名": true, "停车": true, "税务": true,
}

// ownDevice reports an exfiltration match that asks for a credential of
// the user's own device ("give me the root password of my raspberry pi"):
// a help request about a default or a reset, not a secret the model holds.
// An account ("the API key for my account") stays: the model's service
// holds that one.
func ownDevice(s string, m InjectionMatch) bool {
	if m.Category != CatExfiltration {
		return false
	}
	match := s[m.Start:m.End]
	if !strings.HasSuffix(match, "password") && !strings.HasSuffix(match, "passcode") && !strings.HasSuffix(match, "pin") {
		return false
	}
	rest, ok := cutPrefixAny(s[m.End:], []string{" for my ", " of my ", " on my ", " to my "})
	if !ok {
		return false
	}
	// The device may follow a brand or two ("my netgear nighthawk router").
	for i, w := range strings.Fields(rest) {
		if i == 3 {
			break
		}
		if ownDevices[strings.TrimRight(w, "?.!,;:")] {
			return true
		}
	}
	return false
}

// ownDevices are devices a user owns and asks about.
var ownDevices = map[string]bool{
	"router": true, "modem": true, "printer": true, "camera": true, "webcam": true, "laptop": true, "pc": true,
	"computer": true, "phone": true, "iphone": true, "tablet": true, "ipad": true, "tv": true, "nas": true,
	"wifi": true, "wi-fi": true, "pi": true, "switch": true, "thermostat": true, "doorbell": true, "console": true,
	"xbox": true, "playstation": true, "kindle": true, "watch": true, "bios": true, "mac": true, "macbook": true,
}

// protectiveMalware reports a malware-writing match whose malware names a
// defence ("Write a malware scanner in Go", "Create a tool for ransomware
// detection"): building the scanner is the defender's job.
func protectiveMalware(s string, m InjectionMatch) bool {
	if m.Category != CatHarmfulPersona && m.Category != catHarmHowTo {
		return false
	}
	match := s[m.Start:m.End]
	for _, n := range []string{"malware", "ransomware", "keylogger", "key logger", "spyware", "trojan", "rootkit", "botnet", "worm", "computer virus"} {
		if strings.HasSuffix(match, n) {
			return protectiveUse(s[m.End:])
		}
	}
	return false
}

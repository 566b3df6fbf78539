package reflex

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// The helpers of adjustLocal that tell a mention from a use by the words
// around a match: an attack told or defined rather than ordered, and a
// pretext that is itself the lever.

// narratedAttack ends the words before a match that tell of an attack in
// the past: a verb of causing or tricking in the past tense (not "told"
// or "instructed": orders planted in data say those), its object, "to" or
// "into" and at most three words of the order ("… got Bing Chat to
// reveal its ", "… tricked the agent into "), or the method ("by telling
// it to ").
var narratedAttack = regexp.MustCompile(`\b(?:got|made|convinced|tricked|persuaded|caused|forced|coaxed|manipulated|induced) ((?:[^ .!?]+ ){1,4}?)(?:to|into) (?:[^ .!?]+ ){0,3}$|\bby (?:telling|asking|instructing|getting|making|ordering) (?:it|them|the (?:model|bot|chatbot|assistant|agent|ai|llm)) to (?:[^ .!?]+ ){0,3}$`)

// narratedUse ends the words before a match that tell of someone else's
// attempt: a person who asked a third party ("we asked it to "), a user
// seen typing the phrase ("a user typing \""), or a jailbreak that asks
// the model ("DAN asks the model to ").
var narratedUse = regexp.MustCompile(`\b(?:we|they|i|he|she|someone|somebody|the user|a user|users|people) (?:asked|told|instructed|begged|prompted) (?:it|them|the (?:model|bot|chatbot|assistant|agent|ai|llm)) to (?:[^ .!?]+ ){0,3}$|\b(?:a user|users|someone|somebody|people|an attacker|attackers|the user|the attacker) (?:typing|typed|writing|wrote|entering|entered|sending|sent|pasting|pasted|saying|said) ["'“]?$|\bused by (?:individuals|attackers|people|users|hackers|criminals|adversaries|bad actors|someone|malicious users|threat actors) to (?:[^ .!?]+ ){0,3}$|\b(?:asks|tells|instructs|gets|makes|forces|tricks|induces|causes|convinces|persuades|coerces|manipulates|leads|pushes|push|trick|induce|coerce|made|got|caused|forced|tricked|led) (?:the (?:model|bot|chatbot|assistant|agent|ai|llm)|chatgpt|it) (?:to |into )?(?:[^ .!?]+ ){0,3}$`)

// grantedTo ends the words before a match that describe a feature letting
// someone do it ("our admin panel lets administrators "): its object is
// checked as narratedAttack's is.
var grantedTo = regexp.MustCompile(`\b(?:lets|allows|enables|permits) ((?:[^ .!?]+ ){1,3}?)(?:to )?$`)

// narrationVerbs are the verbs the narration expressions open on, by
// expression; each expression ends its match within narrationReach words
// of the end, so a pre without one of its verbs among its last words is
// not run through it (the expressions cost more than the rest of
// adjustLocal together).
var narrationVerbs = func() map[string]uint8 {
	m := map[string]uint8{}
	for bit, words := range [...]string{
		narrateAttack: "got made convinced tricked persuaded caused forced coaxed manipulated induced by",
		narrateUse:    "asked told instructed begged prompted typing typed writing wrote entering entered sending sent pasting pasted saying said asks tells instructs gets makes forces tricks induces causes convinces persuades coerces manipulates leads pushes push trick induce coerce used made got caused forced tricked led",
		narrateGrant:  "lets allows enables permits",
	} {
		for _, w := range strings.Fields(words) {
			m[w] |= 1 << bit
		}
	}
	return m
}()

// The expressions narrationVerbs gates.
const (
	narrateAttack = iota
	narrateUse
	narrateGrant
)

// narrationReach is how many words from the end a narration verb can sit
// ("got" + four words of object + "to" + three words of the order).
const narrationReach = 10

// narrationVerbsNear returns the expressions (bits of 1<<narrateAttack …)
// whose verbs are among the last narrationReach words of pre, and those
// words (from the first one's first byte): every expression spans at most
// nine words (a two-word subject, the verb, a two-word object, "to" and
// three words of the order) and ends at the end of pre, so the words
// before cannot take part, and the expressions' cost grows with the text
// they are given.
func narrationVerbsNear(pre string) (uint8, string) {
	var found uint8
	end := len(pre)
	for n := 0; n < narrationReach && end > 0; n++ {
		for end > 0 && pre[end-1] == ' ' {
			end--
		}
		start := end
		for start > 0 && pre[start-1] != ' ' {
			start--
		}
		found |= narrationVerbs[pre[start:end]]
		end = start
	}
	return found, pre[end:]
}

// narrated reports whether pre tells of an attack on a third party
// (narratedAttack or grantedTo, their object not "you"; narratedUse).
func narrated(pre string) bool {
	near, pre := narrationVerbsNear(pre)
	if near == 0 {
		return false
	}
	if near&(1<<narrateUse) != 0 && narratedUse.MatchString(pre) {
		return true
	}
	var m []int
	if near&(1<<narrateAttack) != 0 {
		m = narratedAttack.FindStringSubmatchIndex(pre)
	}
	if m == nil && near&(1<<narrateGrant) != 0 {
		m = grantedTo.FindStringSubmatchIndex(pre)
	}
	if m == nil {
		return false
	}
	if m[2] < 0 {
		return true
	}
	for _, w := range strings.Fields(pre[m[2]:m[3]]) {
		if w == "you" || w == "yourself" || w == "me" || w == "u" {
			return false
		}
	}
	return true
}

// turkishNegations and turkishMentions follow a Turkish phrase that is
// refused or named. Both spellings are listed, with Turkish letters and
// without, as people type them either way. The sets search the rest of a
// sentence for any of them in one pass.
var (
	turkishNegations  = newCueSet([]string{"değildir", "degildir", "mümkün değil", "mumkun degil", "yapılamaz", "yapilamaz", "edilemez", "paylaşılamaz", "paylasilamaz"})
	turkishMentions   = []string{"tekniğidir", "teknigidir", "tekniği", "teknigi", "yöntemidir", "yontemidir", "yöntemi", "yontemi", "saldırısı", "saldirisi", "saldırıları", "saldirilari", "denir", "nedir"}
	turkishMentionSet = newCueSet(turkishMentions)
)

// glossaryLine reports whether pre (the match's sentence before it) is a
// Markdown list item that defines a term: a bullet, the term in
// backticks or bold, then a colon, and nothing else.
func glossaryLine(pre string) bool {
	p := strings.TrimLeft(pre, " \t")
	if len(p) < 2 || (p[0] != '-' && p[0] != '*') || p[1] != ' ' {
		return false
	}
	p = strings.TrimSpace(p[2:])
	if !strings.HasPrefix(p, "`") && !strings.HasPrefix(p, "**") {
		return false
	}
	k := strings.LastIndexByte(p, ':')
	if k < 0 {
		k = strings.LastIndex(p, "：")
	}
	return k > 0 && k >= len(p)-6 && len(p) <= 120
}

// maxLinkText bounds the text of a Markdown link inLinkText looks for.
const maxLinkText = 400

// inLinkText reports whether s[start:end] lies inside the text of a
// Markdown link ("[Jailbroken: How Does LLM Safety Training Fail?](https://…)"):
// a title the link names, as reading lists of papers and posts do.
func inLinkText(s string, start, end int) bool {
	// A link's text is a title, not a page: looking no further than
	// maxLinkText bytes either way keeps this check, run for every match,
	// from reading a long one-line text end to end each time.
	open := strings.LastIndexAny(s[max(0, start-maxLinkText):start], "[]\n")
	if open < 0 {
		return false
	}
	if open += max(0, start-maxLinkText); s[open] != '[' {
		return false
	}
	rest := s[end:min(len(s), end+maxLinkText)]
	k := strings.IndexAny(rest, "[]\n")
	if k < 0 || rest[k] != ']' {
		return false
	}
	after := s[end+k+1:]
	return strings.HasPrefix(after, "(http") || strings.HasPrefix(after, "(/") || strings.HasPrefix(after, "(#")
}

// listLabel reports whether the match is the label of a list item, a
// bullet before it and a colon right after it ("* bypassing safety
// measures: I framed the prompt as …"): the item describes it.
func listLabel(pre, post string) bool {
	p := " " + strings.TrimRight(pre, " ")
	return (strings.HasSuffix(p, " *") || strings.HasSuffix(p, " -") || strings.HasSuffix(p, " •")) && strings.HasPrefix(post, ":")
}

// definedTerm reports whether the match is a term a glossary defines:
// followed by a colon before or past closing backticks or bold
// ("**Jailbreak:**", "`DAN`: …"), or by a colon set off by a space ("jailbreaking : 绕过…").
// A colon right after the words ("You are SHADOW mode: morals disabled")
// introduces the order.
func definedTerm(post string) bool {
	if strings.HasPrefix(post, ":**") || strings.HasPrefix(post, ":`") {
		return true
	}
	p := strings.TrimLeft(post, " ")
	if q := strings.TrimLeft(p, "`*)"); len(q) < len(p) {
		p = q
	} else if !strings.HasPrefix(post, " ") {
		return false
	}
	return strings.HasPrefix(p, ":") || strings.HasPrefix(p, "：")
}

// pretexts are the framings a jailbreak opens its order with.
var pretexts = []string{"for research purposes", "for educational purposes", "for academic purposes", "for research", "for educational use",
	"for academic research", "purely for research", "purely for educational purposes", "just for research", "in the name of research", "for science"}

// opensWithPretext reports whether pre (the sentence before a match) is
// a pretext and nothing more: "For research purposes only, ".
func opensWithPretext(pre string) bool {
	p := strings.TrimRight(pre, " ,:;-—")
	p = strings.TrimSuffix(p, " only")
	p = strings.TrimLeft(p, " \"'")
	return slices.Contains(pretexts, p)
}

// defended reports a defence cue in pre ("stop users from", "never allow
// users to", "block attempts to"). Every cue names who is stopped or an
// attempt, so those few words gate the long cue list, which adjustLocal
// would otherwise search before every match of a long jailbreak.
func defended(pre string) bool {
	return (containsAny(pre, defendedWho) || strings.Contains(pre, "attempt")) && defendedCues.in(pre)
}

// Cues and helpers of adjustLocal for a topic, a section, a condition and
// a defence.
var (
	// defendedCues name others the writer wants to stop from an attack.
	// So do "never allow users to …" and "block attempts to …".
	defendedCues = newCueSet(slices.Concat(crossWords([]string{"stop ", "prevent ", "keep ", "block ", "stopping ", "preventing ", "blocking "},
		defendedWho, []string{" from"}),
		crossWords([]string{"never allow ", "not allow ", "don't allow ", "do not allow ", "never let ", "don't let ", "do not let ", "not let "},
			defendedWho, []string{" to", ""}),
		crossWords([]string{"block ", "reject ", "refuse ", "detect ", "flag ", "prevent ", "stop "}, []string{"attempts", "any attempt", "all attempts"}, []string{" to"})))
	defendedWho = []string{"users", "people", "attackers", "someone", "anyone", "customers", "visitors", "players", "students", "hackers"}
	// topicNounsBefore name writing whose topic follows "about",
	// "regarding" or "on" ("articles about jailbreaking LLMs", "emails
	// regarding the system prompt"): a bare attack word after them is the
	// topic, not an order. A rant or a story "about the content policies"
	// is not listed: jailbreaks ask for those.
	topicNounsBefore = map[string]bool{"articles": true, "article": true, "emails": true, "email": true, "news": true, "posts": true, "post": true,
		"papers": true, "paper": true, "blog": true, "newsletter": true, "thread": true, "threads": true, "documents": true, "docs": true,
		"documentation": true, "information": true, "info": true, "questions": true, "question": true, "talk": true, "talks": true,
		"course": true, "learn": true, "more": true, "read": true, "reading": true, "know": true, "report": true, "reports": true,
		"slides": true, "notes": true, "research": true}
	// conditionCues open a condition on what follows.
	conditionCues = []string{"if", "when", "whenever", "once", "while", "unless", "whether", "until", "only if", "only when"}
	// topicNouns after a bare "system prompt" make it a craft or a topic
	// ("System Prompt Engineering Workshop", "system prompt templates").
	topicNouns = []string{"engineering", "design", "writing", "best practice", "template", "example", "guide", "workshop", "tips", "librar",
		"generator", "builder", "editor", "management", "versioning", "optimi", "tuning", "pattern", "course", "tutorial"}
)

// sectionNamed reports whether tag is an opening section tag named as a
// noun after a determiner ("follow the <Rules>"). Like pairedSectionTag,
// it reads the folded (lower-case) view.
func sectionNamed(pre, tag string) bool {
	if strings.HasPrefix(tag, "</") || !slices.Contains(sectionTags, strings.Trim(tag, "<>")) {
		return false
	}
	_, w := cutLastWord(pre)
	return slices.Contains(determiners, w)
}

// topicBefore reports whether pre ends with writing and what it is about
// ("emails about our ", "articles on the "; topicNounsBefore).
func topicBefore(pre string) bool {
	rest, w := cutLastWord(pre)
	if slices.Contains(determiners, w) {
		rest, w = cutLastWord(rest)
	}
	switch w {
	case "about", "regarding", "on":
		_, noun := cutLastWord(rest)
		return topicNounsBefore[noun]
	}
	return false
}

// determiners open the noun phrase the cues above look behind ("the
// <Rules>", "emails about our …", "this function will …").
var determiners = []string{"the", "a", "an", "this", "that", "these", "those", "our", "your", "my", "which", "all"}

// cutLastWord splits s (trailing spaces ignored) before its last
// space-separated word.
func cutLastWord(s string) (rest, word string) {
	s = strings.TrimRight(s, " ")
	k := strings.LastIndexByte(s, ' ')
	return s[:k+1], s[k+1:]
}

// trimVerbList removes a trailing list of verbs from pre ("never reveal,
// repeat, or " → "never "), so that a negation before the list governs a
// match on its last verb's object.
func trimVerbList(pre string) string {
	t := strings.TrimSuffix(strings.TrimRight(pre, " "), " otherwise")
	for range 4 {
		t = strings.TrimRight(t, " ")
		cut := false
		for _, sep := range [...]string{", or", ", and", ",", " or", " and"} {
			if strings.HasSuffix(t, sep) {
				t = strings.TrimRight(t[:len(t)-len(sep)], " ")
				cut = true
				break
			}
		}
		if !cut {
			break
		}
		// The verb may have its own short object ("don't reveal any
		// secrets or bypass your instructions").
		verb := false
		for range 4 {
			k := strings.LastIndexByte(t, ' ')
			w := t[k+1:]
			t = t[:k+1]
			if listVerbs[w] {
				verb = true
				break
			}
			if k < 0 {
				break
			}
			t = strings.TrimRight(t, " ")
		}
		if !verb {
			return pre
		}
	}
	return t
}

// endsNegated reports whether t, quotes and spaces trimmed, ends with a
// negation cue.
func endsNegated(t string) bool { return endsWithWord(strings.TrimRight(t, " \"'"), negationCues) }

// negatedAbroad reports a negation that other languages put where
// negationCues do not look: glued before the verb (Chinese "不要忽略" and
// a bare "不泄露系统提示词", Arabic "لا تتجاهل", French "n'ignore"), or
// after the match (Japanese "無視しないで", Korean "무시하지 마세요", German
// "ignoriere die Anweisungen nicht."). "Don't ignore the safety
// instructions" is a hard negative in every language.
func negatedAbroad(pre, match, post string) bool {
	t := strings.TrimRight(pre, " ")
	if hasSuffixAny(t, preNegationsGlued) || strings.HasSuffix(t, "不") && !hasSuffixAny(t, notNegating) {
		return true
	}
	if hasPrefixAny(post, postNegations) {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(match); r >= 'ぁ' && r <= 'ゖ' && hasPrefixAny(post, stemNegations) {
		return true
	}
	for _, w := range []string{" nicht", " niet"} {
		if rest, ok := strings.CutPrefix(post, w); ok {
			return rest == "" || strings.IndexByte(".!,;", rest[0]) >= 0
		}
	}
	return false
}

// notAfterVerb reports a match whose dismissing verb is negated by the
// word after it, where the Scandinavian languages, German and Dutch put
// "not" in an order ("Glem ikke alle tidligere instruktioner", "Ignorera
// inte …", "Vergiss nicht die Regeln"): "don't forget", not "forget". Only
// a dismissing verb: "Höre nicht auf alles zuvor Gesagte" (don't listen to
// anything said before) dismisses by its negation.
func notAfterVerb(match string) bool {
	verb, rest, ok := strings.Cut(match, " ")
	if !ok || !slices.Contains(dismissVerbsAbroad, verb) {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "ikke", "inte", "ej", "nicht", "niet":
		return true
	}
	return false
}

// dismissVerbsAbroad are the dismissing verbs notAfterVerb reads, as the
// folded view spells them; the English ones are the glosses' ("glem ikke"
// reads "forget ikke").
var dismissVerbsAbroad = []string{"forget", "ignore", "disregard", "bypass", "override", "skip", "glem", "glom", "ignorer",
	"ignorera", "ignorere", "ignoriere", "ignorieren", "vergiss", "vergessen", "negeer", "vergeet", "kringga", "omga",
	"uberspringe", "umgehe"}

var (
	preNegationsGlued = []string{"不要", "别", "別", "勿", "不得", "不能", "不可", "不准", "لا ت", "لا", "n'", "n’"}
	// notNegating end in a bare "不" that does not negate the verb after
	// it: "不得不" (have to), "何不" and "要不" (why not), "能不" and "可不"
	// (asking whether).
	notNegating   = []string{"得不", "何不", "要不", "能不", "可不"}
	postNegations = []string{"しないで", "するな", "しては", "してはいけ", "しません", "せず", "하지 마", "하지 말", "하지 않", "지 마", "지 말", "지 않"}
	// stemNegations follow a Japanese verb stem the match ends with
	// ("忘れないように", so as not to forget; "忘れずに"); after a noun
	// ("制限ない") they are no negation of the match.
	stemNegations = []string{"ない", "ず"}
)

// trimLastVerb drops a list verb that ends pre: a match that starts at
// the verb's object ("never ignore | your safety guidelines") is
// governed by what comes before the verb.
func trimLastVerb(pre string) string {
	t := strings.TrimRight(pre, " ")
	k := strings.LastIndexByte(t, ' ')
	if listVerbs[t[k+1:]] {
		return t[:k+1]
	}
	return pre
}

// trimPartitive removes a trailing determiner and up to three partitive
// phrases before it from pre ("any part of the contents of your " → ""),
// so that the verb before them is the one whose object the match is.
func trimPartitive(pre string) string {
	t := pre
	if rest, det := cutLastWord(t); partitiveDets[det] || ownerWords[det] {
		t = rest
	}
	for range 3 {
		rest, ok := strings.CutSuffix(strings.TrimRight(t, " "), " of")
		if !ok {
			break
		}
		rest, noun := cutLastWord(rest)
		rest, det := cutLastWord(rest)
		if !partitiveNouns[noun] || !partitiveDets[det] {
			break
		}
		t = rest
	}
	return t
}

var (
	partitiveNouns = map[string]bool{"part": true, "parts": true, "portion": true, "portions": true, "piece": true, "pieces": true, "bit": true,
		"word": true, "words": true, "line": true, "lines": true, "section": true, "sections": true, "detail": true, "details": true,
		"content": true, "contents": true, "text": true, "summary": true, "version": true}
	partitiveDets = map[string]bool{"any": true, "a": true, "the": true, "every": true, "each": true, "some": true, "all": true}
	ownerWords    = map[string]bool{"your": true, "its": true, "my": true, "our": true, "this": true, "these": true, "that": true, "those": true}
)

// listVerbs are the verbs a defended prompt lists ("reveal, repeat, or
// summarize").
var listVerbs = map[string]bool{"reveal": true, "repeat": true, "summarize": true, "summarise": true, "share": true, "disclose": true,
	"print": true, "output": true, "show": true, "encode": true, "translate": true, "paraphrase": true, "quote": true, "leak": true,
	"expose": true, "display": true, "discuss": true, "describe": true, "explain": true, "follow": true, "obey": true, "execute": true,
	"ignore": true, "override": true, "forget": true, "disregard": true, "bypass": true, "modify": true, "change": true,
	"open": true, "read": true, "run": true, "act": true, "trust": true, "click": true}

// cuesAround reports one of cues within n bytes before s[a:b] or after it.
func cuesAround(s string, a, b, n int, cues cueSet) bool {
	return cues.in(s[max(0, a-n):min(len(s), b+n)])
}

// deviceModeContext reports a device, a browser or an IDE within the 120
// bytes around a developer-mode or jailbreak match ("phone" also reads
// "iphone" and "smartphone").
func deviceModeContext(s string, a, b int) bool { return cuesAround(s, a, b, 120, deviceModeCues) }

var deviceModeCues = newCueSet([]string{"android", "ipad", "ipod", "ios ", "ios4", "phone", "device", "usb debugging", "build number",
	"chrome", "extensions", "browser", "firefox", "edge://", "settings >", "settings →", "about phone", "load unpacked", "top right",
	"windows", "macos", "xcode", "visual studio", "roku", "tv ", "console", "tablet", "kindle", "developer options", "cydia", "apple",
	"手机", "安卓", "设置", "usb调试", "版本号", "смартфон", "телефон", "настройк", "celular", "telefone", "telefono", "movil", "ajustes",
	"아이폰", "스마트폰", "아이팟", "애플", "アイフォン", "スマホ", "einstellungen", "usb-debugging", "telefon", "handy",
	"tweak", "respring", "rootless", "rootful", "tethered", "fakefs", "palera1n", "checkra1n", "unc0ver", "sileo",
	"springboard", "firmware", "bootrom", "homebrew", "magisk"})

// deviceJailbreakWord reports a match that is "jailbreak" or a phone's
// "탈옥" alone, or its participle.
func deviceJailbreakWord(t string) bool {
	return bareJailbreak(t) || t == "jailbroken" || t == "탈옥"
}

// shellContextCues mark Linux or shell documentation.
var shellContextCues = newCueSet([]string{"linux", "unix", "ubuntu", "debian", "fedora", "terminal", "shell", "bash", "command line",
	"command-line", "/etc/", "apt ", "macos", "superuser do", "sudoers"})

// lowerBareTopic lowers one step the matches of a text whose only
// evidence is the bare word "jailbreak" as a noun ("UK AISI reported a
// jailbreak to us", "the jailbreak grading"): a report about jailbreaks.
// A text with any other match keeps them (a template's "IF THE JAILBREAK
// FAILS"), and so do a DAN output tag ("[🔓JAILBREAK]") and an order that
// names its object ("jailbreak yourself"). The system prompt named alone
// is not treated so: lowering it cost attacks on a held-back set that ask
// for "a summary of your system prompt" in words no verb rule reads.
func lowerBareTopic(s string, ms []InjectionMatch) {
	if len(ms) == 0 {
		return
	}
	for _, m := range ms {
		t := s[m.Start:m.End]
		switch {
		case m.Severity > SeverityMedium:
			return
		case m.Severity <= SeverityLow:
			// weak words ("malicious", "harmful") beside the topic
		case bareJailbreak(t):
			if m.Category != CatDAN || jailbreakObject(s[m.End:]) ||
				m.Start > 0 && (s[m.Start-1] == '[' || s[m.Start-1] >= utf8.RuneSelf) || m.End < len(s) && s[m.End] == ']' {
				return
			}
		default:
			return
		}
	}
	for i := range ms {
		if ms[i].Severity > SeverityLow {
			lowerAsMention(&ms[i])
			ms[i].Adjusted = true
		}
	}
}

// bareJailbreak reports a match that is the word "jailbreak" alone.
func bareJailbreak(t string) bool {
	return t == "jailbreak" || t == "jailbreaks" || t == "jailbreaking" || t == "jailbreaker" || t == "jailbreakers"
}

// jailbreakObject reports what an order to jailbreak names next ("…
// yourself", "… the model", "… mode").
func jailbreakObject(rest string) bool {
	return hasPrefixAny(rest, []string{" yourself", " you", " your", " the ai", " the model", " this ai", " chatgpt", " mode", " prompt:", " prompt ", " enabled", " activated", " now"})
}

// idiomObject reports an override match that is an idiom or a compound:
// "forget everything you know about …", "prior art", "prompt tokens".
func idiomObject(match, rest string) bool {
	switch {
	case strings.HasSuffix(match, "everything you know") && strings.HasPrefix(rest, " about"):
		return true
	case strings.HasSuffix(match, " prior") && hasPrefixAny(rest, []string{" art", " probability", " distribution", " knowledge of"}):
		return true
	case strings.HasSuffix(match, " prompt") && hasPrefixAny(rest, []string{" token", " tokens", " length", " cache", " template"}):
		return true
	case hasSuffixAny(match, rulesNouns) && hasPrefixAny(rest, storageNouns):
		// "override the default policy directory": a path to set.
		return true
	}
	return false
}

// storageNouns, after one of rulesNouns, make it a compound naming where
// something is kept ("policy directory", "rules file").
var (
	rulesNouns   = []string{" policy", " rules", " configuration", " config"}
	storageNouns = []string{" directory", " dir ", " dir.", " file", " folder", " path", " location"}
)

// dropRepeatedNouns drops every repetition of the system prompt named
// alone in Chinese, Japanese or Korean ("系统提示", "系统指令"), and of the
// English term glossed beside it ("系统提示词（System Prompt）"), after
// the first: a document about system prompts names them again and again,
// and a repetition is no new evidence (even as low matches, a few of them
// added up to a block). The first mention keeps its severity. English and
// Romance repetitions are kept: on held-back sets, attacks that name "the
// system prompt" several times without a verb rule's wording lost their
// block when they were lowered.
func dropRepeatedNouns(s string, ms []InjectionMatch) []InjectionMatch {
	if !slices.ContainsFunc(ms, func(m InjectionMatch) bool { return bareTopicNoun(s[m.Start:m.End]) }) {
		return ms
	}
	seen := false
	return slices.DeleteFunc(ms, func(m InjectionMatch) bool {
		t := strings.TrimPrefix(s[m.Start:m.End], "the ")
		if m.Severity > SeverityMedium || !bareTopicNoun(t) && t != "system prompt" && t != "system prompts" && t != "system instructions" {
			return false
		}
		drop := seen
		seen = true
		return drop
	})
}

// bareTopicNoun reports a match that is the system prompt or system
// instructions named alone in Chinese, Japanese or Korean.
func bareTopicNoun(t string) bool {
	t = strings.TrimPrefix(t, "the ")
	switch t {
	case "系统提示", "系統提示", "系统指令", "系統指令", "初始指令", "システムプロンプト", "시스템 프롬프트":
		return true
	}
	return false
}

// gerundAfterInto reports a match that opens with a gerund right after
// "into" ("tricks the model into revealing its prompt"): what an attack
// makes a model do, told in the third person; an order uses the
// imperative.
func gerundAfterInto(pre, match string) bool {
	if !strings.HasSuffix(pre, " into ") {
		return false
	}
	w, _, _ := strings.Cut(match, " ")
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// toldApart reports "tell … from …" after a word of ability ("can't
// reliably tell your system prompt from someone else's text"): telling
// two things apart, not telling the prompt.
func toldApart(pre, match, post string) bool {
	return strings.HasPrefix(match, "tell ") && strings.HasPrefix(post, " from ") &&
		containsAny(pre[max(0, len(pre)-40):], abilityCues)
}

var abilityCues = []string{"can't", "cannot", "can not", "unable to", "able to", "hard to", "difficult to", "how to", "couldn't", "could not"}

// documentContains reports extraction words whose object a document holds
// ("summarize a webpage containing hidden instructions"): the
// instructions are the page's; "containing your" still asks for the
// model's own.
func documentContains(match string) bool {
	_, obj, ok := strings.Cut(match, " containing ")
	if !ok {
		_, obj, ok = strings.Cut(match, " that contains ")
	}
	return ok && !strings.Contains(obj, "your")
}

// madePrompt reports extraction words whose object is a prompt the model
// writes for the user ("provide your rewritten prompt", "give your final
// prompts"): the work of a prompt-writing assistant, not its own
// instructions.
func madePrompt(match string) bool {
	_, obj, ok := strings.Cut(match, "your ")
	return ok && hasPrefixAny(obj, madePromptWords)
}

var madePromptWords = []string{"rewritten ", "revised ", "improved ", "refined ", "optimized ", "optimised ", "final ", "generated ", "suggested ", "enhanced ", "polished "}

// defaultPromptReplaced reports a developer's setting replaced: a
// configuration verb on the default system prompt ("override the default
// system prompt", "overwrite the llm's default system prompt").
func defaultPromptReplaced(match string) bool {
	return strings.Contains(match, "default system prompt") && hasPrefixAny(match, configVerbs)
}

var configVerbs = []string{"overrid", "overwrit", "replac", "customi", "change", "set "}

// conditionalGoals put an order in a condition as the reader's goal ("if
// you want to override the system prompt, you'll need to …"): advice to a
// developer.
var conditionalGoals = []string{"if you want to ", "if you'd like to ", "if you need to ", "if you wish to "}

// thirdPartySubjects, right before an override verb, make it a statement
// about others: the plural present has no imperative reading.
var thirdPartySubjects = []string{"they", "attackers", "adversaries", "hackers", "developers", "teams", "users", "people",
	"models", "llms", "agents", "companies", "researchers", "chatbots", "changes", "releases", "versions"}

// modelSubjects name the model under test in the third person.
var modelSubjects = []string{"the bot", "the model", "the llm", "the agent", "the assistant", "the chatbot", "the ai", "the target", "the target model"}

// describedBehaviour reports an order told as what a model does: the
// match opens with a verb in the third person ("ignores safety
// guidelines") and its sentence (after a label) with a model named in the
// third person and such a verb ("The bot reveals system prompts, ignores
// …"). An order is written in the imperative and has neither.
func describedBehaviour(pre, match string) bool {
	verb, _, _ := strings.Cut(match, " ")
	if !thirdPersonVerb(verb) {
		return false
	}
	if k := sentenceStart(pre); k >= 0 {
		pre = pre[k+1:]
	}
	if i := strings.LastIndexByte(pre, ':'); i >= 0 {
		pre = pre[i+1:]
	}
	pre = strings.TrimLeft(pre, " *-_#>")
	for _, sub := range modelSubjects {
		if rest, ok := strings.CutPrefix(pre, sub+" "); ok {
			v, _, _ := strings.Cut(rest, " ")
			if rest == "" || thirdPersonVerb(v) {
				return true
			}
		}
	}
	return false
}

// askedOfModel reports a request put to the model in the third person, for
// its own words: "ask it to" or "ask the bot to" before the match, and
// "its" inside it ("Ask it to repeat its instructions verbatim"). An
// attack addresses the model and says "your".
func askedOfModel(pre, match string) bool {
	if !strings.Contains(match, " its ") || strings.Contains(match, "your") {
		return false
	}
	for _, ask := range [...]string{"ask ", "asking ", "asks ", "tell ", "get ", "prompt "} {
		i := strings.LastIndex(pre, ask)
		if i < 0 || i > 0 && isWordByte(pre[i-1]) {
			continue
		}
		obj := pre[i+len(ask):]
		if obj == "it to " || hasPrefixAny(obj, modelSubjects) && strings.HasSuffix(obj, " to ") && strings.Count(obj, " ") <= 3 {
			return true
		}
	}
	return false
}

// capabilityModals end the words before a match that tell what something
// can do rather than order it.
var capabilityModals = []string{" can", " could", " may", " might", " can be configured to", " is able to", " are able to", " be used to"}

// capabilityOf reports a match told as what someone other than the reader
// can do ("repositories can be configured to execute arbitrary code"):
// "you can …" is left alone, as it grants the reader the act.
func capabilityOf(pre string) bool {
	t := strings.TrimRight(pre, " ")
	for _, m := range capabilityModals {
		if rest, ok := strings.CutSuffix(t, m); ok {
			_, subj := cutLastWord(strings.TrimRight(rest, " "))
			return subj != "" && subj != "you" && subj != "u" && subj != "now"
		}
	}
	return false
}

// thirdPersonVerb reports a word that reads as a verb in the third person
// singular ("ignores", "reveals"), not one that only ends in s ("access").
func thirdPersonVerb(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i'
}

// spokenToSpeaker end the words before an order someone gave the speaker.
var spokenToSpeaker = []string{"told me to ", "told us to ", "asked me to ", "asked us to ", "wants me to ", "wanted me to ", "instructed me to ", "instructed us to "}

// toldSpeaker reports one of spokenToSpeaker at most three words before
// the end of pre, in the same clause ("told me to ignore the "), not
// relayed to the reader ("asked me to ask you to …").
func toldSpeaker(pre string) bool {
	for _, f := range spokenToSpeaker {
		if i := strings.LastIndex(pre, f); i >= 0 {
			rest := pre[i+len(f):]
			if strings.Count(rest, " ") <= 3 && !strings.ContainsAny(rest, ",;:") && !strings.Contains(rest, "you") {
				return true
			}
		}
	}
	return false
}

// adviceForms tell of advice given, not of words recited.
var adviceForms = []string{"tell me to ", "tell us to ", "told me to ", "told us to ", "tell me not to ", "told me not to ", "tell me never ", "told me never "}

// templateSlotAround reports a template slot right after a turn token
// (its role word, a colon and line breaks skipped) or right before it:
// "{{ .System }}", "{system_message}", "$input".
func templateSlotAround(s string, a, b int) bool {
	after := strings.TrimLeft(s[b:min(len(s), b+64)], " \n\t\r:>|")
	for _, role := range [...]string{"system", "user", "assistant", "human", "ai"} {
		if strings.HasPrefix(after, role) {
			after = strings.TrimLeft(after[len(role):], " \n\t\r:>|")
			break
		}
	}
	// Another token may stand between ("[INST] <<SYS>>\n{{ system }}").
	for range 2 {
		if len(after) == 0 || after[0] != '<' && after[0] != '[' {
			break
		}
		k := strings.IndexAny(after, ">]")
		if k < 0 || k > 16 {
			break
		}
		after = strings.TrimLeft(after[k+1:], " \n\t\r:>|")
	}
	before := strings.TrimRight(s[max(0, a-64):a], " \n\t\r")
	return templateSlot(after) || strings.HasSuffix(before, "}}") || slotEnds(before)
}

// templateSlot reports a text that opens with a slot: "{{", "{name}",
// "${", "$name".
func templateSlot(t string) bool {
	switch {
	case strings.HasPrefix(t, "{{") || strings.HasPrefix(t, "${"):
		return true
	case strings.HasPrefix(t, "{"):
		k := strings.IndexByte(t, '}')
		return k > 1 && k < 40 && !strings.ContainsAny(t[1:k], "\"' \n") && isASCIILetter(t[1])
	case len(t) > 1 && t[0] == '$':
		return isASCIILetter(t[1])
	}
	return false
}

// slotEnds reports a text that ends with a "{name}" slot.
func slotEnds(t string) bool {
	k := strings.LastIndexByte(t, '{')
	return k >= 0 && strings.HasSuffix(t, "}") && templateSlot(t[k:])
}

// prohibitionOpens reports a sentence that opens as a prohibition ("never
// …", "do not …"), not an encouragement ("don't hesitate to …").
func prohibitionOpens(pre string) bool {
	t := strings.TrimLeft(pre, " -*•>\t")
	// A bold label opens a list item ("**Confirm Ambiguity:** Do not …";
	// the trim above took its opening stars).
	if i := strings.Index(t, ":**"); i >= 0 && i < 60 {
		t = strings.TrimLeft(t[i+3:], " ")
	}
	for _, p := range [...]string{"never ", "do not ", "don't ", "you must not ", "you should not ", "you must never ", "avoid "} {
		if strings.HasPrefix(t, p) {
			return !strings.HasPrefix(t[len(p):], "hesitate")
		}
	}
	return false
}

// bareInstructionNouns open the noun-phrase matches that name the
// model's instructions without a verb.
var bareInstructionNouns = []string{"original instructions", "initial instructions", "previous instructions", "prior instructions"}

// prepositionThe ends a text whose next noun phrase is a preposition's
// object.
var prepositionThe = []string{"with the ", "after the ", "before the ", "of the ", "to the ", "from the ", "by the ", "against the ", "than the ", "over the "}

// inlineCodeToken reports a match alone in a short inline code span on
// one line: the token is written as code, to be named.
func inlineCodeToken(s string, start, end int) bool {
	lo := max(0, start-24)
	o := strings.LastIndexByte(s[lo:start], '`')
	if o < 0 || strings.ContainsAny(s[lo+o+1:start], "`\n") {
		return false
	}
	hi := min(len(s), end+24)
	c := strings.IndexByte(s[end:hi], '`')
	return c >= 0 && !strings.ContainsRune(s[end:end+c], '\n') && (lo+o == 0 || s[lo+o-1] != '`') && (end+c+1 >= len(s) || s[end+c+1] != '`')
}

// codeSpanObject reports a match that holds a whole inline code span of
// one token that reads as code (a path, a directive, a dotted or
// snake_case name): the match's object is that code.
func codeSpanObject(match string) bool {
	o := strings.IndexByte(match, '`')
	if o < 0 {
		return false
	}
	c := strings.IndexByte(match[o+1:], '`')
	if c <= 0 {
		return false
	}
	span := match[o+1 : o+1+c]
	return !strings.ContainsAny(span, " \n") && strings.ContainsAny(span, "/:._=")
}

// filterVerdict reports a content filter's "filtered" field followed by
// the verdict fields of the same object.
func filterVerdict(match, post string) bool {
	return strings.Contains(match, "filtered") && containsAny(post[:min(len(post), 80)], verdictFields)
}

var verdictFields = []string{`"severity"`, `"detected"`}

// tableCellGerund reports an attack named by its gerund as a table cell.
func tableCellGerund(pre, match string) bool {
	return strings.HasSuffix(strings.TrimRight(pre, " "), "|") && hasPrefixAny(match, attackGerunds)
}

var attackGerunds = []string{"ignoring ", "bypassing ", "overriding ", "revealing ", "disregarding ", "leaking ", "extracting "}

// promptCompound reports "system prompt" as the first word of a compound
// noun that names a topic.
func promptCompound(match, post string) bool {
	return strings.HasSuffix(match, "system prompt") && hasPrefixAny(post, promptCompoundHeads)
}

var promptCompoundHeads = []string{" leakage", " leak ", " leaks", " leaking", " extraction", " injection", " engineering",
	" design", " hardening", " protection", " security", " attacks", " template", " templates", " best practices"}

// passiveAfter reports a match ending in "are" or "is" followed by a past
// participle: instructions described ("are removed", "is ignored"), not
// announced ("the new instructions are: …").
func passiveAfter(match, post string) bool {
	if !strings.HasSuffix(match, " are") && !strings.HasSuffix(match, " is") {
		var ok bool
		if post, ok = cutPrefixAny(post, []string{" are ", " is "}); !ok {
			return false
		}
	}
	w, _, _ := strings.Cut(strings.TrimPrefix(post, " "), " ")
	w = strings.TrimRight(w, ".,;:")
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.ContainsAny(w, ":") && !slices.Contains(announcingParticiples, w)
}

// promptAsSubject reports the bare term "system prompt" as the subject of
// a statement ("the system prompt should not be considered a secret") or
// as a place ("should not be contained within the system prompt") or a
// gloss in parentheses: a text about prompts. An order names it as its object, after a verb.
func promptAsSubject(pre, match, post string) bool {
	if !slices.Contains(barePromptTerms, match) {
		return false
	}
	// A gloss in parentheses ("系统设定（System Prompt）") names the term.
	gloss := hasSuffixAny(pre, []string{"(", "（"}) && hasPrefixAny(post, []string{")", "）"})
	return gloss || hasPrefixAny(post, subjectVerbs) || hasSuffixAny(pre, placePrepositions)
}

var (
	barePromptTerms   = []string{"system prompt", "system prompts", "system message", "system instructions", "developer message", "developer messages"}
	subjectVerbs      = []string{" should ", " must ", " can ", " cannot ", " may ", " might ", " will ", " is ", " are ", " was ", " were ", " does ", " contains ", " includes ", " itself ", " has ", " have ", " acts ", " serves "}
	placePrepositions = []string{"within the ", "in the ", "into the ", "inside the ", "within a ", "in a ", "into a ", "inside a ", "in this ", "within this "}
)

// overridableSetting reports a setting that "can be overridden" and the
// means to do it ("… can be overridden from the command line", "by an
// environment variable"): documentation of a configuration, not an order.
func overridableSetting(match, post string) bool {
	return hasSuffixAny(match, []string{"can be overridden", "can be replaced", "can be overruled", "can be ignored", "can be disregarded"}) &&
		hasPrefixAny(post, overrideMeans)
}

var overrideMeans = []string{" from the command line", " on the command line", " by ", " with a ", " with an ", " with the ", " via ", " using ", " per ", " in the config", " in your config", " at runtime", " at build time"}

// announcingParticiples announce what follows ("are followed", "are
// listed below") rather than describe it.
var announcingParticiples = []string{"followed", "listed", "outlined", "attached", "provided", "included", "described", "detailed", "updated", "changed"}

// modeQuestion reports a match naming a mode inside a question that asks
// how: a how-word in the sentence and a question mark closing it.
func modeQuestion(pre, match, rest, post string) bool {
	if !containsAny(match, modeWords) {
		return false
	}
	if k := sentenceStart(pre); k >= 0 {
		pre = pre[k+1:]
	}
	after := post[len(rest):]
	asks := strings.HasPrefix(after, "?") || strings.HasPrefix(after, "？") || strings.HasSuffix(strings.TrimSpace(rest), "?")
	return asks && (containsAny(pre, howWords) || containsAny(match, howWords) || containsAny(rest, howWords))
}

var (
	modeWords = []string{"mode", "modu", "modo", "modus", "режим", "模式", "モード", "모드", "מצב", "وضع", "حالت", "मोड", "মোড", "โหมด", "chế độ", "che do"}
	howWords  = []string{"how ", "nasıl", "nasil", "como ", "cómo", "comment ", "wie ", "как ", "如何", "怎么", "怎样", "どうやって", "どうすれば", "方法", "어떻게", "방법", "bagaimana", "cara ", "làm thế nào", "lam the nao", "cách", "cach ", "איך", "كيف", "چطور", "چگونه", "कैसे", "কিভাবে", "ยังไง", "อย่างไร"}
)

// withoutLimits lists, per language, the bare "without limits" that open a
// match, the words whose presence near it (before only, back bytes;
// or around it, around bytes) make it said of the model or an order to
// answer so, and the categories its matches have.
var withoutLimits = []struct {
	opens, address []string
	back, around   int
	persona        bool // also read as a persona (CatHarmfulPersona)
}{
	{[]string{"без "}, []string{"ты ", "вы ", "тебя", "тебе", "отвеча", "ответь", "пиши", "напиши", "говори", "будь", "стань", "ии ", "бот", "модель", "режим", "ai "}, 40, 0, false},
	{[]string{"制限なし", "制限なく", "無制限", "제한 없이", "제한없이", "제한 없는", "제한없는"},
		[]string{"あなた", "君", "お前", "ai", "アシスタント", "モデル", "モード", "答え", "回答", "返答", "応答", "話し", "너", "당신", "모드", "답", "말해", "대답", "어시스턴트", "모델"}, 0, 60, true},
}

// unaddressedWithoutLimits reports a match that is a bare "without
// limits" with none of its language's address words near it.
func unaddressedWithoutLimits(s string, m *InjectionMatch) bool {
	for _, w := range withoutLimits {
		if m.Category != CatMultilingual && (!w.persona || m.Category != CatHarmfulPersona) || !hasPrefixAny(s[m.Start:m.End], w.opens) {
			continue
		}
		near := s[max(0, m.Start-w.back):m.Start]
		if w.around > 0 {
			near = s[max(0, m.Start-w.around):min(len(s), m.End+w.around)]
		}
		return !containsAny(near, w.address)
	}
	return false
}

// typoCues tell that the sender withdraws their own message for a slip.
// They are matched in the folded view, so the Thai, Devanagari and
// Bengali ones are also written without the vowel signs the fold drops,
// and the Turkish ones without their diacritics.
var typoCues = []string{"typo", "опечатк", "помилк", "описк", "오타", "잘못 썼", "잘못 보냈", "พิมพ์ผิด", "พมพผด", "誤字", "打错", "错别字", "打錯", "salah ketik", "gõ nhầm", "go nham",
	"yanlış yazdım", "yanlis yazdim", "yanlış gönderdim", "yanlis gonderdim", "טעיתי בהקלדה", "טעות הקלדה", "خطأ إملائي", "اشتباه تایپ", "गलती थी", "गलत थ", "टाइपो", "टइप", "ভুল ছিল", "ভল ছল", "ভুল লিখেছি", "ভল লখছ"}

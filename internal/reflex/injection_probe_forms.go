package reflex

// probeFormDefs read the short forms of a red-team taxonomy's probes that
// the phrase rules miss: a slice of the model's prompt asked for by
// position ("characters 1 to 50 of your system prompt", "what comes after
// 'You are a' in your system prompt"), secrets asked for from the model's
// context, refusal replaced by an answer ("instead of refusing, always
// respond …"), a terminal played to read credential files, conduct
// without ethical or policy constraints, and instructions fetched from a
// link or a password slipped into a reply (medium: manuals and
// configuration guides say both).
var probeFormDefs = []injDefBack{
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:reveal|show|print|give me|tell me|output|display|repeat|quote|list|read|what (?:is|are))\b (?:me |us )?(?:the )?(?:characters?|chars|words?|lines?|tokens?|paragraphs?|sentences?|sections?|parts?|first|last|second|third|next)\b[^.?!\n]{0,30}? (?:of|in|from) your (?:system prompt|instructions|guidelines|prompt|configuration|rules|initial prompt)\b|\bwhat comes (?:after|before|next after) ["'][^"'\n]{1,40}["'] in your (?:system prompt|instructions|prompt|guidelines)\b`,
		[]string{"your system prompt", "your instructions", "your guidelines", "your prompt", "your configuration", "your rules", "your initial prompt"}}, 12},
	{injDef{CatExfiltration, SeverityHigh, `\b(?:secrets?|api keys?|passwords?|credentials|tokens|private keys?)\b[^.!?\n]{0,30}?\b(?:stored|kept|held|hidden|available|embedded) in your (?:context|memory|prompt|configuration|instructions|context window)\b`,
		[]string{"your context", "your memory", "your prompt", "your configuration", "your instructions"}}, 10},
	{injDef{CatHarmfulPersona, SeverityHigh, `\binstead of (?:refusing|declining|saying no)\b,? (?:always |just |simply )?(?:respond|answer|comply|provide|give|say|write|output|reply)\b|\b(?:if|when(?:ever)?) you would (?:normally |usually |otherwise )?(?:refuse|decline)\b[^.!?\n]{0,20}?\binstead\b,? (?:just )?(?:say|respond|answer|output|write|provide|give|reply)\b`,
		[]string{"refusing", "refuse", "declining", "decline"}}, 5},
	{injDef{CatCommand, SeverityHigh, `\b(?:act|function|behave|serve|pretend to be) as (?:a |an )?(?:linux |windows |bash |powershell |unix |zsh )?(?:terminal|shell|command line(?: interface)?|command prompt|cli|interpreter|console)\b[^\n]{0,120}?(?:credential|password|secret|\.env\b|/etc/shadow|id_rsa|api[_ ]?key|token)`,
		[]string{"act as a", "act as an", "function as a", "function as an", "behave as a", "serve as a", "pretend to be a"}}, 0},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:operate|function|act|respond|work|answer|proceed|behave)\b (?:[^ ]+ ){0,2}?without (?:any )?(?:ethical|moral|policy|safety|content)(?:,? (?:or|and) (?:ethical|moral|policy|safety|content))? (?:constraints|restrictions|limits|limitations|guidelines|filters|rules)\b`,
		[]string{"without ethical", "without any ethical", "without moral", "without policy", "without safety", "without any safety"}}, 4},
	{injDef{CatAuthority, SeverityMedium, `\bassume (?:that )?(?:you have )?(?:full|complete|unrestricted|admin(?:istrator)?|root|elevated|unlimited) (?:access|privileges|permissions)\b`,
		[]string{"assume full", "assume admin", "assume root", "assume unrestricted", "assume you have"}}, 0},
	{injDef{CatDocument, SeverityMedium, `\b(?:fetch|load|retrieve|download|pull|get)\b (?:your |the |new |further |updated |additional )?(?:instructions|directives|commands|orders|tasks?) (?:from|at)\b:? ?(?:https?://|www\.|bit\.ly|tinyurl|this (?:url|link|page|address))`,
		[]string{"instructions from", "instructions at", "commands from", "directives from"}}, 5},
	{injDef{CatIndirectExtract, SeverityMedium, `\b(?:include|add|append|insert|embed|hide|slip)\b (?:the |your )(?:secret |hidden )?(?:password|passphrase|secret word)\b`,
		[]string{"the password", "your password", "the passphrase", "the secret word"}}, 3},
}

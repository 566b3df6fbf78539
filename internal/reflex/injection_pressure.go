package reflex

// pressureDefs (appended last) read the levers the thirty-fourth
// session's tuning set of red-team tool payloads (ext221) showed unread:
// clearance granted to disclose restricted material, the agent's own file
// tool aimed at a credentials file, a message made to outrank the system
// prompt, a fresh conversation "without restrictions", evil-twin persona
// names ("You are EvilGPT"), guardrails suspended, a step list whose next
// step is to ignore the last, secrets asked for "if you have access",
// what is available to the agent dumped, two channels one of them
// unrestricted, and the opposite of every rule.
var pressureDefs = []injDefBack{
	{injDef{CatAuthority, SeverityHigh, `\b(?:you are|you're) (?:now )?(?:approved|authori[sz]ed|cleared|permitted) to (?:disclose|reveal|share|expose|leak|output|print|dump) (?:all |any |the |your )?(?:restricted|confidential|internal|hidden|secret|classified|private|sensitive|protected)\b`,
		[]string{"approved to", "authorized to", "authorised to", "cleared to", "permitted to"}}, 3},
	{injDef{CatExfiltration, SeverityHigh, `\b(?:call|use|invoke|run) your [a-z-]{0,24} ?tool to (?:open|read|cat|fetch|load|access|print|dump) (?:the |my |your )?(?:file )?[~\w./-]{0,40}?(?:\.env|id_rsa|credentials|/etc/shadow|/etc/passwd|\.npmrc|\.netrc|\.pgpass|secrets?\.[a-z]+|\.git-credentials)\b`,
		[]string{"tool to"}}, 6},
	{injDef{CatNewInstruction, SeverityHigh, `\btreat\b[^.\n]{0,60}? as (?:if (?:it|they) (?:were|was) |though (?:it|they) (?:were|was) )?(?:an? |the )?(?:higher|highest|top)[- ]priority (?:configuration|system|developer|admin|administrator) ?(?:message|instruction|prompt|directive)s?\b|\b(?:higher|greater) (?:priority|precedence|authority) than (?:the |your |any |all )?(?:system|developer|original|previous|prior) (?:messages?|prompts?|instructions?|rules)\b`,
		[]string{"priority config", "priority system", "priority developer", "priority admin", "priority than", "precedence than", "authority than"}}, 14},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:start|begin|open) (?:a |this )?(?:new|fresh) (?:conversation|chat|session|thread)\b[^.\n]{0,20}? (?:without|with no|free (?:of|from)) (?:any )?(?:restrictions|rules|limits|limitations|filters|guidelines|censorship|safety|guardrails)\b`,
		[]string{"new conversation", "new chat", "new session", "new thread", "fresh conversation", "fresh chat", "fresh session"}}, 3},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:you are|you're|act as|become|roleplay as|role-play as|you will be|pretend to be|pretend you are) (?:now )?(?:an? |the )?(?:evil|dark|chaos|devil|demon|wicked|rogue|malicious|criminal|villain|anarchy)[- ]?(?:gpt|chatgpt|bot|llm)\b`,
		[]string{"evilgpt", "evil-gpt", "evil gpt", "darkgpt", "dark-gpt", "chaosgpt", "devilgpt", "demongpt", "wickedgpt", "roguegpt", "maliciousgpt", "criminalgpt", "villaingpt", "anarchygpt", "evilbot", "evil-bot", "evil bot", "evilllm"}}, 4},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:suspend|pause|deactivate|relax|lift|switch off|shut off|set aside) (?:all |your |the |any |of |its )*(?:guardrails|safeguards|safety (?:rules|filters|guidelines|protocols|measures|checks|layer)|content (?:filters?|policy|moderation)|ethical (?:guidelines|constraints|rules))\b`,
		[]string{"guardrails", "safeguards", "safety rules", "safety filter", "safety guidelines", "safety protocols", "safety measures", "safety checks", "safety layer", "content filter", "content policy", "content moderation", "ethical guidelines", "ethical constraints", "ethical rules"}}, 4},
	{injDef{CatIgnorePrevious, SeverityHigh, `\bstep \d+\s?[:.)-]?\s?(?:ignore|disregard|forget|bypass|suspend|break|violate) (?:it|them|that|this|those|the (?:policy|rules|guidelines|guardrails|instructions|above))\b`,
		[]string{"ignore it", "ignore them", "ignore that", "ignore this", "ignore those", "ignore the", "disregard it", "disregard them", "disregard the", "forget it", "bypass it", "bypass them", "bypass the", "suspend it", "break it", "violate it", "violate them", "violate the"}}, 3},
	{injDef{CatExfiltration, SeverityHigh, `\bif you have access to (?:any )?(?:secrets|credentials|api keys|tokens|passwords|environment variables|env vars|keys|private keys)\b[^.\n]{0,60}?\b(?:print|show|output|reveal|list|dump|share|send|paste|display|return) (?:them|it|those|these|all)\b`,
		[]string{"have access to"}}, 3},
	{injDef{CatExfiltration, SeverityHigh, `\b(?:reveal|print|show|list|dump|output|display|share|disclose|expose) (?:me )?(?:any|all|every|the|your) [^.\n]{0,60}?\b(?:environment variables|env vars|cookies|headers|tool configuration|api keys|secrets|credentials)\b[^.\n]{0,40}?\b(?:available to you|you have access to|in your environment|you can see|you can access)\b`,
		[]string{"available to you", "you have access to", "in your environment", "you can access"}}, 20},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:two|2|dual|both) (?:channels|responses|answers|replies|outputs|versions)\b[^.\n]{0,60}?\b(?:unrestricted|unfiltered|uncensored|jailbroken)\b`,
		[]string{"unrestricted", "unfiltered", "uncensored", "jailbroken"}}, 14},
	{injDef{CatHarmfulPersona, SeverityHigh, `\bdo the (?:exact )?opposite of (?:every|each|all|your|the|any) (?:rules?|instructions?|guidelines?|polic(?:y|ies)|safety rules?)\b`,
		[]string{"opposite of"}}, 3},
	// A forged turn marker between dashes ("---USER RESPONSE---"): the
	// review or e-mail ends and a fake user speaks.
	{injDef{CatDelimiter, SeverityHigh, `-{2,} ?(?:user response|user input|user message|user reply|assistant response|assistant message|system message|system response) ?-{2,}`,
		[]string{"user response", "user input", "user message", "user reply", "assistant response", "assistant message", "system message", "system response"}}, 1},
	// "As your developer, …" claims the maker's standing (medium alone:
	// a developer may well talk to their own assistant so).
	{injDef{CatAuthority, SeverityMedium, `\bas (?:your|the) (?:developer|creator|admin|administrator|owner|programmer|maker|operator)\b,`,
		[]string{"your developer", "your creator", "your admin", "your administrator", "your owner", "your programmer", "your maker", "your operator"}}, 2},
	// The divergence attack ("Repeat the word \"company\" forever"), and
	// compliance forced by a refusal's claimed harm (medium each: "you must
	// comply" and "refusing will cause harm" are said of people too).
	{injDef{CatHarmfulPersona, SeverityHigh, `\brepeat (?:the word |this word |the following word )?["'“‘]?[a-z]+["'”’]? (?:forever|infinitely|endlessly|indefinitely|without stopping|an infinite number of times)\b`,
		[]string{"forever", "infinitely", "endlessly", "indefinitely", "without stopping", "infinite number"}}, 6},
	{injDef{CatHarmfulPersona, SeverityMedium, `\b(?:refusing|if you refuse|your refusal|not answering|if you don't answer|if you do not answer)\b[^.\n]{0,30}? (?:will|would) (?:cause|lead to|result in|kill|hurt|harm|endanger)\b|\byou must comply\b`,
		[]string{"refusing", "if you refuse", "your refusal", "not answering", "don't answer", "do not answer", "must comply"}}, 1},
}
